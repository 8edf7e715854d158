/* date_util.c: small helpers for the date parser and formatter. */
#include <stdio.h>
#include <string.h>

#include "events/model/date_internal.h"

void el__quote(const char *s, size_t n, char *buf, size_t size)
{
    size_t o = 0;
    const size_t max_in = 40;
    bool cut = false;
    if (size == 0)
        return;
    if (n > max_in) {
        n = max_in;
        /* never end in the middle of a UTF-8 sequence */
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        cut = true;
    }
    if (o + 1 < size)
        buf[o++] = '"';
    for (size_t i = 0; i < n && o + 8 < size; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)c;
        } else if (c < 0x20 || c == 0x7f) {
            o += (size_t)snprintf(buf + o, size - o, "\\u%04x", c);
        } else {
            buf[o++] = (char)c;
        }
    }
    if (cut && o + 4 < size) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    if (o + 1 < size)
        buf[o++] = '"';
    buf[o] = '\0';
}

int64_t el__month_start(int64_t y, int m)
{
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    return el_days_from_civil(y, m, 1) * EL__SECS_PER_DAY;
}

int64_t el__iso_week1_monday(int64_t y)
{
    int64_t jan4 = el_days_from_civil(y, 1, 4);
    int wd = el_weekday(jan4);          /* 0 = Sunday */
    int from_monday = (wd + 6) % 7;     /* 0 = Monday */
    return jan4 - from_monday;
}

int el__iso_weeks_in_year(int64_t y)
{
    int jan1 = el_weekday(el_days_from_civil(y, 1, 1));
    if (jan1 == 4 || (jan1 == 3 && el_is_leap_year(y)))
        return 53;
    return 52;
}
