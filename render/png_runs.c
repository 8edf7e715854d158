/* png_runs.c: a deflate encoder that only knows two repeats, "the pixel to
 * the left" and "the row above", which is what flat timeline graphics are
 * made of.  It works on 32-bit pixels (one compare per pixel), skips whole
 * rows equal to the one above (one copy and a checksum combine), and writes
 * everything else as literal bytes in one fixed-Huffman block, so there is
 * no hashing and no searching.  The stream is ordinary zlib: any PNG reader
 * decodes it. */
#include "render/png_runs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define OUT_FLUSH 32768 /* bytes handed to the sink at a time */
#define WINDOW 32768    /* deflate's longest distance */
#define MAX_MATCH 258

/* Deflate's length and distance codes (RFC 1951, 3.2.5). */
static const uint16_t len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                       33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* A code ready to be written: bits (least significant first) and count. */
typedef struct code {
    uint32_t bits;
    uint32_t n;
} code;

typedef struct enc {
    uint64_t acc;        /* pending bits, least significant first */
    unsigned nacc;       /* always < 32 between writes */
    unsigned char *out;  /* OUT_FLUSH + 8 bytes */
    size_t nout;
    png_runs_sink sink;
    void *ctx;
    int failed;
    code lit[256];       /* literal bytes */
    code end;            /* end of block */
    code len[MAX_MATCH + 1];  /* lengths 3..258: symbol and extra bits */
    code dist_pixel, dist_row; /* the two distances used */
    uint64_t a, b;       /* Adler-32 sums of the bytes so far */
} enc;

static uint32_t reverse(uint32_t v, unsigned n)
{
    uint32_t r = 0;
    for (unsigned i = 0; i < n; i++, v >>= 1)
        r = (r << 1) | (v & 1);
    return r;
}

/* The fixed Huffman code of a literal/length symbol, bit-reversed for
 * writing least significant bit first. */
static code fixed_code(unsigned sym)
{
    code c;
    if (sym < 144)
        c.n = 8, c.bits = 0x30 + sym;
    else if (sym < 256)
        c.n = 9, c.bits = 0x190 + sym - 144;
    else if (sym < 280)
        c.n = 7, c.bits = sym - 256;
    else
        c.n = 8, c.bits = 0xC0 + sym - 280;
    c.bits = reverse(c.bits, c.n);
    return c;
}

static code dist_code(unsigned d)
{
    unsigned i = 29;
    while (dist_base[i] > d)
        i--;
    code c = {reverse(i, 5), 5};
    c.bits |= (uint32_t)(d - dist_base[i]) << 5;
    c.n += dist_extra[i];
    return c;
}

static void tables(enc *e, unsigned row_len, unsigned bpp)
{
    for (unsigned s = 0; s < 256; s++)
        e->lit[s] = fixed_code(s);
    e->end = fixed_code(256);
    unsigned i = 0;
    for (unsigned l = 3; l <= MAX_MATCH; l++) {
        while (i < 28 && len_base[i + 1] <= l)
            i++;
        code c = fixed_code(257 + i);
        c.bits |= (uint32_t)(l - len_base[i]) << c.n;
        c.n += len_extra[i];
        e->len[l] = c;
    }
    e->dist_pixel = dist_code(bpp);
    e->dist_row = dist_code(row_len);
}

static void flush_out(enc *e)
{
    if (e->nout && !e->failed && e->sink(e->ctx, e->out, e->nout))
        e->failed = 1;
    e->nout = 0;
}

/* Appends n <= 32 bits. */
static inline void put(enc *e, uint32_t bits, unsigned n)
{
    e->acc |= (uint64_t)bits << e->nacc;
    e->nacc += n;
    if (e->nacc >= 32) {
        uint32_t w = (uint32_t)e->acc;
        unsigned char *o = e->out + e->nout;
        o[0] = (unsigned char)w, o[1] = (unsigned char)(w >> 8);
        o[2] = (unsigned char)(w >> 16), o[3] = (unsigned char)(w >> 24);
        e->nout += 4;
        e->acc >>= 32;
        e->nacc -= 32;
        if (e->nout >= OUT_FLUSH)
            flush_out(e);
    }
}

static inline void put_code(enc *e, code c)
{
    put(e, c.bits, c.n);
}

/* A copy of len >= 3 bytes from dist back, cut into deflate's 258-byte
 * pieces so that no piece is shorter than 3. */
