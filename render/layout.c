/* layout.c: the whole timeline as geometry: header, footer and legend,
 * the time ribbon with ticks and breaks, eras, and the event text blocks
 * with their stems.  Text is sized only through the measuring callback.
 *
 * Terms: "along" is the direction of time (x when horizontal, y when
 * vertical), "across" the other one.  Events with the same date share one
 * block (a stack); at a fixed canvas size, neighbours that cannot all be
 * shown merge into a counted cluster.  When the blocks do not fit, the
 * canvas grows, first along the axis, then across it. */
#include "render/layout.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/layout_items.h"
#include "render/place.h"
#include "render/scale.h"
#include "render/timefmt.h"

#define MAX_K 10        /* levels per side */
#define MAX_LANES 4     /* span lanes beside the ribbon */
#define LABEL_LINES 3
#define SZ_CACHE 4      /* wrap widths whose sizes are kept */
/* When even the largest canvas cannot show every event, events are counted
 * in clusters on a canvas at most this many times the asked length: a
 * taller page would only make the clusters smaller, at the price of an
 * image nobody can take in (2,000 events: 1920x8640, not 1920x32000). */
#define CLUSTER_GROWTH 8.0
#define WIDE_MAX_EVENTS 16 /* up to this many events may get wider blocks */

/* Text sizes of one event at the current wrap width. */
typedef struct ev_size {
    double dw, dh, lw, lh, nw, nh;
} ev_size;

/* A block on the timeline: events first .. first+count-1 (a stack of
 * same-date events, or a counted cluster). */
typedef struct unit {
    size_t first, count;
    int cluster;
    const char *date_text, *label, *note; /* for clusters (owned by the result) */
    double cdw, cdh, clw, clh, cnw, cnh;   /* cluster text sizes */
    int64_t t0, t1;
    lay_shape shape;
    int uncertain, open_start, open_end;
    double tw, th; /* text block size */
    int lane;
} unit;

typedef struct ctx {
    const lay_input *in;
    measure_fn measure;
    void *mctx;
    lay_style st;
    int vertical;
    int note_lines;
    ev_size *sz;     /* per event, at wrap width sz_width */
    double sz_width; /* (-1: none) */
    ev_size *cache[SZ_CACHE]; /* sizes at a few wrap widths, reused across attempts */
    double cache_w[SZ_CACHE];
    int n_cache;
    ev_size *nowrap; /* sizes set on one line */
    struct tick_memo *memo; /* tick label sizes, shared by all canvas sizes tried */
    double one_col_len;     /* vertical: total block length with one column a side (-1: unknown) */
    double line_h[LAY_FONT_COUNT]; /* height of one line in each role */
    unit *u;
    size_t nu;
    pl_unit *pu;
    double *dscr;
    size_t *iscr;
    lay_result *res; /* for owned strings */
    size_t n_clusters, n_clustered;
} ctx;

/* The frame of a canvas: header and footer heights. */
typedef struct frame {
    double title_h, sub_h, header_bottom;
    double source_w, source_h, legend_h, legend_w, footer_top;
    int legend_own_row;
} frame;

static double dmax(double a, double b) { return a > b ? a : b; }
static double dmin(double a, double b) { return a < b ? a : b; }

static int has_text(const char *s) { return s && *s; }

/* Measures every event's date, label and note at wrap width w (cached). */
static int measure_events(ctx *c, double w)
{
    if (c->sz_width == w)
        return 0;
    for (int k = 0; k < c->n_cache; k++)
        if (c->cache_w[k] == w) {
            c->sz = c->cache[k];
            c->sz_width = w;
            return 0;
        }
    /* a new width: take a free cache slot, or the oldest one */
    int slot = c->n_cache < SZ_CACHE ? c->n_cache++ : 0;
    if (!c->cache[slot]) {
        c->cache[slot] = calloc(c->in->n_events ? c->in->n_events : 1, sizeof(ev_size));
        if (!c->cache[slot])
            return -1;
    }
    c->cache_w[slot] = w;
    c->sz = c->cache[slot];
    /* Text that fits on one line at its natural width needs no measuring
     * again at another wrap width; only longer text is set again. */
    if (!c->nowrap) {
        c->nowrap = calloc(c->in->n_events ? c->in->n_events : 1, sizeof(ev_size));
        if (!c->nowrap)
            return -1;
        for (size_t i = 0; i < c->in->n_events; i++) {
            const lay_event *e = &c->in->events[i];
            ev_size *s = &c->nowrap[i];
            c->measure(c->mctx, e->date_text ? e->date_text : "", LAY_FONT_DATE, 0, 1, &s->dw, &s->dh);
            c->measure(c->mctx, e->label ? e->label : "", LAY_FONT_LABEL, 0, 1, &s->lw, &s->lh);
            if (has_text(e->note))
                c->measure(c->mctx, e->note, LAY_FONT_NOTE, 0, 1, &s->nw, &s->nh);
        }
    }
    for (size_t i = 0; i < c->in->n_events; i++) {
        const lay_event *e = &c->in->events[i];
        const ev_size *one = &c->nowrap[i];
        ev_size *s = &c->sz[i];
        *s = *one;
        if (one->dw > w)
            c->measure(c->mctx, e->date_text ? e->date_text : "", LAY_FONT_DATE, w, 1, &s->dw, &s->dh);
        if (one->lw > w)
            c->measure(c->mctx, e->label ? e->label : "", LAY_FONT_LABEL, w, LABEL_LINES, &s->lw, &s->lh);
        if (has_text(e->note) && one->nw > w)
            c->measure(c->mctx, e->note, LAY_FONT_NOTE, w, c->note_lines, &s->nw, &s->nh);
    }
    c->sz_width = w;
    return 0;
}

/* Tick labels repeat across the canvas sizes the layout tries ("Jan
 * 2018" at every size), so their sizes are remembered: an open-addressing
 * table keyed by the label text. */
#define MEMO_SLOTS 4096
struct tick_memo {
    char label[48];
    double w, h;
    int used;
};

static void memo_measure(void *vc, const char *text, lay_role role, double max_width,
                         int max_lines, double *w, double *h)
{
    ctx *c = vc;
    if (!c->memo || role != LAY_FONT_TICK || max_width > 0 || strlen(text) >= 48) {
        c->measure(c->mctx, text, role, max_width, max_lines, w, h);
        return;
    }
    uint32_t hsh = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        hsh = (hsh ^ *p) * 16777619u;
    for (uint32_t k = 0; k < MEMO_SLOTS; k++) {
        struct tick_memo *m = &c->memo[(hsh + k) % MEMO_SLOTS];
        if (!m->used) {
            c->measure(c->mctx, text, role, 0, max_lines, w, h);
            if (k < 64) { /* keep probe chains short; else just measure */
                snprintf(m->label, sizeof m->label, "%s", text);
                m->w = *w, m->h = *h, m->used = 1;
            }
            return;
        }
        if (strcmp(m->label, text) == 0) {
            *w = m->w, *h = m->h;
            return;
        }
        if (k >= 64)
            break;
    }
    c->measure(c->mctx, text, role, 0, max_lines, w, h);
}

