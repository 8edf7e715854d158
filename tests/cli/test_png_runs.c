/* test_png_runs.c: the fast PNG encoder's zlib stream inflates (zlib checks
 * the Adler-32) to exactly the bytes a PNG of the image must hold, for
 * opaque and transparent images with runs, rows repeated, rows with stray
 * pixels, runs longer than one deflate copy, and widths near the limit;
 * and through png_write_surface the whole file is the same image as the
 * zlib-level file.
 * Prints "N passed, M failed"; exit 0 when all passed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "render/png_runs.h"
#include "render/png_write.h"

static int passed, failed;

static void check(int ok, const char *what, int w, int h, int kind)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    fprintf(stderr, "FAIL: %s (%dx%d, pattern %d)\n", what, w, h, kind);
}

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static int to_buf(void *c, const unsigned char *data, size_t len)
{
    buf *b = c;
    if (b->n + len > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len)
            cap *= 2;
        unsigned char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, len);
    b->n += len;
    return 0;
}

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

/* A premultiplied pixel: opaque ones from a small palette, others with a
 * random alpha. */
static uint32_t pixel(int opaque, unsigned pick)
{
    static const uint32_t pal[4] = {0xFFFFFFFFu, 0xFF1F4E79u, 0xFF202020u, 0xFFE8ECF0u};
    if (opaque || pick % 3)
        return pal[pick % 4];
    unsigned a = next_rand() % 256, c = a ? next_rand() % (a + 1) : 0;
    return a << 24 | c << 16 | (c / 2) << 8 | c / 3;
}

/* Fills an image in one of several patterns. */
static void fill(uint32_t *px, int w, int h, int opaque, int kind)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint32_t *p = &px[(size_t)y * w + x];
            switch (kind) {
            case 0: *p = pixel(opaque, 0); break;                    /* one colour */
            case 1: *p = pixel(opaque, (unsigned)(x / 7 + y / 5)); break; /* blocks */
            case 2: *p = pixel(opaque, next_rand()); break;          /* noise */
            default: /* background, stray pixels, some rows repeated */
                if (y > 0 && y % 4 == 1)
                    *p = px[(size_t)(y - 1) * w + x];
                else
                    *p = next_rand() % 50 ? pixel(opaque, 0) : pixel(opaque, next_rand());
            }
        }
}

/* The bytes a PNG with filter None holds for the image. */
static unsigned char *expected_bytes(const uint32_t *px, int w, int h, int opaque, size_t *len)
{
    size_t bpp = opaque ? 3 : 4, row = (size_t)w * bpp + 1;
    unsigned char *out = malloc(row * (size_t)h), *d = out;
    for (int y = 0; y < h; y++) {
        *d++ = 0;
        for (int x = 0; x < w; x++) {
            uint32_t p = px[(size_t)y * w + x];
            unsigned a = p >> 24, c[3] = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
            for (int k = 0; k < 3; k++)
                *d++ = (unsigned char)(opaque || a == 255 ? c[k] : a == 0 ? 0 : (c[k] * 255 + a / 2) / a);
            if (!opaque)
                *d++ = (unsigned char)a;
        }
    }
    *len = row * (size_t)h;
    return out;
}

static void one(int w, int h, int opaque, int kind)
{
    uint32_t *px = malloc((size_t)w * h * 4);
    fill(px, w, h, opaque, kind);
    buf z = {0};
    int rc = png_runs_encode((const unsigned char *)px, w, h, w * 4, opaque, to_buf, &z);
    check(rc == 0, "encodes", w, h, kind);
    size_t want_len;
    unsigned char *want = expected_bytes(px, w, h, opaque, &want_len);
    uLongf got_len = (uLongf)want_len + 16;
    unsigned char *got = malloc(got_len);
    int zr = uncompress(got, &got_len, z.p, (uLong)z.n);
    check(zr == Z_OK, "inflates with a correct checksum", w, h, kind);
    check(zr == Z_OK && got_len == want_len && memcmp(got, want, want_len) == 0,
          "holds the image's bytes", w, h, kind);
    free(got), free(want), free(z.p), free(px);
}

/* png_write_surface: fast and zlib files hold the same image data. */
static void whole_file(int opaque)
{
    int w = 300, h = 200;
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgba(cr, 1, 1, 1, opaque ? 1 : 0.5);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.1, 0.3, 0.6);
    cairo_arc(cr, 150, 100, 60, 0, 6.28);
    cairo_fill(cr);
    cairo_destroy(cr);
    buf fast = {0}, small = {0};
    check(png_write_surface(s, opaque, -1, 96, to_buf, &fast) == 0, "fast PNG written", w, h, 9);
    check(png_write_surface(s, opaque, 9, 96, to_buf, &small) == 0, "zlib PNG written", w, h, 9);
    /* Same signature, IHDR and pHYs (8 + 25 + 21 bytes), then image data
     * that inflates to the same bytes. */
    check(fast.n > 54 && small.n > 54 && memcmp(fast.p, small.p, 54) == 0, "same header chunks", w, h, 9);
    check(fast.n >= 12 && memcmp(fast.p + fast.n - 12, "\0\0\0\0IEND", 8) == 0, "ends with IEND", w, h, 9);
    unsigned char *img[2] = {NULL, NULL};
    uLongf len[2] = {0, 0};
    buf *files[2] = {&fast, &small};
    for (int f = 0; f < 2; f++) {
        buf idat = {0};
        size_t pos = 8;
        while (pos + 12 <= files[f]->n) {
            const unsigned char *c = files[f]->p + pos;
            size_t n = (size_t)c[0] << 24 | (size_t)c[1] << 16 | (size_t)c[2] << 8 | c[3];
            uLong crc = crc32(crc32(0, c + 4, 4), c + 8, (uInt)n);
            const unsigned char *t = c + 8 + n;
            check(crc == ((uLong)t[0] << 24 | (uLong)t[1] << 16 | (uLong)t[2] << 8 | t[3]), "chunk CRC", w, h, 9);
            if (memcmp(c + 4, "IDAT", 4) == 0)
                to_buf(&idat, c + 8, n);
            pos += n + 12;
        }
        len[f] = (uLongf)(w * (opaque ? 3 : 4) + 1) * h;
        img[f] = malloc(len[f]);
        check(uncompress(img[f], &len[f], idat.p, (uLong)idat.n) == Z_OK, "IDAT inflates", w, h, 9);
        free(idat.p);
    }
    check(len[0] == len[1] && memcmp(img[0], img[1], len[0]) == 0, "fast and small hold the same image", w, h, 9);
    free(img[0]), free(img[1]), free(fast.p), free(small.p);
    cairo_surface_destroy(s);
}

int main(void)
{
    static const int sizes[][2] = {{1, 1}, {2, 3}, {7, 5}, {100, 1}, {300, 40}, {1920, 6}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        for (int opaque = 0; opaque < 2; opaque++)
            for (int kind = 0; kind < 4; kind++)
                one(sizes[i][0], sizes[i][1], opaque, kind);
    /* The widest rows the encoder takes, and one pixel more. */
    check(png_runs_fits(10922, 1) && !png_runs_fits(10923, 1), "RGB width limit", 10922, 1, 0);
    check(png_runs_fits(8191, 0) && !png_runs_fits(8192, 0), "RGBA width limit", 8191, 1, 0);
    one(10922, 3, 1, 3);
    one(8191, 3, 0, 3);
    whole_file(1);
    whole_file(0);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
