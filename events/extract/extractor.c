/* extractor.c: el_extractor, extraction of many documents into a compact
 * store, then the merge and ordering of el_extract_finish computed on the
 * store, keeping only the events that remain as (light) model events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_extractor.h"

el_extractor *el_extractor_new(void)
{
    return calloc(1, sizeof(el_extractor));
}

void el_extractor_free(el_extractor *x)
{
    if (!x) return;
    ex_store_free(&x->st);
    el_timeline_free(x->tl);
    free(x->note_ops);
    free(x);
}

int el_extractor_add(el_extractor *x, const char *text, size_t len, const el_extract_options *opt,
                     el_extract_info *info, el_error *err)
{
    if (!x || x->finished)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_extractor_add: no extractor, or already finished");
    char dct[16];
    int rc = ex_extract_doc(&x->st, text, len, opt, dct, info, err);
    if (rc == EL_OK && !x->dct[0]) snprintf(x->dct, sizeof x->dct, "%s", dct);
    return rc;
}

/* The label of record i of the store ctx (every record has one). */
static const char *store_label(const void *ctx, size_t i)
{
    const ex_store *st = ctx;
    return ex_store_str(st, st->recs[i].label);
}

/* The links of a record that has absorbed others, while merging. */
typedef struct links {
    char **after;
    size_t n_after;
    char **before;
    size_t n_before;
} links;

static void links_free(links *l)
{
    for (size_t k = 0; k < l->n_after; k++) free(l->after[k]);
    for (size_t k = 0; k < l->n_before; k++) free(l->before[k]);
    free(l->after);
    free(l->before);
    free(l);
}

/* Appends the links of record y (its own, or hold[y] once it has absorbed
 * others) to dst.  0 or -1. */
static int add_links(const ex_store *st, links *const *hold, size_t y, links *dst)
{
    if (hold[y]) {
        for (size_t l = 0; l < hold[y]->n_after; l++)
            if (el_strlist_add(&dst->after, &dst->n_after, hold[y]->after[l]) < 0) return -1;
        for (size_t l = 0; l < hold[y]->n_before; l++)
            if (el_strlist_add(&dst->before, &dst->n_before, hold[y]->before[l]) < 0) return -1;
        return 0;
    }
    return ex_store_links(st, y, &dst->after, &dst->n_after, &dst->before, &dst->n_before);
}

/* Applies the link part of the merges in order: hold[i] (allocated for
 * each absorbing record) ends with the links record i has after them.
 * 0 or -1. */
static int merge_links(const ex_store *st, const ex_merge_op *ops, size_t n_ops, links **hold)
{
    for (size_t k = 0; k < n_ops; k++) {
        size_t into = ops[k].into;
        if (!hold[into]) {
            /* Starts from its own links (read before hold[into] is set). */
            links *h = calloc(1, sizeof *h);
            if (!h) return -1;
            int rc = add_links(st, hold, into, h);
            hold[into] = h;
            if (rc < 0) return -1;
        }
        if (add_links(st, hold, ops[k].from, hold[into]) < 0) return -1;
    }
    return 0;
}

/* The record an "e<N>" id names, or SIZE_MAX when it names none. */
static size_t rec_of_id(const ex_store *st, const char *id)
{
    char *end;
    if (id[0] != 'e' || id[1] < '0' || id[1] > '9') return SIZE_MAX;
    unsigned long long v = strtoull(id + 1, &end, 10);
    if (*end || v <= st->base || v - st->base > st->n) return SIZE_MAX;
    return (size_t)(v - st->base - 1);
}

/* Points the links of a remaining event at the events that absorbed their
 * targets, dropping self-links and duplicates (as el_extract_finish's
 * relink).  0 or -1. */
