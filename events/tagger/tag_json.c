/* tag_json.c: writes a tagging result as JSON in the shape the scorer reads:
 *   {"dct": "YYYY-MM-DD", "dct_source": "...", "warning": "...",
 *    "timexes": [{"start": 0, "end": 5, "text": "...", "type": "DATE",
 *                 "value": "...", "mod": "", ...}]}
 * Offsets are bytes.  Text is escaped; invalid UTF-8 becomes U+FFFD.
 *
 * One writer serves both entry points: el_tag_result_json_ex collects the
 * JSON in a growing heap string, el_tag_result_json_write passes it to a
 * write callback in fixed-size chunks (no copy of the whole output).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/tagger.h"

#define CHUNK ((size_t)1 << 16) /* stream mode: bytes handed over at a time */

/* The writer: bytes go to s[0..n) (capacity cap, one byte kept for the
 * final NUL).  In heap mode (write == NULL) s grows and is the result; in
 * stream mode s is a CHUNK buffer emptied through write.  failed: out of
 * memory or the callback refused; nothing more is written then. */
typedef struct jw {
    char *s;
    size_t n, cap;
    bool failed;
    int (*write)(void *closure, const unsigned char *data, size_t len);
    void *closure;
} jw;

/* Makes room for n more bytes (plus the NUL): grows the heap string or
 * hands the buffer to the callback.  False when that fails. */
static bool jw_room(jw *w, size_t n)
{
    if (w->failed)
        return false;
    if (w->write) {
        if (w->n > 0 && w->write(w->closure, (const unsigned char *)w->s, w->n) != 0) {
            w->failed = true;
            return false;
        }
        w->n = 0;
        if (n + 1 <= w->cap)
            return true;
    }
    size_t nc = w->cap ? w->cap : 256;
    while (nc < w->n + n + 1) {
        if (nc > SIZE_MAX / 2) {
            w->failed = true;
            return false;
        }
        nc *= 2;
    }
    char *ns = realloc(w->s, nc);
    if (!ns) {
        w->failed = true;
        return false;
    }
    w->s = ns;
    w->cap = nc;
    return true;
}

/* Appends s[0..n). */
static inline void put(jw *w, const char *s, size_t n)
{
    if (w->n + n + 1 > w->cap && !jw_room(w, n))
        return;
    memcpy(w->s + w->n, s, n);
    w->n += n;
}

/* Appends a string literal. */
#define PUT_LIT(w, lit) put((w), "" lit, sizeof(lit) - 1)

static void puts_(jw *w, const char *s)
{
    put(w, s, strlen(s));
}

/* Appends v in decimal, two digits a step. */
static void put_size(jw *w, size_t v)
{
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char d[24];
    size_t k = sizeof d;
    while (v >= 100) {
        size_t r = (v % 100) * 2;
        v /= 100;
        d[--k] = pairs[r + 1];
        d[--k] = pairs[r];
    }
    if (v >= 10) {
        d[--k] = pairs[v * 2 + 1];
        d[--k] = pairs[v * 2];
    } else {
        d[--k] = (char)('0' + v);
    }
    put(w, d + k, sizeof d - k);
}

/* Length of a valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    size_t n;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (c == 0xE0 && s[1] < 0xA0)
        return 0;
    if (c == 0xED && s[1] >= 0xA0)
        return 0;
    if (c == 0xF0 && s[1] < 0x90)
        return 0;
    if (c == 0xF4 && s[1] >= 0x90)
        return 0;
    return n;
}

/* 1 for the ASCII bytes copied as they are: printable, not '"' or '\'. */
static const uint8_t plain[128] = {
    [' '] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x20..0x2F, '"' 0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,          /* 0x30..0x3F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,          /* 0x40..0x4F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,          /* 0x50..0x5F, '\' 0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,          /* 0x60..0x6F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,          /* 0x70..0x7F, DEL 0 */
};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* True when none of the 8 bytes at p needs a look: all are printable
 * ASCII other than '"' and '\\' (per-byte tests with no carry between
 * bytes: high bits are kept out of the additions). */
static inline bool plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t low7 = x & ~high;
    uint64_t ctl = ~(low7 + ones * (0x80 - 0x20));          /* byte < 0x20 */
    uint64_t del = low7 + ones * (0x80 - 0x7F);              /* byte >= 0x7F */
    uint64_t q = low7 ^ (ones * '"'), bs = low7 ^ (ones * '\\');
    uint64_t is_q = ~(q + ones * 0x7F), is_bs = ~(bs + ones * 0x7F); /* byte == */
    return ((x | ctl | del | is_q | is_bs) & high) == 0;
}
#endif

/* Appends s[0..n) as a JSON string: runs of plain ASCII and valid UTF-8
 * are copied in one go (eight plain bytes a step where it can); '"' and
 * '\' are escaped, control bytes written \u00XX and bytes of invalid
 * UTF-8 \ufffd, one each. */