/* Inner spacing of a block. */
static double gap_date(const ctx *c) { return 2 * c->st.font_px[LAY_FONT_DATE] / 15.0; }
static double gap_note(const ctx *c) { return 2 * c->st.font_px[LAY_FONT_NOTE] / 15.0; }
static double gap_stack(const ctx *c) { return c->st.gap * 0.6; }

/* Size of unit u's text block from the measured sizes. */
static void unit_size(ctx *c, unit *u, double w)
{
    if (u->cluster) {
        /* Clusters get the largest box their text can take (one date line,
         * one label line, the note's full lines at the wrap width): the
         * text is set in that box, so it can only come out smaller, and no
         * cluster needs measuring while the layout searches. */
        u->cdw = u->clw = u->cnw = w;
        u->cdh = c->line_h[LAY_FONT_DATE];
        u->clh = c->line_h[LAY_FONT_LABEL];
        u->cnh = c->line_h[LAY_FONT_NOTE] * c->note_lines;
        u->tw = w;
        u->th = u->cdh + gap_date(c) + u->clh + gap_note(c) + u->cnh;
        return;
    }
    const ev_size *s0 = &c->sz[u->first];
    double w_ = s0->dw, h = s0->dh + gap_date(c);
    for (size_t k = 0; k < u->count; k++) {
        const ev_size *s = &c->sz[u->first + k];
        w_ = dmax(w_, dmax(s->lw, s->nw));
        if (k)
            h += gap_stack(c);
        h += s->lh;
        if (s->nh > 0)
            h += gap_note(c) + s->nh;
    }
    u->tw = w_;
    u->th = h;
}

static int same_date(const lay_event *a, const lay_event *b)
{
    return a->t0 == b->t0 && a->t1 == b->t1 && a->shape == b->shape &&
           a->uncertain == b->uncertain && a->open_start == b->open_start &&
           a->open_end == b->open_end && a->date_text && b->date_text &&
           strcmp(a->date_text, b->date_text) == 0;
}

/* Height of event i inside a stack (without the date line). */
static double stack_part(const ctx *c, size_t i)
{
    const ev_size *s = &c->sz[i];
    return s->lh + (s->nh > 0 ? gap_note(c) + s->nh : 0) + gap_stack(c);
}

/* Position of a unit's stem along the axis. */
static double unit_anchor(const sc_scale *sc, const unit *u)
{
    if (u->shape == LAY_SHAPE_POINT)
        return sc_pos(sc, u->t0 + (u->t1 - u->t0) / 2);
    if (u->open_start)
        return sc_pos(sc, u->t1 - 1);
    return sc_pos(sc, u->t0);
}

/* Makes the units: stacks of same-date events no longer than max_stack
 * along the axis (vertical) or across (horizontal), then, when cluster_px
 * > 0, merges runs of units whose stems lie within cluster_px of the run's
 * first stem into counted clusters.  Needs sizes measured. */
static int build_units(ctx *c, const sc_scale *sc, double max_stack, double cluster_px)
{
    const lay_input *in = c->in;
    size_t n = 0;
    for (size_t i = 0; i < in->n_events;) {
        size_t j = i + 1;
        double h = c->sz[i].dh + gap_date(c) + stack_part(c, i);
        while (j < in->n_events && same_date(&in->events[i], &in->events[j]) &&
               h + stack_part(c, j) <= max_stack) {
            h += stack_part(c, j);
            j++;
        }
        unit *u = &c->u[n++];
        memset(u, 0, sizeof *u);
        const lay_event *e = &in->events[i];
        u->first = i;
        u->count = j - i;
        u->t0 = e->t0;
        u->t1 = e->t1;
        u->shape = e->shape;
        u->uncertain = e->uncertain;
        u->open_start = e->open_start;
        u->open_end = e->open_end;
        i = j;
    }
    c->nu = n;
    c->n_clusters = c->n_clustered = 0;
    if (cluster_px <= 0)
        return 0;
    /* Merge runs into clusters. */
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        double a0 = unit_anchor(sc, &c->u[i]);
        size_t j = i + 1;
        while (j < n && unit_anchor(sc, &c->u[j]) - a0 <= cluster_px)
            j++;
        unit m = c->u[i];
        if (j - i > 1) {
            size_t first = c->u[i].first;
            size_t last = c->u[j - 1].first + c->u[j - 1].count;
            int64_t t0 = c->u[i].t0, t1 = c->u[i].t1;
            for (size_t k = i; k < j; k++) {
                t0 = c->u[k].t0 < t0 ? c->u[k].t0 : t0;
                t1 = c->u[k].t1 > t1 ? c->u[k].t1 : t1;
            }
            memset(&m, 0, sizeof m);
            m.first = first;
            m.count = last - first;
            m.cluster = 1;
            m.t0 = t0;
            m.t1 = t1;
            m.shape = LAY_SHAPE_SPAN;
            char buf[160];
            tf_range_text(t0, t1, buf, sizeof buf);
            m.date_text = li_strdup(c->res, buf);
            snprintf(buf, sizeof buf, "+%zu events", m.count);
            m.label = li_strdup(c->res, buf);
            /* the note lists the labels, as many as the lines allow */
            size_t cap = 240, len = 0; /* more than the note's lines can show */
            char *note = malloc(cap);
            if (!note)
                return -1;
            note[0] = '\0';
            for (size_t k = first; k < last && len + 4 < cap; k++) {
                const char *l = in->events[k].label ? in->events[k].label : "";
                int wrote = snprintf(note + len, cap - len, "%s%s", k > first ? "; " : "", l);
                if (wrote < 0)
                    break;
                len += (size_t)wrote;
                if (len >= cap) {
                    len = cap - 1;
                    break;
                }
            }
            m.note = li_strdup(c->res, note);
            free(note);
            c->n_clusters++;
            c->n_clustered += m.count;
        }
        c->u[out++] = m;
        i = j;
    }
    c->nu = out;
    return c->res->oom ? -1 : 0;
}

static int cmp_pl_a(const void *x, const void *y)
{
    const pl_unit *a = x, *b = y;
    return (a->a > b->a) - (a->a < b->a);
}

/* Span lanes: coarse-precision brackets and bars go into lanes beside the
 * ribbon, first fit, at most MAX_LANES (later ones share the last lane).
 * Returns the number of lanes used.  Units must be sorted by anchor. */
static int assign_lanes(ctx *c, const sc_scale *sc)
{
    double end[MAX_LANES];
    int used = 0;
    for (size_t i = 0; i < c->nu; i++) {
        unit *u = &c->u[i];
        u->lane = -1;
        if (u->shape == LAY_SHAPE_POINT)
            continue;
        double p0 = sc_pos(sc, u->t0), p1 = sc_pos(sc, u->t1);
        int l = 0;
        while (l < used && end[l] + 3 > p0)
            l++;
        if (l == MAX_LANES)
            l = MAX_LANES - 1;
        if (l == used)
            used++;
        end[l] = p1;
        u->lane = l;
    }
    return used;
}

