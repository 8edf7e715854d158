/* svg_meta.h: adds <title> and <desc> to an SVG document made by Cairo
 * (whose SVG surface has no way to set them).  Not installed. */
#ifndef EL_RENDER_SVG_META_H
#define EL_RENDER_SVG_META_H

#include <stddef.h>

/* Returns a malloc'd copy of svg[0..len) with <title>title</title> and
 * <desc>desc</desc> (XML-escaped) inserted right after the opening <svg>
 * tag, and role="img" on it, and Cairo's process-wide "surface<N>" ids
 * renumbered from 1 so that output does not depend on what the process
 * drew before; *out_len gets the length.  NULL when the
 * opening tag is missing or memory runs out. */
char *svg_add_meta(const char *svg, size_t len, const char *title, const char *desc,
                   size_t *out_len);

#endif
