/* csv_read.c: el_csv_read, the TimelineJS spreadsheet (as CSV) to a
 * validated timeline.
 *
 * The first row names the columns (Year, Month, Day, Time, End Year, End
 * Month, End Day, End Time, Display Date, Headline, Text, Media..., Type,
 * Group or Tag, Background; case and surrounding spaces do not matter,
 * unknown columns are ignored).  Each later row is an event, or the title
 * (Type "title") or an era (Type "era").  Errors carry the line and column
 * of the offending field. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/import.h"
#include "events/model/csv_internal.h"
#include "events/model/date_internal.h"
#include "events/model/import_internal.h"
#include "events/model/model_internal.h"

enum col {
    C_YEAR, C_MONTH, C_DAY, C_TIME, C_EYEAR, C_EMONTH, C_EDAY, C_ETIME,
    C_DISPLAY, C_HEADLINE, C_TEXT, C_TYPE, C_GROUP, C_BACKGROUND, C_SDATE, C_EDATE,
    C_COUNT
};

static const char *const col_names[C_COUNT] = {
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Type", "Group", "Background", "Start Date",
    "End Date"};

typedef struct reader {
    el_limits lim;
    el_error *err;
    long idx[C_COUNT];     /* field index of each column, -1 when absent */
    const el__csv_row *row;
} reader;

