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

#define MAX_LABEL_WORDS 24

/* The content words of a label as hashes: lower-case words of three
 * letters or more, a final "s" dropped (so "meets" and "meet" match),
 * "the" and "and" left out. */
typedef struct label_key {
    uint32_t h[MAX_LABEL_WORDS];
    int n;
} label_key;

static void label_key_of(const char *label, label_key *k)
{
    k->n = 0;
    const char *p = label ? label : "";
    while (*p && k->n < MAX_LABEL_WORDS) {
        while (*p && !isalnum((unsigned char)*p)) p++;
        const char *s = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '-' || (unsigned char)*p >= 0x80)) p++;
        size_t len = (size_t)(p - s);
        if (len < 3) continue;
        if (len > 4 && (s[len - 1] == 's' || s[len - 1] == 'S')) len--;
        if ((len == 3 && (!strncasecmp(s, "the", 3) || !strncasecmp(s, "and", 3)))) continue;
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < len; i++) h = (h ^ (uint32_t)tolower((unsigned char)s[i])) * 16777619u;
        k->h[k->n++] = h;
    }
}

/* True when two labels share most of their content words: at least 70% of
 * the shorter label's words appear in the other. */
static bool keys_similar(const label_key *a, const label_key *b)
{
    if (a->n == 0 || b->n == 0) return false;
    int common = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->h[i] == b->h[j]) {
                common++;
                break;
            }
    int small = a->n < b->n ? a->n : b->n;
    return common * 10 >= small * 7;
}

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
static size_t root_of(const size_t *keep, size_t i)
{
    while (keep[i] != i) i = keep[i];
    return i;
}

