/* test_date.c: the date parser, formatter, ordering and calendar helpers.
 *
 * Table tests: each valid input lists its canonical form, precision and the
 * interval it covers; each invalid input lists part of the message and the
 * column.  Every valid input is also round-tripped (parse, format, parse). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "eventline/date.h"
#include "check.h"

/* Seconds of "Y-M-DTh:m:s" (Y may be negative), computed from the calendar
 * helpers, which test_calendar checks against known day numbers. */
static int64_t at(const char *iso)
{
    long long y = 0;
    int m = 1, d = 1, h = 0, mi = 0, s = 0;
    if (sscanf(iso, "%lld-%d-%dT%d:%d:%d", &y, &m, &d, &h, &mi, &s) < 3) {
        fprintf(stderr, "bad test timestamp %s\n", iso);
        exit(2);
    }
    return el_days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60 + s;
}

typedef struct valid_case {
    const char *in;
    const char *canon;
    el_precision prec;      /* of the start (of the end when the start is open) */
    const char *lo, *hi;    /* covered span [start.lo, end.hi) */
    unsigned qual;          /* qualifiers of the start */
} valid_case;

static const valid_case valid[] = {
    {"2008", "2008", EL_PREC_YEAR, "2008-01-01", "2009-01-01", 0},
    {"2018-07", "2018-07", EL_PREC_MONTH, "2018-07-01", "2018-08-01", 0},
    {"2018-07-07", "2018-07-07", EL_PREC_DAY, "2018-07-07", "2018-07-08", 0},
    {"2018-12-31", "2018-12-31", EL_PREC_DAY, "2018-12-31", "2019-01-01", 0},
    {"2016-02-29", "2016-02-29", EL_PREC_DAY, "2016-02-29", "2016-03-01", 0},
    {"2000-02-29", "2000-02-29", EL_PREC_DAY, "2000-02-29", "2000-03-01", 0},
    {"2018-07-07T10", "2018-07-07T10", EL_PREC_HOUR, "2018-07-07T10:00:00", "2018-07-07T11:00:00", 0},
    {"2018-07-07T10:30", "2018-07-07T10:30", EL_PREC_MINUTE, "2018-07-07T10:30:00", "2018-07-07T10:31:00", 0},
    {"2018-07-07T10:30:05", "2018-07-07T10:30:05", EL_PREC_SECOND, "2018-07-07T10:30:05", "2018-07-07T10:30:06", 0},
    {"2018-07-07T10:30:05.250", "2018-07-07T10:30:05", EL_PREC_SECOND, "2018-07-07T10:30:05", "2018-07-07T10:30:06", 0},
    {"2018-07-07T10:30:05Z", "2018-07-07T10:30:05Z", EL_PREC_SECOND, "2018-07-07T10:30:05", "2018-07-07T10:30:06", 0},
    {"2018-07-07T10:30+02", "2018-07-07T10:30+02:00", EL_PREC_MINUTE, "2018-07-07T10:30:00", "2018-07-07T10:31:00", 0},
    {"2018-07-07T10:30-0530", "2018-07-07T10:30-05:30", EL_PREC_MINUTE, "2018-07-07T10:30:00", "2018-07-07T10:31:00", 0},
    {"2018-07-07T23:59:59+14:00", "2018-07-07T23:59:59+14:00", EL_PREC_SECOND, "2018-07-07T23:59:59", "2018-07-08T00:00:00", 0},
    {"2018-07-07TMO", "2018-07-07TMO", EL_PREC_HOUR, "2018-07-07T06:00:00", "2018-07-07T12:00:00", 0},
    {"2018-07-07TAF", "2018-07-07TAF", EL_PREC_HOUR, "2018-07-07T12:00:00", "2018-07-07T18:00:00", 0},
    {"2018-07-07TEV", "2018-07-07TEV", EL_PREC_HOUR, "2018-07-07T18:00:00", "2018-07-07T22:00:00", 0},
    {"2018-07-07TNI", "2018-07-07TNI", EL_PREC_HOUR, "2018-07-07T22:00:00", "2018-07-08T06:00:00", 0},
    {"2018-07-07TDT", "2018-07-07TDT", EL_PREC_HOUR, "2018-07-07T06:00:00", "2018-07-07T18:00:00", 0},
    {"2018-07-07TMI", "2018-07-07TMI", EL_PREC_HOUR, "2018-07-07T11:00:00", "2018-07-07T14:00:00", 0},
    /* BCE: astronomical numbering, year 0 = 1 BC */
    {"-0044", "-0044", EL_PREC_YEAR, "-44-01-01", "-43-01-01", 0},
    {"-0043-03-15", "-0043-03-15", EL_PREC_DAY, "-43-03-15", "-43-03-16", 0},
    {"0000", "0000", EL_PREC_YEAR, "0-01-01", "1-01-01", 0},
    {"-0000", "0000", EL_PREC_YEAR, "0-01-01", "1-01-01", 0},
    {"-0001-12-31", "-0001-12-31", EL_PREC_DAY, "-1-12-31", "0-01-01", 0},
    {"-0004-02-29", "-0004-02-29", EL_PREC_DAY, "-4-02-29", "-4-03-01", 0},
    /* TimeML forms: BC years and centuries, weekends, 24:00 */
    {"BC0044", "-0043", EL_PREC_YEAR, "-43-01-01", "-42-01-01", 0},
    {"BC0001-03-15", "0000-03-15", EL_PREC_DAY, "0-03-15", "0-03-16", 0},
    {"BC04", "-0498/-0399", EL_PREC_YEAR, "-498-01-01", "-398-01-01", 0},
    {"BC00", "-0098/0000", EL_PREC_YEAR, "-98-01-01", "1-01-01", 0},
    {"2018-W27-WE", "2018-W27-6/2018-W27-7", EL_PREC_DAY, "2018-07-07", "2018-07-09", 0},
    {"2018-W27-WE?", "2018-W27-6?/2018-W27-7?", EL_PREC_DAY, "2018-07-07", "2018-07-09", EL_Q_UNCERTAIN},
    {"2018-07-07T24", "2018-07-08T00", EL_PREC_HOUR, "2018-07-08T00:00:00", "2018-07-08T01:00:00", 0},
    {"2018-12-31T24:00:00", "2019-01-01T00:00:00", EL_PREC_SECOND, "2019-01-01T00:00:00", "2019-01-01T00:00:01", 0},
    /* long years */
    {"Y-170000", "Y-170000", EL_PREC_YEAR, "-170000-01-01", "-169999-01-01", 0},
    {"Y170000", "Y170000", EL_PREC_YEAR, "170000-01-01", "170001-01-01", 0},
    {"Y2018", "2018", EL_PREC_YEAR, "2018-01-01", "2019-01-01", 0},
    {"Y17E7", "Y170000000", EL_PREC_YEAR, "170000000-01-01", "170000001-01-01", 0},
    {"Y-17E7", "Y-170000000", EL_PREC_YEAR, "-170000000-01-01", "-169999999-01-01", 0},
    {"Y-9999999999", "Y-9999999999", EL_PREC_YEAR, "-9999999999-01-01", "-9999999998-01-01", 0},
    {"Y9999999999", "Y9999999999", EL_PREC_YEAR, "9999999999-01-01", "10000000000-01-01", 0},
    /* unspecified digits, decades, centuries */
    {"199X", "199X", EL_PREC_DECADE, "1990-01-01", "2000-01-01", EL_Q_UNSPECIFIED},
    {"199", "199X", EL_PREC_DECADE, "1990-01-01", "2000-01-01", EL_Q_UNSPECIFIED},
    {"19XX", "19XX", EL_PREC_CENTURY, "1900-01-01", "2000-01-01", EL_Q_UNSPECIFIED},
    {"19", "19XX", EL_PREC_CENTURY, "1900-01-01", "2000-01-01", EL_Q_UNSPECIFIED},
    {"1XXX", "1XXX", EL_PREC_MILLENNIUM, "1000-01-01", "2000-01-01", EL_Q_UNSPECIFIED},
    {"-019X", "-019X", EL_PREC_DECADE, "-199-01-01", "-189-01-01", EL_Q_UNSPECIFIED},
    {"2018-XX", "2018-XX", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_UNSPECIFIED},
    {"2018-XX-XX", "2018-XX", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_UNSPECIFIED},
    {"2018-07-XX", "2018-07-XX", EL_PREC_MONTH, "2018-07-01", "2018-08-01", EL_Q_UNSPECIFIED},
    /* quarters, halves, seasons */
    {"2018-Q1", "2018-Q1", EL_PREC_QUARTER, "2018-01-01", "2018-04-01", 0},
    {"2018-Q3", "2018-Q3", EL_PREC_QUARTER, "2018-07-01", "2018-10-01", 0},
    {"2018-Q4", "2018-Q4", EL_PREC_QUARTER, "2018-10-01", "2019-01-01", 0},
    {"2018-H1", "2018-H1", EL_PREC_HALF, "2018-01-01", "2018-07-01", 0},
    {"2018-H2", "2018-H2", EL_PREC_HALF, "2018-07-01", "2019-01-01", 0},
    {"2018-SP", "2018-21", EL_PREC_SEASON, "2018-03-01", "2018-06-01", 0},
    {"2018-SU", "2018-22", EL_PREC_SEASON, "2018-06-01", "2018-09-01", 0},
    {"2018-FA", "2018-23", EL_PREC_SEASON, "2018-09-01", "2018-12-01", 0},
    {"2018-WI", "2018-24", EL_PREC_SEASON, "2018-12-01", "2019-03-01", 0},
    {"2018-21", "2018-21", EL_PREC_SEASON, "2018-03-01", "2018-06-01", 0},
    {"2018-24", "2018-24", EL_PREC_SEASON, "2018-12-01", "2019-03-01", 0},
    {"2018-26", "2018-22", EL_PREC_SEASON, "2018-06-01", "2018-09-01", 0},
    {"2018-35", "2018-Q3", EL_PREC_QUARTER, "2018-07-01", "2018-10-01", 0},
    {"2018-41", "2018-H2", EL_PREC_HALF, "2018-07-01", "2019-01-01", 0},
    /* ISO weeks: 2018-W01 starts Monday 2018-01-01; 2020 has 53 weeks */
    {"2018-W01", "2018-W01", EL_PREC_WEEK, "2018-01-01", "2018-01-08", 0},
    {"2018-W27", "2018-W27", EL_PREC_WEEK, "2018-07-02", "2018-07-09", 0},
    {"2018-W27-6", "2018-W27-6", EL_PREC_DAY, "2018-07-07", "2018-07-08", 0},
    {"2020-W53", "2020-W53", EL_PREC_WEEK, "2020-12-28", "2021-01-04", 0},
    {"2015-W53-7", "2015-W53-7", EL_PREC_DAY, "2016-01-03", "2016-01-04", 0},
    {"2019-W01-1", "2019-W01-1", EL_PREC_DAY, "2018-12-31", "2019-01-01", 0},
    /* qualifiers */
    {"2018~", "2018~", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_APPROX},
    {"2018?", "2018?", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_UNCERTAIN},
    {"2018%", "2018%", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_APPROX | EL_Q_UNCERTAIN},
    {"2018?~", "2018%", EL_PREC_YEAR, "2018-01-01", "2019-01-01", EL_Q_APPROX | EL_Q_UNCERTAIN},
    {"2018-07-07~", "2018-07-07~", EL_PREC_DAY, "2018-07-07", "2018-07-08", EL_Q_APPROX},
    {"199X?", "199X?", EL_PREC_DECADE, "1990-01-01", "2000-01-01", EL_Q_UNSPECIFIED | EL_Q_UNCERTAIN},
    /* intervals */
    {"2011-02/2011-10", "2011-02/2011-10", EL_PREC_MONTH, "2011-02-01", "2011-11-01", 0},
    {"2011/2011", "2011/2011", EL_PREC_YEAR, "2011-01-01", "2012-01-01", 0},
    {"2011/2011-03", "2011/2011-03", EL_PREC_YEAR, "2011-01-01", "2011-04-01", 0},
    {"-0509/-0027", "-0509/-0027", EL_PREC_YEAR, "-509-01-01", "-26-01-01", 0},
    {"2004-06~/2006-08?", "2004-06~/2006-08?", EL_PREC_MONTH, "2004-06-01", "2006-09-01", EL_Q_APPROX},
    {"../2018", "../2018", EL_PREC_YEAR, "2018-01-01", "2019-01-01", 0},
    {"2018/..", "2018/..", EL_PREC_YEAR, "2018-01-01", "2019-01-01", 0},
    {"/2018", "/2018", EL_PREC_YEAR, "2018-01-01", "2019-01-01", 0},
    {"2018/", "2018/", EL_PREC_YEAR, "2018-01-01", "2019-01-01", 0},
    {"2018-07-07T10:00/2018-07-07T12:00", "2018-07-07T10:00/2018-07-07T12:00", EL_PREC_MINUTE,
     "2018-07-07T10:00:00", "2018-07-07T12:01:00", 0},
};