/* Header and footer for a canvas of width W and height H. */
static void compute_frame(ctx *c, double W, double H, frame *f, lay_result *emit)
{
    const lay_input *in = c->in;
    const lay_style *st = &c->st;
    double m = st->margin, inner = W - 2 * m;
    memset(f, 0, sizeof *f);
    double y = m;
    if (has_text(in->title)) {
        double w, h;
        c->measure(c->mctx, in->title, LAY_FONT_TITLE, inner, 2, &w, &h);
        if (emit) {
            lay_item *it = li_push(emit, LAY_TITLE, m, y, w, h);
            if (it)
                it->text = in->title, it->role = LAY_FONT_TITLE, it->wrap_w = inner, it->max_lines = 2;
        }
        y += h + st->gap * 0.4;
    }
    if (has_text(in->subtitle)) {
        double w, h;
        c->measure(c->mctx, in->subtitle, LAY_FONT_SUBTITLE, inner, 2, &w, &h);
        if (emit) {
            lay_item *it = li_push(emit, LAY_SUBTITLE, m, y, w, h);
            if (it)
                it->text = in->subtitle, it->role = LAY_FONT_SUBTITLE, it->wrap_w = inner, it->max_lines = 2;
        }
        y += h;
    }
    f->header_bottom = y > m ? y + st->gap * 1.5 : m;
    /* Footer: source on the left, legend on the right (or its own row). */
    double sw = 0, sh = 0;
    if (has_text(in->source))
        c->measure(c->mctx, in->source, LAY_FONT_SOURCE, inner * 0.6, 2, &sw, &sh);
    double sw_box = st->font_px[LAY_FONT_LEGEND] * 0.8, lg = st->gap;
    double lw_total = 0, lh = 0;
    for (size_t i = 0; i < in->n_legend; i++) {
        double w, h;
        c->measure(c->mctx, in->legend[i], LAY_FONT_LEGEND, inner / 3, 1, &w, &h);
        lw_total += sw_box + 6 + w + (i ? lg * 1.5 : 0);
        lh = dmax(lh, h);
    }
    int own_row = in->n_legend && (lw_total > inner || sw + lw_total + 3 * lg > inner);
    /* legend rows when its own row is needed */
    double row_y_bottom = H - m;
    double src_y = row_y_bottom - sh;
    double legend_rows_h = 0;
    if (in->n_legend) {
        /* Flow entries right to left into rows of at most inner px. */
        double x = 0;
        int rows = 1;
        for (size_t i = 0; i < in->n_legend; i++) {
            double w, h;
            c->measure(c->mctx, in->legend[i], LAY_FONT_LEGEND, inner / 3, 1, &w, &h);
            double ew = sw_box + 6 + w;
            double avail = own_row ? inner : inner - sw - 3 * lg;
            if (x > 0 && x + lg * 1.5 + ew > avail)
                rows++, x = 0;
            x += (x > 0 ? lg * 1.5 : 0) + ew;
        }
        legend_rows_h = rows * (lh + lg * 0.5);
    }
    double footer_h = own_row ? sh + (sh > 0 ? lg * 0.5 : 0) + legend_rows_h : dmax(sh, legend_rows_h);
    f->footer_top = footer_h > 0 ? H - m - footer_h - st->gap * 1.2 : H - m;
    if (emit && has_text(in->source)) {
        lay_item *it = li_push(emit, LAY_SOURCE, m, own_row ? src_y : H - m - sh, sw, sh);
        if (it)
            it->text = in->source, it->role = LAY_FONT_SOURCE, it->wrap_w = inner * 0.6, it->max_lines = 2;
    }
    if (emit && in->n_legend) {
        /* rows laid out from the top of the legend area, entries right-aligned */
        double top = own_row ? H - m - footer_h : H - m - legend_rows_h;
        double avail = own_row ? inner : inner - sw - 3 * lg;
        size_t i = 0;
        double ry = top;
        while (i < in->n_legend) {
            size_t j = i;
            double x = 0;
            while (j < in->n_legend) {
                double w, h;
                c->measure(c->mctx, in->legend[j], LAY_FONT_LEGEND, inner / 3, 1, &w, &h);
                double ew = sw_box + 6 + w;
                if (x > 0 && x + lg * 1.5 + ew > avail)
                    break;
                x += (x > 0 ? lg * 1.5 : 0) + ew;
                j++;
            }
            double ex = W - m - x;
            for (size_t k = i; k < j; k++) {
                double w, h;
                c->measure(c->mctx, in->legend[k], LAY_FONT_LEGEND, inner / 3, 1, &w, &h);
                lay_item *it = li_push(emit, LAY_LEGEND, ex, ry, sw_box + 6 + w, dmax(h, sw_box));
                if (it) {
                    it->text = in->legend[k], it->role = LAY_FONT_LEGEND, it->wrap_w = inner / 3;
                    it->color = (int)k;
                }
                ex += sw_box + 6 + w + lg * 1.5;
            }
            ry += lh + lg * 0.5;
            i = j;
        }
    }
}

/* Geometry of one attempt. */
typedef struct geom {
    double W, H;
    double p0, p1;          /* plot area along the across axis (horizontal: y range) */
    double a0, a1;          /* blocks along the axis */
    double era_strip;       /* size of the era label strip */
    double rt;              /* ribbon thickness */
    int lanes;
    int K;
    double col_w;           /* wrap width of blocks */
    double band[2 * MAX_K];
    double need[2];         /* across extent of each side */
    double avail;           /* across space for both sides (horizontal) */
    double ribbon_c;        /* ribbon centre line (across) */
    sc_scale sc;
} geom;

static void span_list_free(sc_span *s) { free(s); }

/* Builds the time scale for the events, eras and report date. */
static int build_scale(ctx *c, sc_scale *sc)
{
    const lay_input *in = c->in;
    size_t n = 2 * in->n_events + in->n_eras + 1;
    sc_span *s = malloc(n * sizeof *s);
    if (!s)
        return -1;
    size_t k = 0;
    int64_t last_start = INT64_MIN;
    for (size_t i = 0; i < in->n_events; i++)
        if (in->events[i].t0 > last_start)
            last_start = in->events[i].t0;
    for (size_t i = 0; i < in->n_events; i++) {
        const lay_event *e = &in->events[i];
        int64_t len = e->t1 - e->t0;
        if (e->shape == LAY_SHAPE_BAR && !e->open_start && !e->open_end &&
            len > 120 * EL_SECS_PER_DAY) {
            /* A long bar needs its start on the axis, not every year after
             * it: its middle, and its end when later events follow, may
             * fall in a break (the bar is drawn into it), so that events
             * crowded after it get room.  A bar that outlasts every other
             * event keeps its end on the axis. */
            s[k++] = (sc_span){e->t0, e->t0 + len / 20, 1};
            if (last_start < e->t1)
                s[k++] = (sc_span){e->t1 - len / 20, e->t1, 0};
        } else {
            s[k++] = (sc_span){e->t0, e->t1, 1};
        }
    }
    for (size_t i = 0; i < in->n_eras; i++)
        s[k++] = (sc_span){in->eras[i].t0, in->eras[i].t1, 0};
    if (in->has_dct)
        s[k++] = (sc_span){in->dct, in->dct + EL_SECS_PER_DAY, 0};
    if (k == 0)
        s[k++] = (sc_span){0, EL_SECS_PER_DAY, 0};
    int rc = sc_build(s, k, 1, sc);
    span_list_free(s);
    return rc;
}

