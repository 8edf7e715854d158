/* model_internal.h: functions shared inside the model library.  Not installed. */
#ifndef EL_MODEL_INTERNAL_H
#define EL_MODEL_INTERNAL_H

#include <stddef.h>

#include "eventline/model.h"

/* el_timeline_validate that also writes the path of the offending value
 * ("events[2].date", "title", ...) into path (size > 0), or "" when the
 * problem has no single place. */
int el__timeline_validate(el_timeline *tl, el_error *err, char *path, size_t size);

/* True when s[0..n) is well-formed UTF-8 (no overlongs, no surrogates).
 * *bad receives the offset of the first bad byte otherwise. */
int el__utf8_valid(const char *s, size_t n, size_t *bad);

/* Converts a byte offset in text to a 1-based line and column (columns
 * count characters, not bytes). */
void el__json_line_col(const char *text, size_t len, size_t offset, int *line, int *col);

/* el_json_locate giving the byte offset of the value instead. */
int el__json_locate_offset(const char *text, size_t len, const char *path, size_t *offset);

/* Strict RFC 8259 syntax check of text[0..len), with nesting at most
 * max_depth, no NUL bytes, well-formed UTF-8 and no lone surrogates or
 * \u0000 in strings, nothing after the value.  Returns 0, or -1 with
 * *offset at the problem and a message in msg. */
int el__json_check(const char *text, size_t len, int max_depth, size_t *offset,
                   char *msg, size_t msgsize);

#endif
