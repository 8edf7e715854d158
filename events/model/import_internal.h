/* import_internal.h: helpers shared by the TimelineJS and CSV readers and
 * writers.  Not installed. */
#ifndef EL_IMPORT_INTERNAL_H
#define EL_IMPORT_INTERNAL_H

#include <stdint.h>
#include <stddef.h>

#include "eventline/model.h"
#include "events/model/strbuf.h"

/* HTML (as TimelineJS allows in headlines and texts) reduced to plain
 * UTF-8 text: tags dropped (script/style with their content), <br>, <p>,
 * <div>, <li> and headings become line breaks, entities decoded, runs of
 * spaces collapsed, ends trimmed.  malloc'd; NULL when out of memory. */
char *el__html_to_text(const char *html, size_t n);

/* Escapes text for HTML (& < > ") with line breaks as <br>. */
void el__sb_html(el__sb *sb, const char *text);

/* Escapes only what an HTML reader would misread ("&amp;"-like sequences,
 * "<" before a tag name), so plain texts stay readable; line breaks as <br>. */
void el__sb_html_min(el__sb *sb, const char *text);

/* The parts of a TimelineJS date; has_* say which were given. */
typedef struct el__tparts {
    int64_t year;
    int month, day, hour, minute, second;
    bool has_year, has_month, has_day, has_hour, has_minute, has_second;
} el__tparts;

/* Builds the eventline date text for TimelineJS parts into buf: TimelineJS
 * years are shown as |year| BCE when negative, so year -44 becomes -0043
 * (44 BC); beyond four digits only the year is kept, as TimelineJS does on
 * its cosmological scale.  Returns 0, or -1 when there is no year. */
int el__tparts_to_text(const el__tparts *p, char *buf, size_t size);

/* The TimelineJS parts of one endpoint of an eventline date (the inverse
 * of the above); *display receives a short text for precisions TimelineJS
 * cannot show (quarters, seasons, decades, qualifiers) or "" when none.
 * Such coarse values are placed at their first year, month or day, or with
 * as_end at their last, so that a span keeps its length. */
void el__instant_to_tparts(const el_instant *in, bool as_end, el__tparts *p, char *display,
                           size_t dsize);

/* Label fallback for an imported event without a headline: the first line
 * of text, at most 80 bytes (and at most max when max > 0), cut at a word.
 * malloc'd; NULL when text is blank or memory is out. */
char *el__label_from_text(const char *text, size_t max);

#endif