static int try_place_pattern(ctx *c, geom *g, int K, int pattern);

/* Room for bent leaders between the ribbon and the blocks (vertical, one
 * column a side, where blocks may sit away from their stems). */
static double leader_zone(const ctx *c, int K)
{
    return c->vertical && K == 1 ? c->st.gap * 3.5 : 0;
}

/* Space between the ribbon edge and the first level: span lanes, leaders
 * and a gap. */
static double lay_clear(const ctx *c, const geom *g)
{
    return c->st.gap * 1.2 + g->lanes * c->st.lane + leader_zone(c, g->K);
}

/* Tries to place the units with K levels per side in geometry g (whose
 * scale is placed), with each level pattern in turn.  Returns 1 when
 * everything fits across and along, 0 when not, -1 when out of memory. */
static int try_place(ctx *c, geom *g, int K)
{
    int best = 0;
    for (int pat = 0; pat < PL_PATTERNS && !best; pat++) {
        best = try_place_pattern(c, g, K, pat);
        if (best < 0)
            return -1;
    }
    return best;
}

/* Measures the levels of the placed units (g->band, g->need) and tells
 * whether they fit across the plot area. */
static int place_fits(ctx *c, geom *g)
{
    int K = g->K;
    pl_bands(c->pu, c->nu, K, g->band);
    double lg = c->st.gap * 0.8;
    for (int s = 0; s < 2; s++) {
        double need = 0;
        int any = 0;
        for (int l = 0; l < K; l++)
            if (g->band[s * K + l] > 0) {
                need += g->band[s * K + l] + (any ? lg : 0);
                any = 1;
            }
        g->need[s] = need;
    }
    double clear = lay_clear(c, g);
    if (c->vertical) {
        /* sides are columns of fixed width: check they fit */
        return g->need[0] + clear <= g->avail / 2 + 0.5 && g->need[1] + clear <= g->avail / 2 + 0.5;
    }
    return g->need[0] + g->need[1] + 2 * clear <= g->avail + 0.5;
}

/* As try_place, with one level pattern. */
static int try_place_pattern(ctx *c, geom *g, int K, int pattern)
{
    pl_params p = {0};
    p.a_min = g->a0;
    p.a_max = g->a1;
    p.gap = c->st.gap * 1.4;
    p.stem_gap = c->st.stem_gap;
    p.inset = c->st.gap;
    p.two_sides = 1;
    p.free_slide = c->vertical; /* vertical, one column a side: bent leaders */
    if (c->vertical && g->col_w <= 0)
        return 0;
    for (size_t i = 0; i < c->nu; i++) {
        unit *u = &c->u[i];
        pl_unit *q = &c->pu[i];
        q->a = unit_anchor(&g->sc, u);
        q->fixed_side = -1;
        if (c->vertical) {
            q->len = u->th;
            q->thick = u->tw + c->st.stem_gap * 0.6;
            double dh = u->cluster ? u->cdh : c->sz[u->first].dh;
            q->want = -dh / 2;
        } else {
            q->len = u->tw;
            q->thick = u->th + c->st.stem_gap * 0.6;
            q->want = c->st.stem_gap;
        }
    }
    /* keep units and placements in anchor order */
    for (size_t i = 0; i < c->nu; i++)
        c->pu[i].level = (int)i; /* carries the unit index through the sort */
    qsort(c->pu, c->nu, sizeof *c->pu, cmp_pl_a);
    {
        unit *tmp = malloc((c->nu ? c->nu : 1) * sizeof *tmp);
        if (!tmp)
            return -1;
        for (size_t i = 0; i < c->nu; i++)
            tmp[i] = c->u[c->pu[i].level];
        memcpy(c->u, tmp, c->nu * sizeof *tmp);
        free(tmp);
    }
    g->lanes = assign_lanes(c, &g->sc);
    if (c->vertical && K == 1) {
        double sum = 0;
        for (size_t i = 0; i < c->nu; i++)
            sum += c->pu[i].len + p.gap;
        c->one_col_len = sum;
    }
    if (!pl_assign(c->pu, c->nu, &p, K, pattern, c->dscr, c->iscr))
        return 0;
    g->K = K;
    if (K > 1) {
        /* Pull blocks to nearer levels where they stay clear: shorter
         * stems.  Undone when the levels no longer fit across. */
        size_t *lv = c->iscr; /* free again after pl_assign */
        for (size_t i = 0; i < c->nu; i++)
            lv[i] = (size_t)c->pu[i].level;
        pl_compact(c->pu, c->nu, &p, K);
        if (place_fits(c, g))
            return 1;
        for (size_t i = 0; i < c->nu; i++)
            c->pu[i].level = (int)lv[i];
    }
    return place_fits(c, g);
}

/* Sets up the geometry of canvas W x H: frame, plot area, scale placement. */
static void setup_geom(ctx *c, geom *g, double W, double H, const sc_scale *base)
{
    frame f;
    const lay_style *st = &c->st;
    compute_frame(c, W, H, &f, NULL);
    g->W = W;
    g->H = H;
    g->sc = *base;
    double tick_h, tick_w;
    c->measure(c->mctx, "30 Sep 2018", LAY_FONT_TICK, 0, 1, &tick_w, &tick_h);
    double era_h = 0;
    if (c->in->n_eras) {
        double w;
        c->measure(c->mctx, "Era", LAY_FONT_ERA, 0, 1, &w, &era_h);
    }
    double m = st->margin;
    if (!c->vertical) {
        g->era_strip = c->in->n_eras ? era_h * 2 + st->gap : 0;
        g->p0 = f.header_bottom + g->era_strip;
        g->p1 = f.footer_top;
        g->rt = tick_h + 2 * st->ribbon_pad;
        g->avail = g->p1 - g->p0 - g->rt;
        g->a0 = m;
        g->a1 = W - m;
        sc_place(&g->sc, m + st->gap, W - m - st->gap, st->break_len);
    } else {
        g->era_strip = c->in->n_eras ? era_h * 2 + st->gap : 0;
        g->p0 = m + g->era_strip;
        g->p1 = W - m;
        g->a0 = f.header_bottom;
        g->a1 = f.footer_top;
        sc_place(&g->sc, g->a0 + st->gap, g->a1 - st->gap, st->break_len);
        /* the ribbon is as wide as its widest tick label */
        sc_tick *ticks = NULL;
        size_t nt = 0;
        double widest = tick_w;
        if (sc_ticks(&g->sc, memo_measure, c, 1, st->gap * 0.7, &ticks, &nt) == 0) {
            for (size_t i = 0; i < nt; i++) {
                double w, h;
                if (!ticks[i].label[0])
                    continue;
                memo_measure(c, ticks[i].label, LAY_FONT_TICK, 0, 1, &w, &h);
                widest = dmax(widest, w);
            }
            free(ticks);
        }
        g->rt = widest + 2 * st->ribbon_pad;
        g->avail = g->p1 - g->p0 - g->rt;
    }
}

