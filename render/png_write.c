/* png_write.c: PNG encoding.  The fast default hands the image data to
 * the run encoder (png_runs.c); a zlib level (0..9) deflates the rows with
 * zlib instead, for smaller files.  Rows are written unfiltered and
 * deflated as they are made, so memory stays at one row plus the zlib
 * window.  On timeline graphics (flat colour, long runs of the same pixel)
 * filter "None" with zlib's default matching gave both the smallest files
 * and the fastest zlib encoding among None/Sub/Up and the RLE, filtered and
 * Huffman-only strategies (tests/render/bench_render.c shows the
 * timings). */
#include "render/png_write.h"

#include "render/png_runs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct png_out {
    el_write_fn write;
    void *closure;
    int failed;
} png_out;

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Writes one chunk: length, type, data, CRC. */
static void chunk(png_out *o, const char type[4], const unsigned char *data, size_t len)
{
    if (o->failed)
        return;
    unsigned char head[8], tail[4];
    put32(head, (uint32_t)len);
    memcpy(head + 4, type, 4);
    uLong crc = crc32(0L, (const Bytef *)type, 4);
    if (len)
        crc = crc32(crc, data, (uInt)len);
    put32(tail, (uint32_t)crc);
    if (o->write(o->closure, head, 8) || (len && o->write(o->closure, data, len)) ||
        o->write(o->closure, tail, 4))
        o->failed = 1;
}

/* Converts one ARGB32 premultiplied row to RGB or straight RGBA. */
static void convert_row(const uint32_t *src, unsigned char *dst, int w, int opaque)
{
    if (opaque) {
        for (int x = 0; x < w; x++) {
            uint32_t p = src[x];
            dst[3 * x] = (unsigned char)(p >> 16);
            dst[3 * x + 1] = (unsigned char)(p >> 8);
            dst[3 * x + 2] = (unsigned char)p;
        }
        return;
    }
    for (int x = 0; x < w; x++) {
        uint32_t p = src[x];
        unsigned a = p >> 24;
        unsigned char *d = dst + 4 * x;
        if (a == 0) {
            d[0] = d[1] = d[2] = d[3] = 0;
        } else if (a == 255) {
            d[0] = (unsigned char)(p >> 16), d[1] = (unsigned char)(p >> 8), d[2] = (unsigned char)p;
            d[3] = 255;
        } else {
            d[0] = (unsigned char)((((p >> 16) & 0xFF) * 255 + a / 2) / a);
            d[1] = (unsigned char)((((p >> 8) & 0xFF) * 255 + a / 2) / a);
            d[2] = (unsigned char)(((p & 0xFF) * 255 + a / 2) / a);
            d[3] = (unsigned char)a;
        }
    }
}

/* The run encoder's output as IDAT chunks. */
static int idat_sink(void *ctx, const unsigned char *data, size_t len)
{
    png_out *o = ctx;
    chunk(o, "IDAT", data, len);
    return o->failed;
}

/* Writes the signature and the IHDR and pHYs chunks. */
static void head(png_out *o, int w, int h, int opaque, double dpi)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (o->write(o->closure, sig, 8))
        o->failed = 1;
    unsigned char ihdr[13];
    put32(ihdr, (uint32_t)w);
    put32(ihdr + 4, (uint32_t)h);
    ihdr[8] = 8;                 /* bit depth */
    ihdr[9] = opaque ? 2 : 6;    /* RGB or RGBA */
    ihdr[10] = ihdr[11] = ihdr[12] = 0;
    chunk(o, "IHDR", ihdr, 13);
    unsigned char phys[9];
    uint32_t ppm = (uint32_t)(dpi / 0.0254 + 0.5);
    put32(phys, ppm);
    put32(phys + 4, ppm);
    phys[8] = 1; /* metre */
    chunk(o, "pHYs", phys, 9);
}

int png_write_surface(cairo_surface_t *s, int opaque, int level, double dpi, el_write_fn write,
                      void *closure)
{
    cairo_surface_flush(s);
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    png_out o = {write, closure, 0};
    if (level < 0 && png_runs_fits(w, opaque)) {
        head(&o, w, h, opaque, dpi);
        int rc = o.failed ? -2 : png_runs_encode(data, w, h, stride, opaque, idat_sink, &o);
        chunk(&o, "IEND", NULL, 0);
        if (rc == -1)
            return -1;
        return rc || o.failed ? -2 : 0;
    }
    size_t bpp = opaque ? 3 : 4, rowlen = (size_t)w * bpp;
    unsigned char *filt = malloc(rowlen + 1);
    size_t outcap = 1 << 16;
    unsigned char *out = malloc(outcap);
    z_stream z;
    memset(&z, 0, sizeof z);
    int zlevel = level < 0 ? 1 : (level > 9 ? 9 : level);
    if (!filt || !out || deflateInit2(&z, zlevel, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        free(filt), free(out);
        return -1;
    }
    head(&o, w, h, opaque, dpi);
    int rc = 0;
    for (int y = 0; y <= h && !o.failed; y++) {
        int flush = y == h ? Z_FINISH : Z_NO_FLUSH;
        if (y < h) {
            filt[0] = 0; /* filter None */
            convert_row((const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride), filt + 1, w, opaque);
            z.next_in = filt;
            z.avail_in = (uInt)(rowlen + 1);
        } else {
            z.next_in = NULL;
            z.avail_in = 0;
        }
        int zr;
        do {
            z.next_out = out;
            z.avail_out = (uInt)outcap;
            zr = deflate(&z, flush);
            if (zr == Z_STREAM_ERROR) {
                rc = -1;
                break;
            }
            size_t got = outcap - z.avail_out;
            if (got)
                chunk(&o, "IDAT", out, got);
        } while (z.avail_out == 0 && !o.failed);
        if (rc)
            break;
    }
    deflateEnd(&z);
    chunk(&o, "IEND", NULL, 0);
    free(filt), free(out);
    if (rc)
        return rc;
    return o.failed ? -2 : 0;
}
