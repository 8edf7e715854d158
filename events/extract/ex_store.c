/* ex_store.c: the compact event store (see ex_store.h): adding candidates
 * and turning records back into model fields. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_store.h"

void ex_dkey_of(const el_date *d, ex_dkey *k)
{
    memset(k, 0, sizeof *k);
    k->lo = d->start.lo;
    k->hi = d->end.hi;
    k->sprec = (unsigned char)d->start.prec;
    k->eprec = (unsigned char)d->end.prec;
    k->interval = d->is_interval ? 1 : 0;
    k->squal = (unsigned char)d->start.qual;
    k->equal = (unsigned char)d->end.qual;
}

int ex_dkey_cmp(const ex_dkey *a, const ex_dkey *b)
{
    if (a->lo != b->lo) return a->lo < b->lo ? -1 : 1;
    if (a->hi != b->hi) return a->hi < b->hi ? -1 : 1;
    if (a->sprec != b->sprec) return a->sprec < b->sprec ? -1 : 1;
    if (a->eprec != b->eprec) return a->eprec < b->eprec ? -1 : 1;
    if (a->interval != b->interval) return (int)a->interval - (int)b->interval;
    if (a->squal != b->squal) return a->squal < b->squal ? -1 : 1;
    return a->equal < b->equal ? -1 : a->equal > b->equal;
}

void ex_store_free(ex_store *st)
{
    for (size_t i = 0; i < st->n_docs; i++) free(st->docs[i].name);
    free(st->docs);
    free(st->recs);
    free(st->arena);
    memset(st, 0, sizeof *st);
}

/* Grows an array of elem-byte items to hold n + 1; 0 or -1. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    if (nc > SIZE_MAX / elem) return -1;
    void *p = realloc(*arr, nc * elem);
    if (!p) return -1;
    *arr = p;
    *cap = nc;
    return 0;
}

/* Copies s into the arena; sets *off.  0 or -1 (out of memory, or an arena
 * past 4 GiB). */
static int arena_put(ex_store *st, const char *s, uint32_t *off)
{
    size_t n = strlen(s) + 1;
    if (st->arena_len + n >= EX_NO_STR) return -1;
    if (st->arena_len + n > st->arena_cap) {
        size_t nc = st->arena_cap ? st->arena_cap : 4096;
        while (nc < st->arena_len + n) nc *= 2;
        char *p = realloc(st->arena, nc);
        if (!p) return -1;
        st->arena = p;
        st->arena_cap = nc;
    }
    memcpy(st->arena + st->arena_len, s, n);
    *off = (uint32_t)st->arena_len;
    st->arena_len += n;
    return 0;
}

/* Copies s into the arena as valid UTF-8; 0 or -1. */
static int arena_put_fixed(ex_store *st, const char *s, uint32_t *off)
{
    char *tmp = NULL;
    if (el_set_str(&tmp, s) < 0 || ex_utf8_fix(&tmp) < 0) {
        free(tmp);
        return -1;
    }
    int rc = arena_put(st, tmp, off);
    free(tmp);
    return rc;
}

int ex_store_add_doc(ex_store *st, const char *text, size_t len, const char *name)
{
    void *arr = st->docs;
    if (st->n_docs >= EX_NO_STR || grow(&arr, &st->cap_docs, st->n_docs, sizeof *st->docs) < 0) return -1;
    st->docs = arr;
    ex_store_doc *d = &st->docs[st->n_docs];
    d->text = text;
    d->len = len;
    d->name = NULL;
    if (el_set_str(&d->name, name) < 0 || ex_utf8_fix(&d->name) < 0) {
        free(d->name);
        return -1;
    }
    st->n_docs++;
    return 0;
}

/* The note a candidate of sentence span [s, e) has before anything is
 * appended to it (what ex_sentence_note writes). */
static void sentence_note(const char *text, size_t s, size_t e, char *buf, size_t size)
{
    ex_note_text(text + s, e - s, NOTE_MAX, buf, size);
}

