/* timefmt.c: calendar arithmetic and short English date text for the
 * renderer. */
#include "render/timefmt.h"

#include <stdio.h>
#include <string.h>

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const season_name[4] = {"Spring", "Summer", "Autumn", "Winter"};

static int64_t floor_div64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int64_t tf_year_start(int64_t y)
{
    return el_days_from_civil(y, 1, 1) * EL_SECS_PER_DAY;
}

int64_t tf_month_start(int64_t y, int m)
{
    y += floor_div64(m - 1, 12);
    m = (int)((m - 1) - floor_div64(m - 1, 12) * 12) + 1;
    return el_days_from_civil(y, m, 1) * EL_SECS_PER_DAY;
}

void tf_split(int64_t t, int64_t *y, int *m, int *d, int *sec_of_day)
{
    int64_t days = floor_div64(t, EL_SECS_PER_DAY);
    el_civil_from_days(days, y, m, d);
    if (sec_of_day)
        *sec_of_day = (int)(t - days * EL_SECS_PER_DAY);
}

const char *tf_month_abbr(int m)
{
    return (m >= 1 && m <= 12) ? month_abbr[m - 1] : "?";
}

/* Writes n >= 0 with thousands separators ("12,000"). */
static void group_thousands(uint64_t n, char *buf, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)n);
    size_t len = strlen(digits), o = 0;
    for (size_t i = 0; i < len && o + 2 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

char *tf_year_text(int64_t y, char *buf, size_t size)
{
    int bc = y <= 0;
    uint64_t n = bc ? (uint64_t)(1 - y) : (uint64_t)y;
    const char *era = bc ? " BC" : "";
    if (n >= 1000000) {
        /* Deep time reads better as "years ago" (BC) or a plain count. */
        double mil = (double)n / 1e6;
        snprintf(buf, size, bc ? "%.*f million years ago" : "%.*f million", mil < 10 ? 1 : 0, mil);
        return buf;
    }
    if (n >= 10000) {
        /* Years this old are never known to the year: astronomical -300000
         * was written as "300,000 BC", so a round thousand stays round
         * rather than reading "300,001 BC". */
        if (bc && n % 1000 == 1)
            n -= 1;
        char g[32];
        group_thousands(n, g, sizeof g);
        snprintf(buf, size, "%s%s", g, era);
    } else {
        snprintf(buf, size, "%llu%s", (unsigned long long)n, era);
    }
    return buf;
}

/* "20th", "1st", "2nd", "3rd", "11th". */
static void ordinal(uint64_t n, char *buf, size_t size)
{
    const char *suf = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1)
            suf = "st";
        else if (n % 10 == 2)
            suf = "nd";
        else if (n % 10 == 3)
            suf = "rd";
    }
    snprintf(buf, size, "%llu%s", (unsigned long long)n, suf);
}

/* in itself, or for a day written as an ISO week and weekday
 * ("2015-W45-6", which holds no month or day) a copy in *tmp with the
 * calendar year, month and day of the first second it covers. */
static const el_instant *as_civil(const el_instant *in, el_instant *tmp)
{
    if (!in->week_day || in->prec < EL_PREC_DAY)
        return in;
    *tmp = *in;
    tf_split(in->lo, &tmp->year, &tmp->month, &tmp->day, NULL);
    return tmp;
}

/* Text for one endpoint at its own precision, without qualifiers. */
static void instant_text(const el_instant *in, char *buf, size_t size)
{
    el_instant civil;
    in = as_civil(in, &civil);
    char yt[48];
    tf_year_text(in->year, yt, sizeof yt);
    switch (in->prec) {
    case EL_PREC_MILLENNIUM:
    case EL_PREC_CENTURY: {
        int64_t unit = in->prec == EL_PREC_CENTURY ? 100 : 1000;
        const char *word = in->prec == EL_PREC_CENTURY ? "century" : "millennium";
        char ord[32];
        if (in->year >= 1) {
            ordinal((uint64_t)(in->year / unit + 1), ord, sizeof ord);
            snprintf(buf, size, "%s %s", ord, word);
        } else {
            ordinal((uint64_t)((-in->year) / unit + 1), ord, sizeof ord);
            snprintf(buf, size, "%s %s BC", ord, word);
        }
        break;
    }
    case EL_PREC_DECADE:
        if (in->year >= 0)
            snprintf(buf, size, "%llds", (long long)in->year);
        else
            snprintf(buf, size, "%s", yt);
        break;
    case EL_PREC_HALF:
        snprintf(buf, size, "H%d %s", in->part, yt);
        break;
    case EL_PREC_SEASON:
        snprintf(buf, size, "%s %s", in->part >= 1 && in->part <= 4 ? season_name[in->part - 1] : "Season", yt);
        break;
    case EL_PREC_QUARTER:
        snprintf(buf, size, "Q%d %s", in->part, yt);
        break;
    case EL_PREC_MONTH:
        snprintf(buf, size, "%s %s", tf_month_abbr(in->month), yt);
        break;
    case EL_PREC_WEEK:
        snprintf(buf, size, "Week %d, %s", in->part, yt);
        break;
    case EL_PREC_DAY:
        snprintf(buf, size, "%d %s %s", in->day, tf_month_abbr(in->month), yt);
        break;
    case EL_PREC_HOUR:
    case EL_PREC_MINUTE:
    case EL_PREC_SECOND:
        snprintf(buf, size, "%d %s %s, %02d:%02d", in->day, tf_month_abbr(in->month), yt,
                 in->hour < 0 ? 0 : in->hour, in->minute < 0 ? 0 : in->minute);
        break;
    case EL_PREC_YEAR:
    default:
        snprintf(buf, size, "%s", yt);
        break;
    }
}

