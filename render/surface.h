/* surface.h: the one switch on the output format.  Creates the Cairo
 * surface for PNG, PDF or SVG, lets a painter draw in layout px, and streams
 * the finished file through the caller's write callback.  Not installed. */
#ifndef EL_RENDER_SURFACE_H
#define EL_RENDER_SURFACE_H

#include <cairo.h>

#include "eventline/render.h"

typedef void (*paint_cb)(cairo_t *cr, void *ctx, int is_png);

typedef struct surface_meta {
    const char *title;  /* PDF title, SVG <title> */
    const char *desc;   /* SVG <desc>, PDF subject */
    const char *author; /* PDF author */
} surface_meta;

/* Renders a canvas of w x h layout px (1/96 in).  Returns EL_OK,
 * EL_ERR_USAGE when the canvas is too large, EL_ERR_IO when Cairo fails or
 * write returns non-zero. */
int surface_render(const el_render_options *opt, double w, double h, const surface_meta *meta,
                   paint_cb paint, void *pctx, el_write_fn write, void *closure, el_error *err);

#endif
