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

#endif
