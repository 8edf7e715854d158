/* fuzz_import.c: one of the foreign-format importers (CSV or TimelineJS
 * JSON, chosen at build time by FUZZ_IMPORT_CSV), then round trips.
 *
 * Accepted input must give a valid timeline that survives an eventline/1
 * JSON round trip unchanged; the importer's own writer must produce text
 * that the importer reads back with the same number of events.
 */
#include <stdlib.h>
#include <string.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "fuzz_check.h"
#include "fuzz_roundtrip.h"

#ifdef FUZZ_IMPORT_CSV
#define IMPORT_READ el_csv_read
#define IMPORT_WRITE el_csv_write
#define IMPORT_NAME "el_csv_read"
#else
#define IMPORT_READ el_timelinejs_read
#define IMPORT_WRITE el_timelinejs_write
#define IMPORT_NAME "el_timelinejs_read"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    el_timeline *tl = NULL;
    el_error err;
    el_error_clear(&err);
    int rc = IMPORT_READ((const char *)data, size, NULL, &tl, &err);
    if (rc != EL_OK) {
        check_read_error(rc, tl, &err, IMPORT_NAME);
        return 0;
    }
    FUZZ_CHECK(tl != NULL, "%s succeeded without a timeline", IMPORT_NAME);
    check_timeline(tl, NULL);
    check_json_round_trip(tl, NULL);

    /* Format detection must not crash on anything the readers accept. */
    (void)el_detect_format((const char *)data, size, NULL);

    char *text = IMPORT_WRITE(tl);
    if (text) {
        el_timeline *again = NULL;
        el_error_clear(&err);
        rc = IMPORT_READ(text, strlen(text), NULL, &again, &err);
        FUZZ_CHECK(rc == EL_OK || rc == EL_ERR_IO,
                   "%s rejects its own writer's output: %d:%d: %s\n%s",
                   IMPORT_NAME, err.line, err.col, err.msg, text);
        if (rc == EL_OK)
            FUZZ_CHECK(again->n_events == tl->n_events,
                       "%s round trip: %zu events became %zu", IMPORT_NAME,
                       tl->n_events, again->n_events);
        el_timeline_free(again);
        free(text);
    }
    el_timeline_free(tl);
    return 0;
}
