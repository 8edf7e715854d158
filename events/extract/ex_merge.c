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
    label_key *keys = malloc((n ? n : 1) * sizeof *keys);
    unsigned char *ok = malloc(n ? n : 1);
    ex_merge_op *ops = malloc((n ? n : 1) * sizeof *ops); /* each event merges at most once */
    if (!sl || !keys || !ok || !ops) goto out;
    for (size_t i = 0; i < n; i++) {
        const char *l = label(ctx, i);
        sl[i] = (slot){(const ex_dkey *)(const void *)((const char *)dk + i * dk_stride), i};
        keep[i] = i;
        ok[i] = l != NULL;
        label_key_of(l, &keys[i]);
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
                if (keep[j] != j || !ok[j] || !keys_similar(&keys[i], &keys[j])) continue;
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
            if (!keys_similar(&keys[i], &keys[j])) continue;
            size_t fi = a_in_b ? i : j, ci = a_in_b ? j : i;
            add_op(ops, n_ops, keep, fi, ci);
            if (ci == i) break;
        }
    }
    rc = 0;
out:
    free(sl);
    free(keys);
    free(ok);
    if (rc == 0 && *n_ops > 0) *ops_out = ops;
    else free(ops);
    if (rc < 0) *n_ops = 0;
    return rc;
}
