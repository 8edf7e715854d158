/* eventline/render.h: an event list to a timeline graphic (PNG, PDF, SVG).
 *
 * Three stages: measure text (Pango), lay out (pure geometry, render/layout.h),
 * paint (Cairo).  Output goes through a write callback, so the caller decides
 * where bytes land (the CLI writes to a temporary file and renames it).
 * Thread-safe: no global mutable state; each call owns its surfaces.
 * A program that renders many timelines keeps one el_renderer per thread
 * (el_renderer_new, el_render_with): the font set-up and the fonts loaded
 * are then made once instead of for every render.
 */
#ifndef EVENTLINE_RENDER_H
#define EVENTLINE_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "eventline/error.h"
#include "eventline/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum el_format { EL_FORMAT_PNG = 0, EL_FORMAT_PDF, EL_FORMAT_SVG } el_format;
typedef enum el_orientation {
    EL_ORIENT_HORIZONTAL = 0,
    EL_ORIENT_VERTICAL,
    EL_ORIENT_AUTO
} el_orientation;

/* Returns 0 when all len bytes were written, non-zero to abort the render. */
typedef int (*el_write_fn)(void *closure, const unsigned char *data, size_t len);

typedef struct el_render_options {
    el_format format;
    double width_pt;        /* canvas size in points (1/72 in); PNG pixels = pt * dpi / 72 */
    double height_pt;       /* set both with el_render_parse_size; 0,0 = slide 1920x1080 px */
    double dpi;             /* PNG resolution; 0 = 96 (so "slide" is 1920x1080 px) */
    el_orientation orientation;
    const char *theme;      /* "light" (NULL), "dark", "print", "colorblind" */
    const char *font;       /* font family; NULL = the project default */
    const char *font_dir;   /* extra folder of fonts; NULL = none */
    bool transparent;
    bool fixed_size;        /* true: never grow the canvas, cluster instead */
    bool mark_dct;          /* draw the report date (tl->dct) on the axis */
    int max_note_lines;     /* 0 = default 3 */
    const char *title;      /* override tl->title when non-NULL */
    const char *subtitle;
    const char *source;
    int png_level;          /* zlib level for PNG: -1 = default (fast), 0..9 */
    long long source_date_epoch; /* PDF creation date; -1 = no date in the PDF */
    double max_canvas_pixels;    /* 0 = default limit (200 megapixels) */
} el_render_options;

/* Fills *opt with the defaults. */
void el_render_options_init(el_render_options *opt);

/* Parses a size: slide, slide-4:3, a4, a4-landscape, letter,
 * letter-landscape, or WxH with unit px (default), mm, in, pt
 * ("1200x800", "210x297mm").  px are converted at dpi (0 = 96).
 * EL_ERR_USAGE with a message for absurd or malformed sizes. */
int el_render_parse_size(const char *spec, double dpi, el_render_options *opt,
                         el_error *err);

/* Renders tl.  When layout_json is non-NULL it receives a malloc'd JSON
 * description of what was drawn (docs/LAYOUT.md): {"width","height","items":
 * [{"kind","x","y","w","h","events":[ids]}]}.  Returns EL_OK or an error. */
int el_render(const el_timeline *tl, const el_render_options *opt,
              el_write_fn write, void *closure, char **layout_json,
              el_error *err);

/* Optional, for programs that use fontconfig only through eventline (the
 * eventline command does): call once at start-up, before any render and
 * before starting threads.  It makes eventline's font configuration the
 * process's default fontconfig configuration, so that Pango's first font
 * map does not load the system configuration too (several milliseconds
 * per process).  Renders give the same bytes with or without it.  Returns
 * EL_OK, or an error (nothing changed; renders still work). */
int el_render_init_fonts(el_error *err);

/* A reusable render context: the font configuration, the Pango font map
 * with the fonts it has loaded, and a cache of measured text.  It is not
 * shared: use one per thread (a renderer may move between threads, but
 * only one may use it at a time).  Output is the same bytes as el_render
 * gives for the same timeline and options. */
typedef struct el_renderer el_renderer;

/* A new renderer, or NULL when out of memory.  The fonts are set up at its
 * first render (and again when a render names another font_dir). */
el_renderer *el_renderer_new(void);

/* Frees r and everything it holds; NULL is fine. */
void el_renderer_free(el_renderer *r);

/* el_render through r: the same contract and the same output, faster
 * from the second render on. */
int el_render_with(el_renderer *r, const el_timeline *tl, const el_render_options *opt,
                   el_write_fn write, void *closure, char **layout_json, el_error *err);

#ifdef __cplusplus
}
#endif
#endif
