/* timefmt.h: calendar arithmetic and short English date text for the renderer
 * (tick labels, event date lines, cluster ranges).  Not installed. */
#ifndef EL_RENDER_TIMEFMT_H
#define EL_RENDER_TIMEFMT_H

#include <stddef.h>
#include <stdint.h>

#include "eventline/date.h"

#define EL_SECS_PER_DAY INT64_C(86400)

/* First second of year y (astronomical numbering) / of month m (1..12+) in y. */
int64_t tf_year_start(int64_t y);
int64_t tf_month_start(int64_t y, int m);

/* Splits t (seconds) into civil year, month, day and seconds of the day. */
void tf_split(int64_t t, int64_t *y, int *m, int *d, int *sec_of_day);

/* Writes a year as readers expect it: 2018, 44 BC, 12,000 BC,
 * 2.5 million BC.  Returns buf. */
char *tf_year_text(int64_t y, char *buf, size_t size);

/* Three-letter English month name for m in 1..12. */
const char *tf_month_abbr(int m);

/* The date line shown for one el_date: "15 Sep 2008", "Dec 2017", "2015",
 * "1990s", "Q3 2018", "c. 2560 BC", "Nov 2008 - Oct 2014", "since 2018".
 * end may be NULL; when set, the date is shown as a range to it. */
void tf_date_line(const el_date *d, const el_date *end, char *buf, size_t size);

/* A compact range for a cluster of events covering [lo, hi): picks the
 * coarsest wording that tells the ends apart ("1-10 Jul 2018",
 * "May-Aug 2018", "2008-2011"). */
void tf_range_text(int64_t lo, int64_t hi, char *buf, size_t size);

#endif
