/* test_scale.c: the time scale: tick steps, labels (BCE, deep time),
 * ticks that never collide, and axis breaks for long empty stretches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_measure.h"
#include "render/scale.h"
#include "render/timefmt.h"

#include "tests/common/check_msg.h"

static int64_t day_of(int64_t y, int m, int d) { return el_days_from_civil(y, m, d) * EL_SECS_PER_DAY; }

static lay_style st;
static fake_ctx fc = {&st};

/* Builds a scale over spans, placed on [0, len] px, and its ticks. */
static sc_tick *ticks_for(const sc_span *s, size_t n, double len, sc_scale *sc, size_t *nt)
{
    sc_build(s, n, 1, sc);
    sc_place(sc, 0, len, 30);
    sc_tick *t = NULL;
    sc_ticks(sc, fake_measure, &fc, 0, 8, &t, nt);
    return t;
}

static void year_labels_read_as_people_write_them(void)
{
    char b[64];
    CHECK(strcmp(tf_year_text(2018, b, sizeof b), "2018") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(-43, b, sizeof b), "44 BC") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(0, b, sizeof b), "1 BC") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(-11999, b, sizeof b), "12,000 BC") == 0, "%s", b);
    /* deep-time years written as round numbers stay round */
    CHECK(strcmp(tf_year_text(-300000, b, sizeof b), "300,000 BC") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(-12344, b, sizeof b), "12,345 BC") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(-3200, b, sizeof b), "3201 BC") == 0, "%s", b);
    CHECK(strcmp(tf_year_text(-2499999, b, sizeof b), "2.5 million years ago") == 0, "%s", b);
}

static void decade_gets_year_ticks_in_order(void)
{
    sc_span s[2] = {{day_of(2008, 9, 15), day_of(2008, 9, 16), 1}, {day_of(2018, 6, 12), day_of(2018, 6, 13), 1}};
    sc_scale sc;
    size_t n;
    sc_tick *t = ticks_for(s, 2, 1800, &sc, &n);
    CHECK(sc.n_seg == 1, "%d segments", sc.n_seg);
    size_t labelled = 0, minor = 0;
    int years = 0;
    for (size_t i = 0; i < n; i++) {
        years += strlen(t[i].label) == 4;
        labelled += t[i].label[0] != '\0';
        minor += t[i].minor;
        CHECK(!t[i].minor || !t[i].label[0], "minor tick %zu has a label", i);
        CHECK(t[i].minor || t[i].label[0] || i + 1 == n, "tick %zu is neither labelled nor minor", i);
        if (i)
            CHECK(t[i].p > t[i - 1].p, "tick %zu not after %zu", i, i - 1);
    }
    CHECK(labelled >= 9 && labelled <= 12, "%zu labelled ticks", labelled);
    /* ten years are labelled by year alone, with the months as minor ticks */
    CHECK(years == (int)labelled, "%d of %zu labels are years", years, labelled);
    CHECK(minor >= labelled, "%zu minor ticks", minor);
    free(t);
}

static void ticks_never_collide(void)
{
    /* ranges from hours to millennia on several lengths */
    int64_t spans[] = {3600 * 5, EL_SECS_PER_DAY * 3, EL_SECS_PER_DAY * 40, EL_SECS_PER_DAY * 400,
                       EL_SECS_PER_DAY * 4000, EL_SECS_PER_DAY * 40000, EL_SECS_PER_DAY * 400000};
    double lens[] = {300, 800, 1800};
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
        for (size_t k = 0; k < 3; k++) {
            int64_t a = day_of(1990, 1, 1) - spans[i] / 2;
            sc_span s[2] = {{a, a + 3600, 1}, {a + spans[i], a + spans[i] + 3600, 1}};
            sc_scale sc;
            size_t n;
            sc_tick *t = ticks_for(s, 2, lens[k], &sc, &n);
            for (size_t j = 0; j + 1 < n; j++) {
                double w, h;
                if (!t[j].label[0])
                    continue;
                /* the next labelled tick (minor ticks are notches, not text) */
                size_t nx = j + 1;
                while (nx + 1 < n && !t[nx].label[0])
                    nx++;
                fake_measure(&fc, t[j].label, LAY_FONT_TICK, 0, 1, &w, &h);
                CHECK(t[j].p + w < t[nx].p, "span %zu len %.0f: \"%s\" runs into \"%s\"", i,
                      lens[k], t[j].label, t[nx].label);
            }
            CHECK(n >= 1, "span %zu len %.0f: no ticks", i, lens[k]);
            free(t);
        }
}

static void bce_ticks_fall_on_round_bc_years(void)
{
    sc_span s[2] = {{tf_year_start(-752), tf_year_start(-751), 1}, {tf_year_start(-43), tf_year_start(-42), 1}};
    sc_scale sc;
    size_t n;
    sc_tick *t = ticks_for(s, 2, 1800, &sc, &n);
    int bc = 0;
    for (size_t i = 0; i < n; i++)
        if (strstr(t[i].label, " BC")) {
            bc++;
            CHECK(atoi(t[i].label) % 50 == 0 || atoi(t[i].label) % 10 == 0, "odd BC tick %s", t[i].label);
        }
    CHECK(bc >= 5, "%d BC labels", bc);
    free(t);
}

/* Builds a scale over spans s[0..n) on 1800 px with 30 px breaks and
 * checks it has n_seg segments and that [a, b) spans at least min_px. */
