/* layout.h: the timeline as pure geometry.  No Cairo here: text is sized
 * through a measuring callback, so the layout can be tested with a fake
 * measurer.  Units are CSS pixels (1/96 inch); the painter scales them to
 * the output.  Not installed. */
#ifndef EL_RENDER_LAYOUT_H
#define EL_RENDER_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "eventline/render.h"

/* Font roles: each has a size and weight in lay_style. */
typedef enum lay_role {
    LAY_FONT_TITLE = 0,
    LAY_FONT_SUBTITLE,
    LAY_FONT_DATE,
    LAY_FONT_LABEL,   /* bold */
    LAY_FONT_NOTE,
    LAY_FONT_TICK,
    LAY_FONT_SOURCE,
    LAY_FONT_LEGEND,
    LAY_FONT_ERA,
    LAY_FONT_COUNT
} lay_role;

/* Measures text set in role, wrapped at max_width (<= 0: no wrapping) and
 * cut to max_lines lines with an ellipsis (0: no limit).  Writes the ink
 * box size in px.  align_right asks for right-aligned text (same size). */
typedef void (*measure_fn)(void *ctx, const char *text, lay_role role, double max_width,
                           int max_lines, double *w, double *h);

/* How an event sits on the time axis. */
typedef enum lay_shape {
    LAY_SHAPE_POINT = 0, /* a moment or a day: a dot */
    LAY_SHAPE_SPAN,      /* coarse precision (year, month...): a bracket */
    LAY_SHAPE_BAR        /* an interval start..end: a bar */
} lay_shape;

/* One event as the layout sees it; strings are borrowed. */
typedef struct lay_event {
    const char *id;
    const char *date_text; /* the date line as shown */
    const char *label;
    const char *note;      /* NULL or "" when none */
    int64_t t0, t1;        /* covered span [t0, t1) in seconds */
    lay_shape shape;
    bool open_start, open_end;
    bool uncertain;        /* approximate or uncertain: drawn dashed and faded */
} lay_event;

typedef struct lay_era {
    const char *label;
    int64_t t0, t1;
} lay_era;

/* Sizes derived from the canvas (see layout_style.c). */
typedef struct lay_style {
    double font_px[LAY_FONT_COUNT];
    bool bold[LAY_FONT_COUNT];
    double margin;      /* canvas margin */
    double gap;         /* general spacing unit */
    double block_w;     /* widest event text block */
    double ribbon_pad;  /* padding inside the time ribbon */
    double stem_gap;    /* space between a stem and text */
    double lane;        /* thickness of one span/bar lane */
    double marker_r;    /* dot radius */
    double break_len;   /* length of an axis break */
} lay_style;

typedef struct lay_input {
    const lay_event *events; /* chronological order */
    size_t n_events;
    const lay_era *eras;
    size_t n_eras;
    const char *title, *subtitle, *source;
    const char *const *legend; /* legend entries (group names), may be 0 */
    size_t n_legend;
    bool has_dct;
    int64_t dct;
    double width, height;      /* requested canvas, px */
    el_orientation orientation;
    bool fixed_size;
    int max_note_lines;        /* <= 0: 3 */
    double max_pixels;         /* growth cap in px^2 (<= 0: 200e6) */
    double max_side;           /* growth cap per side in px (<= 0: 32000) */
    double grow_scale;         /* px per canvas unit used by the cap checks (dpi/96) */
} lay_input;

/* What an item is; the names are those of the layout JSON. */
typedef enum lay_kind {
    LAY_TITLE = 0,
    LAY_SUBTITLE,
    LAY_SOURCE,
    LAY_LEGEND,      /* one entry: swatch and text */
    LAY_AXIS,        /* the time ribbon (one per segment) */
    LAY_TICK,
    LAY_TICK_LABEL,
    LAY_BREAK,       /* a compressed gap in the axis */
    LAY_ERA,         /* era band */
    LAY_ERA_LABEL,
    LAY_DCT,         /* report date mark */
    LAY_MARKER,      /* dot on the axis */
    LAY_SPAN,        /* bracket (coarse precision) or bar (interval) by the axis */
    LAY_STEM,        /* leader from the axis to the text block */
    LAY_RULE,        /* the line a text block stands on */
    LAY_DATE,
    LAY_LABEL,
    LAY_NOTE,
    LAY_CLUSTER,     /* counted cluster text: "+12 events" */
    LAY_KIND_COUNT
} lay_kind;

/* Item flags. */
enum {
    LAY_F_UNCERTAIN = 1u << 0, /* dashed / faded */
    LAY_F_OPEN_START = 1u << 1,
    LAY_F_OPEN_END = 1u << 2,
    LAY_F_BAR = 1u << 3,       /* LAY_SPAN drawn as a bar, not a bracket */
    LAY_F_BELOW = 1u << 4,     /* on the far side of the axis (below / left) */
    LAY_F_ALIGN_RIGHT = 1u << 5,
    LAY_F_VERTICAL = 1u << 6,  /* text rotated a quarter turn (vertical era labels) */
    LAY_F_MAJOR = 1u << 7,     /* tick that starts a larger unit */
    LAY_F_BENT = 1u << 8,      /* stem that bends: straight out, across, straight in */
    LAY_F_MINOR = 1u << 9      /* unlabelled tick between labelled ones (a short notch) */
};

typedef struct lay_item {
    lay_kind kind;
    double x, y, w, h;     /* bounding box */
    double x1, y1, x2, y2; /* line ends (stems, ticks, rules); stems may bend at (x1,y2)->... */
    const char *text;      /* text items; borrowed from input or owned by the layout */
    lay_role role;
    double wrap_w;         /* wrap width used when measuring (<= 0: none) */
    int max_lines;
    unsigned flags;
    int color;             /* event index whose colour to use, or -1 (neutral), or era index for eras */
    size_t ev_off, ev_n;   /* events this item shows: lay_result.ev_idx[ev_off .. +ev_n] */
} lay_item;

typedef struct lay_result {
    double width, height;
    el_orientation orientation; /* resolved */
    lay_style style;
    lay_item *items;
    size_t n_items, cap_items;
    size_t *ev_idx;
    size_t n_ev_idx, cap_ev_idx;
    char **strings;        /* text the layout made (ticks, clusters) */
    size_t n_strings, cap_strings;
    size_t n_clusters;     /* counted clusters made */
    size_t n_clustered;    /* events shown only inside clusters */
    bool oom;
} lay_result;

/* Fills *st with sizes for a canvas of w x h px. */
void lay_style_for(double w, double h, lay_style *st);

/* Lays out in.  On success returns 0 and fills *out (free with
 * lay_result_free).  Returns EL_ERR_IO when out of memory, EL_ERR_USAGE when
 * the canvas is too small to hold anything. */
int lay_layout(const lay_input *in, measure_fn measure, void *mctx, lay_result *out,
               el_error *err);

void lay_result_free(lay_result *r);

/* Name of a kind in the layout JSON ("label", "tick-label", ...). */
const char *lay_kind_name(lay_kind k);

/* True for kinds that carry text (the ones that must never overlap). */
bool lay_kind_is_text(lay_kind k);

/* Writes the layout JSON (docs/LAYOUT.md) as a malloc'd string; NULL when
 * out of memory. */
char *lay_to_json(const lay_result *r, const lay_input *in);

#endif
