/* png_runs.h: the fast PNG image data encoder.  Timeline graphics are mostly
 * runs of one colour and rows equal to the row above, so instead of a
 * general compressor it emits a zlib stream of deflate copies ("same as
 * the pixel to the left", "same as the row above") and literal pixels with
 * the fixed Huffman code.  Several times faster than zlib's level 1, for a
 * somewhat larger file.  Not installed. */
#ifndef EL_RENDER_PNG_RUNS_H
#define EL_RENDER_PNG_RUNS_H

#include <stddef.h>

/* Receives a piece of the zlib stream (to go into an IDAT chunk);
 * returns 0, or non-zero to stop. */
typedef int (*png_runs_sink)(void *ctx, const unsigned char *data, size_t len);

/* True when the encoder can take rows of w pixels (a row must fit in the
 * 32 KiB deflate window: about 10,900 px wide for RGB, 8,100 for RGBA). */
int png_runs_fits(int w, int opaque);

/* Encodes the h rows of w ARGB32 premultiplied pixels at data (stride
 * bytes apart) as the zlib stream of a PNG with filter None on every row:
 * RGB when opaque, else straight RGBA.  Returns 0, -1 when out of memory,
 * -2 when sink failed, -3 when png_runs_fits(w, opaque) is false. */
int png_runs_encode(const unsigned char *data, int w, int h, int stride, int opaque,
                    png_runs_sink sink, void *ctx);

#endif
