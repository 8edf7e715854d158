/* scale.c: time to position, axis breaks, and collision-free ticks. */
#include "render/scale.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/timefmt.h"

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static int cmp_span_lo(const void *a, const void *b)
{
    const sc_span *x = a, *y = b;
    return (x->lo > y->lo) - (x->lo < y->lo);
}

/* A gap between two runs of occupied time, by index of the run after it. */
typedef struct gap {
    int64_t len;
    size_t after; /* index of the first run after the gap */
} gap;

static int cmp_gap_len_desc(const void *a, const void *b)
{
    const gap *x = a, *y = b;
    return (x->len < y->len) - (x->len > y->len);
}

static int cmp_gap_pos(const void *a, const void *b)
{
    const gap *x = a, *y = b;
    return (x->after > y->after) - (x->after < y->after);
}

/* Pads [*lo, *hi) so that points get some room around them; min_len is the
 * shortest length a segment may have. */
static void pad_range(int64_t *lo, int64_t *hi, int64_t min_len)
{
    int64_t len = *hi - *lo;
    if (len < min_len) {
        int64_t extra = min_len - len;
        *lo -= extra / 2;
        *hi += extra - extra / 2;
        len = min_len;
    }
    int64_t pad = len / 40 + 1;
    *lo -= pad;
    *hi += pad;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* The median distance between the starts of consecutive spans (sorted by
 * start; 0 for fewer than two): how far apart the events usually are. */
static int64_t median_spacing(const sc_span *s, size_t n)
{
    if (n < 2)
        return 0;
    int64_t *d = malloc((n - 1) * sizeof *d);
    if (!d)
        return INT64_MAX / 8; /* no memory: no extra breaks */
    for (size_t i = 1; i < n; i++)
        d[i - 1] = s[i].lo - s[i - 1].lo;
    qsort(d, n - 1, sizeof *d, cmp_i64);
    int64_t m = d[(n - 1) / 2];
    free(d);
    return m;
}

/* True when gap g is over twenty times as long as the runs of time on
 * both sides of it (1968 | 32 empty years | two weeks of a quake story):
 * drawn to scale, the runs would shrink to points.  The caller also asks
 * for a gap well over the usual spacing, so that evenly spread events keep
 * one segment. */
static bool dwarfs_neighbours(const sc_span *runs, const gap *g)
{
    int64_t a = runs[g->after - 1].hi - runs[g->after - 1].lo;
    int64_t b = runs[g->after].hi - runs[g->after].lo;
    int64_t m = a > b ? a : b;
    if (m < EL_SECS_PER_DAY)
        m = EL_SECS_PER_DAY;
    return (double)g->len > 20.0 * (double)m;
}

/* Builds segments: sorts a copy of the spans, merges them into runs of
 * occupied time, and cuts the longest gaps (each over 10% of the range
 * left once the longer ones are cut, and over 30% of it or twenty times
 * its neighbouring runs, at most SC_MAX_SEGMENTS - 1 of them) when that is
 * allowed. */
int sc_build(const sc_span *spans, size_t n, int allow_breaks, sc_scale *sc)
{
    memset(sc, 0, sizeof *sc);
    sc_span *s = malloc((n ? n : 1) * sizeof *s);
    sc_span *runs = malloc((n ? n : 1) * sizeof *runs);
    size_t *run_events = calloc(n ? n : 1, sizeof *run_events);
    gap *gaps = malloc((n ? n : 1) * sizeof *gaps);
    if (!s || !runs || !run_events || !gaps) {
        free(s), free(runs), free(run_events), free(gaps);
        return -1;
    }
    memcpy(s, spans, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_span_lo);
    size_t nr = 0;
    for (size_t i = 0; i < n; i++) {
        if (nr > 0 && s[i].lo <= runs[nr - 1].hi) {
            if (s[i].hi > runs[nr - 1].hi)
                runs[nr - 1].hi = s[i].hi;
        } else {
            runs[nr] = s[i];
            nr++;
        }
        run_events[nr - 1] += s[i].is_event ? 1 : 0;
    }
    int64_t lo = runs[0].lo, hi = runs[0].hi;
    for (size_t r = 0; r < nr; r++)
        if (runs[r].hi > hi)
            hi = runs[r].hi;
    int64_t total = hi - lo;
    size_t ng = 0;
    size_t n_events = 0;
    for (size_t r = 0; r < nr; r++)
        n_events += run_events[r];
    if (allow_breaks && n_events >= 3) {
        int64_t typical = median_spacing(s, n);
        for (size_t r = 1; r < nr; r++) {
            int64_t len = runs[r].lo - runs[r - 1].hi;
            /* a break pays off only for long, empty stretches */
            if (len > 60 * EL_SECS_PER_DAY)
                gaps[ng++] = (gap){len, r};
        }
        /* Longest first, each over 30% of the time still shown once the
         * longer ones are cut (1998 | 2014 | 2019-2024: after the 16 empty
         * years go, the 4 between 2014 and 2019 are a third of the rest). */
        qsort(gaps, ng, sizeof *gaps, cmp_gap_len_desc);
        size_t keep = 0;
        int64_t left = total;
        while (keep < ng && keep < SC_MAX_SEGMENTS - 1 &&
               ((double)gaps[keep].len > 0.3 * (double)left ||
                (dwarfs_neighbours(runs, &gaps[keep]) && gaps[keep].len > 4 * typical)) &&
               (double)gaps[keep].len > 0.1 * (double)left) {
            left -= gaps[keep].len;
            keep++;
        }
        ng = keep;
        qsort(gaps, ng, sizeof *gaps, cmp_gap_pos);
    }
    int64_t kept = total;
    for (size_t g = 0; g < ng; g++)
        kept -= gaps[g].len;
    /* A segment is at least 1/50 of the time still shown, and an hour. */
    int64_t min_len = kept / 50;
    if (min_len < 3600)
        min_len = 3600;
    size_t r = 0;
    for (size_t g = 0; g <= ng; g++) {
        size_t end = g < ng ? gaps[g].after : nr;
        sc_segment *seg = &sc->seg[sc->n_seg++];
        seg->t0 = runs[r].lo;
        seg->t1 = runs[r].hi;
        for (; r < end; r++) {
            if (runs[r].hi > seg->t1)
                seg->t1 = runs[r].hi;
            seg->n_events += run_events[r];
        }
        seg->d0 = seg->t0;
        /* ... but a short run beside long ones (two weeks after a century)
         * is padded to ten times itself at most, or it shrinks to a point */
        int64_t tenfold = (seg->t1 - seg->t0) * 10;
        int64_t seg_min = tenfold < min_len ? (tenfold > 3600 ? tenfold : 3600) : min_len;
        pad_range(&seg->t0, &seg->t1, ng ? seg_min : 3600); /* at least an hour */
    }
    /* Padding must not make neighbouring segments overlap. */
    for (int k = 1; k < sc->n_seg; k++)
        if (sc->seg[k].t0 < sc->seg[k - 1].t1) {
            int64_t mid = sc->seg[k - 1].t1 / 2 + sc->seg[k].t0 / 2;
            sc->seg[k - 1].t1 = mid;
            sc->seg[k].t0 = mid;
        }
    free(s), free(runs), free(run_events), free(gaps);
    return 0;
}

void sc_place(sc_scale *sc, double a0, double a1, double break_len)
{
    double avail = a1 - a0 - break_len * (sc->n_seg - 1);
    double wsum = 0;
    for (int k = 0; k < sc->n_seg; k++)
        wsum += 1.0 + (double)sc->seg[k].n_events;
    double p = a0;
    for (int k = 0; k < sc->n_seg; k++) {
        sc_segment *seg = &sc->seg[k];
        double len = sc->n_seg == 1 ? avail : avail * (1.0 + (double)seg->n_events) / wsum;
        seg->p0 = p;
        seg->p1 = p + len;
        p += len + break_len;
    }
}

double sc_pos(const sc_scale *sc, int64_t t)
{
    for (int k = 0; k < sc->n_seg; k++) {
        const sc_segment *seg = &sc->seg[k];
        if (t < seg->t0) {
            if (k == 0)
                return seg->p0;
            /* inside the break before this segment */
            const sc_segment *prev = &sc->seg[k - 1];
            double f = (double)(t - prev->t1) / (double)(seg->t0 - prev->t1);
            return prev->p1 + f * (seg->p0 - prev->p1);
        }
        if (t <= seg->t1)
            return seg->p0 + (double)(t - seg->t0) / (double)(seg->t1 - seg->t0) * (seg->p1 - seg->p0);
    }
    return sc->seg[sc->n_seg - 1].p1;
}

/* Tick steps, finest first. */
typedef enum step_unit { U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR } step_unit;
typedef struct step {
    step_unit unit;
    int64_t n; /* multiple of the unit */
} step;

static const step steps_small[] = {
    {U_HOUR, 1}, {U_HOUR, 3}, {U_HOUR, 6}, {U_HOUR, 12}, {U_DAY, 1}, {U_DAY, 2},
    {U_WEEK, 1}, {U_MONTH, 1}, {U_MONTH, 3}, {U_MONTH, 6},
};

static double approx_seconds(step s)
{
    switch (s.unit) {
    case U_HOUR: return 3600.0 * (double)s.n;
    case U_DAY: return 86400.0 * (double)s.n;
    case U_WEEK: return 7 * 86400.0 * (double)s.n;
    case U_MONTH: return 30.44 * 86400.0 * (double)s.n;
    default: return 365.2425 * 86400.0 * (double)s.n;
    }
}

/* Step number i: the small steps, then years 1, 2, 5, 10, 20, 50, ...
 * Returns 0 past the end. */
static int step_at(size_t i, step *out)
{
    size_t ns = sizeof steps_small / sizeof steps_small[0];
    if (i < ns) {
        *out = steps_small[i];
        return 1;
    }
    i -= ns;
    if (i > 3 * 10)
        return 0;
    static const int64_t mant[3] = {1, 2, 5};
    int64_t n = mant[i % 3];
    for (size_t e = 0; e < i / 3; e++)
        n *= 10;
    *out = (step){U_YEAR, n};
    return 1;
}

/* Growable tick list. */
typedef struct tick_list {
    sc_tick *v;
    size_t n, cap;
} tick_list;

static sc_tick *tick_push(tick_list *l)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        sc_tick *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return NULL;
        l->v = v;
        l->cap = cap;
    }
    sc_tick *t = &l->v[l->n++];
    memset(t, 0, sizeof *t);
    return t;
}

