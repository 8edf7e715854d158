/* test_layout.c: quick layout check (grown into the property test). */
#include <stdio.h>
#include <stdlib.h>
#include "fake_measure.h"
#include "render/layout.h"
#include "render/timefmt.h"

int main(void)
{
    lay_event ev[20];
    char labels[20][64];
    for (int i = 0; i < 20; i++) {
        snprintf(labels[i], 64, "Event number %d happened somewhere", i);
        int64_t d = el_days_from_civil(2008 + i / 2, 1 + (i * 5) % 12, 10);
        ev[i] = (lay_event){.id = NULL, .date_text = "10 Jan 2008", .label = labels[i],
                            .note = i % 3 ? "A note that is long enough to wrap onto a second line" : NULL,
                            .t0 = d * 86400, .t1 = (d + 1) * 86400, .shape = LAY_SHAPE_POINT};
    }
    lay_input in = {.events = ev, .n_events = 20, .title = "Test", .width = 1920, .height = 1080,
                    .orientation = EL_ORIENT_HORIZONTAL};
    lay_style st;
    lay_style_for(1920, 1080, &st);
    fake_ctx fc = {&st};
    lay_result r;
    el_error err = {0};
    int rc = lay_layout(&in, fake_measure, &fc, &r, &err);
    printf("rc=%d %s\n", rc, err.msg);
    if (rc == 0) {
        char *j = lay_to_json(&r, &in);
        fputs(j, stdout);
        free(j);
        lay_result_free(&r);
    }
    return rc;
}
