/* fonts.h: a private fontconfig configuration and Pango font map (made
 * once per renderer, or per render), and text measuring/drawing that share
 * one PangoContext so that what was measured is what gets drawn.
 * Not installed. */
#ifndef EL_RENDER_FONTS_H
#define EL_RENDER_FONTS_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "eventline/error.h"
#include "render/layout.h"
#include "render/measure_cache.h"

/* The costly part of the font set-up: a fontconfig configuration read
 * from fonts.conf (plus the files of an extra font folder) and the Pango
 * font map and context over it.  Fonts loaded, shaped and rasterised once
 * stay cached in it, so a thread that renders many timelines keeps one. */
typedef struct font_map {
    PangoFontMap *fm;
    PangoContext *pc;
    int have_alias;      /* fonts.conf was found: "eventline-sans" exists */
} font_map;

/* A text laid out while measuring, kept for drawing it in this render. */
typedef struct fonts_memo {
    char *text; /* owned */
    double px, max_width;
    int weight, max_lines;
    PangoLayout *layout; /* owned */
} fonts_memo;

typedef struct el_fonts {
    PangoFontMap *fm;
    PangoContext *pc;
    PangoFontDescription *desc[LAY_FONT_COUNT];
    PangoLayout *layout; /* reused for measuring */
    font_map own;        /* the map when fonts_open made one, else zeroed */
    measure_cache *cache; /* borrowed; NULL = measure every time */
    double px[LAY_FONT_COUNT]; /* size and weight of each role (cache keys) */
    int weight[LAY_FONT_COUNT];
    fonts_memo *memo;    /* layouts measured in this render (owned), drawn */
    size_t n_memo;       /* without being shaped again */
} el_fonts;

/* Reads fonts.conf (installed copy first, then the source tree; the system
 * configuration when neither exists) into a fresh FcConfig, adds every font
 * file of font_dir (may be NULL) and makes the Pango font map and context.
 * Returns EL_OK, or EL_ERR_USAGE / EL_ERR_IO with a message; the caller
 * releases m with font_map_close even on failure. */
int font_map_open(font_map *m, const char *font_dir, el_error *err);
void font_map_close(font_map *m);

/* Makes a configuration read like font_map_open's (without font_dir) the
 * process's default fontconfig configuration; see el_render_init_fonts. */
int font_config_make_default(el_error *err);

/* Prepares f to measure and draw with the fonts of m (borrowed: m must
 * outlive f) in family (NULL: "eventline-sans") at the sizes of st.  cache
 * may be NULL.  Returns EL_OK or EL_ERR_IO; release f with fonts_close. */
int fonts_use(el_fonts *f, const font_map *m, measure_cache *cache, const char *family,
              const lay_style *st, el_error *err);

/* font_map_open and fonts_use in one step, for a single render: f owns
 * the map it makes.  Returns EL_OK, or EL_ERR_USAGE / EL_ERR_IO with a
 * message.  The caller releases f with fonts_close even on failure. */
int fonts_open(el_fonts *f, const char *family, const char *font_dir, const lay_style *st,
               el_error *err);
void fonts_close(el_fonts *f);

/* measure_fn over an el_fonts (ctx is the el_fonts); uses f->cache. */
void fonts_measure(void *ctx, const char *text, lay_role role, double max_width, int max_lines,
                   double *w, double *h);

/* Draws text at (x, y) (top-left of its box) set exactly as measured
 * (left-aligned text measured in this render is drawn from the layout the
 * measuring made);
 * right: align lines to the right edge of a box of width w. */
void fonts_draw(el_fonts *f, cairo_t *cr, const char *text, lay_role role, double wrap_w,
                int max_lines, int right, double x, double y, double w);

#endif
