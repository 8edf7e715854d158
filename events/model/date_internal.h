/* date_internal.h: helpers shared by the date parser and formatter.
 * Not installed. */
#ifndef EL_DATE_INTERNAL_H
#define EL_DATE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "eventline/date.h"

#define EL__SECS_PER_DAY INT64_C(86400)

/* Writes s as a double-quoted, escaped string into buf (size > 0),
 * shortened with "..." past about 40 bytes; always NUL-terminated. */
void el__quote(const char *s, size_t n, char *buf, size_t size);

/* First second of the first day of month m (may exceed 12) of year y. */
int64_t el__month_start(int64_t y, int m);

/* Day number of the Monday starting ISO week 1 of ISO year y. */
int64_t el__iso_week1_monday(int64_t y);

/* Number of ISO weeks (52 or 53) in ISO year y. */
int el__iso_weeks_in_year(int64_t y);

#endif
