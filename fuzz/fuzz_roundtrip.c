/* fuzz_roundtrip.c: model checks shared by the reader fuzz targets. */
#include "fuzz_roundtrip.h"

#include <stdlib.h>
#include <string.h>

#include "eventline/json.h"
#include "fuzz_check.h"

void check_timeline(const el_timeline *tl, const el_limits *lim)
{
    el_limits l = lim ? *lim : (el_limits){0};
    el_limits_fill_defaults(&l);
    FUZZ_CHECK(tl->n_events <= l.max_events, "%zu events over the limit %zu",
               tl->n_events, l.max_events);
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *ev = &tl->events[i];
        FUZZ_CHECK(ev->id && ev->id[0], "events[%zu] has no id", i);
        FUZZ_CHECK(ev->label != NULL, "events[%zu] has no label", i);
        FUZZ_CHECK(strlen(ev->label) <= l.max_label_bytes,
                   "events[%zu].label is %zu bytes, over the limit", i,
                   strlen(ev->label));
        FUZZ_CHECK(ev->date_text != NULL, "events[%zu] has no date", i);
        FUZZ_CHECK(ev->date.start.open || ev->date.end.open ||
                       ev->date.start.lo <= ev->date.end.hi,
                   "events[%zu] date \"%s\" ends before it starts", i,
                   ev->date_text);
        for (size_t j = 0; j < i; j++)
            FUZZ_CHECK(strcmp(tl->events[j].id, ev->id) != 0,
                       "events[%zu] and events[%zu] share id \"%s\"", j, i,
                       ev->id);
        for (size_t k = 0; k < ev->n_after; k++)
            FUZZ_CHECK(ev->after[k] != NULL, "events[%zu].after[%zu] NULL", i, k);
        for (size_t k = 0; k < ev->n_before; k++)
            FUZZ_CHECK(ev->before[k] != NULL, "events[%zu].before[%zu] NULL", i, k);
    }
}

void check_json_round_trip(const el_timeline *tl, const el_limits *lim)
{
    char *first = el_json_write(tl);
    if (!first)
        return; /* out of memory: allowed */

    el_timeline *again = NULL;
    el_error err;
    el_error_clear(&err);
    int rc = el_json_read(first, strlen(first), lim, &again, &err);
    if (rc == EL_ERR_IO) {
        free(first);
        return;
    }
    FUZZ_CHECK(rc == EL_OK && again,
               "the writer's own output does not read back: %d:%d: %s\n%s",
               err.line, err.col, err.msg, first);

    char *second = el_json_write(again);
    if (second)
        FUZZ_CHECK(strcmp(first, second) == 0,
                   "write(read(write(x))) differs from write(x):\n%s\n---\n%s",
                   first, second);
    free(second);
    el_timeline_free(again);
    free(first);
}

void check_read_error(int rc, const el_timeline *tl, const el_error *err,
                      const char *reader)
{
    FUZZ_CHECK(rc == EL_ERR_INPUT || rc == EL_ERR_IO, "%s returned %d", reader,
               rc);
    FUZZ_CHECK(tl == NULL, "%s failed (%d) but returned a timeline", reader, rc);
    FUZZ_CHECK(err->code == rc, "%s returned %d but err.code is %d", reader, rc,
               err->code);
    FUZZ_CHECK(memchr(err->msg, '\0', sizeof err->msg) && err->msg[0],
               "%s failed without a message", reader);
    FUZZ_CHECK(err->line >= 0 && err->col >= 0 && (err->line > 0 || err->col == 0),
               "%s: bad place %d:%d", reader, err->line, err->col);
}