static void put_string(jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;
    PUT_LIT(w, "\"");
    while (i < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (i + 8 <= n && plain8(u + i)) {
            i += 8;
            continue;
        }
#endif
        unsigned char c = u[i];
        if (c < 0x80) {
            if (plain[c]) {
                i++;
                continue;
            }
        } else {
            size_t l = utf8_len(u + i, n - i);
            if (l) {
                i += l;
                continue;
            }
        }
        put(w, s + run, i - run);
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            put(w, e, 2);
        } else if (c < 0x80) {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put(w, e, 6);
        } else {
            PUT_LIT(w, "\\ufffd");
        }
        i++;
        run = i;
    }
    put(w, s + run, i - run);
    PUT_LIT(w, "\"");
}

static const char *source_name(el_dct_source s)
{
    switch (s) {
    case EL_DCT_GIVEN: return "given";
    case EL_DCT_DATELINE: return "dateline";
    case EL_DCT_DATELINE_WEEKDAY: return "dateline-weekday";
    case EL_DCT_DATELINE_TODAY: return "dateline-today";
    case EL_DCT_TODAY: return "today";
    }
    return "given";
}

/* Code points in s[from..to): bytes that do not continue a UTF-8
 * sequence. */
static size_t code_points(const char *s, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Writes the whole JSON of r through w (see el_tag_result_json_ex for
 * text, len and flags). */
static void write_json(jw *w, const char *text, size_t len, const el_tag_result *r,
                       unsigned flags)
{
    bool chars = (flags & EL_TAG_JSON_CHAR_OFFSETS) && text;
    size_t byte_pos = 0, char_pos = 0; /* running conversion, timexes are in order */
    PUT_LIT(w, "{\"dct\": ");
    put_string(w, r->dct, strlen(r->dct));
    PUT_LIT(w, ", \"dct_source\": \"");
    puts_(w, source_name(r->dct_source));
    PUT_LIT(w, "\"");
    if (r->warning[0]) {
        PUT_LIT(w, ", \"warning\": ");
        put_string(w, r->warning, strlen(r->warning));
    }
    PUT_LIT(w, ", \"timexes\": [");
    for (size_t i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        if (i)
            PUT_LIT(w, ",\n  {");
        else
            PUT_LIT(w, "\n  {");
        size_t s = t->start, e = t->end;
        if (chars && t->start >= byte_pos && t->end <= len && t->start <= t->end) {
            char_pos += code_points(text, byte_pos, t->start);
            byte_pos = t->start;
            s = char_pos;
            e = char_pos + code_points(text, t->start, t->end);
        }
        PUT_LIT(w, "\"start\": ");
        put_size(w, s);
        PUT_LIT(w, ", \"end\": ");
        put_size(w, e);
        PUT_LIT(w, ", \"text\": ");
        if (text && t->end >= t->start)
            put_string(w, text + t->start, t->end - t->start);
        else
            PUT_LIT(w, "\"\"");
        PUT_LIT(w, ", \"type\": \"");
        puts_(w, el_timex_type_name(t->type));
        PUT_LIT(w, "\", \"value\": ");
        put_string(w, t->value, strnlen(t->value, sizeof t->value));
        PUT_LIT(w, ", \"mod\": ");
        put_string(w, t->mod, strnlen(t->mod, sizeof t->mod));
        if (t->quant[0]) {
            PUT_LIT(w, ", \"quant\": ");
            put_string(w, t->quant, strnlen(t->quant, sizeof t->quant));
        }
        if (t->freq[0]) {
            PUT_LIT(w, ", \"freq\": ");
            put_string(w, t->freq, strnlen(t->freq, sizeof t->freq));
        }
        PUT_LIT(w, "}");
    }
    if (r->n)
        PUT_LIT(w, "\n]}\n");
    else
        PUT_LIT(w, "]}\n");
}

char *el_tag_result_json(const char *text, const el_tag_result *r)
{
    return el_tag_result_json_ex(text, 0, r, 0);
}

char *el_tag_result_json_ex(const char *text, size_t len, const el_tag_result *r, unsigned flags)
{
    jw w = {NULL, 0, 0, false, NULL, NULL};
    /* a first guess at the size (a timex takes some 100 bytes) saves
     * most of the doublings */
    size_t guess = r->n < SIZE_MAX / 256 ? 512 + r->n * 128 : 512;
    w.s = malloc(guess);
    if (!w.s)
        return NULL;
    w.cap = guess;
    write_json(&w, text, len, r, flags);
    if (w.failed) {
        free(w.s);
        return NULL;
    }
    w.s[w.n] = 0;
    return w.s;
}

int el_tag_result_json_write(const char *text, size_t len, const el_tag_result *r,
                             unsigned flags,
                             int (*write)(void *closure, const unsigned char *data, size_t len),
                             void *closure, el_error *err)
{
    jw w = {NULL, 0, CHUNK, false, write, closure};
    if (!write)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_tag_result_json_write: no writer given");
    w.s = malloc(CHUNK);
    if (!w.s)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    write_json(&w, text, len, r, flags);
    if (!w.failed && w.n > 0 && write(closure, (const unsigned char *)w.s, w.n) != 0)
        w.failed = true;
    free(w.s);
    if (w.failed)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot write the JSON");
    return EL_OK;
}