/* Vertical column width for K levels per side. */
static double vertical_col_w(const ctx *c, const geom *g, int K)
{
    double side = g->avail / 2 - c->st.gap * 1.2 - MAX_LANES * c->st.lane - leader_zone(c, K);
    double w = (side - (K - 1) * c->st.gap * 0.8) / K;
    /* whole multiples of 8 px, so that canvases of nearby sizes share
     * measurements */
    return floor(dmin(w, c->st.block_w * 1.6) / 8) * 8;
}

/* Minimum useful column width (two columns a side on a slide, at most). */
static double min_col_w(const ctx *c) { return c->st.block_w * 0.9; }

/* Emits every item of the placed geometry. */
static void emit_items(ctx *c, geom *g, lay_result *r);

/* One try: units measured at wrap width, clustered at cluster_px, placed
 * with K levels per side in g.  1 fits, 0 does not, -1 out of memory. */
static int attempt(ctx *c, geom *g, int K, double wrap, double cluster_px)
{
    if (measure_events(c, wrap) < 0)
        return -1;
    double max_stack = c->vertical ? (g->a1 - g->a0) * 0.5 : g->avail * 0.45;
    if (build_units(c, &g->sc, max_stack, cluster_px) < 0)
        return -1;
    for (size_t i = 0; i < c->nu; i++)
        unit_size(c, &c->u[i], wrap);
    g->K = 0;
    return try_place(c, g, K);
}

/* Chooses orientation when asked to. */
static int choose_vertical(const lay_input *in)
{
    if (in->orientation == EL_ORIENT_VERTICAL)
        return 1;
    if (in->orientation == EL_ORIENT_HORIZONTAL)
        return 0;
    if (in->height > in->width * 1.1)
        return 1;
    /* Long notes are no reason to turn: they are cut to N lines either
     * way, and a landscape canvas reads best horizontally.  When the
     * horizontal layout needs clusters or a larger canvas, lay_layout tries
     * the vertical one too. */
    return in->n_events > 28;
}

/* One layout in a given orientation (see lay_layout). */
static int layout_once(const lay_input *in, int vertical, measure_fn measure, void *mctx,
                       lay_result *out, el_error *err)
{
    memset(out, 0, sizeof *out);
    if (!(in->width >= 100 && in->height >= 100))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "canvas %.0fx%.0f px is too small for a timeline",
                       in->width, in->height);
    ctx c = {0};
    c.in = in;
    c.measure = measure;
    c.mctx = mctx;
    c.res = out;
    c.vertical = vertical;
    c.note_lines = in->max_note_lines > 0 ? in->max_note_lines : 3;
    c.sz_width = -1;
    lay_style_for(in->width, in->height, &c.st);
    for (int role = 0; role < LAY_FONT_COUNT; role++) {
        double w, h2, h1;
        measure(mctx, "Ag", (lay_role)role, 0, 1, &w, &h1);
        measure(mctx, "Ag Ag", (lay_role)role, 1, 2, &w, &h2); /* two lines */
        c.line_h[role] = dmax(h1, h2 / 2);
    }
    out->style = c.st;
    out->orientation = c.vertical ? EL_ORIENT_VERTICAL : EL_ORIENT_HORIZONTAL;
    size_t n = in->n_events ? in->n_events : 1;
    c.memo = calloc(MEMO_SLOTS, sizeof *c.memo); /* optional: NULL only slows ticks */
    c.u = calloc(n, sizeof *c.u);
    c.pu = calloc(n, sizeof *c.pu);
    c.dscr = calloc(4 * n, sizeof *c.dscr);
    c.iscr = calloc(2 * n, sizeof *c.iscr);
    sc_scale base;
    geom *geoms = NULL;
    int rc = EL_OK;
    if (!c.u || !c.pu || !c.dscr || !c.iscr || build_scale(&c, &base) < 0) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out %zu events", in->n_events);
        goto out;
    }
    double gs = in->grow_scale > 0 ? in->grow_scale : 1;
    double max_side = (in->max_side > 0 ? in->max_side : 32000) / gs;
    double max_px = (in->max_pixels > 0 ? in->max_pixels : 200e6) / (gs * gs);
    /* the caps limit growth, never the size asked for */
    max_side = dmax(max_side, dmax(in->width, in->height));
    max_px = dmax(max_px, in->width * in->height);
    static const double factors[] = {1, 1.25, 1.6, 2, 2.6, 3.4, 4.5, 6, 8, 11, 15, 20, 28, 40};
    size_t nf = in->fixed_size ? 1 : sizeof factors / sizeof factors[0];
    /* The canvas sizes to try, each set up once (frame, scale, ticks). */
    geoms = calloc(nf, sizeof *geoms);
    if (!geoms) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out events");
        goto out;
    }
    size_t ng = 0, cl_idx = 0;
    for (size_t fi = 0; fi < nf; fi++) {
        double W = in->width, H = in->height;
        if (c.vertical)
            H = dmin(in->height * factors[fi], max_side);
        else
            W = dmin(in->width * factors[fi], max_side);
        if (W * H > max_px || (ng > 0 && W * H <= geoms[ng - 1].W * geoms[ng - 1].H + 1))
            break;
        setup_geom(&c, &geoms[ng++], W, H, &base);
        if (factors[fi] <= CLUSTER_GROWTH)
            cl_idx = ng - 1;
    }
    double cluster_px = 0;
    geom g;
    int done = 0;
    /* A few events on a wide canvas read better in wider blocks (more of
     * each note within its N lines, less empty page): tried first, on the
     * asked canvas, when one level a side holds them. */
    if (!c.vertical && in->n_events > 0 && in->n_events <= WIDE_MAX_EVENTS) {
        double wide = floor(c.st.block_w * 1.3 / 8) * 8;
        g = geoms[0];
        g.col_w = wide;
        int ok = attempt(&c, &g, 1, wide, 0);
        if (ok < 0) {
            rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out events");
            goto out;
        }
        done = ok;
    }
    for (int round = 0; round < 40 && !done; round++) {
        /* best along-feasible choice that needs more room across */
        int have_best = 0;
        double best_W = 0, best_H = 0, best_extra = 0;
        int best_K = 0;
        /* Horizontal: the smallest canvas first, then more levels; vertical:
         * one column per side first, growing the page, then more columns.
         * Once clustering, only the cluster canvas is tried. */
        size_t first = cluster_px > 0 ? cl_idx : 0, span = cluster_px > 0 ? 1 : ng;
        c.one_col_len = -1;
        size_t n_try = span * MAX_K;
        for (size_t at = 0; at < n_try && !done; at++) {
            size_t fi = first + (c.vertical ? at % span : at / MAX_K);
            int K = 1 + (int)(c.vertical ? at / span : at % MAX_K);
            g = geoms[fi];
            double wrap = c.st.block_w;
            /* Narrower columns only make blocks longer: when the blocks of
             * one column a side would fill K columns of the largest canvas,
             * K columns cannot hold them (and need no measuring). */
            if (c.vertical && K > 1 && c.one_col_len > 2.0 * K * (geoms[ng - 1].a1 - geoms[ng - 1].a0))
                continue;
            if (c.vertical) {
                wrap = vertical_col_w(&c, &g, K);
                if (wrap < min_col_w(&c))
                    break;
                g.col_w = wrap;
            }
            int ok = attempt(&c, &g, K, wrap, cluster_px);
            if (ok < 0) {
                rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out events");
                goto out;
            }
            if (ok) {
                done = 1;
                break;
            }
            /* along-feasible but too thick across: remember (horizontal) */
            if (!c.vertical && !have_best && g.K == K) {
                double clear = lay_clear(&c, &g);
                double extra = g.need[0] + g.need[1] + 2 * clear - g.avail;
                if (extra > 0 && (g.H + extra) * g.W <= max_px && g.H + extra <= max_side &&
                    !in->fixed_size) {
                    have_best = 1;
                    best_W = g.W, best_H = g.H + extra, best_K = K, best_extra = extra;
                }
            }
        }
        if (!done && have_best) {
            /* grow across instead: the first width that worked along */
            (void)best_extra;
            setup_geom(&c, &g, best_W, best_H + 1, &base);
            g.col_w = c.st.block_w;
            int ok = attempt(&c, &g, best_K, c.st.block_w, cluster_px);
            if (ok < 0) {
                rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out events");
                goto out;
            }
            if (ok)
                done = 1;
        }
        if (!done) {
            /* cluster neighbours, a little more each round */
            const geom *big = &geoms[cl_idx];
            double along = big->a1 - big->a0;
            /* first guess: room for about half the units that were tried */
            double guess = (c.vertical ? g.a1 - g.a0 : g.a1 - g.a0) / (double)(c.nu ? c.nu : 1) * 2;
            cluster_px = cluster_px > 0 ? cluster_px * 1.6 : dmax(c.st.block_w * 0.15, guess);
            if (cluster_px > along * 2) {
                rc = el_fail(err, EL_ERR_USAGE, 0, 0,
                             "canvas %.0fx%.0f px is too small to show the events, even clustered",
                             in->width, in->height);
                goto out;
            }
        }
    }
    if (!done) {
        rc = el_fail(err, EL_ERR_USAGE, 0, 0, "could not lay out the events on %.0fx%.0f px",
                     in->width, in->height);
        goto out;
    }
    out->width = g.W;
    out->height = g.H;
    out->n_clusters = c.n_clusters;
    out->n_clustered = c.n_clustered;
    emit_items(&c, &g, out);
    if (out->oom)
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory laying out events");
out:
    free(geoms);
    free(c.nowrap);
    free(c.memo);
    for (int k = 0; k < c.n_cache; k++)
        free(c.cache[k]);
    free(c.u);
    free(c.pu);
    free(c.dscr);
    free(c.iscr);
    if (rc != EL_OK)
        lay_result_free(out);
    return rc;
}

