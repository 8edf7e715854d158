/* tag_json.c: writes a tagging result as JSON in the shape the scorer reads:
 *   {"dct": "YYYY-MM-DD", "dct_source": "...", "warning": "...",
 *    "timexes": [{"start": 0, "end": 5, "text": "...", "type": "DATE",
 *                 "value": "...", "mod": "", ...}]}
 * Offsets are bytes.  Text is escaped; invalid UTF-8 becomes U+FFFD.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/tagger.h"

typedef struct buf {
    char *s;
    size_t n, cap;
    bool failed;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 256;
        while (nc < b->n + n + 1) {
            if (nc > SIZE_MAX / 2) {
                b->failed = true;
                return;
            }
            nc *= 2;
        }
        char *ns = realloc(b->s, nc);
        if (!ns) {
            b->failed = true;
            return;
        }
        b->s = ns;
        b->cap = nc;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
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

static void put_string(buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    put(b, "\"", 1);
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            put(b, e, 2);
            i++;
        } else if (c < 0x20 || c == 0x7F) {
            char e[8];
            snprintf(e, sizeof e, "\\u%04x", c);
            puts_(b, e);
            i++;
        } else {
            size_t l = utf8_len(u + i, n - i);
            if (l == 0) {
                puts_(b, "\\ufffd");
                i++;
            } else {
                put(b, s + i, l);
                i += l;
            }
        }
    }
    put(b, "\"", 1);
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

char *el_tag_result_json(const char *text, const el_tag_result *r)
{
    return el_tag_result_json_ex(text, 0, r, 0);
}

char *el_tag_result_json_ex(const char *text, size_t len, const el_tag_result *r, unsigned flags)
{
    bool chars = (flags & EL_TAG_JSON_CHAR_OFFSETS) && text;
    size_t byte_pos = 0, char_pos = 0; /* running conversion, timexes are in order */
    buf b = {NULL, 0, 0, false};
    char num[64];
    puts_(&b, "{\"dct\": ");
    put_string(&b, r->dct, strlen(r->dct));
    puts_(&b, ", \"dct_source\": \"");
    puts_(&b, source_name(r->dct_source));
    puts_(&b, "\"");
    if (r->warning[0]) {
        puts_(&b, ", \"warning\": ");
        put_string(&b, r->warning, strlen(r->warning));
    }
    puts_(&b, ", \"timexes\": [");
    for (size_t i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        puts_(&b, i ? ",\n  {" : "\n  {");
        size_t s = t->start, e = t->end;
        if (chars && t->start >= byte_pos && t->end <= len && t->start <= t->end) {
            char_pos += code_points(text, byte_pos, t->start);
            byte_pos = t->start;
            s = char_pos;
            e = char_pos + code_points(text, t->start, t->end);
        }
        snprintf(num, sizeof num, "\"start\": %zu, \"end\": %zu, \"text\": ", s, e);
        puts_(&b, num);
        if (text && t->end >= t->start)
            put_string(&b, text + t->start, t->end - t->start);
        else
            puts_(&b, "\"\"");
        puts_(&b, ", \"type\": \"");
        puts_(&b, el_timex_type_name(t->type));
        puts_(&b, "\", \"value\": ");
        put_string(&b, t->value, strnlen(t->value, sizeof t->value));
        puts_(&b, ", \"mod\": ");
        put_string(&b, t->mod, strnlen(t->mod, sizeof t->mod));
        if (t->quant[0]) {
            puts_(&b, ", \"quant\": ");
            put_string(&b, t->quant, strnlen(t->quant, sizeof t->quant));
        }
        if (t->freq[0]) {
            puts_(&b, ", \"freq\": ");
            put_string(&b, t->freq, strnlen(t->freq, sizeof t->freq));
        }
        puts_(&b, "}");
    }
    puts_(&b, r->n ? "\n]}\n" : "]}\n");
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}
