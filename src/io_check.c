/* io_check.c: rejecting binary data and invalid UTF-8 before parsing an
 * event list, with the line and column of the first bad byte.
 */
#include <stddef.h>

#include "cli.h"

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when it is invalid
 * (overlong forms, surrogates and values above U+10FFFF are invalid). */
static size_t utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return n >= 3 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return n >= 4 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 &&
                       (s[3] & 0xC0) == 0x80
                   ? 4
                   : 0;
    }
    return 0;
}

int io_check_text(const char *text, size_t len, el_error *err)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    int line = 1, col = 1;
    while (i < len) {
        size_t k;
        if (s[i] == '\0')
            return el_fail(err, EL_ERR_INPUT, line, col,
                           "NUL byte: this is binary data, not a text event list");
        k = utf8_seq_len(s + i, len - i);
        if (k == 0)
            return el_fail(err, EL_ERR_INPUT, line, col,
                           "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", s[i]);
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += k;
    }
    return EL_OK;
}