int ex_store_add(ex_store *st, const ex_doc *doc, const cand *c)
{
    if (st->n_docs == 0) return -1;
    void *arr = st->recs;
    if (grow(&arr, &st->cap, st->n, sizeof *st->recs) < 0) return -1;
    st->recs = arr;
    ex_rec *r = &st->recs[st->n];
    memset(r, 0, sizeof *r);
    el_date d;
    el_error e;
    if (el_date_parse(c->date, &d, &e) != EL_OK) return -1;
    ex_dkey_of(&d, &r->date);
    const ex_sentence *se = &doc->sents[c->sent];
    r->sent_start = se->start;
    r->sent_end = se->end;
    r->after = c->after;
    r->before = c->before;
    r->doc = (uint32_t)(st->n_docs - 1);
    r->note = EX_NO_STR;
    r->tx_mod = EX_NO_STR;
    r->tx_value = EX_NO_STR;
    if (arena_put(st, c->date, &r->date_text) < 0 || arena_put_fixed(st, c->label, &r->label) < 0) return -1;
    char plain[sizeof c->note];
    sentence_note(doc->text, se->start, se->end, plain, sizeof plain);
    if (strcmp(plain, c->note) != 0 && arena_put_fixed(st, c->note, &r->note) < 0) return -1;
    if (c->timex >= 0) {
        const el_timex *tx = &doc->timexes[c->timex];
        r->has_timex = 1;
        r->tx_type = (unsigned char)tx->type;
        r->tx_start = tx->start;
        r->tx_end = tx->end;
        if (arena_put(st, tx->value, &r->tx_value) < 0) return -1;
        if (tx->mod[0] && arena_put(st, tx->mod, &r->tx_mod) < 0) return -1;
    }
    st->n++;
    return 0;
}

const char *ex_store_str(const ex_store *st, uint32_t off)
{
    return off == EX_NO_STR ? NULL : st->arena + off;
}

void ex_store_id(const ex_store *st, size_t i, char *buf, size_t size)
{
    snprintf(buf, size, "e%zu", st->base + i + 1);
}

/* *field = text[s..e) as valid UTF-8; 0 or -1. */
static int set_span(char **field, const char *text, size_t s, size_t e)
{
    if (el_set_strn(field, text + s, e - s) < 0) return -1;
    return ex_utf8_fix(field);
}

int ex_store_note(const ex_store *st, size_t i, char **note)
{
    const ex_rec *r = &st->recs[i];
    if (r->note != EX_NO_STR) return el_set_str(note, st->arena + r->note);
    char plain[sizeof ((cand *)0)->note];
    const ex_store_doc *d = &st->docs[r->doc];
    sentence_note(d->text, r->sent_start, r->sent_end, plain, sizeof plain);
    if (el_set_str(note, plain) < 0) return -1;
    return ex_utf8_fix(note);
}

int ex_store_evidence(const ex_store *st, size_t i, el_evidence **out)
{
    const ex_rec *r = &st->recs[i];
    const ex_store_doc *d = &st->docs[r->doc];
    el_evidence *ev = calloc(1, sizeof *ev);
    if (!ev) return -1;
    *out = ev; /* freed with the event, whatever happens next */
    ev->start = r->sent_start;
    ev->end = r->sent_end;
    if (el_set_str(&ev->doc, d->name) < 0 || set_span(&ev->text, d->text, r->sent_start, r->sent_end) < 0)
        return -1;
    if (r->has_timex) {
        ev->has_timex = true;
        ev->timex.start = r->tx_start;
        ev->timex.end = r->tx_end;
        if (set_span(&ev->timex.text, d->text, r->tx_start, r->tx_end) < 0 ||
            el_set_str(&ev->timex.type, el_timex_type_name((el_timex_type)r->tx_type)) < 0 ||
            el_set_str(&ev->timex.value, st->arena + r->tx_value) < 0)
            return -1;
        if (r->tx_mod != EX_NO_STR && el_set_str(&ev->timex.mod, st->arena + r->tx_mod) < 0) return -1;
    }
    return 0;
}

int ex_store_sentence(const ex_store *st, size_t i, char **text)
{
    const ex_rec *r = &st->recs[i];
    return set_span(text, st->docs[r->doc].text, r->sent_start, r->sent_end);
}

int ex_store_event_light(const ex_store *st, size_t i, el_event *ev)
{
    const ex_rec *r = &st->recs[i];
    char id[32];
    el_error e;
    ex_store_id(st, i, id, sizeof id);
    if (el_set_str(&ev->id, id) < 0 || el_set_str(&ev->date_text, st->arena + r->date_text) < 0 ||
        el_set_str(&ev->label, st->arena + r->label) < 0)
        return -1;
    if (el_date_parse(ev->date_text, &ev->date, &e) != EL_OK) return -1;
    return ex_store_links(st, i, &ev->after, &ev->n_after, &ev->before, &ev->n_before);
}

int ex_store_links(const ex_store *st, size_t i, char ***after, size_t *n_after, char ***before,
                   size_t *n_before)
{
    const ex_rec *r = &st->recs[i];
    char id[32];
    if (r->after) {
        snprintf(id, sizeof id, "e%zu", r->after);
        if (el_strlist_add(after, n_after, id) < 0) return -1;
    }
    if (r->before) {
        snprintf(id, sizeof id, "e%zu", r->before);
        if (el_strlist_add(before, n_before, id) < 0) return -1;
    }
    return 0;
}