/* The trimmed text of column c in the current row ("" when absent). */
static const char *cell(const reader *r, enum col c, char *buf, size_t size)
{
    buf[0] = '\0';
    if (r->idx[c] < 0 || (size_t)r->idx[c] >= r->row->n)
        return buf;
    const char *s = r->row->f[r->idx[c]].text;
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

/* The untrimmed, unlimited text of column c, or NULL when absent. */
static const char *cell_raw(const reader *r, enum col c)
{
    if (r->idx[c] < 0 || (size_t)r->idx[c] >= r->row->n)
        return NULL;
    return r->row->f[r->idx[c]].text;
}

/* Fails with the place of column c in the current row (the row start when
 * the column is absent). */
static int fail_cell(const reader *r, enum col c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail_cell(const reader *r, enum col c, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = r->row->line, col = 1;
    if (c < C_COUNT && r->idx[c] >= 0 && (size_t)r->idx[c] < r->row->n) {
        line = r->row->f[r->idx[c]].line;
        col = r->row->f[r->idx[c]].col;
    }
    if (c < C_COUNT)
        return el_fail(r->err, EL_ERR_INPUT, line, col, "%s: %s", col_names[c], msg);
    return el_fail(r->err, EL_ERR_INPUT, line, col, "%s", msg);
}

/* Parses a whole number (commas and spaces allowed as in "1,500"). */
static int number(const reader *r, enum col c, int64_t lo, int64_t hi, int64_t *out, bool *has)
{
    char buf[64], digits[64];
    const char *s = cell(r, c, buf, sizeof buf);
    size_t n = 0;
    *has = false;
    if (!*s)
        return EL_OK;
    for (const char *p = s; *p; p++)
        if (*p != ',' && *p != ' ' && n + 1 < sizeof digits)
            digits[n++] = *p;
    digits[n] = '\0';
    size_t k = digits[0] == '-';
    bool ok = n > k && n - k <= 15;
    for (size_t i = k; i < n; i++)
        if (!isdigit((unsigned char)digits[i]))
            ok = false;
    char q[96];
    el__quote(s, strlen(s), q, sizeof q);
    if (!ok)
        return fail_cell(r, c, "expected a whole number, got %s", q);
    long long v = strtoll(digits, NULL, 10);
    if (v < lo || v > hi)
        return fail_cell(r, c, "%s is out of range (%lld to %lld)", q, (long long)lo,
                         (long long)hi);
    *out = v;
    *has = true;
    return EL_OK;
}

/* Parses a time such as 14:30, 14:30:05, 2:30 PM, 9 am. */
static int time_of_day(const reader *r, enum col c, el__tparts *p)
{
    char buf[64];
    const char *s = cell(r, c, buf, sizeof buf);
    if (!*s)
        return EL_OK;
    int h = -1, m = 0, sec = 0;
    bool has_m = false, has_s = false;
    const char *q = s;
    char *end;
    long v = strtol(q, &end, 10);
    if (end == q || end - q > 2)
        goto bad;
    h = (int)v;
    q = end;
    if (*q == ':') {
        v = strtol(q + 1, &end, 10);
        if (end - (q + 1) != 2)
            goto bad;
        m = (int)v;
        has_m = true;
        q = end;
        if (*q == ':') {
            v = strtol(q + 1, &end, 10);
            if (end - (q + 1) != 2)
                goto bad;
            sec = (int)v;
            has_s = true;
            q = end;
            if (*q == '.') { /* milliseconds are dropped */
                q++;
                while (isdigit((unsigned char)*q))
                    q++;
            }
        }
    }
    while (*q == ' ')
        q++;
    if (strncasecmp(q, "am", 2) == 0 || strncasecmp(q, "pm", 2) == 0 ||
        strncasecmp(q, "a.m.", 4) == 0 || strncasecmp(q, "p.m.", 4) == 0) {
        bool pm = tolower((unsigned char)q[0]) == 'p';
        if (h < 1 || h > 12)
            goto bad;
        h = h % 12 + (pm ? 12 : 0);
        q += q[1] == '.' ? 4 : 2;
    }
    if (*q || h > 23 || m > 59 || sec > 59)
        goto bad;
    p->has_hour = true;
    p->hour = h;
    p->has_minute = has_m;
    p->minute = m;
    p->has_second = has_s;
    p->second = sec;
    return EL_OK;
bad: {
        char qq[96];
        el__quote(s, strlen(s), qq, sizeof qq);
        return fail_cell(r, c, "expected a time such as 14:30 or 2:30 PM, got %s", qq);
    }
}

/* Reads one date from the year/month/day/time columns into text. */
static int read_date(const reader *r, enum col cy, enum col cm, enum col cd, enum col ct,
                     char *text, size_t size, el_date *d, bool *present)
{
    el__tparts p;
    memset(&p, 0, sizeof p);
    int64_t x;
    int rc;
    *present = false;
    if ((rc = number(r, cy, -EL_YEAR_LIMIT, EL_YEAR_LIMIT, &p.year, &p.has_year)) ||
        (rc = number(r, cm, 1, 12, &x, &p.has_month)))
        return rc;
    p.month = (int)x;
    if ((rc = number(r, cd, 1, 31, &x, &p.has_day)))
        return rc;
    p.day = (int)x;
    if ((rc = time_of_day(r, ct, &p)))
        return rc;
    if (!p.has_year) {
        if (p.has_month || p.has_day)
            return fail_cell(r, p.has_month ? cm : cd, "a month or day needs a %s",
                             col_names[cy]);
        if (p.has_hour)
            return fail_cell(r, ct, "a time needs a %s", col_names[cy]);
        return EL_OK;
    }
    if (p.has_day && !p.has_month)
        return fail_cell(r, cd, "a day needs a %s", col_names[cm]);
    if (p.has_hour && !p.has_day)
        return fail_cell(r, ct, "a time needs a %s", col_names[cd]);
    if (el__tparts_to_text(&p, text, size) != 0)
        return fail_cell(r, cy, "date out of range");
    el_error e;
    if (el_date_parse(text, d, &e) != EL_OK)
        return fail_cell(r, p.has_day ? cd : cy, "%s", e.msg);
    *present = true;
    return EL_OK;
}

/* Reads a date from a legacy "Start Date" / "End Date" cell: any eventline
 * date (2018, 2018-07-07, ...), or m/d/yyyy or m/yyyy as old sheets have. */
static int read_legacy_date(const reader *r, enum col c, char *text, size_t size, el_date *d,
                            bool *present)
{
    char buf[64];
    const char *s = cell(r, c, buf, sizeof buf);
    *present = false;
    if (!*s)
        return EL_OK;
    int a = 0, b = 0, y = 0, used = 0;
    if (sscanf(s, "%2d/%2d/%4d%n", &a, &b, &y, &used) == 3 && s[used] == '\0')
        snprintf(text, size, "%04d-%02d-%02d", y, a, b);
    else if (sscanf(s, "%2d/%4d%n", &a, &y, &used) == 2 && s[used] == '\0')
        snprintf(text, size, "%04d-%02d", y, a);
    else
        snprintf(text, size, "%s", s);
    el_error e;
    if (el_date_parse(text, d, &e) != EL_OK)
        return fail_cell(r, c, "%s", e.msg);
    *present = true;
    return EL_OK;
}

/* Plain text of an HTML cell, checked against max bytes; NULL when blank. */
static int html_cell(const reader *r, enum col c, size_t max, char **out)
{
    const char *raw = cell_raw(r, c);
    *out = NULL;
    if (!raw)
        return EL_OK;
    char *t = el__html_to_text(raw, strlen(raw));
    if (!t)
        return el_fail(r->err, EL_ERR_IO, 0, 0, "out of memory");
    if (!t[0]) {
        free(t);
        return EL_OK;
    }
    if (max && strlen(t) > max) {
        free(t);
        return fail_cell(r, c, "longer than the limit of %zu bytes", max);
    }
    *out = t;
    return EL_OK;
}

static bool is_colour(const char *s)
{
    size_t n = strlen(s);
    if (s[0] != '#' || (n != 4 && n != 7))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!isxdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* Reads the current row into tl: the title, an era or an event.  Error
 * codes with the place of the offending field. */
static int read_row(reader *r, el_timeline *tl)
{
    char type[32], a[64], b[64], bg[64];
    el_date da, db;
    bool has_a, has_b;
    int rc;
    cell(r, C_TYPE, type, sizeof type);
    for (char *p = type; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    char *headline = NULL, *text = NULL;
    if ((rc = html_cell(r, C_HEADLINE, r->lim.max_label_bytes, &headline)) ||
        (rc = html_cell(r, C_TEXT, r->lim.max_note_bytes, &text)))
        goto fail;
    if (strcmp(type, "title") == 0) {
        free(tl->title);
        free(tl->subtitle);
        tl->title = headline;
        tl->subtitle = text;
        return EL_OK;
    }
    if (type[0] && strcmp(type, "era") != 0) {
        char q[64];
        cell(r, C_TYPE, a, sizeof a);
        el__quote(a, strlen(a), q, sizeof q);
        rc = fail_cell(r, C_TYPE, "expected \"title\", \"era\" or nothing, got %s", q);
        goto fail;
    }
    enum col cy = r->idx[C_YEAR] >= 0 ? C_YEAR : C_SDATE;
    enum col ce = r->idx[C_YEAR] >= 0 ? C_EYEAR : C_EDATE;
    if (r->idx[C_YEAR] >= 0) {
        if ((rc = read_date(r, C_YEAR, C_MONTH, C_DAY, C_TIME, a, sizeof a, &da, &has_a)) ||
            (rc = read_date(r, C_EYEAR, C_EMONTH, C_EDAY, C_ETIME, b, sizeof b, &db, &has_b)))
            goto fail;
    } else if ((rc = read_legacy_date(r, C_SDATE, a, sizeof a, &da, &has_a)) ||
               (rc = read_legacy_date(r, C_EDATE, b, sizeof b, &db, &has_b))) {
        goto fail;
    }
    if (!has_a) {
        rc = fail_cell(r, cy, "%s row needs a %s", type[0] ? "an era" : "an event",
                       cy == C_YEAR ? "year" : "start date");
        goto fail;
    }
    if (has_b && db.end.hi <= da.start.lo) {
        rc = fail_cell(r, ce, "the end \"%s\" is before the start \"%s\"", b, a);
        goto fail;
    }
    if (type[0]) { /* era */
        if (!has_b) {
            rc = fail_cell(r, ce, "an era row needs an end %s", ce == C_EYEAR ? "year" : "date");
            goto fail;
        }
        if (!headline) {
            rc = fail_cell(r, C_HEADLINE, "an era row needs a headline");
            goto fail;
        }
        el_era *era = el_timeline_add_era(tl);
        if (!era)
            goto oom;
        era->label = headline;
        headline = NULL;
        free(text);
        el__sb sb = {0};
        el__sb_printf(&sb, "%s/%s", a, b);
        era->date_text = el__sb_finish(&sb);
        if (!era->date_text)
            return el_fail(r->err, EL_ERR_IO, 0, 0, "out of memory");
        return EL_OK;
    }
    if (tl->n_events >= r->lim.max_events) {
        rc = fail_cell(r, C_COUNT, "more than %zu events (the limit)", r->lim.max_events);
        goto fail;
    }
    if (!headline && !text) {
        rc = fail_cell(r, C_HEADLINE, "an event row needs a headline or a text");
        goto fail;
    }
    el_event *ev = el_timeline_add_event(tl);
    if (!ev)
        goto oom;
    ev->date = da;
    if (el_set_str(&ev->date_text, a))
        goto oom;
    if (has_b && strcmp(a, b) != 0) {
        ev->end = db;
        if (el_set_str(&ev->end_text, b))
            goto oom;
    }
    ev->label = headline ? headline : el__label_from_text(text, r->lim.max_label_bytes);
    headline = NULL;
    ev->note = text;
    text = NULL;
    if (!ev->label)
        goto oom;
    char *g = NULL, *dd = NULL;
    if ((rc = html_cell(r, C_GROUP, r->lim.max_label_bytes, &g)))
        return rc;
    ev->group = g;
    if ((rc = html_cell(r, C_DISPLAY, r->lim.max_label_bytes, &dd)))
        return rc;
    ev->display_date = dd;
    cell(r, C_BACKGROUND, bg, sizeof bg);
    if (is_colour(bg) && el_set_str(&ev->color, bg))
        goto oom;
    return EL_OK;
oom:
    rc = el_fail(r->err, EL_ERR_IO, 0, 0, "out of memory");
fail:
    free(headline);
    free(text);
    return rc;
}

/* Finds the columns in the header row. */
static int read_header(reader *r)
{
    for (int c = 0; c < C_COUNT; c++)
        r->idx[c] = -1;
    for (size_t i = 0; i < r->row->n; i++) {
        const char *s = r->row->f[i].text;
        while (*s == ' ')
            s++;
        size_t n = strlen(s);
        while (n > 0 && s[n - 1] == ' ')
            n--;
        for (int c = 0; c < C_COUNT; c++) {
            bool match = strlen(col_names[c]) == n && strncasecmp(col_names[c], s, n) == 0;
            if (c == C_GROUP && n == 3 && strncasecmp(s, "Tag", 3) == 0)
                match = true;
            if (match && r->idx[c] < 0)
                r->idx[c] = (long)i;
        }
    }
    if (r->idx[C_YEAR] < 0 && r->idx[C_SDATE] < 0)
        return el_fail(r->err, EL_ERR_INPUT, r->row->line, 1,
                       "the header row has no \"Year\" column (a TimelineJS sheet starts "
                       "with Year, Month, Day, Time, ...; old sheets have Start Date)");
    return EL_OK;
}

int el_csv_read(const char *text, size_t len, const el_limits *lim, el_timeline **out,
                el_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    el_error_clear(err);
    if (!out)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "no place for the result");
    *out = NULL;
    if (!text)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "no input text");
    if (lim)
        r.lim = *lim;
    el_limits_fill_defaults(&r.lim);
    r.err = err;
    if (len > r.lim.max_input_bytes)
        return el_fail(err, EL_ERR_INPUT, 0, 0,
                       "input is %zu bytes, more than the limit of %zu bytes", len,
                       r.lim.max_input_bytes);
    const char *nul = memchr(text, '\0', len);
    size_t bad;
    int line, col;
    if (nul) {
        el__json_line_col(text, len, (size_t)(nul - text), &line, &col);
        return el_fail(err, EL_ERR_INPUT, line, col, "NUL byte in the input");
    }
    if (!el__utf8_valid(text, len, &bad)) {
        el__json_line_col(text, len, bad, &line, &col);
        return el_fail(err, EL_ERR_INPUT, line, col, "invalid UTF-8");
    }
    el_timeline *tl = el_timeline_new();
    if (!tl)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    el__csv csv;
    el__csv_row row = {0};
    el__csv_init(&csv, text, len);
    r.row = &row;
    int rc = el__csv_next(&csv, &row, err);
    if (rc == 0)
        rc = -el_fail(err, EL_ERR_INPUT, 1, 1, "the input is empty (no header row)");
    if (rc > 0)
        rc = -read_header(&r);
    while (rc == 0) {
        rc = el__csv_next(&csv, &row, err);
        if (rc <= 0)
            break;
        bool blank = true;
        for (size_t i = 0; i < row.n && blank; i++)
            for (const char *p = row.f[i].text; *p; p++)
                if (!isspace((unsigned char)*p)) {
                    blank = false;
                    break;
                }
        rc = blank ? 0 : -read_row(&r, tl);
    }
    el__csv_row_free(&row);
    if (rc == 0) {
        el_error e;
        rc = -el_timeline_validate(tl, &e);
        if (rc)
            el_fail(err, -rc, 0, 0, "%s", e.msg);
    }
    if (rc) {
        el_timeline_free(tl);
        return -rc;
    }
    *out = tl;
    return EL_OK;
}