static void copy(enc *e, size_t len, code dist)
{
    while (len > 0) {
        size_t c = len;
        if (len > MAX_MATCH)
            c = len - MAX_MATCH < 3 ? len - 3 : MAX_MATCH;
        put_code(e, e->len[c]);
        put_code(e, dist);
        len -= c;
    }
}

/* The PNG bytes of one pixel: RGB, or RGBA with premultiplication undone.
 * Returns the byte count. */
static inline unsigned pixel_bytes(uint32_t p, int opaque, unsigned char *d)
{
    d[0] = (unsigned char)(p >> 16), d[1] = (unsigned char)(p >> 8), d[2] = (unsigned char)p;
    if (opaque)
        return 3;
    unsigned a = p >> 24;
    if (a == 0) {
        d[0] = d[1] = d[2] = 0;
    } else if (a < 255) {
        d[0] = (unsigned char)((((p >> 16) & 0xFF) * 255 + a / 2) / a);
        d[1] = (unsigned char)((((p >> 8) & 0xFF) * 255 + a / 2) / a);
        d[2] = (unsigned char)(((p & 0xFF) * 255 + a / 2) / a);
    }
    d[3] = (unsigned char)a;
    return 4;
}

int png_runs_fits(int w, int opaque)
{
    return w >= 1 && (size_t)w * (opaque ? 3 : 4) + 1 <= WINDOW;
}

/* How many of the n pixels from a[0] on equal b[0], b[1]... in turn
 * (masked), four at a time while all four bytes match exactly. */
static inline int same_run(const uint32_t *a, const uint32_t *b, int n, uint32_t mask)
{
    int i = 0;
    while (i + 4 <= n) {
        uint64_t a0, a1, b0, b1;
        memcpy(&a0, a + i, 8), memcpy(&a1, a + i + 2, 8);
        memcpy(&b0, b + i, 8), memcpy(&b1, b + i + 2, 8);
        if ((a0 ^ b0) | (a1 ^ b1))
            break;
        i += 4;
    }
    while (i < n && ((a[i] ^ b[i]) & mask) == 0)
        i++;
    return i;
}

/* How many of the n pixels from a[0] on equal q (masked). */
static inline int fill_run(const uint32_t *a, uint32_t q, int n, uint32_t mask)
{
    uint64_t qq = (uint64_t)q << 32 | q;
    int i = 0;
    while (i + 4 <= n) {
        uint64_t a0, a1;
        memcpy(&a0, a + i, 8), memcpy(&a1, a + i + 2, 8);
        if ((a0 ^ qq) | (a1 ^ qq))
            break;
        i += 4;
    }
    while (i < n && ((a[i] ^ q) & mask) == 0)
        i++;
    return i;
}

/* Adler-32 of the uncompressed stream, kept as it is written: sums a and
 * b (RFC 1950), reduced modulo ADLER_MOD at row ends and after each
 * repeated run, so 64 bits never overflow within a row. */
#define ADLER_MOD 65521ull

/* Adds k copies of one pixel's bytes d[0..bpp) to the checksum in closed
 * form: a grows by k times their sum, b by n*a plus each byte weighted by
 * its distance from the end. */
static void adler_repeat(enc *e, const unsigned char *d, unsigned bpp, uint64_t k)
{
    uint64_t n = k * bpp, s0 = k * n - bpp * k * (k - 1) / 2, sum = 0;
    uint64_t a = e->a % ADLER_MOD, b = e->b % ADLER_MOD + n % ADLER_MOD * a;
    for (unsigned t = 0; t < bpp; t++) {
        sum += d[t];
        b += d[t] * ((s0 - t * k) % ADLER_MOD);
    }
    e->a = (a + k % ADLER_MOD * sum) % ADLER_MOD;
    e->b = b % ADLER_MOD;
}

/* Adds the bytes of n pixels to the checksum: stretches of one colour in
 * closed form, the rest byte by byte. */
static void adler_pixels(enc *e, const uint32_t *px, int n, int opaque, uint32_t mask)
{
    unsigned char d[4];
    int i = 0;
    while (i < n) {
        int k = 1 + fill_run(px + i + 1, px[i], n - i - 1, mask);
        unsigned bpp = pixel_bytes(px[i], opaque, d);
        if (k >= 4) {
            adler_repeat(e, d, bpp, (uint64_t)k);
        } else {
            uint64_t a = e->a, b = e->b;
            for (int j = 0; j < k; j++)
                for (unsigned t = 0; t < bpp; t++) {
                    a += d[t];
                    b += a;
                }
            e->a = a, e->b = b;
        }
        i += k;
    }
}