typedef struct invalid_case {
    const char *in;
    const char *msg;   /* must appear in the message */
    int col;
} invalid_case;

static const invalid_case invalid[] = {
    {"2018-02-30", "\"2018-02-30\": February 2018 has 28 days", 9},
    {"2018-02-29", "February 2018 has 28 days", 9},
    {"2100-02-29", "February 2100 has 28 days", 9},
    {"2016-02-30", "February 2016 has 29 days", 9},
    {"2018-04-31", "April 2018 has 30 days", 9},
    {"2018-07-00", "day 00 does not exist", 9},
    {"2018-13", "month 13 does not exist", 6},
    {"2018-00", "month 00 does not exist", 6},
    {"2018-29", "sub-year grouping 29", 6},
    {"99999999999", "year 99999999999 is out of range", 1},
    {"Y99999999999", "out of range", 2},
    {"Y-10000000000", "out of range", 3},
    {"Y123456789012345678901234567890", "out of range", 2},
    {"12345", "needs the Y prefix (Y12345)", 1},
    {"Y17E", "expected digits after E", 4},
    {"Y17E9", "year 17E9 is out of range", 2},
    {"Y1E99999999999", "out of range", 2},
    {"2018x", "unexpected \"x\" after the year", 5},
    {"2018-07-07 ", "unexpected space", 11},
    {" 2018", "unexpected space", 1},
    {"2018-07-07T25:00", "hour 25 does not exist", 12},
    {"2018-07-07T24:30", "hour 24 is only allowed as 24:00:00", 15},
    {"BC0000", "there is no year 0 BC", 1},
    {"BC044", "expected four digits after BC", 1},
    {"P3Y", "a duration (P...) is not a date", 1},
    {"PT2H", "a duration (P...) is not a date", 1},
    {"FUTURE_REF", "a TimeML reference", 1},
    {"2018-W53-WE", "week 53 does not exist", 6},
    {"2018-07-07T10:60", "minute 60 does not exist", 15},
    {"2018-07-07T10:30:60", "second 60 does not exist", 18},
    {"2018-07-07T10:30+15", "beyond +-14:00", 18},
    {"2018-07-07T1", "expected a two-digit hour", 12},
    {"2018-07-07TXY", "part of day", 12},
    {"2018-07-07T10:30junk", "unexpected \"junk\" after the time", 17},
    {"2018-07-07-01", "unexpected \"-01\" after the day", 11},
    {"2018-Q5", "a quarter must be Q1..Q4", 6},
    {"2018-H3", "a half must be H1..H2", 6},
    {"2018-W53", "week 53 does not exist: 2018 has 52 ISO weeks", 6},
    {"2018-W00", "week 00 does not exist", 6},
    {"2018-W27-8", "weekday", 10},
    {"2018-XY", "expected a two-digit month", 6},
    {"2018-AB", "expected a month, Q1-Q4, H1-H2, a season", 6},
    {"2018-WX", "expected a two-digit week", 6},
    {"2018-1X", "partly unspecified month", 6},
    {"2018-XX-15", "a day cannot follow an unspecified month", 9},
    {"1X9X", "X digits must come at the end", 3},
    {"XXXX", "entirely unspecified", 1},
    {"-0XXX", "a negative year with X digits needs a non-zero digit", 1},
    {"Y-0/-00XX", "needs a non-zero digit", 5},
    {"199X-07", "cannot be followed by more", 5},
    {"Y12345-01", "Y-prefixed year cannot have a month", 7},
    {"Y19X", "cannot have X digits", 2},
    {"-44", "a year needs four digits (e.g. -0044)", 1},
    {"7", "a year needs four digits", 1},
    {"", "a date cannot be empty", 1},
    {"2019/2018", "the end \"2018\" is before the start \"2019\"", 6},
    {"2018-07-08/2018-07-07", "is before the start", 12},
    {"2018/2019/2020", "only one '/'", 10},
    {"/", "at least one known end", 1},
    {"../..", "at least one known end", 1},
    {"..", "only allowed in an interval", 1},
    {"~", "a qualifier (~ ? %) must follow a date", 1},
    {"2018~-07", "unexpected \"~-07\"", 5},
    {"March 2003", "such as 2003-03 for March 2003", 1},
    {"March", "expected a year", 1},
    {"2003 March", "unexpected space", 5},
    {"2018-07-07 10:30", "joined by T, not a space", 11},
    {"2018-7-7", "expected a two-digit month", 6},
    {"2018-07-7", "expected a two-digit day", 9},
    {"PRESENT_REF", "is not a date", 1},
    {"PAST_REF", "is not a date", 1},
    {"Bogus", "expected a year", 1},
    {"2018-07-07T", "expected a two-digit hour", 12},
    {"2018\xc3\xa9", "non-ASCII", 5},
    {"2018\t", "control character", 5},
};