/* First year >= y that is on the year grid of step n: BC years count back
 * from 1 BC (so 500 BC, 400 BC...), AD years are multiples of n. */
static int64_t year_grid_next(int64_t y, int64_t n)
{
    if (n == 1)
        return y;
    if (y <= 0) {
        int64_t bc = 1 - y;           /* 1 BC = 1 */
        int64_t k = bc / n;           /* largest multiple <= bc */
        if (k > 0)
            return 1 - k * n;
        return n;                     /* past 1 BC: first AD multiple */
    }
    return ((y + n - 1) / n) * n;
}

static int64_t year_grid_after(int64_t y, int64_t n)
{
    return year_grid_next(y + 1, n);
}

/* Writes the label of a tick at t for a step; first: first tick of the
 * segment (gets the larger unit too). */
static void tick_label(int64_t t, step s, int first, char *buf, size_t size, int *major)
{
    int64_t y;
    int m, d, sod;
    tf_split(t, &y, &m, &d, &sod);
    char yt[24]; /* the longest year text is "2.5 million years ago" */
    tf_year_text(y, yt, sizeof yt);
    *major = 0;
    switch (s.unit) {
    case U_YEAR:
        snprintf(buf, size, "%s", yt);
        *major = 1;
        break;
    case U_MONTH:
        *major = m == 1;
        if (m == 1 || first)
            snprintf(buf, size, "%s %s", tf_month_abbr(m), yt);
        else
            snprintf(buf, size, "%s", tf_month_abbr(m));
        break;
    case U_DAY:
    case U_WEEK:
        *major = d == 1;
        if (first || (m == 1 && d == 1))
            snprintf(buf, size, "%d %s %s", d, tf_month_abbr(m), yt);
        else
            snprintf(buf, size, "%d %s", d, tf_month_abbr(m));
        break;
    case U_HOUR:
        *major = sod == 0;
        if (first)
            snprintf(buf, size, "%d %s %02d:00", d, tf_month_abbr(m), sod / 3600);
        else if (sod == 0)
            snprintf(buf, size, "%d %s", d, tf_month_abbr(m));
        else
            snprintf(buf, size, "%02d:00", sod / 3600);
        break;
    }
}

