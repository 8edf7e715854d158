/* ex_merge.c: the merge plan of el_extract_finish (see ex_merge.h). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "events/extract/ex_merge.h"

#define MAX_LABEL_WORDS 24

/* How far apart (in the date-sorted order) two events may be and still be
 * compared: bounds the work on a day with thousands of events. */
#define MERGE_WINDOW 300

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

/* The content-word hashes of every label back to back: event i's are
 * h[off[i]] .. h[off[i + 1] - 1] (about 30 bytes an event instead of a
 * fixed label_key each). */
typedef struct key_pool {
    uint32_t *h;
    size_t *off;
} key_pool;

/* Fills kp with the keys of the n labels; 0 or -1 (out of memory). */
static int key_pool_make(key_pool *kp, size_t n, ex_label_fn label, const void *ctx)
{
    size_t cap = n ? n * 4 : 1, len = 0;
    kp->h = malloc(cap * sizeof *kp->h);
    kp->off = malloc((n + 1) * sizeof *kp->off);
    if (!kp->h || !kp->off) return -1;
    for (size_t i = 0; i < n; i++) {
        label_key k;
        label_key_of(label(ctx, i), &k);
        if (len + (size_t)k.n > cap) {
            while (len + (size_t)k.n > cap) cap *= 2;
            uint32_t *p = realloc(kp->h, cap * sizeof *p);
            if (!p) return -1;
            kp->h = p;
        }
        kp->off[i] = len;
        memcpy(kp->h + len, k.h, (size_t)k.n * sizeof *k.h);
        len += (size_t)k.n;
    }
    kp->off[n] = len;
    return 0;
}

/* True when the labels of events i and j share most of their content
 * words: at least 70% of the shorter label's words appear in the other. */
static bool keys_similar(const key_pool *kp, size_t i, size_t j)
{
    const uint32_t *a = kp->h + kp->off[i], *b = kp->h + kp->off[j];
    size_t an = kp->off[i + 1] - kp->off[i], bn = kp->off[j + 1] - kp->off[j];
    if (an == 0 || bn == 0) return false;
    size_t common = 0;
    for (size_t x = 0; x < an; x++)
        for (size_t y = 0; y < bn; y++)
            if (a[x] == b[y]) {
                common++;
                break;
            }
    size_t small = an < bn ? an : bn;
    return common * 10 >= small * 7;
}

size_t ex_merge_root(const size_t *keep, size_t i)
{
    while (keep[i] != i) i = keep[i];
    return i;
}

typedef struct slot {
    const ex_dkey *k;
    size_t i;
} slot;

static int cmp_slot(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    int c = ex_dkey_cmp(x->k, y->k);
    if (c) return c;
    return (x->i > y->i) - (x->i < y->i);
}

/* Appends the merge of `from` into `into` to the plan. */
static void add_op(ex_merge_op *ops, size_t *n_ops, size_t *keep, size_t into, size_t from)
{
    ops[(*n_ops)++] = (ex_merge_op){into, from};
    keep[from] = into;
}

int ex_merge_plan(size_t n, const ex_dkey *dk, size_t dk_stride, ex_label_fn label, const void *ctx,
                  size_t *keep, ex_merge_op **ops_out, size_t *n_ops)
{
    *ops_out = NULL;
    *n_ops = 0;
    int rc = -1;
    slot *sl = malloc((n ? n : 1) * sizeof *sl);
    key_pool kp = {NULL, NULL};
    unsigned char *ok = malloc(n ? n : 1);
    ex_merge_op *ops = malloc((n ? n : 1) * sizeof *ops); /* each event merges at most once */
    if (!sl || !ok || !ops || key_pool_make(&kp, n, label, ctx) < 0) goto out;
    for (size_t i = 0; i < n; i++) {
        sl[i] = (slot){(const ex_dkey *)(const void *)((const char *)dk + i * dk_stride), i};
        keep[i] = i;
        ok[i] = label(ctx, i) != NULL;
    }
    qsort(sl, n, sizeof *sl, cmp_slot);
    /* Within each run of equal dates, the earlier event absorbs later
     * near-duplicates. */
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && ex_dkey_cmp(sl[a].k, sl[b].k) == 0) b++;
        for (size_t p = a; p < b; p++) {
            size_t i = sl[p].i;
            if (keep[i] != i || !ok[i]) continue;
            for (size_t q = p + 1; q < b && q <= p + MERGE_WINDOW; q++) {
                size_t j = sl[q].i;
                if (keep[j] != j || !ok[j] || !keys_similar(&kp, i, j)) continue;
                add_op(ops, n_ops, keep, i, j);
            }
        }
        a = b;
    }
    /* The same event at two precisions ("in 2011", "in February 2011"):
     * the coarser mention folds into the finer one when the finer date lies
     * inside the coarser one.  sl is sorted by start, so candidates follow. */
    for (size_t p = 0; p < n; p++) {
        size_t i = sl[p].i;
        if (keep[i] != i || !ok[i]) continue;
        for (size_t q = p + 1; q < n && q <= p + MERGE_WINDOW; q++) {
            size_t j = sl[q].i;
            const ex_dkey *a = sl[p].k, *b = sl[q].k;
            if (b->lo >= a->hi) break;
            if (keep[j] != j || !ok[j] || keep[i] != i) continue;
            bool a_in_b = b->lo <= a->lo && a->hi <= b->hi;
            bool b_in_a = a->lo <= b->lo && b->hi <= a->hi;
            if (a_in_b == b_in_a) continue; /* equal (done above) or overlapping */
            if (!keys_similar(&kp, i, j)) continue;
            size_t fi = a_in_b ? i : j, ci = a_in_b ? j : i;
            add_op(ops, n_ops, keep, fi, ci);
            if (ci == i) break;
        }
    }
    rc = 0;
out:
    free(sl);
    free(kp.h);
    free(kp.off);
    free(ok);
    if (rc == 0 && *n_ops > 0) *ops_out = ops;
    else free(ops);
    if (rc < 0) *n_ops = 0;
    return rc;
}

int ex_merge_relink_one(char ***list, size_t *n, size_t *i, const char *to, bool changed,
                        const char *self)
{
    bool dup = !strcmp(to, self);
    for (size_t j = 0; j < *i && !dup; j++)
        if (!strcmp((*list)[j], to))
            dup = true;
    if (dup) {
        free((*list)[*i]);
        memmove(&(*list)[*i], &(*list)[*i + 1], (*n - *i - 1) * sizeof **list);
        (*n)--;
        (*i)--;
        return 0;
    }
    return changed && el_set_str(&(*list)[*i], to) < 0 ? -1 : 0;
}
