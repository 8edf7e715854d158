/* json_write.c: el_json_write, a timeline as pretty eventline/1 JSON.
 *
 * Layout is fixed so that output is byte-for-byte deterministic: two-space
 * indentation, members in a fixed order ("eventline": 1 first), absent
 * fields left out, id lists on one line.  Dates are written as given
 * (date_text), or in canonical form when only the parsed value is set. */
#include <stdlib.h>
#include <string.h>

#include "eventline/json.h"
#include "events/model/json_write_internal.h"

/* Writes `,\n<indent>"key": "value"` for a present string. */
static void member_str(el__sb *sb, int indent, bool *first, const char *key, const char *val)
{
    if (!val)
        return;
    el__sb_puts(sb, *first ? "\n" : ",\n");
    *first = false;
    el__sb_printf(sb, "%*s", indent, "");
    el__sb_json_str(sb, key);
    el__sb_puts(sb, ": ");
    el__sb_json_str(sb, val);
}

static void member_num(el__sb *sb, int indent, bool *first, const char *key, size_t val)
{
    el__sb_puts(sb, *first ? "\n" : ",\n");
    *first = false;
    el__sb_printf(sb, "%*s\"%s\": %zu", indent, "", key, val);
}

static void member_ids(el__sb *sb, int indent, bool *first, const char *key,
                       char **list, size_t n)
{
    if (!n)
        return;
    el__sb_puts(sb, *first ? "\n" : ",\n");
    *first = false;
    el__sb_printf(sb, "%*s\"%s\": [", indent, "", key);
    for (size_t i = 0; i < n; i++) {
        if (i)
            el__sb_puts(sb, ", ");
        el__sb_json_str(sb, list[i]);
    }
    el__sb_puts(sb, "]");
}

/* The date as text: date_text when set, else the canonical form. */
static void member_date(el__sb *sb, int indent, bool *first, const char *key,
                        const char *text, const el_date *d)
{
    char buf[128];
    if (!text) {
        if (d->start.prec == EL_PREC_NONE && d->end.prec == EL_PREC_NONE)
            return;
        el_date_format(d, buf, sizeof buf);
        text = buf;
    }
    member_str(sb, indent, first, key, text);
}

/* The evidence member of an event, with its timex when there is one. */
static void write_evidence(el__sb *sb, bool *outer_first, const el_evidence *e)
{
    bool first = true;
    el__sb_puts(sb, *outer_first ? "\n      \"evidence\": {" : ",\n      \"evidence\": {");
    *outer_first = false;
    member_str(sb, 8, &first, "doc", e->doc);
    member_num(sb, 8, &first, "start", e->start);
    member_num(sb, 8, &first, "end", e->end);
    member_str(sb, 8, &first, "text", e->text);
    if (e->has_timex) {
        bool tf = true;
        el__sb_puts(sb, ",\n        \"timex\": {");
        member_str(sb, 10, &tf, "text", e->timex.text);
        member_str(sb, 10, &tf, "type", e->timex.type);
        member_str(sb, 10, &tf, "value", e->timex.value);
        member_str(sb, 10, &tf, "mod", e->timex.mod);
        member_num(sb, 10, &tf, "start", e->timex.start);
        member_num(sb, 10, &tf, "end", e->timex.end);
        el__sb_puts(sb, "\n        }");
    }
    el__sb_puts(sb, "\n      }");
}

/* One event object, members in the documented order. */
static void write_event(el__sb *sb, const el_event *ev)
{
    bool first = true;
    el__sb_puts(sb, "    {");
    member_str(sb, 6, &first, "id", ev->id);
    member_date(sb, 6, &first, "date", ev->date_text, &ev->date);
    if (ev->end_text)
        member_str(sb, 6, &first, "end", ev->end_text);
    member_str(sb, 6, &first, "label", ev->label);
    member_str(sb, 6, &first, "note", ev->note);
    member_str(sb, 6, &first, "display_date", ev->display_date);
    member_str(sb, 6, &first, "group", ev->group);
    member_str(sb, 6, &first, "color", ev->color);
    member_ids(sb, 6, &first, "after", ev->after, ev->n_after);
    member_ids(sb, 6, &first, "before", ev->before, ev->n_before);
    if (ev->evidence)
        write_evidence(sb, &first, ev->evidence);
    el__sb_puts(sb, first ? "}" : "\n    }");
}

void el__json_write_head(el__sb *sb, const el_timeline *tl)
{
    bool first = true;
    el__sb_puts(sb, "{");
    el__sb_puts(sb, "\n  \"eventline\": 1");
    first = false;
    member_str(sb, 2, &first, "title", tl->title);
    member_str(sb, 2, &first, "subtitle", tl->subtitle);
    member_str(sb, 2, &first, "source", tl->source);
    member_str(sb, 2, &first, "dct", tl->dct);
    el__sb_puts(sb, ",\n  \"events\": [");
}

void el__json_write_event(el__sb *sb, const el_event *ev, size_t i)
{
    el__sb_puts(sb, i ? ",\n" : "\n");
    write_event(sb, ev);
}

void el__json_write_tail(el__sb *sb, const el_timeline *tl, size_t n_events)
{
    el__sb_puts(sb, n_events ? "\n  ]" : "]");
    if (tl->n_eras) {
        el__sb_puts(sb, ",\n  \"eras\": [");
        for (size_t i = 0; i < tl->n_eras; i++) {
            const el_era *era = &tl->eras[i];
            bool f = true;
            el__sb_puts(sb, i ? ",\n    {" : "\n    {");
            member_date(sb, 6, &f, "date", era->date_text, &era->date);
            member_str(sb, 6, &f, "label", era->label);
            member_str(sb, 6, &f, "color", era->color);
            el__sb_puts(sb, f ? "}" : "\n    }");
        }
        el__sb_puts(sb, "\n  ]");
    }
    el__sb_puts(sb, "\n}\n");
}

int el__json_flush(el__sb *sb, el_json_sink fn, void *closure, size_t at_least)
{
    if (sb->failed)
        return -1;
    if (sb->len < at_least || sb->len == 0)
        return 0;
    int rc = fn(closure, (const unsigned char *)sb->data, sb->len);
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
    return rc < 0 ? -1 : 0;
}

char *el_json_write(const el_timeline *tl)
{
    el__sb sb = {0};
    if (!tl)
        return NULL;
    el__json_write_head(&sb, tl);
    for (size_t i = 0; i < tl->n_events; i++)
        el__json_write_event(&sb, &tl->events[i], i);
    el__json_write_tail(&sb, tl, tl->n_events);
    return el__sb_finish(&sb);
}

int el_json_write_stream(const el_timeline *tl, el_json_sink fn, void *closure)
{
    el__sb sb = {0};
    int rc = -1;
    if (!tl || !fn)
        return -1;
    el__json_write_head(&sb, tl);
    for (size_t i = 0; i < tl->n_events; i++) {
        el__json_write_event(&sb, &tl->events[i], i);
        if (el__json_flush(&sb, fn, closure, EL__JSON_CHUNK) < 0)
            goto out;
    }
    el__json_write_tail(&sb, tl, tl->n_events);
    rc = el__json_flush(&sb, fn, closure, 0);
out:
    el__sb_discard(&sb);
    return rc;
}
