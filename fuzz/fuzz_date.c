/* fuzz_date.c: the EDTF / ISO 8601 date parser and the calendar helpers.
 *
 * A string that parses must format to a canonical form that parses again to
 * an equal date and formats to the same bytes (parse -> format -> parse is a
 * fixed point).  Every parsed value covers a non-empty interval.  The
 * calendar conversions are checked as inverses on years derived from the
 * input bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "eventline/date.h"
#include "fuzz_check.h"

/* Asserts the interval and field invariants of one endpoint. */
static void check_instant(const el_instant *in, const char *s)
{
    if (in->prec == EL_PREC_NONE)
        return;
    FUZZ_CHECK(in->lo < in->hi, "\"%s\": empty interval [%lld,%lld)", s,
               (long long)in->lo, (long long)in->hi);
    FUZZ_CHECK(in->month >= 0 && in->month <= 12, "\"%s\": month %d", s,
               in->month);
    FUZZ_CHECK(in->day >= 0 && in->day <= 31, "\"%s\": day %d", s, in->day);
    if (in->month >= 1 && in->day >= 1 && !(in->qual & EL_Q_UNSPECIFIED))
        FUZZ_CHECK(in->day <= el_days_in_month(in->year, in->month),
                   "\"%s\": day %d of a month with %d days", s, in->day,
                   el_days_in_month(in->year, in->month));
    FUZZ_CHECK(in->hour >= -1 && in->hour <= 24 && in->minute >= -1 &&
                   in->minute <= 59 && in->second >= -1 && in->second <= 60,
               "\"%s\": time %d:%d:%d", s, in->hour, in->minute, in->second);
}

/* Checks days_from_civil and civil_from_days are inverse around a year. */
static void check_calendar(int64_t year, int month, int day)
{
    int dim = el_days_in_month(year, month);
    FUZZ_CHECK(dim >= 28 && dim <= 31, "%lld-%02d has %d days",
               (long long)year, month, dim);
    if (day > dim)
        day = dim;
    int64_t days = el_days_from_civil(year, month, day);
    int64_t y2;
    int m2, d2;
    el_civil_from_days(days, &y2, &m2, &d2);
    FUZZ_CHECK(y2 == year && m2 == month && d2 == day,
               "%lld-%02d-%02d -> day %lld -> %lld-%02d-%02d", (long long)year,
               month, day, (long long)days, (long long)y2, m2, d2);
    int wd = el_weekday(days);
    FUZZ_CHECK(wd >= 0 && wd <= 6, "weekday %d", wd);
    FUZZ_CHECK(el_weekday(days + 1) == (wd + 1) % 7, "%s",
               "weekdays do not advance by one a day");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; /* dates are short; long inputs only slow the search */
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';

    el_date d;
    el_error err;
    el_error_clear(&err);
    int rc = el_date_parse(s, &d, &err);
    if (rc != EL_OK) {
        FUZZ_CHECK(rc == EL_ERR_INPUT, "el_date_parse returned %d", rc);
        FUZZ_CHECK(err.msg[0] && memchr(err.msg, '\0', sizeof err.msg),
                   "\"%s\" rejected without a message", s);
        FUZZ_CHECK(err.col >= 0 && (size_t)err.col <= size + 1,
                   "\"%s\": error column %d", s, err.col);
    } else {
        check_instant(&d.start, s);
        check_instant(&d.end, s);
        if (d.start.prec != EL_PREC_NONE && d.end.prec != EL_PREC_NONE)
            FUZZ_CHECK(d.start.lo <= d.end.hi, "\"%s\": ends before it starts", s);
        (void)el_date_mid(&d);

        char first[256], second[256];
        int n = el_date_format(&d, first, sizeof first);
        FUZZ_CHECK(n >= 0 && (size_t)n < sizeof first,
                   "\"%s\" formats to %d bytes", s, n);
        el_date again;
        el_error_clear(&err);
        FUZZ_CHECK(el_date_parse(first, &again, &err) == EL_OK,
                   "\"%s\" formats to \"%s\", which does not parse: %s", s,
                   first, err.msg);
        el_date_format(&again, second, sizeof second);
        FUZZ_CHECK(strcmp(first, second) == 0,
                   "\"%s\" -> \"%s\" -> \"%s\": format is not a fixed point", s,
                   first, second);
        FUZZ_CHECK(el_date_compare(&d, &again) == 0 &&
                       el_date_compare(&again, &d) == 0,
                   "\"%s\" and its canonical form \"%s\" compare unequal", s,
                   first);
        FUZZ_CHECK(el_date_compare(&d, &d) == 0, "\"%s\" unequal to itself", s);
    }

    /* Calendar helpers on a year and day taken from the input bytes. */
    if (size >= 4) {
        int64_t year = (int64_t)((int32_t)((uint32_t)data[0] << 24 |
                                           (uint32_t)data[1] << 16 |
                                           (uint32_t)data[2] << 8 | data[3]) %
                                 1000000);
        check_calendar(year, 1 + data[size - 1] % 12, 1 + data[size / 2] % 31);
    }
    free(s);
    return 0;
}