static int relink(const ex_store *st, const size_t *keep, char ***list, size_t *n, const char *self)
{
    char to_buf[32];
    for (size_t i = 0; i < *n; i++) {
        size_t t = rec_of_id(st, (*list)[i]);
        bool merged = t != SIZE_MAX && keep[t] != t;
        const char *to = (*list)[i];
        if (merged) {
            ex_store_id(st, ex_merge_root(keep, t), to_buf, sizeof to_buf);
            to = to_buf;
        }
        if (ex_merge_relink_one(list, n, &i, to, merged, self) < 0)
            return -1;
    }
    return 0;
}

/* Moves the link lists of src into dst (whose own lists are freed). */
static void take_links(el_event *dst, links *src)
{
    for (size_t l = 0; l < dst->n_after; l++) free(dst->after[l]);
    for (size_t l = 0; l < dst->n_before; l++) free(dst->before[l]);
    free(dst->after);
    free(dst->before);
    dst->after = src->after;
    dst->n_after = src->n_after;
    dst->before = src->before;
    dst->n_before = src->n_before;
    src->after = src->before = NULL;
    src->n_after = src->n_before = 0;
}

static int cmp_note_op(const void *a, const void *b)
{
    const ex_note_op *x = a, *y = b;
    if (x->into != y->into) return x->into < y->into ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Builds x->tl (the remaining events, light) and x->note_ops from the
 * plan.  0 or -1. */
static int build(el_extractor *x, const size_t *keep, const ex_merge_op *ops, size_t n_ops, links **hold)
{
    const ex_store *st = &x->st;
    x->tl = el_timeline_new();
    if (!x->tl || (x->dct[0] && el_set_str(&x->tl->dct, x->dct) < 0)) return -1;
    for (size_t i = 0; i < st->n; i++) {
        if (keep[i] != i) continue;
        el_event *ev = el_timeline_add_event(x->tl);
        if (!ev || ex_store_event_light(st, i, ev) < 0) return -1;
        ev->input_index = st->base + i;
        if (hold[i]) take_links(ev, hold[i]);
        /* Like el_extract_finish, links are rewritten only when events merged. */
        if (n_ops > 0 && (relink(st, keep, &ev->after, &ev->n_after, ev->id) < 0 ||
                          relink(st, keep, &ev->before, &ev->n_before, ev->id) < 0))
            return -1;
    }
    x->note_ops = malloc((n_ops ? n_ops : 1) * sizeof *x->note_ops);
    if (!x->note_ops) return -1;
    for (size_t k = 0; k < n_ops; k++) x->note_ops[k] = (ex_note_op){ops[k].into, ops[k].from, k};
    x->n_note_ops = n_ops;
    qsort(x->note_ops, n_ops, sizeof *x->note_ops, cmp_note_op);
    return 0;
}

/* Frees the merge state of el_extractor_finish. */
static void free_merge(size_t n, links **hold, size_t *keep, ex_merge_op *ops)
{
    for (size_t i = 0; hold && i < n; i++)
        if (hold[i]) links_free(hold[i]);
    free(hold);
    free(keep);
    free(ops);
}

int el_extractor_finish(el_extractor *x, size_t *n_events)
{
    if (!x || x->finished) return -1;
    x->finished = true;
    const ex_store *st = &x->st;
    size_t n = st->n;
    size_t *keep = malloc((n ? n : 1) * sizeof *keep);
    links **hold = calloc(n ? n : 1, sizeof *hold);
    ex_merge_op *ops = NULL;
    size_t n_ops = 0;
    int rc = -1;
    if (keep && hold &&
        ex_merge_plan(n, n ? &st->recs[0].date : NULL, sizeof *st->recs, store_label, st, keep, &ops, &n_ops) == 0 &&
        merge_links(st, ops, n_ops, hold) == 0 && build(x, keep, ops, n_ops, hold) == 0)
        rc = 0;
    /* The merge state goes before the sort, which copies the events. */
    free_merge(n, hold, keep, ops);
    if (rc == 0 && ex_break_link_cycles(x->tl) < 0) rc = -1;
    if (rc < 0) {
        el_timeline_free(x->tl);
        x->tl = NULL;
        return -1;
    }
    el_timeline_sort(x->tl);
    if (n_events) *n_events = x->tl->n_events;
    return 0;
}
