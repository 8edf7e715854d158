/* fuzz_extract.c: event extraction from arbitrary bytes.
 *
 * Whatever the text, the events appended to the timeline must form a valid
 * eventline/1 model (labels, parsable dates, links that name existing
 * events without cycles) in chronological order, and survive a JSON round
 * trip unchanged.  The input is cut in two at its first form feed (if any)
 * so that multi-document merging runs too.
 */
#include <string.h>

#include "eventline/extract.h"
#include "eventline/json.h"
#include "fuzz_check.h"
#include "fuzz_roundtrip.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *ff = memchr(text, '\f', size);
    size_t first_len = ff ? (size_t)(ff - text) : size;

    el_timeline *tl = el_timeline_new();
    if (!tl)
        return 0;
    el_extract_options opt = {"2018-07-07", "2018-07-10", "a.txt", 0};
    el_extract_info info;
    el_error err;
    el_error_clear(&err);
    int rc = el_extract(text, first_len, &opt, tl, &info, &err);
    FUZZ_CHECK(rc == EL_OK || rc == EL_ERR_IO, "el_extract: %d %s", rc, err.msg);
    if (rc == EL_OK && ff) {
        el_extract_options opt2 = {NULL, "2018-07-10", "b.txt", 0};
        rc = el_extract(ff + 1, size - first_len - 1, &opt2, tl, &info, &err);
        FUZZ_CHECK(rc == EL_OK || rc == EL_ERR_IO, "el_extract (second): %d %s",
                   rc, err.msg);
    }
    if (rc == EL_OK && el_extract_finish(tl) == 0) {
        el_error_clear(&err);
        FUZZ_CHECK(el_timeline_validate(tl, &err) == EL_OK,
                   "extracted timeline does not validate: %s", err.msg);
        check_timeline(tl, NULL);
        for (size_t k = 1; k < tl->n_events; k++)
            FUZZ_CHECK(el_date_compare(&tl->events[k - 1].date,
                                       &tl->events[k].date) <= 0 ||
                           tl->events[k].n_after || tl->events[k].n_before ||
                           tl->events[k - 1].n_after || tl->events[k - 1].n_before,
                       "extracted events %zu (%s) and %zu (%s) out of order",
                       k - 1, tl->events[k - 1].date_text, k,
                       tl->events[k].date_text);
        for (size_t k = 0; k < tl->n_events; k++) {
            const el_evidence *ev = tl->events[k].evidence;
            if (ev && ev->doc && strcmp(ev->doc, "a.txt") == 0)
                FUZZ_CHECK(ev->start <= ev->end && ev->end <= first_len,
                           "events[%zu] evidence [%zu,%zu) outside a.txt (%zu)",
                           k, ev->start, ev->end, first_len);
        }
        check_json_round_trip(tl, NULL);
    }
    el_timeline_free(tl);
    return 0;
}
