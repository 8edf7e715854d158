/* today.c: "today" for the tagger, which never reads the clock itself.
 *
 * The CLI takes it from the environment variable EVENTLINE_TODAY
 * (YYYY-MM-DD, for reproducible runs and tests) or else from the local
 * clock.  It matters only for articles whose dateline has no year and for
 * text without any dateline.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

/* True when s is YYYY-MM-DD naming a real calendar day. */
static int is_calendar_day(const char *s)
{
    int y, m, d;
    size_t i;
    for (i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (!isdigit((unsigned char)s[i])) {
            return 0;
        }
    }
    if (s[10] != '\0')
        return 0;
    y = atoi(s);
    m = atoi(s + 5);
    d = atoi(s + 8);
    return m >= 1 && m <= 12 && d >= 1 && d <= el_days_in_month(y, m);
}

int cli_today(char buf[16], el_error *err)
{
    const char *env = getenv("EVENTLINE_TODAY");
    time_t now;
    struct tm tm;
    if (env != NULL && *env != '\0') {
        if (!is_calendar_day(env))
            return el_fail(err, EL_ERR_USAGE, 0, 0,
                           "EVENTLINE_TODAY=\"%.40s\" is not a date of the form YYYY-MM-DD",
                           env);
        memcpy(buf, env, 11);
        return EL_OK;
    }
    now = time(NULL);
    if (now == (time_t)-1 || localtime_r(&now, &tm) == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot read the clock");
    snprintf(buf, 16, "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000,
             (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
    return EL_OK;
}
