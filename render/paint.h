/* paint.h: draws a computed layout with Cairo.  Not installed. */
#ifndef EL_RENDER_PAINT_H
#define EL_RENDER_PAINT_H

#include <cairo.h>
#include <stdbool.h>
#include <stdint.h>

#include "render/fonts.h"
#include "render/layout.h"
#include "render/theme.h"

typedef struct paint_spec {
    const lay_result *lay;
    const el_theme *theme;
    const uint32_t *ev_color;     /* colour of each event */
    const uint32_t *legend_color; /* colour of each legend entry */
    bool transparent;
    bool snap;                    /* align thin lines to the pixel grid (PNG) */
} paint_spec;

/* Paints every item of spec->lay onto cr (user units = layout px). */
void paint_layout(cairo_t *cr, el_fonts *fonts, const paint_spec *spec);

#endif
