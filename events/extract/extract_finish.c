/* extract_finish.c: el_extract_finish, merging duplicate events (same date,
 * near-identical label; across documents too) and putting the timeline in
 * chronological order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "eventline/extract.h"
#include "events/extract/ex_merge.h"

/* A merged event's id and the id of the event that absorbed it. */
typedef struct id_map {
    const char *from;
    size_t to;  /* index of the absorbing event (follow keep[] to the end) */
} id_map;

static int cmp_id_map(const void *a, const void *b)
{
    return strcmp(((const id_map *)a)->from, ((const id_map *)b)->from);
}

/* Rewrites a link list through the map, dropping self-links and
 * duplicates.  0 or -1 (out of memory). */
static int relink(const el_timeline *tl, const size_t *keep, char ***list, size_t *n, const id_map *map,
                  size_t n_map, const char *self)
{
    for (size_t i = 0; i < *n; i++) {
        id_map key = {(*list)[i], 0};
        const id_map *m = n_map ? bsearch(&key, map, n_map, sizeof *map, cmp_id_map) : NULL;
        const char *to = m ? tl->events[ex_merge_root(keep, m->to)].id : (*list)[i];
        if (ex_merge_relink_one(list, n, &i, to, m != NULL, self) < 0)
            return -1;
    }
    return 0;
}

int ex_note_evidence(char **note, const char *doc, const char *text)
{
    if (!text) return 0;
    if (!doc) doc = "-";
    const char *old = *note ? *note : "";
    size_t tl = strlen(text);
    if (tl > 300) {
        /* Cut on a character boundary: the model holds UTF-8. */
        tl = 300;
        while (tl > 0 && ((unsigned char)text[tl] & 0xC0) == 0x80) tl--;
    }
    size_t need = strlen(old) + strlen(doc) + tl + 32;
    if (need > 8000) return 0; /* keep notes bounded */
    char *buf = malloc(need);
    if (!buf) return -1;
    snprintf(buf, need, "%s%sAlso in %s: %.*s", old, old[0] ? " " : "", doc, (int)tl, text);
    free(*note);
    *note = buf;
    return 0;
}

/* Adds the evidence of dup to keep's note: "Also in DOC: sentence". */
static int note_evidence(el_event *keep, const el_event *dup)
{
    if (!dup->evidence) return 0;
    return ex_note_evidence(&keep->note, dup->evidence->doc, dup->evidence->text);
}

typedef struct id_index {
    const char *id;
    size_t i;
} id_index;

static int cmp_id_index(const void *a, const void *b)
{
    return strcmp(((const id_index *)a)->id, ((const id_index *)b)->id);
}

/* Merging can close a loop of links (A after B after A).  Every "x before
 * y" becomes "y after x", then a depth-first walk over the "after" links
 * drops each link that closes a cycle.  0 or -1 (out of memory). */
