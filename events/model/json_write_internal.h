/* json_write_internal.h: the pieces of the eventline/1 JSON writer, for
 * writers that produce their events one at a time (the extractor streams
 * its events without holding them all).  Not installed. */
#ifndef EL_JSON_WRITE_INTERNAL_H
#define EL_JSON_WRITE_INTERNAL_H

#include <stddef.h>

#include "eventline/json.h"
#include "events/model/strbuf.h"

/* Bytes gathered before a streaming writer hands them to its sink. */
#define EL__JSON_CHUNK ((size_t)64 << 10)

/* Appends everything before the first event: "{", "eventline", the
 * title, subtitle, source and dct members of tl, and `"events": [`. */
void el__json_write_head(el__sb *sb, const el_timeline *tl);
/* Appends event ev as the i-th (0-based) element of the events array. */
void el__json_write_event(el__sb *sb, const el_event *ev, size_t i);
/* Appends the end of the events array (n_events: how many were written),
 * tl's eras and the closing brace. */
void el__json_write_tail(el__sb *sb, const el_timeline *tl, size_t n_events);
/* Hands the buffered text to fn and empties the buffer when it holds at
 * least at_least bytes (0: always).  0, or -1 when fn failed or the buffer
 * ran out of memory (the buffer is still the caller's to discard). */
int el__json_flush(el__sb *sb, el_json_sink fn, void *closure, size_t at_least);

#endif