static void test_valid(void)
{
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        const valid_case *c = &valid[i];
        el_date d, d2;
        el_error err;
        char buf[128], buf2[128];
        int rc = el_date_parse(c->in, &d, &err);
        if (rc != EL_OK) {
            t_run++;
            t_fail++;
            fprintf(stderr, "valid case %s: parse failed: %s\n", c->in, err.msg);
            continue;
        }
        el_date_format(&d, buf, sizeof buf);
        CHECK_STR_EQ(buf, c->canon);
        const el_instant *known = d.start.prec != EL_PREC_NONE ? &d.start : &d.end;
        CHECK_EQ_INT(known->prec, c->prec);
        CHECK_EQ_INT(d.start.lo, at(c->lo));
        CHECK_EQ_INT(d.end.hi, at(c->hi));
        CHECK_EQ_INT(known->qual, c->qual);
        CHECK(d.start.hi > d.start.lo && d.end.hi > d.end.lo);
        /* round trip: the canonical form parses to the same value */
        CHECK_EQ_INT(el_date_parse(buf, &d2, &err), EL_OK);
        el_date_format(&d2, buf2, sizeof buf2);
        CHECK_STR_EQ(buf2, buf);
        CHECK_EQ_INT(el_date_compare(&d, &d2), 0);
        CHECK_EQ_INT(d2.start.lo, d.start.lo);
        CHECK_EQ_INT(d2.end.hi, d.end.hi);
    }
}

