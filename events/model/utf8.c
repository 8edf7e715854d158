/* utf8.c: UTF-8 well-formedness check used by all readers. */
#include "events/model/model_internal.h"

int el__utf8_valid(const char *str, size_t n, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;      /* no overlongs */
            else if (c == 0xED)
                hi = 0x9F;      /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;      /* not above U+10FFFF */
        } else {
            if (bad)
                *bad = i;
            return 0;
        }
        if (i + len > n) {
            if (bad)
                *bad = i;
            return 0;
        }
        if (s[i + 1] < lo || s[i + 1] > hi) {
            if (bad)
                *bad = i;
            return 0;
        }
        for (size_t k = 2; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                if (bad)
                    *bad = i;
                return 0;
            }
        }
        i += len;
    }
    return 1;
}