/* Encodes one row that differs from the one above (prev; NULL for the
 * first row) and adds its bytes to the checksum.  At each pixel the longer
 * of two stretches is copied: pixels equal to the row above (from one row
 * back) or pixels equal to the left neighbour (from one pixel back; not
 * looked for after a stretch of 32 equal to the row above).  A pixel that
 * starts neither is written as literal bytes. */
static void encode_row(enc *e, const uint32_t *cur, const uint32_t *prev, int w, int opaque,
                       uint32_t mask)
{
    unsigned bpp = opaque ? 3 : 4;
    unsigned char d[4];
    put_code(e, e->lit[0]); /* filter None */
    e->b += e->a;
    int x = 0;
    while (x < w) {
        int up = 0, left = 0;
        if (prev)
            up = same_run(cur + x, prev + x, w - x, mask);
        if (up < 32 && x > 0)
            left = fill_run(cur + x, cur[x - 1], w - x, mask);
        if (up > left) {
            copy(e, (size_t)up * bpp, e->dist_row);
            adler_pixels(e, cur + x, up, opaque, mask);
            x += up;
        } else if (left > 0) {
            copy(e, (size_t)left * bpp, e->dist_pixel);
            pixel_bytes(cur[x], opaque, d);
            adler_repeat(e, d, bpp, (uint64_t)left);
            x += left;
        } else {
            unsigned k = pixel_bytes(cur[x], opaque, d);
            uint64_t a = e->a, b = e->b;
            for (unsigned t = 0; t < k; t++) {
                put_code(e, e->lit[d[t]]);
                a += d[t];
                b += a;
            }
            e->a = a, e->b = b;
            x++;
        }
    }
    e->a %= ADLER_MOD;
    e->b %= ADLER_MOD;
}

int png_runs_encode(const unsigned char *data, int w, int h, int stride, int opaque,
                    png_runs_sink sink, void *ctx)
{
    if (!png_runs_fits(w, opaque))
        return -3;
    unsigned bpp = opaque ? 3 : 4;
    size_t row_len = (size_t)w * bpp + 1;
    enc *e = calloc(1, sizeof *e);
    unsigned char *out = malloc(OUT_FLUSH + 8);
    if (!e || !out) {
        free(e), free(out);
        return -1;
    }
    e->out = out;
    e->sink = sink;
    e->ctx = ctx;
    tables(e, (unsigned)row_len, bpp);
    uint32_t mask = opaque ? 0x00FFFFFFu : 0xFFFFFFFFu;

    e->out[e->nout++] = 0x78; /* zlib header: deflate, 32 KiB window */
    e->out[e->nout++] = 0x01;
    put(e, 1 | (1 << 1), 3); /* last block, fixed Huffman codes */
    e->a = 1;
    e->b = 0;
    uint64_t row_sum = 0, row_weighted = 0; /* the last encoded row's bytes */
    const uint32_t *prev = NULL;
    for (int y = 0; y < h && !e->failed; y++) {
        const uint32_t *cur = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        if (prev && memcmp(cur, prev, (size_t)w * 4) == 0) {
            /* filter byte and pixels as above: a copy, and the sums of the
             * row above added again */
            copy(e, row_len, e->dist_row);
            e->b = (e->b + row_len % ADLER_MOD * e->a + row_weighted) % ADLER_MOD;
            e->a = (e->a + row_sum) % ADLER_MOD;
        } else {
            uint64_t a0 = e->a, b0 = e->b;
            encode_row(e, cur, prev, w, opaque, mask);
            row_sum = (e->a + ADLER_MOD - a0) % ADLER_MOD;
            row_weighted = (e->b + 2 * ADLER_MOD * ADLER_MOD - b0 - row_len % ADLER_MOD * a0) % ADLER_MOD;
        }
        prev = cur;
    }
    uint32_t adler = (uint32_t)(e->b << 16 | e->a);
    put_code(e, e->end);
    while (e->nacc > 0) { /* the last bits, padded to a byte */
        e->out[e->nout++] = (unsigned char)e->acc;
        e->acc >>= 8;
        e->nacc = e->nacc > 8 ? e->nacc - 8 : 0;
    }
    e->out[e->nout++] = (unsigned char)(adler >> 24); /* zlib trailer: Adler-32 */
    e->out[e->nout++] = (unsigned char)(adler >> 16);
    e->out[e->nout++] = (unsigned char)(adler >> 8);
    e->out[e->nout++] = (unsigned char)adler;
    flush_out(e);
    int failed = e->failed;
    free(e);
    free(out);
    return failed ? -2 : 0;
}
