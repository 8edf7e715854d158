/* fuzz_roundtrip.h: checks shared by the targets that read event lists.
 *
 * check_timeline() asserts what every reader promises about a timeline it
 * accepted; check_json_round_trip() asserts that writing it as eventline/1
 * JSON and reading that back gives the same model (compared through a
 * second write, which is deterministic).
 */
#ifndef EVENTLINE_FUZZ_ROUNDTRIP_H
#define EVENTLINE_FUZZ_ROUNDTRIP_H

#include "eventline/model.h"

/* Asserts ids present and unique, labels present, dates parsed, counts
 * within the limits. */
void check_timeline(const el_timeline *tl, const el_limits *lim);

/* Asserts write -> read -> write gives identical bytes.  Does not take tl. */
void check_json_round_trip(const el_timeline *tl, const el_limits *lim);

/* Asserts that a failed read left a usable error: code 1 or 3, a message,
 * no timeline, and a place that is either absent or plausible. */
void check_read_error(int rc, const el_timeline *tl, const el_error *err,
                      const char *reader);

#endif
