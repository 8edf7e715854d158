/* date_format.c: canonical EDTF text, ordering and midpoints of el_date. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "events/model/date_internal.h"

/* Small bounded writer: keeps counting past the end like snprintf. */
typedef struct out {
    char *buf;
    size_t size;
    size_t len;
} out;

static void put(out *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void put(out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = o->len < o->size ? o->size - o->len : 0;
    int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        o->len += (size_t)n;
}

/* The year part: X digits for decades and coarser, Y prefix past 9999. */
static void put_year(out *o, const el_instant *in)
{
    int nx = in->prec == EL_PREC_DECADE ? 1 : in->prec == EL_PREC_CENTURY ? 2
           : in->prec == EL_PREC_MILLENNIUM ? 3 : 0;
    long long y = (long long)in->year;
    const char *sign = y < 0 ? "-" : "";
    long long a = y < 0 ? -y : y;
    if (nx > 0) {
        char digits[8];
        snprintf(digits, sizeof digits, "%04lld", a % 10000);
        for (int k = 0; k < nx; k++)
            digits[3 - k] = 'X';
        put(o, "%s%s", sign, digits);
    } else if (a <= 9999) {
        put(o, "%s%04lld", sign, a);
    } else {
        put(o, "Y%s%lld", sign, a);
    }
}

/* The time part after a day: THH[:MM[:SS]] and zone, or a part of day. */
static void put_time(out *o, const el_instant *in)
{
    static const char *const parts[] = {"", "MO", "MI", "AF", "EV", "NI", "DT"};
    if (in->day_part > 0 && in->day_part <= EL_DAYPART_DT) {
        put(o, "T%s", parts[in->day_part]);
        return;
    }
    if (in->prec < EL_PREC_HOUR)
        return;
    put(o, "T%02d", in->hour);
    if (in->prec >= EL_PREC_MINUTE)
        put(o, ":%02d", in->minute);
    if (in->prec >= EL_PREC_SECOND)
        put(o, ":%02d", in->second);
    if (in->has_tz) {
        if (in->tz_minutes == 0) {
            put(o, "Z");
        } else {
            int m = in->tz_minutes < 0 ? -in->tz_minutes : in->tz_minutes;
            put(o, "%c%02d:%02d", in->tz_minutes < 0 ? '-' : '+', m / 60, m % 60);
        }
    }
}

/* One endpoint in canonical form, qualifiers last; ".." or "" for an
 * open or unknown end. */
static void put_instant(out *o, const el_instant *in)
{
    if (in->prec == EL_PREC_NONE) {
        if (in->open)
            put(o, "..");
        return;
    }
    put_year(o, in);
    switch (in->prec) {
    case EL_PREC_YEAR:
        if (in->qual & EL_Q_UNSPECIFIED)
            put(o, "-XX");
        break;
    case EL_PREC_HALF:
        put(o, "-H%d", in->part);
        break;
    case EL_PREC_SEASON:
        put(o, "-%d", 20 + in->part);
        break;
    case EL_PREC_QUARTER:
        put(o, "-Q%d", in->part);
        break;
    case EL_PREC_MONTH:
        put(o, "-%02d", in->month);
        if (in->qual & EL_Q_UNSPECIFIED)
            put(o, "-XX");
        break;
    case EL_PREC_WEEK:
        put(o, "-W%02d", in->part);
        break;
    default:
        if (in->prec >= EL_PREC_DAY) {
            if (in->week_day)
                put(o, "-W%02d-%d", in->part, in->week_day);
            else
                put(o, "-%02d-%02d", in->month, in->day);
            put_time(o, in);
        }
        break;
    }
    unsigned q = in->qual & (EL_Q_APPROX | EL_Q_UNCERTAIN);
    if (q == (EL_Q_APPROX | EL_Q_UNCERTAIN))
        put(o, "%%");
    else if (q == EL_Q_APPROX)
        put(o, "~");
    else if (q == EL_Q_UNCERTAIN)
        put(o, "?");
}

int el_date_format(const el_date *d, char *buf, size_t size)
{
    out o = {buf, size, 0};
    if (buf && size)
        buf[0] = '\0';
    if (!d)
        return 0;
    put_instant(&o, &d->start);
    if (d->is_interval) {
        put(&o, "/");
        put_instant(&o, &d->end);
    }
    return (int)o.len;
}

static int cmp64(int64_t a, int64_t b) { return (a > b) - (a < b); }

int el_date_compare(const el_date *a, const el_date *b)
{
    int c = cmp64(a->start.lo, b->start.lo);
    if (c)
        return c;
    c = cmp64(a->end.hi, b->end.hi);
    if (c)
        return c;
    c = (int)a->start.prec - (int)b->start.prec;
    if (c)
        return c < 0 ? -1 : 1;
    c = (int)a->end.prec - (int)b->end.prec;
    if (c)
        return c < 0 ? -1 : 1;
    c = (int)a->is_interval - (int)b->is_interval;
    if (c)
        return c;
    c = (int)a->start.qual - (int)b->start.qual;
    if (c)
        return c < 0 ? -1 : 1;
    c = (int)a->end.qual - (int)b->end.qual;
    return c < 0 ? -1 : c > 0;
}

int64_t el_date_mid(const el_date *d)
{
    int64_t lo = d->start.lo, hi = d->end.hi;
    if (hi < lo)
        return lo;
    return lo + (hi - lo) / 2;
}
