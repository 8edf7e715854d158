/* date_parse.c: EDTF / ISO 8601 / TimeML date strings to el_date.
 *
 * The grammar is documented in docs/FORMAT.md.  Every value becomes an
 * interval of seconds [lo, hi) with the precision it was written at; an
 * interval "A/B" is two such values.  Errors name the string and the reason,
 * and put the 1-based column of the problem in err->col.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "events/model/date_internal.h"

/* Parser state for one call; nothing outlives the call. */
typedef struct parser {
    const char *whole;   /* the full input, for messages */
    size_t whole_len;
    el_error *err;
} parser;

/* Reports "<quoted input>: <reason>" with the column of byte offset pos. */
static int fail_at(const parser *ps, size_t pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail_at(const parser *ps, size_t pos, const char *fmt, ...)
{
    char reason[300];
    char quoted[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    el__quote(ps->whole, ps->whole_len, quoted, sizeof quoted);
    return el_fail(ps->err, EL_ERR_INPUT, 0, (int)pos + 1, "%s: %s", quoted, reason);
}

static const char *const month_names[12] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Reads exactly n decimal digits at s[*i]; -1 when they are not there. */
static int read_digits(const char *s, size_t len, size_t *i, int n)
{
    int v = 0;
    if (*i + (size_t)n > len)
        return -1;
    for (int k = 0; k < n; k++) {
        char c = s[*i + (size_t)k];
        if (!is_digit(c))
            return -1;
        v = v * 10 + (c - '0');
    }
    *i += (size_t)n;
    return v;
}

/* Describes what stands at s[i] for a "trailing garbage" message. */
static int fail_trailing(const parser *ps, size_t pos, const char *what_ended)
{
    size_t rest = ps->whole_len - pos;
    char q[128];
    el__quote(ps->whole + pos, rest, q, sizeof q);
    return fail_at(ps, pos, "unexpected %s after the %s", q, what_ended);
}

/* Sets in's interval to n_years whole years from first_year. */
static void set_year_span(el_instant *in, int64_t first_year, int64_t n_years)
{
    in->lo = el__month_start(first_year, 1);
    in->hi = el__month_start(first_year + n_years, 1);
}

/* Parses the time of day after 'T' at s[*i] (off = offset of s in the whole
 * input) into in, whose lo is the start of the day. */
static int parse_time(const parser *ps, const char *s, size_t len, size_t off,
                      size_t *i, el_instant *in)
{
    static const struct { const char code[3]; int part, from_h, to_h; } parts[] = {
        {"MO", EL_DAYPART_MO, 6, 12}, {"MI", EL_DAYPART_MI, 11, 14},
        {"AF", EL_DAYPART_AF, 12, 18}, {"EV", EL_DAYPART_EV, 18, 22},
        {"NI", EL_DAYPART_NI, 22, 30}, {"DT", EL_DAYPART_DT, 6, 18}};
    int64_t day = in->lo;
    size_t at = *i;
    if (at + 2 <= len && !is_digit(s[at])) {
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
            if (s[at] == parts[k].code[0] && s[at + 1] == parts[k].code[1]) {
                in->day_part = parts[k].part;
                in->prec = EL_PREC_HOUR;
                in->lo = day + parts[k].from_h * INT64_C(3600);
                in->hi = day + parts[k].to_h * INT64_C(3600);
                *i = at + 2;
                return EL_OK;
            }
        }
        return fail_at(ps, off + at, "expected an hour (00-23) or a part of day "
                                     "(MO, MI, AF, EV, NI, DT) after T");
    }
    int h = read_digits(s, len, i, 2);
    if (h < 0)
        return fail_at(ps, off + at, "expected a two-digit hour after T");
    if (h > 24)
        return fail_at(ps, off + at, "hour %02d does not exist (00-23)", h);
    in->hour = h;
    in->prec = EL_PREC_HOUR;
    int64_t span = 3600;
    int64_t secs = h * INT64_C(3600);
    if (*i < len && s[*i] == ':') {
        (*i)++;
        at = *i;
        int mi = read_digits(s, len, i, 2);
        if (mi < 0)
            return fail_at(ps, off + at, "expected two-digit minutes after ':'");
        if (mi > 59)
            return fail_at(ps, off + at, "minute %02d does not exist (00-59)", mi);
        in->minute = mi;
        in->prec = EL_PREC_MINUTE;
        span = 60;
        secs += mi * 60;
        if (*i < len && s[*i] == ':') {
            (*i)++;
            at = *i;
            int se = read_digits(s, len, i, 2);
            if (se < 0)
                return fail_at(ps, off + at, "expected two-digit seconds after ':'");
            if (se > 59)
                return fail_at(ps, off + at, "second %02d does not exist (00-59)", se);
            in->second = se;
            in->prec = EL_PREC_SECOND;
            span = 1;
            secs += se;
            if (*i < len && (s[*i] == '.' || s[*i] == ',')) {
                /* fractions of a second are accepted and dropped */
                (*i)++;
                at = *i;
                while (*i < len && is_digit(s[*i]))
                    (*i)++;
                if (*i == at)
                    return fail_at(ps, off + at, "expected digits after the decimal mark");
            }
        }
    }
    if (h == 24) {
        /* 24:00 is the end of the day: the next day's 00:00 */
        if (secs != 24 * INT64_C(3600))
            return fail_at(ps, off + at, "hour 24 is only allowed as 24:00:00 "
                                         "(the end of the day)");
        int64_t y;
        int m, d;
        el_civil_from_days(day / EL__SECS_PER_DAY + 1, &y, &m, &d);
        if (y > 9999)
            return fail_at(ps, off + at, "24:00 on 9999-12-31 would fall in year 10000");
        in->year = y;
        in->month = m;
        in->day = d;
        in->week_day = 0;
        in->part = 0;
        in->hour = 0;
    }
    in->lo = day + secs;
    in->hi = in->lo + span;
    /* zone */
    if (*i < len && s[*i] == 'Z') {
        (*i)++;
        in->has_tz = true;
        in->tz_minutes = 0;
    } else if (*i < len && (s[*i] == '+' || s[*i] == '-')) {
        int sign = s[*i] == '-' ? -1 : 1;
        (*i)++;
        at = *i;
        int zh = read_digits(s, len, i, 2);
        if (zh < 0)
            return fail_at(ps, off + at, "expected a two-digit zone hour after the sign");
        int zm = 0;
        if (*i < len && s[*i] == ':')
            (*i)++;
        if (*i < len && is_digit(s[*i])) {
            size_t mat = *i;
            zm = read_digits(s, len, i, 2);
            if (zm < 0)
                return fail_at(ps, off + mat, "expected two-digit zone minutes");
            if (zm > 59)
                return fail_at(ps, off + mat, "zone minute %02d does not exist", zm);
        }
        if (zh > 14 || (zh == 14 && zm > 0))
            return fail_at(ps, off + at, "zone offset %02d:%02d is beyond +-14:00", zh, zm);
        in->has_tz = true;
        in->tz_minutes = sign * (zh * 60 + zm);
    }
    return EL_OK;
}

/* Reads the year at s[*i]; fills in->year, in->prec (YEAR or coarser) and
 * the span.  Sets *x_digits to the number of X digits. */
static int parse_year(const parser *ps, const char *s, size_t len, size_t off,
                      size_t *i, el_instant *in, int *x_digits)
{
    size_t start = *i;
    bool long_form = false;
    bool neg = false;
    *x_digits = 0;
    if (*i + 2 <= len && s[*i] == 'B' && s[*i + 1] == 'C') {
        /* TimeML "BC0044": 44 BC, astronomical year -43 */
        size_t k = *i + 2;
        int v = read_digits(s, len, &k, 4);
        if (v < 0 || (k < len && is_digit(s[k])))
            return fail_at(ps, off + start, "expected four digits after BC (BC0044)");
        if (v == 0)
            return fail_at(ps, off + start, "there is no year 0 BC (1 BC is BC0001)");
        *i = k;
        in->year = 1 - v;
        in->prec = EL_PREC_YEAR;
        set_year_span(in, in->year, 1);
        return EL_OK;
    }
    if (*i < len && s[*i] == 'Y') {
        long_form = true;
        (*i)++;
    }
    if (*i < len && s[*i] == '-') {
        neg = true;
        (*i)++;
    }
    size_t dstart = *i;
    int64_t v = 0;
    bool too_big = false;
    int nx = 0;
    while (*i < len && (is_digit(s[*i]) || s[*i] == 'X')) {
        int digit = 0;
        if (s[*i] == 'X') {
            nx++;
        } else {
            if (nx > 0)
                return fail_at(ps, off + *i, "X digits must come at the end of the year");
            digit = s[*i] - '0';
        }
        if (v > EL_YEAR_LIMIT)
            too_big = true;
        else
            v = v * 10 + digit;
        (*i)++;
    }
    size_t nd = *i - dstart;
    if (nd == 0) {
        if (len - start >= 4 && memcmp(s + start + len - start - 4, "_REF", 4) == 0)
            return fail_at(ps, off + start, "a TimeML reference (PAST_REF, PRESENT_REF, "
                           "FUTURE_REF) is not a date");
        if (start + 1 < len && s[start] == 'P' && (is_digit(s[start + 1]) || s[start + 1] == 'T'))
            return fail_at(ps, off + start, "a duration (P...) is not a date");
        if (start < len && s[start] == '.')
            return fail_at(ps, off + start, "expected a year or '..' (open end)");
        return fail_at(ps, off + start, "expected a year (four digits, e.g. 2018)");
    }
    if (too_big || v > EL_YEAR_LIMIT) {
        char q[64];
        el__quote(s + dstart, nd, q, sizeof q);
        return fail_at(ps, off + dstart, "year %s%.*s is out of range (at most %lld years "
                       "either side of year 0)", neg ? "-" : "", (int)nd, s + dstart,
                       (long long)EL_YEAR_LIMIT);
    }
    if (long_form) {
        if (nx > 0)
            return fail_at(ps, off + dstart, "a Y-prefixed year cannot have X digits");
        if (*i < len && s[*i] == 'E') {
            /* EDTF exponent: Y17E7 is 170000000 */
            size_t eat = *i;
            (*i)++;
            size_t estart = *i;
            int e = 0;
            while (*i < len && is_digit(s[*i])) {
                if (e < 100)
                    e = e * 10 + (s[*i] - '0');
                (*i)++;
            }
            if (*i == estart)
                return fail_at(ps, off + eat, "expected digits after E (Y17E7)");
            for (int k = 0; k < e && v <= EL_YEAR_LIMIT; k++)
                v *= 10;
            if (v > EL_YEAR_LIMIT)
                return fail_at(ps, off + dstart, "year %s%.*s is out of range (at most "
                               "%lld years either side of year 0)", neg ? "-" : "",
                               (int)(*i - dstart), s + dstart, (long long)EL_YEAR_LIMIT);
        }
    } else if (nd > 4) {
        return fail_at(ps, off + start, "a year of more than four digits needs the "
                       "Y prefix (Y%s%.*s)", neg ? "-" : "", (int)nd, s + dstart);
    } else if (nd < 4) {
        if (neg || nd == 1 || nx > 0)
            return fail_at(ps, off + start, "a year needs four digits (e.g. %s%04lld)",
                           neg ? "-" : "", (long long)v);
        /* TimeML decade "199" and century "19" */
        int pad = 4 - (int)nd;
        for (int k = 0; k < pad; k++)
            v *= 10;
        nx += pad;
    }
    if (nx == 4)
        return fail_at(ps, off + dstart, "the year is entirely unspecified");
    *x_digits = nx;
    int64_t span = 1;
    for (int k = 0; k < nx; k++)
        span *= 10;
    if (nx > 0)
        in->qual |= EL_Q_UNSPECIFIED;
    in->prec = nx == 0 ? EL_PREC_YEAR : nx == 1 ? EL_PREC_DECADE
             : nx == 2 ? EL_PREC_CENTURY : EL_PREC_MILLENNIUM;
    if (neg && v == 0 && nx > 0)
        return fail_at(ps, off + start, "a negative year with X digits needs a "
                       "non-zero digit");
    if (neg && v == 0)
        neg = false; /* -0000 is year 0 */
    if (neg) {
        in->year = -v;
        set_year_span(in, -v - span + 1, span);
    } else {
        in->year = v;
        set_year_span(in, v, span);
    }
    return EL_OK;
}

/* Parses what follows "YYYY-" when it is not a plain month: quarters,
 * halves, seasons, weeks.  Returns -1 when it consumed nothing. */
static int parse_sub_year(const parser *ps, const char *s, size_t len, size_t off,
                          size_t *i, el_instant *in)
{
    static const char seasons[4][3] = {"SP", "SU", "FA", "WI"};
    size_t at = *i;
    int64_t y = in->year;
    if (at < len && (s[at] == 'Q' || s[at] == 'H')) {
        char kind = s[at];
        size_t k = at + 1;
        int n = read_digits(s, len, &k, 1);
        int max = kind == 'Q' ? 4 : 2;
        if (n < 1 || n > max)
            return fail_at(ps, off + at, "%s must be %c1..%c%d", kind == 'Q' ? "a quarter"
                           : "a half", kind, kind, max);
        *i = k;
        in->part = n;
        in->prec = kind == 'Q' ? EL_PREC_QUARTER : EL_PREC_HALF;
        int months = kind == 'Q' ? 3 : 6;
        in->lo = el__month_start(y, 1 + months * (n - 1));
        in->hi = el__month_start(y, 1 + months * n);
        return EL_OK;
    }
    if (at + 2 <= len && s[at] >= 'A' && s[at] <= 'Z' && s[at] != 'X') {
        for (int k = 0; k < 4; k++) {
            if (s[at] == seasons[k][0] && s[at + 1] == seasons[k][1]) {
                *i = at + 2;
                in->part = k + 1;
                in->prec = EL_PREC_SEASON;
                in->lo = el__month_start(y, 3 + 3 * k);
                in->hi = el__month_start(y, 6 + 3 * k);
                return EL_OK;
            }
        }
        if (s[at] != 'W')
            return fail_at(ps, off + at, "expected a month, Q1-Q4, H1-H2, a season "
                                         "(SP, SU, FA, WI) or a week (W01-W53)");
    }
    if (at < len && s[at] == 'W') {
        size_t k = at + 1;
        int w = read_digits(s, len, &k, 2);
        if (w < 0)
            return fail_at(ps, off + at, "expected a two-digit week after W (W01-W53)");
        int nweeks = el__iso_weeks_in_year(y);
        if (w < 1 || w > nweeks) {
            char yq[32];
            snprintf(yq, sizeof yq, "%lld", (long long)y);
            return fail_at(ps, off + at, "week %02d does not exist: %s has %d ISO weeks",
                           w, yq, nweeks);
        }
        int64_t monday = el__iso_week1_monday(y) + 7 * (int64_t)(w - 1);
        in->part = w;
        in->prec = EL_PREC_WEEK;
        in->lo = monday * EL__SECS_PER_DAY;
        in->hi = in->lo + 7 * EL__SECS_PER_DAY;
        if (k < len && s[k] == '-') {
            size_t dat = k + 1;
            size_t kk = dat;
            int wd = read_digits(s, len, &kk, 1);
            if (wd < 1 || wd > 7)
                return fail_at(ps, off + dat, "expected a weekday 1 (Monday)..7 (Sunday)");
            k = kk;
            in->week_day = wd;
            in->prec = EL_PREC_DAY;
            in->lo = (monday + wd - 1) * EL__SECS_PER_DAY;
            in->hi = in->lo + EL__SECS_PER_DAY;
        }
        *i = k;
        return EL_OK;
    }
    return -1;
}

/* Parses one value (no '/') of n bytes at s; off is its offset in the whole
 * input.  An empty value is an unknown end, ".." an open one. */
static int parse_instant(const parser *ps, const char *s, size_t n, size_t off,
                         el_instant *in)
{
    memset(in, 0, sizeof *in);
    in->hour = in->minute = in->second = -1;
    if (n == 0)
        return EL_OK;
    if (n == 2 && s[0] == '.' && s[1] == '.') {
        in->open = true;
        return EL_OK;
    }
    /* qualifiers at the end */
    size_t len = n;
    while (len > 0 && (s[len - 1] == '~' || s[len - 1] == '?' || s[len - 1] == '%')) {
        char c = s[len - 1];
        in->qual |= c == '~' ? EL_Q_APPROX : c == '?' ? EL_Q_UNCERTAIN
                                                      : (EL_Q_APPROX | EL_Q_UNCERTAIN);
        len--;
    }
    if (len == 0)
        return fail_at(ps, off, "a qualifier (~ ? %%) must follow a date");
    size_t i = 0;
    int nx = 0;
    int rc = parse_year(ps, s, len, off, &i, in, &nx);
    if (rc)
        return rc;
    if (i == len)
        return EL_OK;
    if (nx > 0)
        return fail_at(ps, off + i, "a year with X digits cannot be followed by more");
    if (s[i] != '-') {
        if (s[0] == 'Y')
            return fail_at(ps, off + i, "a Y-prefixed year cannot have a month or day");
        return fail_trailing(ps, off + i, "year");
    }
    if (s[0] == 'Y')
        return fail_at(ps, off + i, "a Y-prefixed year cannot have a month or day");
    i++;
    rc = parse_sub_year(ps, s, len, off, &i, in);
    if (rc == EL_OK) {
        if (i < len && s[i] == 'T' && in->prec == EL_PREC_DAY) {
            i++;
            rc = parse_time(ps, s, len, off, &i, in);
            if (rc)
                return rc;
        }
        if (i < len)
            return fail_trailing(ps, off + i, in->prec == EL_PREC_WEEK ? "week"
                                 : in->prec >= EL_PREC_DAY ? "date" : "year part");
        return EL_OK;
    }
    if (rc != -1)
        return rc;
    /* month, season number or XX */
    size_t mat = i;
    if (i + 2 > len || !(is_digit(s[i]) || s[i] == 'X') || !(is_digit(s[i + 1]) || s[i + 1] == 'X'))
        return fail_at(ps, off + mat, "expected a two-digit month (01-12) after '-'");
    int64_t y = in->year;
    if (s[i] == 'X' || s[i + 1] == 'X') {
        if (!(s[i] == 'X' && s[i + 1] == 'X'))
            return fail_at(ps, off + mat, "a partly unspecified month is not supported; "
                                          "write XX");
        i += 2;
        in->qual |= EL_Q_UNSPECIFIED;
        if (i + 3 <= len && s[i] == '-' && s[i + 1] == 'X' && s[i + 2] == 'X')
            i += 3;
        else if (i < len && s[i] == '-')
            return fail_at(ps, off + i + 1, "a day cannot follow an unspecified month");
        if (i < len)
            return fail_trailing(ps, off + i, "unspecified month");
        return EL_OK; /* whole year, already set */
    }
    int m = read_digits(s, len, &i, 2);
    if (m >= 21 && m <= 41) {
        /* EDTF seasons and ISO 8601-2 sub-year groupings */
        int first_month, months, part;
        el_precision prec;
        if (m <= 28) {
            part = m <= 24 ? m - 20 : m - 24;
            prec = EL_PREC_SEASON;
            first_month = 3 + 3 * (part - 1);
            months = 3;
        } else if (m >= 33 && m <= 36) {
            part = m - 32;
            prec = EL_PREC_QUARTER;
            first_month = 1 + 3 * (part - 1);
            months = 3;
        } else if (m >= 40) {
            part = m - 39;
            prec = EL_PREC_HALF;
            first_month = 1 + 6 * (part - 1);
            months = 6;
        } else {
            return fail_at(ps, off + mat, "sub-year grouping %02d is not supported "
                                          "(use 21-24 for seasons, Q1-Q4, H1-H2)", m);
        }
        in->part = part;
        in->prec = prec;
        in->lo = el__month_start(y, first_month);
        in->hi = el__month_start(y, first_month + months);
        if (i < len)
            return fail_trailing(ps, off + i, prec == EL_PREC_SEASON ? "season"
                                 : prec == EL_PREC_QUARTER ? "quarter" : "half");
        return EL_OK;
    }
    if (m < 1 || m > 12)
        return fail_at(ps, off + mat, "month %02d does not exist (01-12)", m);
    in->month = m;
    in->prec = EL_PREC_MONTH;
    in->lo = el__month_start(y, m);
    in->hi = el__month_start(y, m + 1);
    if (i == len)
        return EL_OK;
    if (s[i] != '-')
        return fail_trailing(ps, off + i, "month");
    i++;
    size_t dat = i;
    if (i + 2 <= len && s[i] == 'X' && s[i + 1] == 'X') {
        i += 2;
        in->qual |= EL_Q_UNSPECIFIED;
        if (i < len)
            return fail_trailing(ps, off + i, "unspecified day");
        return EL_OK;
    }
    int d = read_digits(s, len, &i, 2);
    if (d < 0)
        return fail_at(ps, off + dat, "expected a two-digit day after '-'");
    int dim = el_days_in_month(y, m);
    if (d < 1 || d > dim) {
        char yq[32];
        snprintf(yq, sizeof yq, "%lld", (long long)y);
        if (d == 0)
            return fail_at(ps, off + dat, "day 00 does not exist");
        return fail_at(ps, off + dat, "%s %s has %d days", month_names[m - 1], yq, dim);
    }
    in->day = d;
    in->prec = EL_PREC_DAY;
    in->lo = el_days_from_civil(y, m, d) * EL__SECS_PER_DAY;
    in->hi = in->lo + EL__SECS_PER_DAY;
    if (i < len && s[i] == 'T') {
        i++;
        rc = parse_time(ps, s, len, off, &i, in);
        if (rc)
            return rc;
    }
    if (i < len)
        return fail_trailing(ps, off + i, in->prec > EL_PREC_DAY ? "time" : "day");
    return EL_OK;
}

static int parse_interval(const parser *pp, const char *s, size_t n, el_date *d);

/* TimeML values that stand for intervals are rewritten to EDTF intervals:
 * "BC04" (the century 499-400 BC) becomes "-0498/-0399" and "2018-W27-WE"
 * (a weekend) "2018-W27-6/2018-W27-7".  Qualifiers after them apply to both
 * ends.  Returns 1 when s[0..n) was rewritten into buf. */
static int rewrite_timeml(const char *s, size_t n, char *buf, size_t size)
{
    size_t core = n;
    while (core > 0 && (s[core - 1] == '~' || s[core - 1] == '?' || s[core - 1] == '%'))
        core--;
    int qn = (int)(n - core);
    const char *q = s + core;
    if (qn > 8)
        return 0;
    if (core == 4 && s[0] == 'B' && s[1] == 'C' && is_digit(s[2]) && is_digit(s[3])) {
        long c = (s[2] - '0') * 10 + (s[3] - '0');
        long first = 1 - (c * 100 + 99), last = 1 - (c > 0 ? c * 100 : 1);
        snprintf(buf, size, "%s%04ld%.*s/%s%04ld%.*s", first < 0 ? "-" : "",
                 first < 0 ? -first : first, qn, q, last < 0 ? "-" : "",
                 last < 0 ? -last : last, qn, q);
        return 1;
    }
    if (core == 11 && s[4] == '-' && s[5] == 'W' && memcmp(s + 8, "-WE", 3) == 0) {
        snprintf(buf, size, "%.8s-6%.*s/%.8s-7%.*s", s, qn, q, s, qn, q);
        return 1;
    }
    return 0;
}

int el_date_parse(const char *s, el_date *out, el_error *err)
{
    parser ps = {s, s ? strlen(s) : 0, err};
    el_date d;
    memset(&d, 0, sizeof d);
    if (out)
        memset(out, 0, sizeof *out);
    if (!s || !*s)
        return el_fail(err, EL_ERR_INPUT, 0, 1, "\"\": a date cannot be empty");
    if (ps.whole_len > 200)
        return fail_at(&ps, 0, "a date cannot be longer than 200 bytes");
    char c0 = s[0];
    if (((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')) &&
        !strchr("YBPXF", c0))
        return fail_at(&ps, 0, "expected a year: dates are written in ISO 8601 / EDTF "
                               "form, such as 2003-03 for March 2003");
    for (size_t k = 0; k < ps.whole_len; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == ' ' && k == 10 && k + 1 < ps.whole_len && is_digit(s[k + 1]))
            return fail_at(&ps, k, "a date and a time are joined by T, not a space "
                                   "(2018-07-07T10:30)");
        if (c <= ' ' || c >= 0x7f)
            return fail_at(&ps, k, "unexpected %s in a date",
                           c == ' ' ? "space" : c < ' ' ? "control character"
                                                        : "non-ASCII character");
    }
    char rewritten[128];
    if (rewrite_timeml(s, ps.whole_len, rewritten, sizeof rewritten)) {
        /* parse the equivalent interval; messages still quote the input */
        int rc = parse_interval(&ps, rewritten, strlen(rewritten), &d);
        if (rc)
            return rc;
        if (out)
            *out = d;
        el_error_clear(err);
        return EL_OK;
    }
    int rc = parse_interval(&ps, s, ps.whole_len, &d);
    if (rc)
        return rc;
    if (out)
        *out = d;
    el_error_clear(err);
    return EL_OK;
}

/* Parses s[0..n) (a value or an interval) into *d. */
static int parse_interval(const parser *pp, const char *s, size_t n, el_date *d)
{
    const parser *ps = pp;
    const char *slash = memchr(s, '/', n);
    int rc;
    if (!slash) {
        if (n == 2 && s[0] == '.' && s[1] == '.')
            return fail_at(ps, 0, "'..' (open end) is only allowed in an interval");
        rc = parse_instant(ps, s, n, 0, &d->start);
        if (rc)
            return rc;
        d->end = d->start;
        d->is_interval = false;
    } else {
        size_t a = (size_t)(slash - s);
        const char *second = memchr(slash + 1, '/', n - a - 1);
        if (second)
            return fail_at(ps, (size_t)(second - s), "an interval has only one '/'");
        rc = parse_instant(ps, s, a, 0, &d->start);
        if (rc)
            return rc;
        rc = parse_instant(ps, slash + 1, n - a - 1, a + 1, &d->end);
        if (rc)
            return rc;
        d->is_interval = true;
        bool known_a = d->start.prec != EL_PREC_NONE;
        bool known_b = d->end.prec != EL_PREC_NONE;
        if (!known_a && !known_b)
            return fail_at(ps, 0, "an interval needs at least one known end");
        if (!known_a) {
            d->start.lo = d->end.lo;
            d->start.hi = d->end.hi;
        } else if (!known_b) {
            d->end.lo = d->start.lo;
            d->end.hi = d->start.hi;
        } else if (d->end.hi <= d->start.lo) {
            char qa[96], qb[96];
            el__quote(s, a, qa, sizeof qa);
            el__quote(slash + 1, n - a - 1, qb, sizeof qb);
            return fail_at(ps, a + 1, "the end %s is before the start %s", qb, qa);
        }
    }
    return EL_OK;
}