/* ---- emitting items ------------------------------------------------------ */

/* Maps (along, across) to an item box: a along [al, al+alen], across
 * [ac, ac+aclen]. */
static lay_item *push_box(ctx *c, lay_result *r, lay_kind k, double al, double alen, double ac,
                          double aclen)
{
    if (c->vertical)
        return li_push(r, k, ac, al, aclen, alen);
    return li_push(r, k, al, ac, alen, aclen);
}

/* A line from (along0, across0) to (along1, across1), with its box. */
static lay_item *push_line(ctx *c, lay_result *r, lay_kind k, double al0, double ac0, double al1,
                           double ac1, double width)
{
    double x0 = c->vertical ? ac0 : al0, y0 = c->vertical ? al0 : ac0;
    double x1 = c->vertical ? ac1 : al1, y1 = c->vertical ? al1 : ac1;
    double hw = width / 2;
    lay_item *it = li_push(r, k, dmin(x0, x1) - hw, dmin(y0, y1) - hw, fabs(x1 - x0) + width,
                           fabs(y1 - y0) + width);
    if (it)
        it->x1 = x0, it->y1 = y0, it->x2 = x1, it->y2 = y1;
    return it;
}

/* Direction away from the ribbon for a side: +1 or -1 across. */
static double side_sign(const ctx *c, int side)
{
    if (c->vertical)
        return side == 0 ? 1 : -1;
    return side == 0 ? -1 : 1;
}

/* Emits the text items of unit u inside the box (x, y, w, h); right: align
 * the text to the right edge. */
static void emit_block(ctx *c, lay_result *r, const unit *u, double x, double y, double w, int right,
                       double wrap, unsigned flags)
{
    const lay_input *in = c->in;
    double cy = y;
    unsigned f = flags | (right ? LAY_F_ALIGN_RIGHT : 0);
    if (u->cluster) {
        double dw, dh, lw, lh;
        c->measure(c->mctx, u->date_text, LAY_FONT_DATE, wrap, 1, &dw, &dh);
        c->measure(c->mctx, u->label, LAY_FONT_LABEL, wrap, 1, &lw, &lh);
        dh = dmin(dh, u->cdh);
        lh = dmin(lh, u->clh);
        lay_item *it = li_push(r, LAY_DATE, right ? x + w - dw : x, cy, dw, dh);
        if (it) {
            it->text = u->date_text, it->role = LAY_FONT_DATE, it->wrap_w = wrap, it->flags = f;
            li_events(r, it, u->first, u->count);
        }
        cy += u->cdh + gap_date(c);
        it = li_push(r, LAY_CLUSTER, right ? x + w - lw : x, cy, lw, lh);
        if (it) {
            it->text = u->label, it->role = LAY_FONT_LABEL, it->wrap_w = wrap, it->flags = f;
            li_events(r, it, u->first, u->count);
        }
        cy += u->clh + gap_note(c);
        /* The note was given the room of its full lines; set it in as many
         * lines as really fit there (taller scripts may need fewer). */
        int lines = c->note_lines;
        double nw = 0, nh = 0;
        for (; lines > 0; lines--) {
            c->measure(c->mctx, u->note, LAY_FONT_NOTE, wrap, lines, &nw, &nh);
            if (nh <= u->cnh + 0.01)
                break;
        }
        if (lines > 0) {
            it = li_push(r, LAY_NOTE, right ? x + w - nw : x, cy, nw, nh);
            if (it) {
                it->text = u->note, it->role = LAY_FONT_NOTE, it->wrap_w = wrap;
                it->max_lines = lines, it->flags = f;
                li_events(r, it, u->first, u->count);
            }
        }
        return;
    }
    const ev_size *s0 = &c->sz[u->first];
    const lay_event *e0 = &in->events[u->first];
    lay_item *it = li_push(r, LAY_DATE, right ? x + w - s0->dw : x, cy, s0->dw, s0->dh);
    if (it) {
        it->text = e0->date_text, it->role = LAY_FONT_DATE, it->wrap_w = wrap, it->flags = f;
        it->color = (int)u->first;
        li_events(r, it, u->first, u->count);
    }
    cy += s0->dh + gap_date(c);
    for (size_t k = 0; k < u->count; k++) {
        size_t i = u->first + k;
        const ev_size *s = &c->sz[i];
        const lay_event *e = &in->events[i];
        if (k)
            cy += gap_stack(c);
        it = li_push(r, LAY_LABEL, right ? x + w - s->lw : x, cy, s->lw, s->lh);
        if (it) {
            it->text = e->label ? e->label : "", it->role = LAY_FONT_LABEL, it->wrap_w = wrap;
            it->max_lines = LABEL_LINES, it->flags = f, it->color = (int)i;
            li_events(r, it, i, 1);
        }
        cy += s->lh;
        if (s->nh > 0) {
            cy += gap_note(c);
            it = li_push(r, LAY_NOTE, right ? x + w - s->nw : x, cy, s->nw, s->nh);
            if (it) {
                it->text = e->note, it->role = LAY_FONT_NOTE, it->wrap_w = wrap;
                it->max_lines = c->note_lines, it->flags = f, it->color = (int)i;
                li_events(r, it, i, 1);
            }
            cy += s->nh;
        }
    }
}

