/* eventline/json.h: reading and writing eventline/1 JSON (docs/FORMAT.md).
 *
 * The reader reports every problem with its place in the text:
 *   events.json:4:15: events[2].date: "2018-02-30": February 2018 has 28 days
 * (the caller prints the name; el_error carries line, col and the message).
 */
#ifndef EVENTLINE_JSON_H
#define EVENTLINE_JSON_H

#include <stddef.h>

#include "eventline/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Parses text[0..len) as eventline/1 JSON into a new timeline (*out), checks
 * it with el_timeline_validate, and applies lim (NULL: defaults).  Returns
 * EL_OK, or EL_ERR_INPUT with err filled (line:col of the offending value)
 * and *out NULL.  EL_ERR_IO when out of memory. */
int el_json_read(const char *text, size_t len, const el_limits *lim,
                 el_timeline **out, el_error *err);

/* Serialises tl as pretty-printed eventline/1 JSON (with "eventline": 1),
 * NUL-terminated, malloc'd; the caller frees it.  NULL when out of memory.
 * Output is deterministic: the same model gives the same bytes. */
char *el_json_write(const el_timeline *tl);

/* Receives the output of a streaming writer: len bytes at data.  Returns 0,
 * or a negative value to stop the writer. */
typedef int (*el_json_sink)(void *closure, const unsigned char *data, size_t len);

/* Writes the same bytes as el_json_write, but in pieces of about 64 KiB
 * through fn, so the whole text is never held in memory.  0, or -1 when fn
 * failed or memory ran out (the output is then incomplete). */
int el_json_write_stream(const el_timeline *tl, el_json_sink fn, void *closure);

/* Finds the 1-based line and column of the value at a path such as
 * "events[2].date" in JSON text; returns 0 when found, -1 otherwise. */
int el_json_locate(const char *text, size_t len, const char *path,
                   int *line, int *col);

#ifdef __cplusplus
}
#endif
#endif
