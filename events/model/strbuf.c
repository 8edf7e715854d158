/* strbuf.c: growable text buffer used by the writers (see strbuf.h). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/model/model_internal.h"
#include "events/model/strbuf.h"

/* Ensures room for n more bytes plus the NUL. */
static bool reserve(el__sb *sb, size_t n)
{
    if (sb->failed)
        return false;
    if (n > SIZE_MAX / 2 - sb->len - 1) {
        sb->failed = true;
        return false;
    }
    size_t need = sb->len + n + 1;
    if (need <= sb->cap)
        return true;
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(sb->data, cap);
    if (!p) {
        sb->failed = true;
        return false;
    }
    sb->data = p;
    sb->cap = cap;
    return true;
}

void el__sb_add(el__sb *sb, const char *s, size_t n)
{
    if (!reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void el__sb_puts(el__sb *sb, const char *s)
{
    el__sb_add(sb, s, strlen(s));
}

void el__sb_printf(el__sb *sb, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        sb->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        el__sb_add(sb, small, (size_t)n);
        return;
    }
    if (!reserve(sb, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

/* Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0. */
static size_t utf8_seq(const char *p)
{
    size_t n;
    unsigned char c = (unsigned char)p[0];
    n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    for (size_t k = 1; k < n; k++)
        if (p[k] == '\0')
            return 0;
    size_t bad;
    return n && el__utf8_valid(p, n, &bad) ? n : 0;
}

void el__sb_add_utf8(el__sb *sb, const char *s)
{
    const char *run = s;
    for (const char *p = s; *p; p++) {
        if ((unsigned char)*p < 0x80)
            continue;
        size_t n = utf8_seq(p);
        if (n) {
            p += n - 1;
            continue;
        }
        el__sb_add(sb, run, (size_t)(p - run));
        el__sb_puts(sb, "\xEF\xBF\xBD");
        run = p + 1;
    }
    el__sb_puts(sb, run);
}

void el__sb_json_str(el__sb *sb, const char *s)
{
    el__sb_add(sb, "\"", 1);
    const char *run = s;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        const char *esc = NULL;
        char hex[8];
        if (c >= 0x80) {
            /* keep valid UTF-8; a bad byte becomes U+FFFD so the output
             * is always valid JSON */
            size_t n = utf8_seq(p);
            if (n) {
                p += n - 1;
                continue;
            }
            el__sb_add(sb, run, (size_t)(p - run));
            el__sb_puts(sb, "\xEF\xBF\xBD");
            run = p + 1;
            continue;
        }
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                snprintf(hex, sizeof hex, "\\u%04x", c);
                esc = hex;
            }
        }
        if (esc) {
            el__sb_add(sb, run, (size_t)(p - run));
            el__sb_puts(sb, esc);
            run = p + 1;
        }
    }
    el__sb_puts(sb, run);
    el__sb_add(sb, "\"", 1);
}

char *el__sb_finish(el__sb *sb)
{
    if (sb->failed || !reserve(sb, 0)) {
        free(sb->data);
        sb->data = NULL;
        return NULL;
    }
    sb->data[sb->len] = '\0';
    char *out = sb->data;
    sb->data = NULL;
    return out;
}

void el__sb_discard(el__sb *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}