/* Appends the ticks of step s inside seg to l (from index l->n on).
 * Returns -1 when out of memory. */
static int gen_ticks(const sc_segment *seg, step s, tick_list *l)
{
    int64_t t;
    int64_t y;
    int m, d, sod;
    tf_split(seg->t0, &y, &m, &d, &sod);
    int first = 1;
    switch (s.unit) {
    case U_YEAR: {
        int64_t yy = year_grid_next(y, s.n);
        for (;;) {
            t = tf_year_start(yy);
            if (t > seg->t1)
                break;
            if (t >= seg->t0) {
                sc_tick *k = tick_push(l);
                if (!k)
                    return -1;
                k->t = t;
                tick_label(t, s, first, k->label, sizeof k->label, &k->major);
                first = 0;
            }
            yy = year_grid_after(yy, s.n);
        }
        break;
    }
    case U_MONTH: {
        int mm = m;
        int64_t yy = y;
        /* align to multiples of n months from January */
        while ((mm - 1) % (int)s.n != 0)
            mm++;
        for (;;) {
            t = tf_month_start(yy, mm);
            if (t > seg->t1)
                break;
            if (t >= seg->t0) {
                sc_tick *k = tick_push(l);
                if (!k)
                    return -1;
                k->t = t;
                tick_label(t, s, first, k->label, sizeof k->label, &k->major);
                first = 0;
            }
            mm += (int)s.n;
            if (mm > 12) {
                mm -= 12;
                yy++;
            }
        }
        break;
    }
    default: {
        int64_t unit = s.unit == U_HOUR ? 3600 : EL_SECS_PER_DAY;
        int64_t stride = s.unit == U_WEEK ? 7 * EL_SECS_PER_DAY : unit * s.n;
        int64_t base;
        if (s.unit == U_WEEK) {
            /* weeks start on Monday */
            int64_t days = floor_div(seg->t0, EL_SECS_PER_DAY);
            int wd = el_weekday(days); /* 0 = Sunday */
            base = (days - (wd + 6) % 7) * EL_SECS_PER_DAY;
        } else {
            /* hour strides divide a day, so this lands on midnight too */
            base = floor_div(seg->t0, stride) * stride;
        }
        for (t = base; t <= seg->t1; t += stride) {
            if (t < seg->t0)
                continue;
            sc_tick *k = tick_push(l);
            if (!k)
                return -1;
            k->t = t;
            tick_label(t, s, first, k->label, sizeof k->label, &k->major);
            first = 0;
        }
        break;
    }
    }
    return 0;
}

