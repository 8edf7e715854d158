/* test_model.c: building, copying, validating and sorting timelines. */
#include <stdio.h>
#include <stdlib.h>

#include "eventline/model.h"
#include "check.h"

static el_event *add(el_timeline *tl, const char *id, const char *date, const char *label)
{
    el_event *ev = el_timeline_add_event(tl);
    if (!ev)
        abort();
    if (id)
        el_set_str(&ev->id, id);
    el_set_str(&ev->date_text, date);
    el_set_str(&ev->label, label);
    return ev;
}

static void test_building(void)
{
    el_timeline *tl = el_timeline_new();
    CHECK(tl != NULL);
    for (int i = 0; i < 100; i++) {
        el_event *ev = el_timeline_add_event(tl);
        CHECK(ev != NULL);
        CHECK_EQ_INT(ev->input_index, i);
        CHECK(ev->id == NULL && ev->label == NULL && ev->evidence == NULL);
    }
    CHECK_EQ_INT(tl->n_events, 100);
    el_era *era = el_timeline_add_era(tl);
    CHECK(era != NULL && tl->n_eras == 1);

    char *f = NULL;
    CHECK_EQ_INT(el_set_str(&f, "abc"), 0);
    CHECK_STR_EQ(f, "abc");
    CHECK_EQ_INT(el_set_strn(&f, "hello world", 5), 0);
    CHECK_STR_EQ(f, "hello");
    CHECK_EQ_INT(el_set_str(&f, NULL), 0);
    CHECK(f == NULL);

    char **list = NULL;
    size_t n = 0;
    CHECK_EQ_INT(el_strlist_add(&list, &n, "e1"), 0);
    CHECK_EQ_INT(el_strlist_add(&list, &n, "e2"), 0);
    CHECK_EQ_INT(n, 2);
    CHECK_STR_EQ(list[1], "e2");
    CHECK_EQ_INT(el_strlist_add(&list, &n, NULL), -1);
    CHECK_EQ_INT(n, 2);

    el_event *ev = &tl->events[3];
    el_set_str(&ev->label, "label");
    el_set_str(&ev->note, "note");
    ev->after = list;
    ev->n_after = n;
    ev->evidence = calloc(1, sizeof *ev->evidence);
    el_set_str(&ev->evidence->doc, "doc.txt");
    ev->evidence->has_timex = true;
    el_set_str(&ev->evidence->timex.value, "2018");
    ev->evidence->start = 7;

    el_event copy;
    CHECK_EQ_INT(el_event_copy(&copy, ev), 0);
    CHECK(copy.label != ev->label);
    CHECK_STR_EQ(copy.label, "label");
    CHECK_STR_EQ(copy.after[1], "e2");
    CHECK(copy.after != ev->after);
    CHECK_STR_EQ(copy.evidence->doc, "doc.txt");
    CHECK_STR_EQ(copy.evidence->timex.value, "2018");
    CHECK_EQ_INT(copy.evidence->start, 7);
    CHECK_EQ_INT(copy.input_index, 3);
    el_event_clear(&copy);
    CHECK(copy.label == NULL && copy.after == NULL && copy.n_after == 0);
    el_event_clear(NULL);
    el_timeline_free(tl);
    el_timeline_free(NULL);

    el_limits lim = {0};
    lim.max_events = 5;
    el_limits_fill_defaults(&lim);
    CHECK_EQ_INT(lim.max_events, 5);
    CHECK_EQ_INT(lim.max_label_bytes, EL_DEFAULT_MAX_LABEL_BYTES);
    CHECK_EQ_INT(lim.max_depth, EL_DEFAULT_MAX_DEPTH);
    CHECK_EQ_INT(lim.max_input_bytes, EL_DEFAULT_MAX_INPUT_BYTES);
}