/* Endpoint text with its qualifiers: "c. 2015", "2015?". */
static void qualified_text(const el_instant *in, char *buf, size_t size)
{
    char core[96];
    instant_text(in, core, sizeof core);
    snprintf(buf, size, "%s%s%s", (in->qual & EL_Q_APPROX) ? "c. " : "", core,
             (in->qual & EL_Q_UNCERTAIN) ? "?" : "");
}

void tf_date_line(const el_date *d, const el_date *end, char *buf, size_t size)
{
    const el_instant *a = &d->start;
    const el_instant *b = NULL;
    if (end)
        b = end->is_interval ? &end->end : &end->start;
    else if (d->is_interval)
        b = &d->end;
    char ta[128], tb[128];
    if (!b) {
        qualified_text(a, buf, size);
        return;
    }
    int a_open = a->open || a->prec == EL_PREC_NONE;
    int b_open = b->open || b->prec == EL_PREC_NONE;
    if (a_open && b_open) {
        snprintf(buf, size, "date unknown");
        return;
    }
    if (a_open) {
        qualified_text(b, tb, sizeof tb);
        snprintf(buf, size, "until %s", tb);
        return;
    }
    qualified_text(a, ta, sizeof ta);
    if (b_open) {
        snprintf(buf, size, "since %s", ta);
        return;
    }
    qualified_text(b, tb, sizeof tb);
    if (strcmp(ta, tb) == 0) {
        snprintf(buf, size, "%s", ta);
        return;
    }
    el_instant ca, cb;
    const el_instant *da = as_civil(a, &ca), *db = as_civil(b, &cb);
    if (a->qual == b->qual && da->prec == EL_PREC_DAY && db->prec == EL_PREC_DAY &&
        da->year == db->year && da->month == db->month && da->day < db->day) {
        /* two days of one month: "7\u20138 Nov 2015" (a weekend) */
        char yt[48];
        tf_year_text(da->year, yt, sizeof yt);
        snprintf(buf, size, "%s%d\xe2\x80\x93%d %s %s%s", (a->qual & EL_Q_APPROX) ? "c. " : "",
                 da->day, db->day, tf_month_abbr(da->month), yt,
                 (a->qual & EL_Q_UNCERTAIN) ? "?" : "");
        return;
    }
    if (a->qual == b->qual && a->year == b->year && a->prec == EL_PREC_MONTH &&
        b->prec == EL_PREC_MONTH) {
        /* both ends in one year and equally sure: "c. Apr \u2013 Jul 2018" */
        char yt[48];
        tf_year_text(a->year, yt, sizeof yt);
        snprintf(buf, size, "%s%s \xe2\x80\x93 %s %s%s", (a->qual & EL_Q_APPROX) ? "c. " : "",
                 tf_month_abbr(a->month), tf_month_abbr(b->month), yt,
                 (a->qual & EL_Q_UNCERTAIN) ? "?" : "");
        return;
    }
    if (a->qual == b->qual && (a->qual & EL_Q_APPROX)) {
        /* one "c." for the whole range: "c. 2013 \u2013 2016" */
        instant_text(a, ta, sizeof ta);
        instant_text(b, tb, sizeof tb);
        snprintf(buf, size, "c. %s \xe2\x80\x93 %s%s", ta, tb, (a->qual & EL_Q_UNCERTAIN) ? "?" : "");
        return;
    }
    snprintf(buf, size, "%s \xe2\x80\x93 %s", ta, tb);
}

void tf_range_text(int64_t lo, int64_t hi, char *buf, size_t size)
{
    int64_t y1, y2;
    int m1, m2, d1, d2;
    char ya[48], yb[48];
    if (hi > lo)
        hi -= 1; /* last covered second */
    tf_split(lo, &y1, &m1, &d1, NULL);
    tf_split(hi, &y2, &m2, &d2, NULL);
    tf_year_text(y1, ya, sizeof ya);
    tf_year_text(y2, yb, sizeof yb);
    int64_t days = (hi - lo) / EL_SECS_PER_DAY;
    if (y1 == y2 && m1 == m2 && d1 == d2)
        snprintf(buf, size, "%d %s %s", d1, tf_month_abbr(m1), ya);
    else if (y1 == y2 && m1 == m2)
        snprintf(buf, size, "%d\xe2\x80\x93%d %s %s", d1, d2, tf_month_abbr(m1), ya);
    else if (y1 == y2 && days < 62)
        snprintf(buf, size, "%d %s \xe2\x80\x93 %d %s %s", d1, tf_month_abbr(m1), d2,
                 tf_month_abbr(m2), ya);
    else if (y1 == y2)
        snprintf(buf, size, "%s\xe2\x80\x93%s %s", tf_month_abbr(m1), tf_month_abbr(m2), ya);
    else if (days < 400)
        snprintf(buf, size, "%s %s \xe2\x80\x93 %s %s", tf_month_abbr(m1), ya, tf_month_abbr(m2), yb);
    else
        snprintf(buf, size, "%s\xe2\x80\x93%s", ya, yb);
}