/* Does step fine divide step coarse (every coarse tick is a fine tick)? */
static int step_divides(step fine, step coarse)
{
    if (coarse.unit == U_YEAR) {
        if (fine.unit == U_YEAR)
            return coarse.n % fine.n == 0;
        return fine.unit == U_MONTH && 12 % fine.n == 0;
    }
    if (coarse.unit == U_MONTH)
        return fine.unit == U_MONTH && coarse.n % fine.n == 0;
    if (coarse.unit == U_DAY)
        return fine.unit == U_HOUR || (fine.unit == U_DAY && coarse.n % fine.n == 0);
    if (coarse.unit == U_WEEK)
        return fine.unit == U_DAY && fine.n == 1;
    return fine.unit == U_HOUR && coarse.n % fine.n == 0;
}

/* Adds unlabelled minor ticks inside segment seg between the labelled
 * ticks l->v[start..l->n) of step s: the finest step dividing s whose ticks
 * stand at least min_px apart, with at most 6 to a labelled step.  The
 * list is kept in order along the axis.  Returns -1 when out of memory. */
static int add_minor_ticks(const sc_scale *sc, const sc_segment *seg, step s, size_t si,
                           double min_px, tick_list *l, size_t start)
{
    double px_per_sec = (seg->p1 - seg->p0) / (double)(seg->t1 - seg->t0);
    step f;
    int found = 0;
    for (size_t i = 0; i < si && step_at(i, &f); i++) {
        double gap = approx_seconds(f) * px_per_sec;
        if (gap >= min_px && approx_seconds(s) / approx_seconds(f) <= 6.5 && step_divides(f, s)) {
            found = 1;
            break;
        }
    }
    if (!found)
        return 0;
    tick_list m = {0};
    if (gen_ticks(seg, f, &m) < 0) {
        free(m.v);
        return -1;
    }
    /* merge: labelled ticks win where both fall */
    size_t nlab = l->n - start;
    sc_tick *lab = malloc((nlab ? nlab : 1) * sizeof *lab);
    if (!lab) {
        free(m.v);
        return -1;
    }
    memcpy(lab, l->v + start, nlab * sizeof *lab);
    l->n = start;
    size_t a = 0, b = 0;
    while (a < nlab || b < m.n) {
        if (b < m.n && a < nlab && m.v[b].t == lab[a].t) {
            b++;
            continue;
        }
        int take_lab = b >= m.n || (a < nlab && lab[a].t < m.v[b].t);
        sc_tick *t = tick_push(l);
        if (!t) {
            free(lab);
            free(m.v);
            return -1;
        }
        if (take_lab) {
            *t = lab[a++];
        } else {
            *t = m.v[b++];
            t->label[0] = '\0';
            t->major = 0;
            t->minor = 1;
            t->p = sc_pos(sc, t->t);
        }
    }
    free(lab);
    free(m.v);
    return 0;
}