static void test_invalid(void)
{
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        const invalid_case *c = &invalid[i];
        el_date d;
        el_error err;
        el_error_clear(&err);
        int rc = el_date_parse(c->in, &d, &err);
        CHECK_EQ_INT(rc, EL_ERR_INPUT);
        CHECK_EQ_INT(err.code, EL_ERR_INPUT);
        CHECK_CONTAINS(err.msg, c->msg);
        if (err.col != c->col)
            fprintf(stderr, "  (case \"%s\": %s)\n", c->in, err.msg);
        CHECK_EQ_INT(err.col, c->col);
    }
    /* NULL input and NULL error are tolerated */
    el_date d;
    CHECK_EQ_INT(el_date_parse(NULL, &d, NULL), EL_ERR_INPUT);
    CHECK_EQ_INT(el_date_parse("2018-02-30", &d, NULL), EL_ERR_INPUT);
    /* long input is quoted shortened */
    el_error err;
    CHECK_EQ_INT(el_date_parse("2018-01-01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                               &d, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "...\"");
    CHECK(strlen(err.msg) < 300);
    /* quotes in the input are escaped in the message */
    CHECK_EQ_INT(el_date_parse("20\"18", &d, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "\"20\\\"18\"");
}

static el_date P(const char *s)
{
    el_date d;
    el_error err;
    if (el_date_parse(s, &d, &err) != EL_OK) {
        fprintf(stderr, "cannot parse %s: %s\n", s, err.msg);
        exit(2);
    }
    return d;
}

static void test_compare(void)
{
    /* a list in the expected order; each must compare below the next */
    static const char *const order[] = {
        "Y-170000", "-0044", "-0043-03-15", "0000", "1XXX", "19XX",
        "1990-01-01", "1990-01", "1990", "199X", "1999", "2008",
        "2018-01-01T00:00", "2018-01-01T00", "2018-01-01", "2018-W01", "2018-01",
        "2018-Q1", "2018-H1", "2018", "2018/2019", "2018-SP", "2018-SU",
        "2018-07", "2018-H2", "2018-07-07", "2018-07-07T10:30", "2018-07-07TAF",
        "2019",
    };
    size_t n = sizeof order / sizeof order[0];
    for (size_t i = 0; i + 1 < n; i++) {
        el_date a = P(order[i]), b = P(order[i + 1]);
        if (el_date_compare(&a, &b) >= 0)
            fprintf(stderr, "  order: %s should sort before %s\n", order[i], order[i + 1]);
        CHECK(el_date_compare(&a, &b) < 0);
        CHECK(el_date_compare(&b, &a) > 0);
    }
    /* transitivity over all pairs of the list */
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            el_date a = P(order[i]), b = P(order[j]);
            CHECK(el_date_compare(&a, &b) < 0);
        }
    el_date a = P("2018-07"), b = P("2018-07");
    CHECK_EQ_INT(el_date_compare(&a, &b), 0);
    a = P("2018~");
    b = P("2018");
    CHECK(el_date_compare(&a, &b) != 0);
    /* midpoint */
    a = P("2018-07-07");
    CHECK_EQ_INT(el_date_mid(&a), at("2018-07-07T12:00:00"));
    a = P("2018/..");
    CHECK_EQ_INT(el_date_mid(&a), el_date_mid(&(el_date){P("2018").start, P("2018").end, false}));
    a = P("Y-9999999999/Y9999999999");
    CHECK(el_date_mid(&a) > at("0000-01-01") - 86400LL * 366 && el_date_mid(&a) < at("0001-01-01"));
}

