/* png_write.h: a PNG encoder for Cairo image surfaces: the fast run
 * encoder by default, or zlib directly at a chosen level.  Not installed. */
#ifndef EL_RENDER_PNG_WRITE_H
#define EL_RENDER_PNG_WRITE_H

#include <cairo.h>

#include "eventline/render.h"

/* Encodes an ARGB32 image surface as PNG (RGB when opaque, else RGBA with
 * premultiplication undone) through write.  level: -1 = fast (the run
 * encoder of png_runs.h; zlib level 1 for images too wide for it), 0..9 =
 * that zlib level (9 = smallest).  dpi
 * goes into a pHYs chunk.  Returns 0, -1 when out of memory, -2 when write
 * failed. */
int png_write_surface(cairo_surface_t *s, int opaque, int level, double dpi, el_write_fn write,
                      void *closure);

#endif
