/* tljs_date.c: TimelineJS date objects <-> eventline date text.
 *
 * TimelineJS writes BCE years as negative numbers and shows year -44 as
 * "44 BCE"; eventline uses astronomical numbering (-0043 is 44 BC).  So a
 * negative TimelineJS year y becomes y + 1 and back; year 0, which
 * TimelineJS shows as "0", is read as 1 BC. */
#include <stdio.h>
#include <string.h>

#include "events/model/import_internal.h"

int el__tparts_to_text(const el__tparts *p, char *buf, size_t size)
{
    if (!p->has_year)
        return -1;
    int64_t y = p->year < 0 ? p->year + 1 : p->year;
    int64_t a = y < 0 ? -y : y;
    int n;
    if (a > 9999) {
        n = snprintf(buf, size, "Y%lld", (long long)y);
        return n < 0 || (size_t)n >= size ? -1 : 0;
    }
    n = snprintf(buf, size, "%s%04lld", y < 0 ? "-" : "", (long long)a);
    size_t len = (size_t)n;
    if (p->has_month) {
        len += (size_t)snprintf(buf + len, size - len, "-%02d", p->month);
        if (p->has_day) {
            len += (size_t)snprintf(buf + len, size - len, "-%02d", p->day);
            if (p->has_hour || p->has_minute || p->has_second) {
                len += (size_t)snprintf(buf + len, size - len, "T%02d", p->hour);
                if (p->has_minute || p->has_second)
                    len += (size_t)snprintf(buf + len, size - len, ":%02d", p->minute);
                if (p->has_second)
                    len += (size_t)snprintf(buf + len, size - len, ":%02d", p->second);
            }
        }
    }
    return len >= size ? -1 : 0;
}

static const char *const season_names[] = {"", "Spring", "Summer", "Autumn", "Winter"};

void el__instant_to_tparts(const el_instant *in, bool as_end, el__tparts *p, char *display,
                           size_t dsize)
{
    memset(p, 0, sizeof *p);
    if (dsize)
        display[0] = '\0';
    if (in->prec == EL_PREC_NONE)
        return;
    int64_t y = in->year;
    p->has_year = true;
    p->year = y <= 0 ? y - 1 : y;
    char yb[32];
    if (y <= 0)
        snprintf(yb, sizeof yb, "%lld BCE", (long long)(1 - y));
    else
        snprintf(yb, sizeof yb, "%lld", (long long)y);
    /* first month and day of the covered span for coarse precisions */
    int64_t cy;
    int cm, cd;
    el_civil_from_days(in->lo / 86400 - (in->lo % 86400 < 0), &cy, &cm, &cd);
    switch (in->prec) {
    case EL_PREC_MILLENNIUM:
    case EL_PREC_CENTURY:
    case EL_PREC_DECADE:
        /* "1990s", "1900s"; BCE spans by their year */
        snprintf(display, dsize, y > 0 ? "%ss" : "%s", yb);
        break;
    case EL_PREC_HALF:
        snprintf(display, dsize, "H%d %s", in->part, yb);
        p->has_month = true;
        p->month = cm;
        break;
    case EL_PREC_QUARTER:
        snprintf(display, dsize, "Q%d %s", in->part, yb);
        p->has_month = true;
        p->month = cm;
        break;
    case EL_PREC_SEASON:
        snprintf(display, dsize, "%s %s", season_names[in->part > 0 && in->part < 5 ? in->part : 0], yb);
        p->has_month = true;
        p->month = cm;
        break;
    default:
        if (in->prec == EL_PREC_WEEK) /* placed at its Monday */
            snprintf(display, dsize, "Week %d, %s", in->part, yb);
        if (in->prec >= EL_PREC_MONTH) {
            if (in->prec == EL_PREC_WEEK || in->week_day) {
                p->year = cy <= 0 ? cy - 1 : cy;
                p->has_month = p->has_day = true;
                p->month = cm;
                p->day = cd;
            } else {
                p->has_month = true;
                p->month = in->month;
                if (in->prec >= EL_PREC_DAY) {
                    p->has_day = true;
                    p->day = in->day;
                }
            }
        }
        if (in->prec >= EL_PREC_HOUR) {
            int64_t sod = in->lo - (in->lo / 86400 - (in->lo % 86400 < 0)) * 86400;
            p->has_hour = true;
            p->hour = (int)(sod / 3600);
            if (in->prec >= EL_PREC_MINUTE) {
                p->has_minute = true;
                p->minute = (int)(sod / 60 % 60);
            }
            if (in->prec >= EL_PREC_SECOND) {
                p->has_second = true;
                p->second = (int)(sod % 60);
            }
        }
        break;
    }
    if (in->prec == EL_PREC_DECADE || in->prec == EL_PREC_CENTURY ||
        in->prec == EL_PREC_MILLENNIUM)
        p->year = y <= 0 ? y - 1 : y; /* the year with X digits as zeros */
    if (as_end && (in->prec < EL_PREC_MONTH || in->prec == EL_PREC_WEEK)) {
        /* an end coarser than the parts can say: its last year, month or day,
         * so that the span keeps its length */
        int64_t last = in->hi - 1, ly;
        int lm, ld;
        el_civil_from_days(last / 86400 - (last % 86400 < 0), &ly, &lm, &ld);
        p->year = ly <= 0 ? ly - 1 : ly;
        if (in->prec == EL_PREC_WEEK) {
            p->month = lm;
            p->day = ld;
        } else if (in->prec > EL_PREC_YEAR) {
            p->month = lm;
        }
    }
    if (in->day_part > 0 && in->day_part <= EL_DAYPART_DT && dsize) {
        static const char *const parts[] = {"", "morning", "midday", "afternoon",
                                            "evening", "night", "daytime"};
        el_date one = {*in, *in, false};
        char day[64];
        el_date_format(&one, day, sizeof day);
        day[strcspn(day, "T")] = '\0';
        snprintf(display, dsize, "%s %s", day, parts[in->day_part]);
    }
    unsigned q = in->qual & (EL_Q_APPROX | EL_Q_UNCERTAIN);
    if (q && dsize) {
        char base[96];
        if (display[0])
            snprintf(base, sizeof base, "%s", display);
        else
            snprintf(base, sizeof base, "%s", yb);
        if (q & EL_Q_APPROX)
            snprintf(display, dsize, "c. %s%s", base, (q & EL_Q_UNCERTAIN) ? "?" : "");
        else
            snprintf(display, dsize, "%s?", base);
    }
}