static void test_validate(void)
{
    el_error err;
    el_timeline *tl = el_timeline_new();
    add(tl, NULL, "2018", "a");
    add(tl, "x", "2019-02", "b");
    add(tl, NULL, "2017-Q2", "c");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    CHECK_STR_EQ(tl->events[0].id, "e1");
    CHECK_STR_EQ(tl->events[2].id, "e3");
    CHECK_EQ_INT(tl->events[2].date.start.prec, EL_PREC_QUARTER);
    /* an explicit id that clashes with a default one */
    el_set_str(&tl->events[1].id, "e1");
    el_set_str(&tl->events[0].id, NULL);
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[1].id: duplicate id \"e1\" (events[0] has it too)");
    el_set_str(&tl->events[1].id, "x");
    el_set_str(&tl->events[1].color, "#ABC");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_set_str(&tl->events[1].color, "#abcdeg");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[1].color: \"#abcdeg\" is not a colour");
    el_set_str(&tl->events[1].color, NULL);
    el_set_str(&tl->events[1].end_text, "2019-01");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[1].end: \"2019-01\" is before the date \"2019-02\"");
    el_set_str(&tl->events[1].end_text, "2019-02-10");   /* inside: fine */
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_set_str(&tl->events[1].end_text, "2019-02-31");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[1].end: \"2019-02-31\": February 2019 has 28 days");
    el_set_str(&tl->events[1].end_text, NULL);
    el_set_str(&tl->dct, "2018-07-07");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_set_str(&tl->dct, "2018-07-32");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "dct: \"2018-07-32\": July 2018 has 31 days");
    el_set_str(&tl->dct, NULL);

    /* links: unknown, self, cycles */
    el_strlist_add(&tl->events[0].after, &tl->events[0].n_after, "nope");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0].after[0]: unknown id \"nope\"");
    el_set_str(&tl->events[0].after[0], "x");
    el_strlist_add(&tl->events[1].after, &tl->events[1].n_after, "e3");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_strlist_add(&tl->events[2].after, &tl->events[2].n_after, "e1");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "ordering cycle: ");
    CHECK_CONTAINS(err.msg, "e1 -> e3 -> x -> e1");
    el_timeline_free(tl);

    /* before-lists close cycles too */
    tl = el_timeline_new();
    add(tl, "a", "2018", "a");
    add(tl, "b", "2018", "b");
    el_strlist_add(&tl->events[0].before, &tl->events[0].n_before, "b");
    el_strlist_add(&tl->events[1].before, &tl->events[1].n_before, "a");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[1].before[0]: ordering cycle: a -> b -> a");
    el_timeline_free(tl);

    /* missing pieces */
    tl = el_timeline_new();
    el_timeline_add_event(tl);
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0]: missing \"label\"");
    el_set_str(&tl->events[0].label, "L");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0]: missing \"date\"");
    el_set_str(&tl->events[0].date_text, "2018");
    el_set_str(&tl->events[0].id, "");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0].id: must not be empty");
    el_set_str(&tl->events[0].id, NULL);
    el_era *era = el_timeline_add_era(tl);
    el_set_str(&era->label, "war");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "eras[0]: missing \"date\"");
    el_set_str(&era->date_text, "2011/2010");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "eras[0].date: \"2011/2010\": the end \"2010\" is before the start");
    el_set_str(&era->date_text, "2010/2011");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    CHECK_EQ_INT(err.code, EL_OK);
    CHECK_EQ_INT(el_timeline_validate(NULL, &err), EL_ERR_USAGE);
    el_timeline_free(tl);
}

static const char *order_of(el_timeline *tl, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < tl->n_events; i++) {
        strncat(buf, tl->events[i].id, size - strlen(buf) - 1);
        if (i + 1 < tl->n_events)
            strncat(buf, " ", size - strlen(buf) - 1);
    }
    return buf;
}