/* A segment labelled by years that starts inside a year (Jul 2008) would
 * show its first year only at the next 1 January: names that year at the
 * segment's start, a label without a tick line (edge = 1), when it fits
 * before the first labelled tick (the caller asks only when something
 * happens before it; padding alone needs no name).  Returns -1 when out of memory. */
static int lead_label(const sc_scale *sc, const sc_segment *seg, measure_fn measure, void *mctx,
                      int vertical, double min_gap, tick_list *l, size_t start)
{
    int64_t y;
    int m, d;
    tf_split(seg->t0, &y, &m, &d, NULL);
    char yt[48];
    tf_year_text(y, yt, sizeof yt);
    double w, h;
    measure(mctx, yt, LAY_FONT_TICK, 0, 1, &w, &h);
    double p0 = sc_pos(sc, seg->t0);
    if (p0 + min_gap * 0.5 + (vertical ? h : w) + min_gap > l->v[start].p)
        return 0;
    /* a few weeks of a year read as part of the next one: the stretch must
     * be a good part of a year's length on the axis */
    double year_px = (seg->p1 - seg->p0) / (double)(seg->t1 - seg->t0) * 365.2425 * 86400.0;
    if (l->v[start].p - p0 < 0.4 * year_px)
        return 0;
    if (!tick_push(l))
        return -1;
    memmove(l->v + start + 1, l->v + start, (l->n - 1 - start) * sizeof *l->v);
    sc_tick *t = &l->v[start];
    memset(t, 0, sizeof *t);
    t->t = seg->t0;
    t->p = p0;
    t->edge = 1;
    snprintf(t->label, sizeof t->label, "%s", yt);
    return 0;
}

int sc_ticks(const sc_scale *sc, measure_fn measure, void *mctx, int vertical, double min_gap,
             sc_tick **ticks, size_t *n)
{
    tick_list l = {0};
    size_t first_year = sizeof steps_small / sizeof steps_small[0];
    for (int k = 0; k < sc->n_seg; k++) {
        const sc_segment *seg = &sc->seg[k];
        double px = seg->p1 - seg->p0;
        double secs = (double)(seg->t1 - seg->t0);
        size_t start = l.n;
        step s;
        int done = 0;
        /* Several years read best as years ("2009  2010"), not as a run of
         * months ("Jan 2009  Jul  Jan 2010"); the months become minor ticks. */
        size_t i0 = secs >= 3 * 365.2425 * 86400.0 ? first_year : 0;
        size_t i;
        for (i = i0; !done && step_at(i, &s); i++) {
            double count = secs / approx_seconds(s);
            if (count > px / 14.0 + 1)
                continue;
            l.n = start;
            if (gen_ticks(seg, s, &l) < 0) {
                free(l.v);
                return -1;
            }
            if (l.n - start < 1 && secs / approx_seconds(s) > 1)
                continue;
            int ok = 1;
            for (size_t j = start; j < l.n && ok; j++) {
                sc_tick *tk = &l.v[j];
                tk->p = sc_pos(sc, tk->t);
                double w, h;
                measure(mctx, tk->label, LAY_FONT_TICK, 0, 1, &w, &h);
                double ext = vertical ? h : w;
                double next = j + 1 < l.n ? sc_pos(sc, l.v[j + 1].t) : seg->p1;
                if (tk->p + min_gap * 0.5 + ext + min_gap > next) {
                    if (j + 1 < l.n)
                        ok = 0;
                    else
                        tk->label[0] = '\0'; /* last label would leave the segment */
                }
            }
            if (ok)
                done = 1;
        }
        if (done && s.unit == U_YEAR && s.n == 1 && l.n > start && seg->d0 < l.v[start].t &&
            lead_label(sc, seg, measure, mctx, vertical, min_gap, &l, start) < 0) {
            free(l.v);
            return -1;
        }
        if (!done) {
            l.n = start; /* no step fits this segment: leave it unlabelled */
        } else if (add_minor_ticks(sc, seg, s, i - 1, min_gap * 1.2, &l, start) < 0) {
            free(l.v);
            return -1;
        }
    }
    *ticks = l.v;
    *n = l.n;
    return 0;
}
