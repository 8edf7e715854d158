/* csv_write.c: el_csv_write, a timeline as a TimelineJS spreadsheet in CSV
 * (RFC 4180, CRLF line ends).  Rows: the header, the title (Type "title")
 * when there is one, the eras (Type "era"), then the events.  Headline and
 * Text hold HTML, as TimelineJS expects.  Deterministic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/import.h"
#include "events/model/import_internal.h"

static const char header[] =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n";

/* Appends one field, quoted when it holds a comma, quote, line break or
 * surrounding spaces; then the separator (',' or the row end). */
static void field(el__sb *sb, const char *s, bool last)
{
    if (!s)
        s = "";
    el__sb clean = {0};
    el__sb_add(&clean, "", 0);
    el__sb_add_utf8(&clean, s);
    char *c = el__sb_finish(&clean);
    if (!c) {
        sb->failed = true;
        return;
    }
    s = c;
    size_t n = strlen(s);
    bool quote = n && (strpbrk(s, ",\"\r\n") || s[0] == ' ' || s[n - 1] == ' ');
    if (quote) {
        el__sb_add(sb, "\"", 1);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                el__sb_add(sb, "\"\"", 2);
            else
                el__sb_add(sb, p, 1);
        }
        el__sb_add(sb, "\"", 1);
    } else {
        el__sb_add(sb, s, n);
    }
    free(c);
    el__sb_puts(sb, last ? "\r\n" : ",");
}

static void num_field(el__sb *sb, bool has, long long v)
{
    if (has)
        el__sb_printf(sb, "%lld", v);
    el__sb_puts(sb, ",");
}

/* Year, Month, Day, Time of one endpoint (all empty for NULL). */
static void date_fields(el__sb *sb, const el_instant *in, bool as_end, char *display,
                        size_t dsize)
{
    el__tparts p;
    memset(&p, 0, sizeof p);
    display[0] = '\0';
    if (in)
        el__instant_to_tparts(in, as_end, &p, display, dsize);
    num_field(sb, p.has_year, (long long)p.year);
    num_field(sb, p.has_month, p.month);
    num_field(sb, p.has_day, p.day);
    if (p.has_hour) {
        el__sb_printf(sb, "%02d", p.hour); /* an hour alone keeps hour precision */
        if (p.has_minute)
            el__sb_printf(sb, ":%02d", p.minute);
        if (p.has_second)
            el__sb_printf(sb, ":%02d", p.second);
    }
    el__sb_puts(sb, ",");
}

/* text as HTML: fully escaped, or (min) only where a reader would misread. */
static char *html(const char *text, bool min)
{
    el__sb t = {0};
    el__sb_add(&t, "", 0);
    if (text) {
        if (min)
            el__sb_html_min(&t, text);
        else
            el__sb_html(&t, text);
    }
    return el__sb_finish(&t);
}

/* One row: dates, display date, headline, text, empty media, type, group,
 * background. */
static void row(el__sb *sb, const el_instant *a, const el_instant *b, const char *display,
                const char *headline, const char *text, const char *type, const char *group,
                const char *color)
{
    char da[128], db[128], both[300];
    date_fields(sb, a, false, da, sizeof da);
    date_fields(sb, b, true, db, sizeof db);
    if (!display && (da[0] || db[0])) {
        if (b && (da[0] || db[0])) {
            char fa[128], fb[128];
            el_date one = {*a, *a, false}, two = {*b, *b, false};
            el_date_format(&one, fa, sizeof fa);
            el_date_format(&two, fb, sizeof fb);
            snprintf(both, sizeof both, "%s - %s", da[0] ? da : fa, db[0] ? db : fb);
        } else {
            snprintf(both, sizeof both, "%s", da);
        }
        display = both;
    }
    char *dd = html(display, true), *h = html(headline, false), *t = html(text, false);
    char *g = html(group, true);
    if (!dd || !h || !t || !g)
        sb->failed = true;
    field(sb, display ? dd : NULL, false);
    field(sb, h, false);
    field(sb, text ? t : NULL, false);
    el__sb_puts(sb, ",,,,"); /* Media, Media Credit, Media Caption, Media Thumbnail */
    field(sb, type, false);
    field(sb, group ? g : NULL, false);
    free(dd);
    free(h);
    free(t);
    free(g);
    field(sb, color, true);
}

/* The instants to write as start and end: the date's known start, and the
 * end of `end` or of the date's interval (NULL when there is none). */
static void span_of(const el_date *d, const el_date *end, const el_instant **a,
                    const el_instant **b)
{
    *a = d->start.prec != EL_PREC_NONE ? &d->start : &d->end;
    *b = NULL;
    if (end)
        *b = end->end.prec != EL_PREC_NONE ? &end->end : &end->start;
    else if (d->is_interval && d->end.prec != EL_PREC_NONE && d->start.prec != EL_PREC_NONE)
        *b = &d->end;
}

char *el_csv_write(const el_timeline *tl)
{
    if (!tl)
        return NULL;
    el__sb sb = {0};
    el__sb_puts(&sb, header);
    if (tl->title || tl->subtitle)
        row(&sb, NULL, NULL, NULL, tl->title, tl->subtitle, "title", NULL, NULL);
    for (size_t i = 0; i < tl->n_eras; i++) {
        const el_era *era = &tl->eras[i];
        const el_instant *a, *b;
        span_of(&era->date, NULL, &a, &b);
        row(&sb, a, b ? b : a, NULL, era->label, NULL, "era", NULL, NULL);
    }
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *ev = &tl->events[i];
        const el_instant *a, *b;
        span_of(&ev->date, ev->end_text ? &ev->end : NULL, &a, &b);
        row(&sb, a, b, ev->display_date, ev->label, ev->note, NULL, ev->group, ev->color);
    }
    return el__sb_finish(&sb);
}
