/* test_extract_seed.c: the project's seed article (shared data; skipped
 * when absent) gives the expected six events in order, with the DCT given,
 * and the dateline gives the DCT by the weekday rule without one. */
#include "ex_check.h"
#include "ex_timeline_check.h"

#define SEED EL_SHARED_DIR "/seeds/000_19210f1ef9f6238c.txt"

static void seed_with_dct(const char *text, size_t len)
{
    el_timeline *tl = el_timeline_new();
    el_extract_options opt = {"2018-07-07", NULL, "seed.txt", 0};
    el_extract_info info;
    el_error err;
    CHECK_INT(el_extract(text, len, &opt, tl, &info, &err), EL_OK);
    CHECK_INT(el_extract_finish(tl), 0);
    CHECK_STR(tl->dct, "2018-07-07");
    printf("seed timeline (dct 2018-07-07):\n");
    ex_print_timeline(tl, stdout);

    long treaty = ex_find_event(tl, 0, "2008", "treaty");
    long uprising = ex_find_event(tl, 0, "2011", "uprising");
    long left = ex_find_event(tl, 0, NULL, "Italian companies+leave+Libya");
    long oil = ex_find_event(tl, 0, NULL, "army+oil crescent");
    long handed = ex_find_event(tl, 0, NULL, "hands over+National Oil Corporation");
    long meets = ex_find_event(tl, 0, "2018-07-07", "Serraj+meets+Milanesi+Tripoli");
    CHECK(treaty >= 0);
    CHECK(uprising >= 0);
    CHECK(left >= 0);
    CHECK(oil >= 0);
    CHECK(handed >= 0);
    CHECK(meets >= 0);
    CHECK(treaty < uprising && uprising < left && left < oil && oil < handed && handed < meets);
    if (left >= 0) {
        const el_event *e = &tl->events[left];
        CHECK(e->date.start.qual & EL_Q_APPROX);
        CHECK(e->date.start.year >= 2013 && e->date.end.year <= 2016);
        CHECK(e->evidence && e->evidence->has_timex && ex_contains_ci(e->evidence->timex.text, "a few years ago"));
    }
    if (oil >= 0) {
        const el_event *e = &tl->events[oil];
        CHECK(e->date.start.qual & EL_Q_APPROX);
        CHECK(e->date.start.year == 2018 && e->date.start.month >= 3 && e->date.start.month <= 4);
    }
    if (handed >= 0 && oil >= 0) {
        const el_event *e = &tl->events[handed];
        CHECK_INT(e->n_after, 1);
        if (e->n_after == 1) CHECK_STR(e->after[0], tl->events[oil].id);
        /* Before the report date. */
        el_date dct;
        el_error perr;
        CHECK_INT(el_date_parse("2018-07-07", &dct, &perr), EL_OK);
        CHECK(e->date.start.lo < dct.end.hi);
    }
    if (meets >= 0) {
        const el_event *e = &tl->events[meets];
        CHECK(e->evidence != NULL);
        if (e->evidence) {
            CHECK_STR(e->evidence->doc, "seed.txt");
            CHECK(e->evidence->end > e->evidence->start && e->evidence->end <= len);
            CHECK(e->evidence->has_timex);
            CHECK_STR(e->evidence->timex.value, "2018-07-07");
            CHECK(strncmp(text + e->evidence->timex.start, "on Saturday", 11) == 0 ||
                  strncmp(text + e->evidence->timex.start, "Saturday", 8) == 0);
        }
        CHECK(e->note && ex_contains_ci(e->note, "Serraj"));
        /* The follow-up reports of the meeting fold into its note. */
        CHECK(e->note && ex_contains_ci(e->note, "agree"));
    }
    /* Nothing absurd: every date between 2008 and the DCT, no distance. */
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *e = &tl->events[i];
        CHECK(e->date.start.year >= 2008 && e->date.start.year <= 2018);
        CHECK(!ex_contains_ci(e->label, "500 km"));
    }
    CHECK(tl->n_events <= 8);
    el_timeline_free(tl);
}

static void seed_without_dct(const char *text, size_t len)
{
    el_timeline *tl = el_timeline_new();
    el_extract_options opt = {NULL, "2026-11-27", "seed.txt", 0};
    el_extract_info info;
    el_error err;
    CHECK_INT(el_extract(text, len, &opt, tl, &info, &err), EL_OK);
    CHECK_STR(info.dct, "2018-07-07");
    CHECK_INT(info.dct_source, EL_DCT_DATELINE_WEEKDAY);
    CHECK(info.warning[0] != '\0');
    CHECK(ex_contains_ci(info.warning, "2018"));
    CHECK_STR(tl->dct, "2018-07-07");
    CHECK_INT(el_extract_finish(tl), 0);
    CHECK(ex_find_event(tl, 0, "2018-07-07", "Serraj+Milanesi") >= 0);
    el_timeline_free(tl);
}

int main(void)
{
    size_t len;
    char *text = ex_read_file(SEED, &len);
    if (!text) {
        printf("seed article %s absent: skipped\n", SEED);
        return 77;
    }
    seed_with_dct(text, len);
    seed_without_dct(text, len);
    free(text);
    CHECK_DONE();
}
