/* tljs_write.c: el_timelinejs_write, a timeline as TimelineJS JSON.
 *
 * Dates become TimelineJS date objects (see tljs_date.c for BCE years);
 * precisions TimelineJS cannot express (quarters, seasons, weeks, decades,
 * approximate dates) get a display_date such as "Q3 2018" or "c. 1450".
 * Texts are HTML-escaped, note line breaks become <br>.  Deterministic. */
#include <stdlib.h>
#include <string.h>

#include "eventline/import.h"
#include "events/model/import_internal.h"

/* "key": {"year": ..., ...} with the parts that are set. */
static void write_tdate(el__sb *sb, const char *key, const el__tparts *p)
{
    el__sb_printf(sb, "\"%s\": {\"year\": %lld", key, (long long)p->year);
    if (p->has_month)
        el__sb_printf(sb, ", \"month\": %d", p->month);
    if (p->has_day)
        el__sb_printf(sb, ", \"day\": %d", p->day);
    if (p->has_hour)
        el__sb_printf(sb, ", \"hour\": %d", p->hour);
    if (p->has_minute)
        el__sb_printf(sb, ", \"minute\": %d", p->minute);
    if (p->has_second)
        el__sb_printf(sb, ", \"second\": %d", p->second);
    el__sb_puts(sb, "}");
}

/* JSON string of text as HTML (minimal: only what would be misread). */
static void html_str_min(el__sb *sb, const char *text);

/* JSON string of text as HTML. */
static void html_str(el__sb *sb, const char *text)
{
    el__sb tmp = {0};
    el__sb_add(&tmp, "", 0);
    el__sb_html(&tmp, text);
    char *h = el__sb_finish(&tmp);
    if (!h) {
        sb->failed = true;
        return;
    }
    el__sb_json_str(sb, h);
    free(h);
}

static void html_str_min(el__sb *sb, const char *text)
{
    el__sb tmp = {0};
    el__sb_add(&tmp, "", 0);
    el__sb_html_min(&tmp, text);
    char *h = el__sb_finish(&tmp);
    if (!h) {
        sb->failed = true;
        return;
    }
    el__sb_json_str(sb, h);
    free(h);
}

/* The start and end instants an event or era spans: the date's own start
 * (or its known end when the start is open), and the end of end_text or of
 * the date's interval. */
static void span_of(const el_date *d, const el_date *end, const el_instant **a,
                    const el_instant **b)
{
    *a = d->start.prec != EL_PREC_NONE ? &d->start : &d->end;
    *b = NULL;
    if (end) {
        *b = end->end.prec != EL_PREC_NONE ? &end->end : &end->start;
    } else if (d->is_interval && d->end.prec != EL_PREC_NONE && d->start.prec != EL_PREC_NONE) {
        *b = &d->end;
    }
}

/* The start_date, end_date and display_date members of a slide. */
static void write_dates(el__sb *sb, const el_date *d, const el_date *end,
                        const char *display_override, bool with_display)
{
    const el_instant *a, *b;
    el__tparts pa, pb;
    char da[128], db[128];
    span_of(d, end, &a, &b);
    el__instant_to_tparts(a, false, &pa, da, sizeof da);
    write_tdate(sb, "start_date", &pa);
    db[0] = '\0';
    if (b) {
        el__instant_to_tparts(b, true, &pb, db, sizeof db);
        el__sb_puts(sb, ", ");
        write_tdate(sb, "end_date", &pb);
    }
    if (!with_display)
        return;
    if (display_override) {
        el__sb_puts(sb, ", \"display_date\": ");
        html_str_min(sb, display_override);
    } else if (da[0] || db[0]) {
        el__sb tmp = {0};
        el__sb_add(&tmp, "", 0);
        if (b) {
            /* both ends, each in its own words */
            char fa[128], fb[128];
            el_date one = {*a, *a, false}, two = {*b, *b, false};
            if (!da[0])
                el_date_format(&one, fa, sizeof fa);
            if (!db[0])
                el_date_format(&two, fb, sizeof fb);
            el__sb_printf(&tmp, "%s - %s", da[0] ? da : fa, db[0] ? db : fb);
        } else {
            el__sb_puts(&tmp, da);
        }
        char *t = el__sb_finish(&tmp);
        if (!t) {
            sb->failed = true;
            return;
        }
        el__sb_puts(sb, ", \"display_date\": ");
        el__sb_json_str(sb, t);
        free(t);
    }
}

char *el_timelinejs_write(const el_timeline *tl)
{
    if (!tl)
        return NULL;
    el__sb sb = {0};
    el__sb_puts(&sb, "{\n");
    if (tl->title || tl->subtitle) {
        el__sb_puts(&sb, "  \"title\": {\"text\": {");
        bool first = true;
        if (tl->title) {
            el__sb_puts(&sb, "\"headline\": ");
            html_str(&sb, tl->title);
            first = false;
        }
        if (tl->subtitle) {
            el__sb_puts(&sb, first ? "\"text\": " : ", \"text\": ");
            html_str(&sb, tl->subtitle);
        }
        el__sb_puts(&sb, "}},\n");
    }
    el__sb_puts(&sb, "  \"events\": [");
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *ev = &tl->events[i];
        el__sb_puts(&sb, i ? ",\n    {" : "\n    {");
        write_dates(&sb, &ev->date, ev->end_text ? &ev->end : NULL, ev->display_date, true);
        el__sb_puts(&sb, ",\n     \"text\": {\"headline\": ");
        html_str(&sb, ev->label ? ev->label : "");
        if (ev->note) {
            el__sb_puts(&sb, ", \"text\": ");
            html_str(&sb, ev->note);
        }
        el__sb_puts(&sb, "}");
        if (ev->group) {
            el__sb_puts(&sb, ", \"group\": ");
            html_str_min(&sb, ev->group);
        }
        if (ev->id) {
            el__sb_puts(&sb, ", \"unique_id\": ");
            el__sb_json_str(&sb, ev->id);
        }
        if (ev->color) {
            el__sb_puts(&sb, ", \"background\": {\"color\": ");
            el__sb_json_str(&sb, ev->color);
            el__sb_puts(&sb, "}");
        }
        el__sb_puts(&sb, "}");
    }
    el__sb_puts(&sb, tl->n_events ? "\n  ]" : "]");
    if (tl->n_eras) {
        el__sb_puts(&sb, ",\n  \"eras\": [");
        for (size_t i = 0; i < tl->n_eras; i++) {
            const el_era *era = &tl->eras[i];
            el__sb_puts(&sb, i ? ",\n    {" : "\n    {");
            const el_instant *a, *b;
            span_of(&era->date, NULL, &a, &b);
            el__tparts pa, pb;
            char d[128];
            el__instant_to_tparts(a, false, &pa, d, sizeof d);
            el__instant_to_tparts(b ? b : a, true, &pb, d, sizeof d);
            write_tdate(&sb, "start_date", &pa);
            el__sb_puts(&sb, ", ");
            write_tdate(&sb, "end_date", &pb);
            el__sb_puts(&sb, ", \"text\": {\"headline\": ");
            html_str(&sb, era->label ? era->label : "");
            el__sb_puts(&sb, "}}");
        }
        el__sb_puts(&sb, "\n  ]");
    }
    el__sb_puts(&sb, "\n}\n");
    return el__sb_finish(&sb);
}