static int relink(const el_timeline *tl, const size_t *keep, char ***list, size_t *n, const id_map *map,
                  size_t n_map, const char *self)
{
    for (size_t i = 0; i < *n; i++) {
        id_map key = {(*list)[i], 0};
        const id_map *m = n_map ? bsearch(&key, map, n_map, sizeof *map, cmp_id_map) : NULL;
        const char *to = m ? tl->events[root_of(keep, m->to)].id : (*list)[i];
        bool dup = !strcmp(to, self);
        for (size_t j = 0; j < i && !dup; j++)
            if (!strcmp((*list)[j], to)) dup = true;
        if (dup) {
            free((*list)[i]);
            memmove(&(*list)[i], &(*list)[i + 1], (*n - i - 1) * sizeof **list);
            (*n)--;
            i--;
        } else if (m && el_set_str(&(*list)[i], to) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Adds the evidence of dup to keep's note: "Also in DOC: sentence". */
static int note_evidence(el_event *keep, const el_event *dup)
{
    if (!dup->evidence || !dup->evidence->text) return 0;
    const char *doc = dup->evidence->doc ? dup->evidence->doc : "-";
    const char *old = keep->note ? keep->note : "";
    size_t tl = strlen(dup->evidence->text);
    if (tl > 300) {
        /* Cut on a character boundary: the model holds UTF-8. */
        tl = 300;
        while (tl > 0 && ((unsigned char)dup->evidence->text[tl] & 0xC0) == 0x80) tl--;
    }
    size_t need = strlen(old) + strlen(doc) + tl + 32;
    if (need > 8000) return 0; /* keep notes bounded */
    char *buf = malloc(need);
    if (!buf) return -1;
    snprintf(buf, need, "%s%sAlso in %s: %.*s", old, old[0] ? " " : "", doc, (int)tl, dup->evidence->text);
    free(keep->note);
    keep->note = buf;
    return 0;
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
static int break_link_cycles(el_timeline *tl)
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

typedef struct slot {
    const el_event *ev;
    size_t i;
} slot;

static int cmp_slot(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    int c = el_date_compare(&x->ev->date, &y->ev->date);
    if (c) return c;
    return (x->i > y->i) - (x->i < y->i);
}

/* How far apart (in the date-sorted order) two events may be and still be
 * compared: bounds the work on a day with thousands of events. */
#define MERGE_WINDOW 300

int el_extract_finish(el_timeline *tl)
{
    if (!tl) return 0;
    size_t n = tl->n_events;
    int rc = -1;
    slot *sl = malloc((n ? n : 1) * sizeof *sl);
    label_key *keys = malloc((n ? n : 1) * sizeof *keys);
    size_t *keep = malloc((n ? n : 1) * sizeof *keep); /* keep[i] == i: kept */
    id_map *map = malloc((n ? n : 1) * sizeof *map);
    size_t n_map = 0;
    if (!sl || !keep || !map || !keys) goto out;
    for (size_t i = 0; i < n; i++) {
        sl[i] = (slot){&tl->events[i], i};
        keep[i] = i;
        label_key_of(tl->events[i].label, &keys[i]);
    }
    qsort(sl, n, sizeof *sl, cmp_slot);
    /* Within each run of equal dates, the earlier event absorbs later
     * near-duplicates. */
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && el_date_compare(&sl[a].ev->date, &sl[b].ev->date) == 0) b++;
        for (size_t p = a; p < b; p++) {
            size_t i = sl[p].i;
            if (keep[i] != i || !tl->events[i].label || !tl->events[i].id) continue;
            for (size_t q = p + 1; q < b && q <= p + MERGE_WINDOW; q++) {
                size_t j = sl[q].i;
                el_event *x = &tl->events[i], *y = &tl->events[j];
                if (keep[j] != j || !y->label || !y->id || !keys_similar(&keys[i], &keys[j])) continue;
                if (note_evidence(x, y) < 0) goto out;
                for (size_t k = 0; k < y->n_after; k++)
                    if (el_strlist_add(&x->after, &x->n_after, y->after[k]) < 0) goto out;
                for (size_t k = 0; k < y->n_before; k++)
                    if (el_strlist_add(&x->before, &x->n_before, y->before[k]) < 0) goto out;
                keep[j] = i;
                map[n_map++] = (id_map){y->id, i};
            }
        }
        a = b;
    }
    /* The same event at two precisions ("in 2011", "in February 2011"):
     * the coarser mention folds into the finer one when the finer date lies
     * inside the coarser one.  sl is sorted by start, so candidates follow. */
    for (size_t p = 0; p < n; p++) {
        size_t i = sl[p].i;
        if (keep[i] != i || !tl->events[i].label || !tl->events[i].id) continue;
        for (size_t q = p + 1; q < n && q <= p + MERGE_WINDOW; q++) {
            size_t j = sl[q].i;
            el_event *a = &tl->events[i], *b = &tl->events[j];
            if (b->date.start.lo >= a->date.end.hi) break;
            if (keep[j] != j || !b->label || !b->id || keep[i] != i) continue;
            bool a_in_b = b->date.start.lo <= a->date.start.lo && a->date.end.hi <= b->date.end.hi;
            bool b_in_a = a->date.start.lo <= b->date.start.lo && b->date.end.hi <= a->date.end.hi;
            if (a_in_b == b_in_a) continue; /* equal (done above) or overlapping */
            if (!keys_similar(&keys[i], &keys[j])) continue;
            el_event *fine = a_in_b ? a : b, *coarse = a_in_b ? b : a;
            size_t fi = a_in_b ? i : j, ci = a_in_b ? j : i;
            if (note_evidence(fine, coarse) < 0) goto out;
            for (size_t k = 0; k < coarse->n_after; k++)
                if (el_strlist_add(&fine->after, &fine->n_after, coarse->after[k]) < 0) goto out;
            for (size_t k = 0; k < coarse->n_before; k++)
                if (el_strlist_add(&fine->before, &fine->n_before, coarse->before[k]) < 0) goto out;
            keep[ci] = fi;
            map[n_map++] = (id_map){coarse->id, fi};
            if (ci == i) break;
        }
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
    if (break_link_cycles(tl) < 0) goto out;
    el_timeline_sort(tl);
    rc = 0;
out:
    free(sl);
    free(keys);
    free(keep);
    free(map);
    return rc;
}
