/* ex_utf8.c: makes strings taken from the input valid UTF-8 before they go
 * into the model (labels, notes, evidence), replacing each invalid byte by
 * U+FFFD. */
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_internal.h"

/* Length of the well-formed UTF-8 sequence at s[0..n), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F; /* no surrogates */
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return 0;
    if (n < len) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    for (size_t k = 2; k < len; k++)
        if (s[k] < 0x80 || s[k] > 0xBF) return 0;
    return len;
}

int ex_utf8_fix(char **field)
{
    if (!field || !*field) return 0;
    const unsigned char *s = (const unsigned char *)*field;
    size_t n = strlen(*field), bad = 0;
    for (size_t i = 0; i < n;) {
        size_t l = utf8_len(s + i, n - i);
        if (l == 0) {
            bad++;
            i++;
        } else {
            i += l;
        }
    }
    if (bad == 0) return 0;
    char *out = malloc(n + 2 * bad + 1);
    if (!out) return -1;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t l = utf8_len(s + i, n - i);
        if (l == 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(out + o, s + i, l);
            o += l;
            i += l;
        }
    }
    out[o] = '\0';
    free(*field);
    *field = out;
    return 0;
}
