/* eventline/date.h: dates as eventline understands them.
 *
 * A date is written as an ISO 8601 / EDTF (ISO 8601-2) string or one of the
 * TimeML forms the tagger emits, and held as an interval of time with the
 * precision it was written at.  "2003-03" is the whole of March 2003, never
 * 2003-03-01; comparing two dates compares their intervals, so sorting works
 * across precisions.
 *
 * Accepted forms (see docs/FORMAT.md for the full grammar):
 *   2008   2018-07   2018-07-07   2018-07-07T10:30[:05][Z|+hh[:mm]]
 *   -0043 (44 BC: astronomical numbering, 0000 is 1 BC)   Y-170000 Y17E7 (long years)
 *   199X 19XX 2018-XX 2018-07-XX (unspecified digits)   199 (decade) 19 (century)
 *   2018-Q3 2018-H2 2018-SU|SP|FA|WI 2018-21..24 (EDTF seasons) 2018-W27 2018-W27-6
 *   qualifiers at the end: 2018~ (approximate) 2018? (uncertain) 2018% (both)
 *   intervals: 2011-02/2011-10   ../2018   2018/..   (open)   /2018 2018/ (unknown end)
 *   TimeML parts of day: 2018-07-07TMO|TMI|TAF|TEV|TNI|TDT
 *
 * An open or unknown end takes the interval of the known end (its prec stays
 * EL_PREC_NONE), so the covered span of "../2018" is the year 2018.
 *
 * Time values are seconds since 1970-01-01T00:00:00 on the proleptic
 * Gregorian calendar, ignoring time zones (a zone is parsed and kept only for
 * output).  int64_t seconds reach far beyond any year EDTF can write here.
 */
#ifndef EVENTLINE_DATE_H
#define EVENTLINE_DATE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "eventline/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How finely a value was written, coarsest first. */
typedef enum el_precision {
    EL_PREC_NONE = 0,   /* open or unknown end */
    EL_PREC_MILLENNIUM,
    EL_PREC_CENTURY,    /* "19" = 1900..1999 */
    EL_PREC_DECADE,     /* "199" or "199X" = 1990..1999 */
    EL_PREC_YEAR,
    EL_PREC_HALF,       /* 2018-H2 */
    EL_PREC_SEASON,     /* 2018-SU, 2018-22 (northern meteorological seasons) */
    EL_PREC_QUARTER,    /* 2018-Q3 */
    EL_PREC_MONTH,
    EL_PREC_WEEK,       /* ISO week 2018-W27 */
    EL_PREC_DAY,
    EL_PREC_HOUR,
    EL_PREC_MINUTE,
    EL_PREC_SECOND
} el_precision;

/* Qualifier bits. */
enum {
    EL_Q_APPROX = 1u << 0,      /* ~ : approximate */
    EL_Q_UNCERTAIN = 1u << 1,   /* ? : uncertain */
    EL_Q_UNSPECIFIED = 1u << 2  /* some digits written as X */
};

/* One endpoint value: the interval [lo, hi) it covers, in seconds. */
typedef struct el_instant {
    int64_t lo;          /* first second covered */
    int64_t hi;          /* first second after; hi > lo */
    el_precision prec;   /* EL_PREC_NONE: this end is open ("..") or unknown */
    unsigned qual;       /* EL_Q_* bits */
    int64_t year;        /* astronomical year: 0 = 1 BC, -43 = 44 BC */
    int month;           /* 1..12, 0 if not written */
    int day;             /* 1..31, 0 if not written */
    int hour, minute, second; /* -1 if not written */
    int part;            /* quarter 1-4, half 1-2, season 1-4 (SP SU FA WI), ISO week; 0 if none */
    bool open;           /* written as ".." (open-ended) */
    int week_day;        /* ISO weekday 1 (Monday)..7 of "2018-W27-6"; 0 if none */
    int day_part;        /* TimeML part of day ("2018-07-07TMO"): EL_DAYPART_*; 0 if none */
    bool has_tz;         /* a zone was written ("Z", "+02:00") */
    int tz_minutes;      /* that zone's offset east of UTC in minutes */
} el_instant;

/* TimeML parts of day, written after T instead of an hour.  Each covers a
 * fixed span of hours (see docs/FORMAT.md): morning 06-12, midday 11-14,
 * afternoon 12-18, evening 18-22, night 22-06 (into the next day),
 * daytime 06-18.  The instant's precision is EL_PREC_HOUR, hour is -1. */
enum {
    EL_DAYPART_MO = 1, EL_DAYPART_MI, EL_DAYPART_AF, EL_DAYPART_EV,
    EL_DAYPART_NI, EL_DAYPART_DT
};

/* Years the parser accepts: |year| <= EL_YEAR_LIMIT (ten digits).  Their
 * seconds fit int64_t with a wide margin, so spans and midpoints never
 * overflow. */
#define EL_YEAR_LIMIT INT64_C(9999999999)

/* A parsed date: a single value (is_interval false: end == start) or an
 * interval "A/B".  The covered span is [start.lo, end.hi). */
typedef struct el_date {
    el_instant start;
    el_instant end;
    bool is_interval;
} el_date;

/* Parses s (NUL-terminated) into *out.  On failure returns EL_ERR_INPUT and
 * sets err->msg to a reason without place (the caller adds where the string
 * came from), for example: "2018-02-30": February 2018 has 28 days.
 * err->col is set to the 1-based column inside s where the problem is. */
int el_date_parse(const char *s, el_date *out, el_error *err);

/* Writes the canonical EDTF form of d into buf (always NUL-terminated).
 * Returns the length it needed (like snprintf). */
int el_date_format(const el_date *d, char *buf, size_t size);

/* Total order used for sorting: by start.lo, then by end.hi, then finer
 * precision after coarser.  Returns <0, 0 or >0. */
int el_date_compare(const el_date *a, const el_date *b);

/* Midpoint of the covered span in seconds (open ends use the other end). */
int64_t el_date_mid(const el_date *d);

/* Calendar helpers (proleptic Gregorian). */
int64_t el_days_from_civil(int64_t y, int m, int d);
void el_civil_from_days(int64_t days, int64_t *y, int *m, int *d);
int el_days_in_month(int64_t y, int m);
bool el_is_leap_year(int64_t y);
int el_weekday(int64_t days); /* 0 = Sunday .. 6 = Saturday */

#ifdef __cplusplus
}
#endif
#endif
