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

/* Pixel memory kept between PNG renders (by an el_renderer), so a batch
 * does not allocate and clear a new image for every file. */
typedef struct surface_pixels {
    unsigned char *p; /* malloc'd, or NULL */
    size_t size;
} surface_pixels;

/* Frees the kept memory. */
void surface_pixels_free(surface_pixels *px);

/* Renders a canvas of w x h layout px (1/96 in).  For PNG, px (may be
 * NULL) lends its memory: it is cleared only for transparent images, since
 * an opaque painter covers every pixel with the background first.  Returns
 * EL_OK, EL_ERR_USAGE when the canvas is too large, EL_ERR_IO when Cairo
 * fails or write returns non-zero. */
int surface_render(const el_render_options *opt, double w, double h, const surface_meta *meta,
                   paint_cb paint, void *pctx, surface_pixels *px, el_write_fn write,
                   void *closure, el_error *err);

#endif
