/* eventline/import.h: other event-list formats, in and out.
 *   TimelineJS JSON (title, events with start_date/end_date/text/group,
 *   eras) and the TimelineJS spreadsheet as CSV (RFC 4180).  NDJSON (one
 *   eventline/1 or TimelineJS object per line) is split into lines by the
 *   caller and each line read with the readers here.  The mappings are in
 *   docs/FORMAT.md.
 */
#ifndef EVENTLINE_IMPORT_H
#define EVENTLINE_IMPORT_H

#include <stddef.h>

#include "eventline/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum el_input_format {
    EL_INPUT_AUTO = 0,
    EL_INPUT_EVENTLINE,   /* eventline/1 JSON */
    EL_INPUT_TIMELINEJS,  /* TimelineJS JSON */
    EL_INPUT_CSV,         /* TimelineJS spreadsheet as CSV */
    EL_INPUT_TEXT         /* plain text article: extract first */
} el_input_format;

/* Guesses the format from the content (and name's extension when given). */
el_input_format el_detect_format(const char *text, size_t len, const char *name);

/* Parses "eventline", "timelinejs", "csv", "text"; EL_INPUT_AUTO for "auto";
 * -1 when unknown. */
int el_input_format_from_name(const char *name);

/* Reads TimelineJS JSON / CSV into a new validated timeline. Errors carry
 * line:col like el_json_read. */
int el_timelinejs_read(const char *text, size_t len, const el_limits *lim,
                       el_timeline **out, el_error *err);
int el_csv_read(const char *text, size_t len, const el_limits *lim,
                el_timeline **out, el_error *err);

/* Writers: malloc'd NUL-terminated text, NULL when out of memory. */
char *el_timelinejs_write(const el_timeline *tl);
char *el_csv_write(const el_timeline *tl);

#ifdef __cplusplus
}
#endif
#endif