static void emit_items(ctx *c, geom *g, lay_result *r)
{
    const lay_style *st = &c->st;
    const lay_input *in = c->in;
    frame f;
    compute_frame(c, g->W, g->H, &f, r);
    double clear = lay_clear(c, g);
    double lg = st->gap * 0.8;
    /* Ribbon position across. */
    double half = g->rt / 2;
    if (!c->vertical) {
        double extra = g->avail - (g->need[0] + g->need[1] + 2 * clear);
        if (extra < 0)
            extra = 0;
        /* Room to spare across: open up the levels a little (longer stems,
         * more air between rows) so that the timeline does not sit as a
         * thin strip in a wide empty page, then centre what is used. */
        int nl[2] = {0, 0};
        for (int s = 0; s < 2; s++)
            for (int l = 0; l < g->K; l++)
                nl[s] += g->band[s * g->K + l] > 0;
        int slots = nl[0] + nl[1];
        if (slots > 0 && extra > 0) {
            double d = dmin(extra * 0.3 / slots, st->gap * 4);
            clear += d;
            lg += d;
            for (int s = 0; s < 2; s++)
                if (nl[s] > 1)
                    g->need[s] += (nl[s] - 1) * d;
            extra -= slots * d;
        }
        g->ribbon_c = g->p0 + g->need[0] + clear + extra / 2 + half;
    } else {
        g->ribbon_c = g->p0 + g->avail / 2 + half;
    }
    double wrap = g->col_w > 0 ? g->col_w : st->block_w;
    /* Eras: bands across the plot, labels in the strip. */
    /* Horizontal: bands cover the blocks actually drawn, labels sit on top. */
    double band_lo = g->p0, band_hi = g->p1, strip_top = st->margin;
    if (!c->vertical) {
        band_lo = dmax(g->p0, g->ribbon_c - half - clear - g->need[0] - st->gap);
        band_hi = dmin(g->p1, g->ribbon_c + half + clear + g->need[1] + st->gap);
        strip_top = band_lo - g->era_strip + st->gap * 0.5;
    }
    double strip_end[2] = {-INFINITY, -INFINITY}; /* era labels use two rows */
    for (size_t i = 0; i < in->n_eras; i++) {
        const lay_era *e = &in->eras[i];
        double a0 = sc_pos(&g->sc, e->t0), a1 = sc_pos(&g->sc, e->t1);
        lay_item *it = push_box(c, r, LAY_ERA, a0, a1 - a0, c->vertical ? band_lo : band_lo - g->era_strip,
                                band_hi - band_lo + (c->vertical ? 0 : g->era_strip));
        if (it)
            it->color = (int)i;
        if (!has_text(e->label))
            continue;
        double w, h;
        c->measure(c->mctx, e->label, LAY_FONT_ERA, dmax(a1 - a0, st->block_w), 1, &w, &h);
        int lv = strip_end[0] + st->gap > a0 ? 1 : 0;
        if (lv == 1 && strip_end[1] > strip_end[0])
            lv = 0; /* both rows taken: reuse the one that ends first */
        double la = a0 + 4;
        if (la + w > g->a1)
            la = g->a1 - w;
        strip_end[lv] = la + w;
        double ac = strip_top + lv * h;
        if (c->vertical) {
            it = li_push(r, LAY_ERA_LABEL, ac, la, h, w);
            if (it)
                it->flags |= LAY_F_VERTICAL;
        } else {
            it = li_push(r, LAY_ERA_LABEL, la, ac, w, h);
        }
        if (it) {
            it->text = e->label, it->role = LAY_FONT_ERA, it->color = (int)i;
            it->wrap_w = dmax(a1 - a0, st->block_w);
        }
    }
    /* Ribbon segments, breaks, ticks. */
    for (int k = 0; k < g->sc.n_seg; k++) {
        const sc_segment *s = &g->sc.seg[k];
        double a0 = k == 0 ? g->a0 : s->p0, a1 = k == g->sc.n_seg - 1 ? g->a1 : s->p1;
        push_box(c, r, LAY_AXIS, a0, a1 - a0, g->ribbon_c - half, g->rt);
        if (k > 0)
            push_box(c, r, LAY_BREAK, g->sc.seg[k - 1].p1, s->p0 - g->sc.seg[k - 1].p1,
                     g->ribbon_c - half - st->gap * 0.5, g->rt + st->gap);
    }
    sc_tick *ticks = NULL;
    size_t nt = 0;
    if (sc_ticks(&g->sc, memo_measure, c, c->vertical, st->gap * 0.7, &ticks, &nt) < 0) {
        r->oom = true;
        return;
    }
    for (size_t i = 0; i < nt; i++) {
        lay_item *it;
        if (ticks[i].minor) {
            /* short notches at both edges of the ribbon, clear of the labels */
            double len = st->ribbon_pad * 0.7;
            for (int e = -1; e <= 1; e += 2) {
                double edge = g->ribbon_c + e * (half - 1);
                it = push_line(c, r, LAY_TICK, ticks[i].p, edge, ticks[i].p, edge - e * len, 1);
                if (it)
                    it->flags |= LAY_F_MINOR;
            }
            continue;
        }
        it = NULL;
        if (!ticks[i].edge)
            it = push_line(c, r, LAY_TICK, ticks[i].p, g->ribbon_c - half + 2, ticks[i].p,
                           g->ribbon_c + half - 2, 1);
        if (it && ticks[i].major)
            it->flags |= LAY_F_MAJOR;
        if (!ticks[i].label[0])
            continue;
        double w, h;
        c->measure(c->mctx, ticks[i].label, LAY_FONT_TICK, 0, 1, &w, &h);
        const char *txt = li_strdup(r, ticks[i].label);
        if (c->vertical)
            it = li_push(r, LAY_TICK_LABEL, g->ribbon_c - w / 2, ticks[i].p + st->gap * 0.35, w, h);
        else
            it = li_push(r, LAY_TICK_LABEL, ticks[i].p + st->gap * 0.35, g->ribbon_c - h / 2, w, h);
        if (it)
            it->text = txt, it->role = LAY_FONT_TICK;
    }
    free(ticks);
    if (in->has_dct) {
        double a = sc_pos(&g->sc, in->dct + EL_SECS_PER_DAY / 2);
        double s = st->marker_r * 1.3;
        push_box(c, r, LAY_DCT, a - s, 2 * s, g->ribbon_c - half - s, g->rt + 2 * s);
    }
    /* Event blocks. */
    for (size_t i = 0; i < c->nu; i++) {
        const unit *u = &c->u[i];
        const pl_unit *q = &c->pu[i];
        double sg = side_sign(c, q->side);
        unsigned flags = (u->uncertain ? LAY_F_UNCERTAIN : 0) | (q->side ? LAY_F_BELOW : 0);
        /* near edge offset of the unit's level */
        double off = half + clear;
        for (int l = 0; l < q->level; l++)
            if (g->band[q->side * g->K + l] > 0)
                off += g->band[q->side * g->K + l] + lg;
        double edge = g->ribbon_c + sg * off;
        double ribbon_edge = g->ribbon_c + sg * half;
        lay_item *it;
        /* marker or span */
        double stem_from = ribbon_edge;
        if (u->shape == LAY_SHAPE_POINT) {
            double a = q->a, rr = st->marker_r;
            it = push_box(c, r, LAY_MARKER, a - rr, 2 * rr, ribbon_edge - rr, 2 * rr);
            if (it) {
                it->flags = flags, it->color = (int)u->first;
                li_events(r, it, u->first, u->count);
            }
        } else {
            double a0 = u->open_start ? g->sc.seg[0].p0 : sc_pos(&g->sc, u->t0);
            double a1 = u->open_end ? g->sc.seg[g->sc.n_seg - 1].p1 : sc_pos(&g->sc, u->t1);
            if (a1 - a0 < 2)
                a1 = a0 + 2;
            int lane = u->lane < 0 ? 0 : u->lane;
            double lac = ribbon_edge + sg * (lane + 0.5) * st->lane;
            if (u->shape == LAY_SHAPE_BAR) {
                it = push_box(c, r, LAY_SPAN, a0, a1 - a0, lac - st->lane * 0.35, st->lane * 0.7);
            } else {
                /* a bracket fills its whole lane: a tinted tab along the
                 * ribbon over the period, edged on its far side, from
                 * where the stem leaves */
                double inner = ribbon_edge + sg * (lane * st->lane + 1);
                lac = ribbon_edge + sg * (lane + 1) * st->lane;
                it = push_box(c, r, LAY_SPAN, a0, a1 - a0, dmin(inner, lac), fabs(lac - inner));
            }
            if (it) {
                it->flags = flags | (u->shape == LAY_SHAPE_BAR ? LAY_F_BAR : 0) |
                            (u->open_start ? LAY_F_OPEN_START : 0) | (u->open_end ? LAY_F_OPEN_END : 0);
                it->color = u->cluster ? -1 : (int)u->first;
                li_events(r, it, u->first, u->count);
            }
            stem_from = lac;
        }
        /* stem from the axis to the block's edge; where a block was moved
         * away from its date (vertical, one column) the stem bends to meet
         * the block's date line */
        double reach = q->a;
        unsigned bent = 0;
        if (c->vertical && g->K == 1 && (q->a < q->b + 2 || q->a > q->b + q->len - 2)) {
            double dh = u->cluster ? u->cdh : c->sz[u->first].dh;
            reach = q->b + dh / 2;
            bent = LAY_F_BENT;
        }
        it = push_line(c, r, LAY_STEM, q->a, stem_from, reach, edge, 1.2);
        if (it) {
            it->flags = flags | bent, it->color = u->cluster ? -1 : (int)u->first;
            li_events(r, it, u->first, u->count);
        }
        /* rule along the block's near edge, joining the stem */
        double r0 = dmin(q->a, q->b), r1 = dmax(q->a, q->b + q->len);
        if (c->vertical && g->K == 1)
            r0 = q->b, r1 = q->b + q->len;
        it = push_line(c, r, LAY_RULE, r0, edge, r1, edge, 1.2);
        if (it) {
            it->flags = flags, it->color = u->cluster ? -1 : (int)u->first;
            li_events(r, it, u->first, u->count);
        }
        /* the text block */
        double bx, by;
        int right = 0;
        double tgap = st->stem_gap * 0.6;
        if (c->vertical) {
            by = q->b;
            if (q->side == 0) {
                bx = edge + tgap;
            } else {
                bx = edge - tgap - u->tw;
                right = 1;
            }
        } else {
            bx = q->b;
            by = q->side == 0 ? edge - tgap - u->th : edge + tgap;
        }
        emit_block(c, r, u, bx, by, u->tw, right, wrap, flags);
    }
    if (in->n_events == 0) {
        double w, h;
        const char *msg = "No dated events";
        c->measure(c->mctx, msg, LAY_FONT_NOTE, 0, 1, &w, &h);
        double y = c->vertical ? g->a0 + st->gap : g->ribbon_c - half - st->gap - h;
        double x = c->vertical ? g->ribbon_c + half + st->gap : g->a0 + st->gap;
        lay_item *it = li_push(r, LAY_NOTE, x, y, w, h);
        if (it)
            it->text = msg, it->role = LAY_FONT_NOTE;
    }
}

