/* extractor_write.c: el_extractor_write_json, the finished events as
 * eventline/1 JSON, each event's note and evidence made from the store
 * just before it is written and freed right after. */
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_extractor.h"
#include "events/model/json_write_internal.h"

/* The first merge into record i in x->note_ops (x->n_note_ops when none). */
static size_t first_note_op(const el_extractor *x, size_t i)
{
    size_t lo = 0, hi = x->n_note_ops;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->note_ops[mid].into < i) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Fills ev's note (its own, then "Also in" the evidence of each event it
 * absorbed, in merge order, as el_extract_finish does) and evidence from
 * record i.  0 or -1 (out of memory). */
static int fill_event(const el_extractor *x, size_t i, el_event *ev)
{
    const ex_store *st = &x->st;
    if (ex_store_note(st, i, &ev->note) < 0 || ex_store_evidence(st, i, &ev->evidence) < 0) return -1;
    for (size_t k = first_note_op(x, i); k < x->n_note_ops && x->note_ops[k].into == i; k++) {
        size_t y = x->note_ops[k].from;
        char *text = NULL;
        int rc = ex_store_sentence(st, y, &text);
        if (rc == 0) rc = ex_note_evidence(&ev->note, st->docs[st->recs[y].doc].name, text);
        free(text);
        if (rc < 0) return -1;
    }
    return 0;
}

/* Frees the note and evidence fill_event gave ev. */
static void unfill_event(el_event *ev)
{
    el_event tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.note = ev->note;
    tmp.evidence = ev->evidence;
    el_event_clear(&tmp);
    ev->note = NULL;
    ev->evidence = NULL;
}

int el_extractor_write_json(el_extractor *x, el_json_sink fn, void *closure)
{
    if (!x || !x->tl || !fn) return -1;
    el_timeline *tl = x->tl;
    el__sb sb = {0};
    int rc = -1;
    el__json_write_head(&sb, tl);
    for (size_t k = 0; k < tl->n_events; k++) {
        el_event *ev = &tl->events[k];
        int filled = fill_event(x, ev->input_index - x->st.base, ev);
        if (filled == 0) el__json_write_event(&sb, ev, k);
        unfill_event(ev);
        if (filled < 0 || el__json_flush(&sb, fn, closure, EL__JSON_CHUNK) < 0) goto out;
    }
    el__json_write_tail(&sb, tl, tl->n_events);
    rc = el__json_flush(&sb, fn, closure, 0);
out:
    el__sb_discard(&sb);
    return rc;
}
