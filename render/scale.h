/* scale.h: the time scale.  Maps seconds to a position along the axis,
 * compresses long empty stretches into axis breaks, and picks tick steps
 * whose labels never collide.  Pure geometry; text is sized through the
 * layout's measuring callback.  Not installed. */
#ifndef EL_RENDER_SCALE_H
#define EL_RENDER_SCALE_H

#include <stddef.h>
#include <stdint.h>

#include "render/layout.h"

#define SC_MAX_SEGMENTS 4

/* One stretch of time drawn without a break. */
typedef struct sc_segment {
    int64_t t0, t1; /* time covered, seconds */
    int64_t d0;     /* first occupied second (t0 is padded before it) */
    double p0, p1;  /* position along the axis, px */
    size_t n_events;
} sc_segment;

typedef struct sc_scale {
    sc_segment seg[SC_MAX_SEGMENTS];
    int n_seg;
} sc_scale;

/* A time span that must be visible on the axis. */
typedef struct sc_span {
    int64_t lo, hi;
    int is_event;
} sc_span;

typedef struct sc_tick {
    int64_t t;
    double p;
    char label[48]; /* "" when the label would not fit */
    int major;
    int minor;      /* an unlabelled subdivision between labelled ticks */
    int edge;       /* a label at the start of a segment, without a tick line */
} sc_tick;

/* Builds the segments covering spans[0..n) (n >= 1).  Gaps longer than
 * about a third of the range (what is left once longer gaps are cut) are
 * cut out when allow_breaks is set.
 * Positions are not assigned yet (see sc_place).  Returns 0, or -1 when out
 * of memory. */
int sc_build(const sc_span *spans, size_t n, int allow_breaks, sc_scale *sc);

/* Spreads the segments over [a0, a1] px, break_len px between segments,
 * each segment's share growing with the events it holds. */
void sc_place(sc_scale *sc, double a0, double a1, double break_len);

/* Position of time t along the axis (times inside a break are spread over
 * the break). */
double sc_pos(const sc_scale *sc, int64_t t);

/* Chooses ticks for every segment: the finest step whose labels, set in
 * LAY_FONT_TICK and measured with measure, keep min_gap px apart and stay
 * inside the segment; a segment of three years or more is labelled by
 * years at least.  Between labelled ticks come unlabelled minor ticks
 * (minor = 1) at a finer step that divides the labelled one, when they can
 * stand far enough apart.  Ticks come in order along the axis.  Fills a malloc'd array (*ticks, *n).  Returns 0 or -1
 * when out of memory.  label_size: the extent of a label along the axis
 * (its width for a horizontal axis, its height for a vertical one). */
int sc_ticks(const sc_scale *sc, measure_fn measure, void *mctx, int vertical, double min_gap,
             sc_tick **ticks, size_t *n);

#endif