static void check_breaks(const sc_span *s, size_t n, int n_seg, int64_t a, int64_t b, double min_px)
{
    sc_scale sc;
    sc_build(s, n, 1, &sc);
    sc_place(&sc, 0, 1800, 30);
    CHECK(sc.n_seg == n_seg, "%d segments, expected %d", sc.n_seg, n_seg);
    double px = sc_pos(&sc, b) - sc_pos(&sc, a);
    CHECK(px > min_px, "the cluster spans only %.0f px", px);
}

static void long_empty_stretches_become_breaks(void)
{
    /* 2008, 2011, then a cluster in mid-2018 */
    sc_span s[6] = {
        {tf_year_start(2008), tf_year_start(2009), 1}, {tf_year_start(2011), tf_year_start(2012), 1},
        {day_of(2018, 6, 25), day_of(2018, 6, 26), 1}, {day_of(2018, 7, 1), day_of(2018, 7, 2), 1},
        {day_of(2018, 7, 4), day_of(2018, 7, 5), 1},   {day_of(2018, 7, 7), day_of(2018, 7, 8), 1},
    };
    /* the six empty years go first, then the two between 2008 and 2011 */
    check_breaks(s, 6, 3, day_of(2018, 6, 25), day_of(2018, 7, 7), 300);
    sc_scale sc;
    /* evenly spread events keep one segment */
    sc_span e[10];
    for (int i = 0; i < 10; i++)
        e[i] = (sc_span){tf_year_start(2008 + i), tf_year_start(2008 + i) + EL_SECS_PER_DAY, 1};
    sc_build(e, 10, 1, &sc);
    CHECK(sc.n_seg == 1, "%d segments for an even spread", sc.n_seg);
    /* a month with a few days apart: no break either */
    sc_span m[3] = {{day_of(2018, 6, 1), day_of(2018, 6, 2), 1}, {day_of(2018, 6, 20), day_of(2018, 6, 21), 1},
                    {day_of(2018, 7, 1), day_of(2018, 7, 2), 1}};
    sc_build(m, 3, 1, &sc);
    CHECK(sc.n_seg == 1, "%d segments for one month", sc.n_seg);
}

/* A gap far longer than the runs on both sides is cut even when it is not
 * a third of what is left: 1700s | 1968 | two weeks of a quake story. */
static void a_gap_that_dwarfs_its_neighbours_is_cut(void)
{
    sc_span s[10] = {{tf_year_start(1700), tf_year_start(1800), 1}, {tf_year_start(1968), tf_year_start(1969), 1}};
    for (int i = 0; i < 8; i++)
        s[2 + i] = (sc_span){day_of(2000, 12, 28) + i * EL_SECS_PER_DAY,
                             day_of(2000, 12, 28) + (i + 1) * EL_SECS_PER_DAY, 1};
    check_breaks(s, 10, 3, day_of(2000, 12, 28), day_of(2001, 1, 4), 100);
}

/* A second gap is weighed against what is left once the first is cut, not
 * against the whole: 1974 | 2008 | June 2012 and a crisis in March 2013
 * (the three empty years after 2008 are half of what is left). */
static void a_second_gap_is_weighed_against_what_is_left(void)
{
    sc_span s[6] = {{tf_year_start(1974), tf_year_start(1975), 1}, {tf_year_start(2008), tf_year_start(2009), 1},
                    {day_of(2012, 6, 1), day_of(2012, 7, 1), 1},   {tf_year_start(2013), tf_year_start(2014), 1},
                    {day_of(2013, 3, 16), day_of(2013, 3, 17), 1}, {day_of(2013, 3, 22), day_of(2013, 3, 23), 1}};
    check_breaks(s, 6, 3, day_of(2013, 3, 16), day_of(2013, 3, 22), 5);
}

static void date_lines_show_precision_and_doubt(void)
{
    el_date d;
    el_error e;
    char b[128];
    struct { const char *in, *want; } cases[] = {
        {"2018-07-07", "7 Jul 2018"}, {"2017-12", "Dec 2017"}, {"2015", "2015"},
        {"2015~", "c. 2015"}, {"2015?", "2015?"}, {"-0043-03-15", "15 Mar 44 BC"},
        {"2018-Q3", "Q3 2018"}, {"2008-11/2014-10", "Nov 2008 \xe2\x80\x93 Oct 2014"},
        {"2018/..", "since 2018"}, {"199X", "1990s"},
        /* a week and weekday carry no month: the calendar date is shown */
        {"2015-W45-6", "7 Nov 2015"}, {"2015-W53-7", "3 Jan 2016"},
        {"2015-W45-WE", "7\xe2\x80\x93" "8 Nov 2015"}, {"2018-07-30/2018-08-02", "30 Jul 2018 \xe2\x80\x93 2 Aug 2018"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (el_date_parse(cases[i].in, &d, &e) != EL_OK) {
            CHECK(0, "cannot parse %s: %s", cases[i].in, e.msg);
            continue;
        }
        tf_date_line(&d, NULL, b, sizeof b);
        CHECK(strcmp(b, cases[i].want) == 0, "%s -> \"%s\", want \"%s\"", cases[i].in, b, cases[i].want);
    }
    tf_range_text(day_of(2018, 7, 1), day_of(2018, 7, 11), b, sizeof b);
    CHECK(strcmp(b, "1\xe2\x80\x93" "10 Jul 2018") == 0, "%s", b);
}

int main(void)
{
    a_gap_that_dwarfs_its_neighbours_is_cut();
    lay_style_for(1920, 1080, &st);
    year_labels_read_as_people_write_them();
    decade_gets_year_ticks_in_order();
    ticks_never_collide();
    bce_ticks_fall_on_round_bc_years();
    long_empty_stretches_become_breaks();
    a_second_gap_is_weighed_against_what_is_left();
    date_lines_show_precision_and_doubt();
    CHECK_DONE();
}
