/* place.c: cyclic level assignment and sliding of text blocks along the
 * axis (see place.h for the rules). */
#include "render/place.h"

#include <math.h>

#define PL_MAX_K 64

/* Slides the blocks of one level (indices idx[0..m), in order of a) between
 * their bounds lo[]/hi[] (indexed by unit) so that neighbours keep gap
 * apart, each as close to its wish as the others allow.  Returns 0 when the
 * bounds cannot all be met. */
static int slide_level(pl_unit *u, const size_t *idx, size_t m, double *lo, double *hi, double gap)
{
    for (size_t k = 1; k < m; k++) {
        const pl_unit *p = &u[idx[k - 1]];
        double need = lo[idx[k - 1]] + p->len + gap;
        if (lo[idx[k]] < need)
            lo[idx[k]] = need;
    }
    for (size_t k = m; k-- > 1;) {
        const pl_unit *c = &u[idx[k - 1]];
        double cap = hi[idx[k]] - c->len - gap;
        if (hi[idx[k - 1]] > cap)
            hi[idx[k - 1]] = cap;
    }
    for (size_t k = 0; k < m; k++)
        if (lo[idx[k]] > hi[idx[k]] + 1e-6)
            return 0;
    double prev_end = -INFINITY;
    for (size_t k = 0; k < m; k++) {
        pl_unit *c = &u[idx[k]];
        double l = lo[idx[k]], h = hi[idx[k]];
        if (prev_end + gap > l)
            l = prev_end + gap;
        double b = c->a + c->want;
        if (b < l)
            b = l;
        if (b > h)
            b = h;
        c->b = b;
        prev_end = b + c->len;
    }
    return 1;
}

int pl_assign(pl_unit *u, size_t n, const pl_params *p, int K, int pattern, double *dscratch,
              size_t *iscratch)
{
    if (K < 1)
        K = 1;
    if (K > PL_MAX_K)
        K = PL_MAX_K;
    double *lo = dscratch, *hi = dscratch + n;
    size_t *order = iscratch;
    /* Sides alternate; levels cycle from the top down on each side. */
    size_t count[2] = {0, 0};
    for (size_t i = 0; i < n; i++) {
        int side = 0;
        if (u[i].fixed_side >= 0)
            side = u[i].fixed_side;
        else if (p->two_sides)
            side = (count[0] > count[1]) ? 1 : 0;
        u[i].side = side;
        int step = (int)(count[side] % (size_t)K);
        int up = pattern == PL_BOTTOM_UP ||
                 (pattern == PL_SPLIT && u[i].a > (p->a_min + p->a_max) / 2);
        u[i].level = up ? step : K - 1 - step;
        count[side]++;
    }
    /* Bounds from a unit's own stem and the canvas. */
    int free_slide = p->free_slide && K == 1;
    for (size_t i = 0; i < n; i++) {
        if (free_slide) {
            lo[i] = p->a_min;
            hi[i] = p->a_max - u[i].len;
            continue;
        }
        lo[i] = fmax(p->a_min, u[i].a - u[i].len + p->inset);
        hi[i] = fmin(p->a_max - u[i].len, u[i].a + p->stem_gap);
        if (u[i].want > 0 && u[i].a + u[i].want > hi[i])
            hi[i] = fmin(p->a_max - u[i].len, u[i].a + u[i].want);
    }
    /* Left sweep: the nearest stem at or before a at a higher level. */
    for (int side = 0; side < 2; side++) {
        double last[PL_MAX_K];
        for (int l = 0; l < K; l++)
            last[l] = -INFINITY;
        size_t i = 0;
        while (i < n) {
            size_t j = i;
            while (j < n && u[j].a == u[i].a)
                j++;
            /* highest level among same-position units on this side */
            int top = -1;
            for (size_t k = i; k < j; k++)
                if (u[k].side == side && u[k].level > top)
                    top = u[k].level;
            for (size_t k = i; k < j; k++) {
                if (u[k].side != side)
                    continue;
                double s = -INFINITY;
                for (int l = u[k].level + 1; l < K; l++)
                    if (last[l] > s)
                        s = last[l];
                if (top > u[k].level)
                    s = u[k].a;
                if (s + p->stem_gap > lo[k])
                    lo[k] = s + p->stem_gap;
            }
            for (size_t k = i; k < j; k++)
                if (u[k].side == side)
                    last[u[k].level] = u[k].a;
            i = j;
        }
        /* Right sweep: the nearest stem strictly after a at a higher level. */
        double next[PL_MAX_K];
        for (int l = 0; l < K; l++)
            next[l] = INFINITY;
        i = n;
        while (i > 0) {
            size_t j = i;
            while (j > 0 && u[j - 1].a == u[i - 1].a)
                j--;
            for (size_t k = j; k < i; k++) {
                if (u[k].side != side)
                    continue;
                double s = INFINITY;
                for (int l = u[k].level + 1; l < K; l++)
                    if (next[l] < s)
                        s = next[l];
                double cap = s - p->stem_gap - u[k].len;
                if (cap < hi[k])
                    hi[k] = cap;
            }
            for (size_t k = j; k < i; k++)
                if (u[k].side == side)
                    next[u[k].level] = u[k].a;
            i = j;
        }
    }
    /* Slide each level of each side. */
    int ok = 1;
    for (int side = 0; side < 2 && ok; side++)
        for (int l = 0; l < K && ok; l++) {
            size_t m = 0;
            for (size_t i = 0; i < n; i++)
                if (u[i].side == side && u[i].level == l)
                    order[m++] = i;
            if (m && !slide_level(u, order, m, lo, hi, p->gap))
                ok = 0;
        }
    return ok;
}

