/* calendar.c: proleptic Gregorian calendar arithmetic (see eventline/date.h).
 *
 * Days are counted from 1970-01-01 (day 0).  The conversions work on 400-year
 * eras of 146097 days, with the year starting in March so that the leap day
 * falls at the end; this keeps them exact for every int64 year the date
 * parser accepts (|year| < 10^10).
 */
#include "eventline/date.h"

/* Floor division for possibly negative numerators (b > 0). */
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b) != 0 && (a < 0))
        q--;
    return q;
}

bool el_is_leap_year(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int el_days_in_month(int64_t y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && el_is_leap_year(y))
        return 29;
    return len[m - 1];
}

/* Day number of y-m-d; month and day may be out of range by a little
 * (callers pass valid values). */
int64_t el_days_from_civil(int64_t y, int m, int d)
{
    int64_t yy = (m <= 2) ? y - 1 : y;            /* year starting in March */
    int64_t era = floor_div(yy, 400);
    int64_t yoe = yy - era * 400;                 /* 0..399 */
    int mp = (m + 9) % 12;                        /* March = 0 */
    int64_t doy = (153 * mp + 2) / 5 + d - 1;     /* 0..365 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* 0..146096 */
    return era * 146097 + doe - 719468;
}

/* Inverse of el_days_from_civil. */
void el_civil_from_days(int64_t days, int64_t *y, int *m, int *d)
{
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;                               /* 0..146096 */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);        /* 0..365 */
    int64_t mp = (5 * doy + 2) / 153;                             /* 0..11 */
    int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
    int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    int64_t yy = yoe + era * 400 + (mm <= 2 ? 1 : 0);
    if (y)
        *y = yy;
    if (m)
        *m = mm;
    if (d)
        *d = dd;
}

int el_weekday(int64_t days)
{
    /* 1970-01-01 was a Thursday (4). */
    int64_t w = (days % 7 + 7 + 4) % 7;
    return (int)w;
}