static void test_sort(void)
{
    el_error err;
    char buf[256];
    el_timeline *tl = el_timeline_new();
    add(tl, "a", "2018-07-07", "a");
    add(tl, "b", "2018", "b");
    add(tl, "c", "-0044", "c");
    add(tl, "d", "2018-07", "d");
    add(tl, "e", "2018-07-07", "e");
    add(tl, "f", "../2017", "f");
    add(tl, "g", "2018-07-07", "g");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_timeline_sort(tl);
    CHECK_STR_EQ(order_of(tl, buf, sizeof buf), "c f b d a e g");
    el_timeline_sort(tl); /* idempotent */
    CHECK_STR_EQ(order_of(tl, buf, sizeof buf), "c f b d a e g");
    el_timeline_free(tl);

    /* among equal dates, links decide; then input order */
    tl = el_timeline_new();
    add(tl, "p", "2018-07-07", "p");
    add(tl, "q", "2018-07-07", "q");
    add(tl, "r", "2018-07-07", "r");
    add(tl, "s", "2018-07-06", "s");
    el_strlist_add(&tl->events[0].after, &tl->events[0].n_after, "r");  /* r before p */
    el_strlist_add(&tl->events[1].before, &tl->events[1].n_before, "r"); /* q before r */
    el_strlist_add(&tl->events[3].after, &tl->events[3].n_after, "p");  /* dates win */
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_timeline_sort(tl);
    CHECK_STR_EQ(order_of(tl, buf, sizeof buf), "s q r p");
    /* pointers into after-lists survive the reordering */
    CHECK_STR_EQ(tl->events[3].after[0], "r");
    el_timeline_free(tl);

    /* many equal dates in reverse input order keep input order */
    tl = el_timeline_new();
    for (int i = 0; i < 1000; i++) {
        char id[16];
        snprintf(id, sizeof id, "x%d", i);
        add(tl, id, i % 2 ? "2018" : "2017", "l");
    }
    el_timeline_sort(tl);
    int ok = 1;
    for (size_t i = 1; i < tl->n_events; i++) {
        int c = el_date_compare(&tl->events[i - 1].date, &tl->events[i].date);
        /* dates were not parsed (no validate): all compare equal, input order */
        if (c > 0 || (c == 0 && tl->events[i - 1].input_index > tl->events[i].input_index))
            ok = 0;
    }
    CHECK(ok);
    CHECK(el_timeline_validate(tl, &err) == EL_OK);
    el_timeline_sort(tl);
    CHECK_STR_EQ(tl->events[0].id, "x0");
    CHECK_STR_EQ(tl->events[499].id, "x998");
    CHECK_STR_EQ(tl->events[500].id, "x1");
    el_timeline_free(tl);
    el_timeline_sort(NULL);

    /* a long chain of links among equal dates, given in reverse: each event
     * comes after the one written after it */
    tl = el_timeline_new();
    const int chain = 20000;
    for (int i = 0; i < chain; i++) {
        char id[16], next[16];
        snprintf(id, sizeof id, "c%d", i);
        snprintf(next, sizeof next, "c%d", i + 1);
        el_event *ev = add(tl, id, "2018", "l");
        if (i + 1 < chain)
            el_strlist_add(&ev->after, &ev->n_after, next);
    }
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_timeline_sort(tl);
    CHECK_STR_EQ(tl->events[0].id, "c19999");
    CHECK_STR_EQ(tl->events[chain - 1].id, "c0");
    el_timeline_free(tl);

    /* sorting does not require a validated model: a cycle falls back to
     * input order for the events in it */
    tl = el_timeline_new();
    add(tl, "u", "2018", "u");
    add(tl, "v", "2018", "v");
    add(tl, "w", "2018", "w");
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    el_strlist_add(&tl->events[0].after, &tl->events[0].n_after, "v");
    el_strlist_add(&tl->events[1].after, &tl->events[1].n_after, "u");
    el_strlist_add(&tl->events[1].after, &tl->events[1].n_after, "w");
    el_timeline_sort(tl);
    CHECK_STR_EQ(order_of(tl, buf, sizeof buf), "w u v");
    el_timeline_free(tl);
}

int main(void)
{
    test_building();
    test_validate();
    test_sort();
    CHECK_REPORT();
}
