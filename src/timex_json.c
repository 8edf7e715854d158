/* timex_json.c: the tagger's time expressions as JSON, the format the
 * TempEval scorer reads: {"dct": ..., "timexes": [{"start", "end", "text",
 * "type", "value", "mod"}]}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A growing string; on allocation failure it sets failed and stops. */
typedef struct sbuf {
    char *p;
    size_t n, cap;
    bool failed;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        char *q;
        while (cap < b->n + n + 1)
            cap *= 2;
        q = realloc(b->p, cap);
        if (q == NULL) {
            b->failed = true;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

/* Appends s[0..n) as a JSON string; bytes that are not valid UTF-8 become
 * U+FFFD so the output is always valid JSON. */
static void sb_json_string(sbuf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    sb_add(b, "\"", 1);
    while (i < n) {
        unsigned c = u[i];
        el_error ignore;
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            sb_add(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            const char *named = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : NULL;
            if (named != NULL) {
                sb_str(b, named);
            } else {
                snprintf(esc, sizeof esc, "\\u%04x", c);
                sb_str(b, esc);
            }
            i++;
        } else if (c < 0x80) {
            sb_add(b, s + i, 1);
            i++;
        } else {
            /* Find the length of a valid sequence by checking one. */
            size_t k = 1;
            while (k < 4 && i + k < n && (u[i + k] & 0xC0) == 0x80)
                k++;
            while (k > 1 && io_check_text(s + i, k, &ignore) != EL_OK)
                k--;
            if (k == 1 && io_check_text(s + i, 1, &ignore) != EL_OK) {
                sb_str(b, "\xEF\xBF\xBD");
            } else {
                sb_add(b, s + i, k);
            }
            i += k;
        }
    }
    sb_add(b, "\"", 1);
}

/* Number of characters in text[0..off): bytes that do not continue a
 * multi-byte sequence. */
static size_t char_offset(const char *text, size_t off)
{
    size_t i, n = 0;
    for (i = 0; i < off; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            n++;
    return n;
}

char *timex_json(const el_tag_result *r, const char *text, size_t len,
                 bool char_offsets)
{
    sbuf b = {NULL, 0, 0, false};
    size_t i, prev_byte = 0, prev_char = 0;
    char num[64];
    sb_str(&b, "{\n  \"dct\": ");
    sb_json_string(&b, r->dct, strlen(r->dct));
    sb_str(&b, ",\n  \"timexes\": [");
    for (i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        size_t start = t->start, end = t->end;
        if (start > len)
            start = len;
        if (end > len)
            end = len;
        if (end < start)
            end = start;
        sb_str(&b, i == 0 ? "\n    {" : ",\n    {");
        if (char_offsets) {
            /* Timexes come in text order: count on from the previous one. */
            size_t cs, ce;
            if (start < prev_byte) {
                prev_byte = 0;
                prev_char = 0;
            }
            cs = prev_char + char_offset(text + prev_byte, start - prev_byte);
            ce = cs + char_offset(text + start, end - start);
            prev_byte = start;
            prev_char = cs;
            snprintf(num, sizeof num, "\"start\": %zu, \"end\": %zu, ", cs, ce);
        } else {
            snprintf(num, sizeof num, "\"start\": %zu, \"end\": %zu, ", start, end);
        }
        sb_str(&b, num);
        sb_str(&b, "\"text\": ");
        sb_json_string(&b, text + start, end - start);
        sb_str(&b, ", \"type\": ");
        sb_json_string(&b, el_timex_type_name(t->type), strlen(el_timex_type_name(t->type)));
        sb_str(&b, ", \"value\": ");
        sb_json_string(&b, t->value, strnlen(t->value, sizeof t->value));
        sb_str(&b, ", \"mod\": ");
        if (t->mod[0] != '\0')
            sb_json_string(&b, t->mod, strnlen(t->mod, sizeof t->mod));
        else
            sb_str(&b, "null");
        sb_str(&b, "}");
    }
    sb_str(&b, r->n > 0 ? "\n  ]\n}\n" : "]\n}\n");
    if (b.failed) {
        free(b.p);
        return NULL;
    }
    return b.p;
}