static void test_format_buffer(void)
{
    el_date d = P("2018-07-07T10:30:05+02:00");
    char small[8];
    int need = el_date_format(&d, small, sizeof small);
    CHECK_EQ_INT(need, (int)strlen("2018-07-07T10:30:05+02:00"));
    CHECK_EQ_INT(strlen(small), sizeof small - 1);
    CHECK_EQ_INT(el_date_format(&d, NULL, 0), need);
}

static void test_calendar(void)
{
    CHECK_EQ_INT(el_days_from_civil(1970, 1, 1), 0);
    CHECK_EQ_INT(el_days_from_civil(2018, 7, 7), 17719);
    CHECK_EQ_INT(el_days_from_civil(2000, 3, 1), 11017);
    CHECK_EQ_INT(el_days_from_civil(1969, 12, 31), -1);
    CHECK_EQ_INT(el_days_from_civil(0, 1, 1), -719528);
    CHECK_EQ_INT(el_weekday(el_days_from_civil(2018, 7, 7)), 6); /* Saturday */
    CHECK_EQ_INT(el_weekday(el_days_from_civil(1970, 1, 1)), 4);
    CHECK_EQ_INT(el_weekday(el_days_from_civil(0, 1, 1)), 6);   /* proleptic Saturday */
    CHECK(el_is_leap_year(2000) && !el_is_leap_year(1900) && el_is_leap_year(2016) &&
          el_is_leap_year(0) && el_is_leap_year(-4) && !el_is_leap_year(-1));
    CHECK_EQ_INT(el_days_in_month(2018, 2), 28);
    CHECK_EQ_INT(el_days_in_month(2016, 2), 29);
    CHECK_EQ_INT(el_days_in_month(2018, 13), 0);
    /* inverse over a wide span, with a stride that visits every month */
    int bad = 0;
    for (int64_t day = -800000; day < 800000; day += 13) {
        int64_t y;
        int m, d;
        el_civil_from_days(day, &y, &m, &d);
        if (el_days_from_civil(y, m, d) != day || d < 1 || d > el_days_in_month(y, m))
            bad++;
    }
    CHECK_EQ_INT(bad, 0);
    int64_t y;
    int m, d;
    el_civil_from_days(el_days_from_civil(-9999999999LL, 2, 28), &y, &m, &d);
    CHECK(y == -9999999999LL && m == 2 && d == 28);
}

int main(void)
{
    test_calendar();
    test_valid();
    test_invalid();
    test_compare();
    test_format_buffer();
    CHECK_REPORT();
}