int ex_break_link_cycles(el_timeline *tl)
{
    size_t n = tl->n_events;
    int rc = -1;
    id_index *ix = malloc((n ? n : 1) * sizeof *ix);
    unsigned char *color = calloc(n ? n : 1, 1); /* 0 new, 1 on the path, 2 done */
    size_t *stack = malloc((n ? n : 1) * sizeof *stack), *pos = calloc(n ? n : 1, sizeof *pos);
    if (!ix || !color || !stack || !pos) goto out;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (tl->events[i].id) ix[m++] = (id_index){tl->events[i].id, i};
    qsort(ix, m, sizeof *ix, cmp_id_index);
    /* before -> after */
    for (size_t i = 0; i < n; i++) {
        el_event *e = &tl->events[i];
        for (size_t k = 0; k < e->n_before; k++) {
            id_index key = {e->before[k], 0};
            const id_index *t = bsearch(&key, ix, m, sizeof *ix, cmp_id_index);
            if (t && e->id && el_strlist_add(&tl->events[t->i].after, &tl->events[t->i].n_after, e->id) < 0)
                goto out;
        }
        for (size_t k = 0; k < e->n_before; k++) free(e->before[k]);
        free(e->before);
        e->before = NULL;
        e->n_before = 0;
    }
    for (size_t root = 0; root < n; root++) {
        if (color[root]) continue;
        size_t sp = 0;
        stack[sp++] = root;
        color[root] = 1;
        pos[root] = 0;
        while (sp > 0) {
            size_t i = stack[sp - 1];
            el_event *e = &tl->events[i];
            if (pos[i] >= e->n_after) {
                color[i] = 2;
                sp--;
                continue;
            }
            id_index key = {e->after[pos[i]], 0};
            const id_index *t = bsearch(&key, ix, m, sizeof *ix, cmp_id_index);
            if (t && color[t->i] == 1) {
                /* This link closes a cycle: drop it. */
                free(e->after[pos[i]]);
                memmove(&e->after[pos[i]], &e->after[pos[i] + 1], (e->n_after - pos[i] - 1) * sizeof *e->after);
                e->n_after--;
                continue;
            }
            pos[i]++;
            if (t && color[t->i] == 0) {
                color[t->i] = 1;
                pos[t->i] = 0;
                stack[sp++] = t->i;
            }
        }
    }
    rc = 0;
out:
    free(ix);
    free(color);
    free(stack);
    free(pos);
    return rc;
}

/* The label of event i of the timeline ctx, NULL when it has no id. */
static const char *tl_label(const void *ctx, size_t i)
{
    const el_event *e = &((const el_timeline *)ctx)->events[i];
    return e->label && e->id ? e->label : NULL;
}

int el_extract_finish(el_timeline *tl)
{
    if (!tl) return 0;
    size_t n = tl->n_events;
    int rc = -1;
    ex_dkey *dk = malloc((n ? n : 1) * sizeof *dk);
    size_t *keep = malloc((n ? n : 1) * sizeof *keep); /* keep[i] == i: kept */
    ex_merge_op *ops = NULL;
    size_t n_ops = 0;
    id_map *map = NULL;
    size_t n_map = 0;
    if (!dk || !keep) goto out;
    for (size_t i = 0; i < n; i++) ex_dkey_of(&tl->events[i].date, &dk[i]);
    if (ex_merge_plan(n, dk, sizeof *dk, tl_label, tl, keep, &ops, &n_ops) < 0) goto out;
    free(dk);
    dk = NULL;
    map = malloc((n_ops ? n_ops : 1) * sizeof *map);
    if (!map) goto out;
    for (size_t k = 0; k < n_ops; k++) {
        el_event *x = &tl->events[ops[k].into], *y = &tl->events[ops[k].from];
        if (note_evidence(x, y) < 0) goto out;
        for (size_t l = 0; l < y->n_after; l++)
            if (el_strlist_add(&x->after, &x->n_after, y->after[l]) < 0) goto out;
        for (size_t l = 0; l < y->n_before; l++)
            if (el_strlist_add(&x->before, &x->n_before, y->before[l]) < 0) goto out;
        map[n_map++] = (id_map){y->id, ops[k].into};
    }
    if (n_map > 0) {
        qsort(map, n_map, sizeof *map, cmp_id_map);
        for (size_t i = 0; i < n; i++) {
            el_event *e = &tl->events[i];
            if (keep[i] != i || !e->id) continue;
            if (relink(tl, keep, &e->after, &e->n_after, map, n_map, e->id) < 0 ||
                relink(tl, keep, &e->before, &e->n_before, map, n_map, e->id) < 0)
                goto out;
        }
        /* Drop the merged events (the map points into them: clear it first). */
        n_map = 0;
        size_t o = 0;
        for (size_t i = 0; i < n; i++) {
            if (keep[i] != i) {
                el_event_clear(&tl->events[i]);
                continue;
            }
            if (o != i) tl->events[o] = tl->events[i];
            o++;
        }
        tl->n_events = o;
    }
    if (ex_break_link_cycles(tl) < 0) goto out;
    el_timeline_sort(tl);
    rc = 0;
out:
    free(dk);
    free(keep);
    free(ops);
    free(map);
    return rc;
}