/* How much a layout had to give up: events folded into clusters first,
 * then growth of the canvas. */
static double layout_cost(const lay_input *in, const lay_result *r)
{
    return (double)r->n_clustered * 1e6 + (r->width * r->height) / (in->width * in->height);
}

/* Lays out in the asked orientation; for "auto", in the preferred one, and
 * when that needed clusters or a larger canvas, also in the other one,
 * keeping whichever shows more events on the smaller canvas. */
int lay_layout(const lay_input *in, measure_fn measure, void *mctx, lay_result *out,
               el_error *err)
{
    int vertical = choose_vertical(in);
    int rc = layout_once(in, vertical, measure, mctx, out, err);
    if (in->orientation != EL_ORIENT_AUTO || rc != EL_OK)
        return rc;
    if (out->n_clustered == 0 && out->width <= in->width && out->height <= in->height)
        return rc;
    /* With hundreds of events the other orientation only loses (and a
     * second layout would double the time). */
    if (in->n_events > 120)
        return rc;
    lay_result other;
    el_error err2 = {0};
    if (layout_once(in, !vertical, measure, mctx, &other, &err2) != EL_OK)
        return rc;
    if (layout_cost(in, &other) < layout_cost(in, out) * 0.9) {
        lay_result_free(out);
        *out = other;
    } else {
        lay_result_free(&other);
    }
    return rc;
}
