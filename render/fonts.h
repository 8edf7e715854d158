/* fonts.h: a private fontconfig configuration and Pango font map per
 * render, and text measuring/drawing that share one PangoContext so that
 * what was measured is what gets drawn.  Not installed. */
#ifndef EL_RENDER_FONTS_H
#define EL_RENDER_FONTS_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "eventline/error.h"
#include "render/layout.h"

typedef struct el_fonts {
    PangoFontMap *fm;
    PangoContext *pc;
    PangoFontDescription *desc[LAY_FONT_COUNT];
    PangoLayout *layout; /* reused for measuring */
} el_fonts;

/* Loads fonts/fonts.conf (installed copy first, then the source tree) into
 * a fresh FcConfig, adds every font file of font_dir (may be NULL), and
 * builds a font map with family (NULL: "eventline-sans") at the sizes of
 * st.  Returns EL_OK, or EL_ERR_USAGE / EL_ERR_IO with a message.  The
 * caller releases f with fonts_close even on failure. */
int fonts_open(el_fonts *f, const char *family, const char *font_dir, const lay_style *st,
               el_error *err);
void fonts_close(el_fonts *f);

/* measure_fn over an el_fonts (ctx is the el_fonts). */
void fonts_measure(void *ctx, const char *text, lay_role role, double max_width, int max_lines,
                   double *w, double *h);

/* Draws text at (x, y) (top-left of its box) set exactly as measured;
 * right: align lines to the right edge of a box of width w. */
void fonts_draw(el_fonts *f, cairo_t *cr, const char *text, lay_role role, double wrap_w,
                int max_lines, int right, double x, double y, double w);

#endif