void pl_bands(const pl_unit *u, size_t n, int K, double *band)
{
    for (int i = 0; i < 2 * K; i++)
        band[i] = 0;
    for (size_t i = 0; i < n; i++) {
        double *b = &band[u[i].side * K + u[i].level];
        if (u[i].thick > *b)
            *b = u[i].thick;
    }
}

/* Can unit i (on its side) stand at level t with its block starting at b?
 * Checks the blocks of level t and the stems of the higher levels near it;
 * units are sorted by a and only those within reach along the axis are
 * looked at. */
static int level_free(const pl_unit *u, size_t n, size_t i, int t, double b, const pl_params *p,
                      double reach)
{
    const pl_unit *c = &u[i];
    double lo = b, hi = b + c->len;
    for (int dir = -1; dir <= 1; dir += 2) {
        for (size_t k = i;;) {
            if (dir < 0 ? k == 0 : k + 1 >= n)
                break;
            k = dir < 0 ? k - 1 : k + 1;
            const pl_unit *v = &u[k];
            if (fabs(v->a - c->a) > reach)
                break;
            if (v->side != c->side)
                continue;
            if (v->level == t && v->b < hi + p->gap && v->b + v->len + p->gap > lo)
                return 0; /* blocks of one level would meet */
            if (v->level > t && v->a > lo - p->stem_gap && v->a < hi + p->stem_gap)
                return 0; /* a longer stem would cross the block */
            if (v->level < t && c->a > v->b - p->stem_gap && c->a < v->b + v->len + p->stem_gap)
                return 0; /* the block's own stem would cross a nearer block */
        }
    }
    return 1;
}

/* Where unit i may start on level t: its present start if that is clear,
 * else the start nearest to it that just clears a neighbour on level t,
 * within the unit's own bounds.  Returns 1 and sets *b when one is clear. */
static int find_start(const pl_unit *u, size_t n, size_t i, int t, const pl_params *p,
                      double reach, double *b)
{
    const pl_unit *c = &u[i];
    double lo = fmax(p->a_min, c->a - c->len + p->inset);
    double hi = fmin(p->a_max - c->len, c->a + fmax(p->stem_gap, c->want));
    if (c->b >= lo && c->b <= hi && level_free(u, n, i, t, c->b, p, reach)) {
        *b = c->b;
        return 1;
    }
    double best = NAN;
    for (int dir = -1; dir <= 1; dir += 2) {
        for (size_t k = i;;) {
            if (dir < 0 ? k == 0 : k + 1 >= n)
                break;
            k = dir < 0 ? k - 1 : k + 1;
            const pl_unit *v = &u[k];
            if (fabs(v->a - c->a) > reach)
                break;
            if (v->side != c->side)
                continue;
            /* starts that just clear v's block (same level) or v's stem (higher) */
            double cand[2];
            if (v->level == t) {
                cand[0] = v->b + v->len + p->gap;
                cand[1] = v->b - p->gap - c->len;
            } else if (v->level > t) {
                cand[0] = v->a + p->stem_gap + 0.01;
                cand[1] = v->a - p->stem_gap - c->len - 0.01;
            } else {
                continue;
            }
            for (int j = 0; j < 2; j++) {
                double x = cand[j];
                if (x < lo || x > hi || (!isnan(best) && fabs(x - c->b) >= fabs(best - c->b)))
                    continue;
                if (level_free(u, n, i, t, x, p, reach))
                    best = x;
            }
        }
    }
    if (isnan(best))
        return 0;
    *b = best;
    return 1;
}

void pl_compact(pl_unit *u, size_t n, const pl_params *p, int K)
{
    if (K < 2 || n < 2)
        return;
    double longest = 0, farthest = 0;
    for (size_t i = 0; i < n; i++) {
        longest = fmax(longest, u[i].len);
        farthest = fmax(farthest, fabs(u[i].b - u[i].a));
    }
    /* a unit's block lies within len + farthest of its stem */
    farthest = fmax(farthest, fmax(p->stem_gap, p->inset));
    double reach = 2 * (longest + farthest) + 2 * p->gap + 2 * p->stem_gap;
    for (int l = 1; l < K && l < PL_MAX_K; l++)
        for (size_t i = 0; i < n; i++) {
            if (u[i].level != l)
                continue;
            for (int t = 0; t < l; t++) {
                double b;
                if (find_start(u, n, i, t, p, reach, &b)) {
                    u[i].level = t;
                    u[i].b = b;
                    break;
                }
            }
        }
}
