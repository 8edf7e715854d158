/* test_examples.c: the example event lists of the development material
 * (${EL_SHARED_DIR}/design/examples) read, convert and read back.  Exits
 * 77 (skipped) when that folder is absent. */
#include <stdio.h>
#include <stdlib.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "check.h"

/* events20.json: eventline/1, read, written, read back to the same labels
 * and dates, written again to the same bytes. */
static int test_events20(void)
{
    size_t len;
    char *text = slurp(EL_SHARED_DIR "/design/examples/events20.json", &len);
    if (!text)
        return 0;
    CHECK_EQ_INT(el_detect_format(text, len, "events20.json"), EL_INPUT_EVENTLINE);
    el_timeline *tl = NULL, *tl2 = NULL;
    el_error err;
    int rc = el_json_read(text, len, NULL, &tl, &err);
    if (rc)
        fprintf(stderr, "events20.json:%d:%d: %s\n", err.line, err.col, err.msg);
    CHECK_EQ_INT(rc, EL_OK);
    if (tl) {
        CHECK_EQ_INT(tl->n_events, 20);
        char *out = el_json_write(tl);
        CHECK_EQ_INT(el_json_read(out, strlen(out), NULL, &tl2, &err), EL_OK);
        if (tl2) {
            CHECK_EQ_INT(tl2->n_events, tl->n_events);
            for (size_t i = 0; i < tl->n_events && i < tl2->n_events; i++) {
                CHECK_STR_EQ(tl2->events[i].label, tl->events[i].label);
                CHECK_STR_EQ(tl2->events[i].date_text, tl->events[i].date_text);
            }
            char *out2 = el_json_write(tl2);
            CHECK_STR_EQ(out2, out);
            free(out2);
        }
        /* through TimelineJS and CSV, labels and day dates survive */
        char *tj = el_timelinejs_write(tl);
        el_timeline *t3 = NULL;
        CHECK_EQ_INT(el_timelinejs_read(tj, strlen(tj), NULL, &t3, &err), EL_OK);
        char *csv = t3 ? el_csv_write(t3) : NULL;
        el_timeline *t4 = NULL;
        if (csv)
            CHECK_EQ_INT(el_csv_read(csv, strlen(csv), NULL, &t4, &err), EL_OK);
        if (t4) {
            CHECK_EQ_INT(t4->n_events, 20);
            for (size_t i = 0; i < 20 && i < t4->n_events; i++) {
                CHECK_STR_EQ(t4->events[i].label, tl->events[i].label);
                CHECK(el_date_compare(&t4->events[i].date, &tl->events[i].date) == 0);
            }
        }
        el_timeline_free(t3);
        el_timeline_free(t4);
        free(tj);
        free(csv);
        free(out);
    }
    el_timeline_free(tl2);
    el_timeline_free(tl);
    free(text);
    return 1;
}

/* The two TimelineJS examples: BCE years, display dates, eras, groups. */
static int test_timelinejs_examples(void)
{
    static const char *const names[] = {"example_ancient_bce.json", "example_crisis_decade.json"};
    int found = 0;
    for (size_t i = 0; i < 2; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/design/examples/%s", EL_SHARED_DIR, names[i]);
        char *text = slurp(path, &len);
        if (!text)
            continue;
        found++;
        CHECK_EQ_INT(el_detect_format(text, len, names[i]), EL_INPUT_TIMELINEJS);
        el_timeline *tl = NULL;
        el_error err;
        int rc = el_timelinejs_read(text, len, NULL, &tl, &err);
        if (rc)
            fprintf(stderr, "%s:%d:%d: %s\n", names[i], err.line, err.col, err.msg);
        CHECK_EQ_INT(rc, EL_OK);
        if (tl) {
            CHECK(tl->n_events >= 6);
            CHECK(tl->title != NULL);
            CHECK_EQ_INT(tl->n_eras, 2);
            char *csv = el_csv_write(tl);
            el_timeline *back = NULL;
            CHECK_EQ_INT(el_csv_read(csv, strlen(csv), NULL, &back, &err), EL_OK);
            if (back)
                CHECK_EQ_INT(back->n_events, tl->n_events);
            el_timeline_free(back);
            free(csv);
            if (i == 0) {
                CHECK_STR_EQ(tl->events[0].date_text, "-2559");   /* 2560 BCE */
                CHECK_STR_EQ(tl->events[0].display_date, "c. 2560 BCE");
                CHECK_STR_EQ(tl->events[5].date_text, "-0043-03-15");
                CHECK_STR_EQ(tl->events[5].id, "ides-of-march");
                CHECK_STR_EQ(tl->eras[1].date_text, "-0508/-0026");
            } else {
                CHECK_CONTAINS(tl->title, "2008\xe2\x80\x93" "2014"); /* &ndash; decoded */
            }
        }
        el_timeline_free(tl);
        free(text);
    }
    return found;
}

int main(void)
{
    int found = test_events20() + test_timelinejs_examples();
    if (!found) {
        printf("%s/design/examples is absent: skipped\n", EL_SHARED_DIR);
        return 77;
    }
    CHECK_REPORT();
}
