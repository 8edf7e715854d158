/* fuzz_json.c: the eventline/1 JSON reader, then a write/read round trip.
 *
 * Any bytes either read into a valid timeline or fail with a placed error.
 * A timeline that was read must survive write -> read -> write unchanged,
 * and must still be accepted after sorting.  Tight limits are used on every
 * other run so the limit checks are exercised as well as the defaults.
 */
#include <string.h>

#include "eventline/json.h"
#include "eventline/model.h"
#include "fuzz_check.h"
#include "fuzz_roundtrip.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const el_limits tight = {4096, 16, 64, 128, 8};
    const el_limits *limits[] = {NULL, &tight};

    for (size_t i = 0; i < 2; i++) {
        el_timeline *tl = NULL;
        el_error err;
        el_error_clear(&err);
        int rc = el_json_read((const char *)data, size, limits[i], &tl, &err);
        if (rc != EL_OK) {
            check_read_error(rc, tl, &err, "el_json_read");
            continue;
        }
        FUZZ_CHECK(tl != NULL, "%s", "el_json_read succeeded without a timeline");
        check_timeline(tl, limits[i]);
        check_json_round_trip(tl, limits[i]);

        el_timeline_sort(tl);
        el_error_clear(&err);
        FUZZ_CHECK(el_timeline_validate(tl, &err) == EL_OK,
                   "a sorted valid timeline no longer validates: %s", err.msg);
        for (size_t k = 1; k < tl->n_events; k++)
            FUZZ_CHECK(el_date_compare(&tl->events[k - 1].date,
                                       &tl->events[k].date) <= 0,
                       "events %zu (%s) and %zu (%s) out of date order after sorting",
                       k - 1, tl->events[k - 1].date_text, k,
                       tl->events[k].date_text);
        el_timeline_free(tl);
    }
    return 0;
}
