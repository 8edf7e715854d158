/* test_layout.c: layout geometry with a fake measurer.  A property test
 * lays out many random event sets (clusters, same-day piles, long labels,
 * wide ranges, both orientations, several sizes, fixed size) and checks:
 * no two text items overlap, no stem or marker touches another event's
 * text, everything stays inside the canvas margin, and every event is
 * shown (in a label) or counted (in a cluster). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_measure.h"
#include "render/layout.h"
#include "render/place.h"
#include "render/timefmt.h"

#include "tests/common/check_msg.h"

/* xorshift: reproducible random numbers without global state */
static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}
static double rndf(uint64_t *s) { return (double)(rnd(s) % 1000000) / 1e6; }

static const char *const words[] = {"Minister", "meets", "envoy", "in", "Tripoli", "talks",
                                    "collapse", "after", "agreement", "signed", "on",
                                    "border", "security", "and", "migration", "crisis",
                                    "Supercalifragilisticexpialidocious"};

static char *random_text(uint64_t *s, int nwords)
{
    char *t = malloc((size_t)nwords * 40 + 1);
    t[0] = '\0';
    for (int i = 0; i < nwords; i++) {
        if (i)
            strcat(t, " ");
        strcat(t, words[rnd(s) % (sizeof words / sizeof words[0])]);
    }
    return t;
}

static int boxes_overlap(const lay_item *a, const lay_item *b, double eps)
{
    return a->x < b->x + b->w - eps && b->x < a->x + a->w - eps && a->y < b->y + b->h - eps &&
           b->y < a->y + a->h - eps;
}

/* Does item it show event e? */
static int shows(const lay_result *r, const lay_item *it, size_t e)
{
    for (size_t k = 0; k < it->ev_n; k++)
        if (r->ev_idx[it->ev_off + k] == e)
            return 1;
    return 0;
}

/* Do items a and b share an event? */
static int share_event(const lay_result *r, const lay_item *a, const lay_item *b)
{
    for (size_t k = 0; k < a->ev_n; k++)
        if (shows(r, b, r->ev_idx[a->ev_off + k]))
            return 1;
    return 0;
}

/* Does the segment (x1,y1)-(x2,y2) (axis-parallel) cross box b shrunk by eps? */
static int segment_hits(const lay_item *s, const lay_item *b, double eps)
{
    double x0 = fmin(s->x1, s->x2), x1 = fmax(s->x1, s->x2);
    double y0 = fmin(s->y1, s->y2), y1 = fmax(s->y1, s->y2);
    return x0 < b->x + b->w - eps && b->x + eps < x1 + 1e-9 && y0 < b->y + b->h - eps &&
           b->y + eps < y1 + 1e-9;
}

/* Checks one layout; returns the number of problems. */
static int check_layout(const lay_input *in, const lay_result *r, const char *name)
{
    int bad = 0;
    double m = r->style.margin * 0.5;
    size_t n = r->n_items;
    for (size_t i = 0; i < n; i++) {
        const lay_item *a = &r->items[i];
        if (a->kind == LAY_ERA)
            continue;
        if (a->x < m - 1e-6 || a->y < m - 1e-6 || a->x + a->w > r->width - m + 1e-6 ||
            a->y + a->h > r->height - m + 1e-6) {
            CHECK(0, "%s: %s at %.1f,%.1f %.1fx%.1f leaves the canvas %.0fx%.0f", name,
                  lay_kind_name(a->kind), a->x, a->y, a->w, a->h, r->width, r->height);
            bad++;
        }
        /* marks that must keep off other events' text: leaders, dots,
         * brackets and bars, ticks (labelled and minor), breaks, the report
         * date mark */
        int mark = a->kind == LAY_STEM || a->kind == LAY_MARKER || a->kind == LAY_RULE ||
                   a->kind == LAY_SPAN || a->kind == LAY_TICK || a->kind == LAY_BREAK ||
                   a->kind == LAY_DCT;
        if (!lay_kind_is_text(a->kind) && !mark)
            continue;
        for (size_t j = 0; j < n; j++) {
            const lay_item *b = &r->items[j];
            if (j == i || !lay_kind_is_text(b->kind))
                continue;
            if (lay_kind_is_text(a->kind)) {
                if (j > i && boxes_overlap(a, b, 0.01)) {
                    CHECK(0, "%s: %s \"%s\" overlaps %s \"%s\"", name, lay_kind_name(a->kind),
                          a->text, lay_kind_name(b->kind), b->text);
                    bad++;
                }
                continue;
            }
            if (share_event(r, a, b))
                continue; /* an event's own stem may meet its own text */
            /* a bent stem is checked by its whole box, and so are the marks
             * that are areas rather than lines */
            int area = a->kind == LAY_MARKER || a->kind == LAY_SPAN || a->kind == LAY_BREAK ||
                       a->kind == LAY_DCT || (a->flags & LAY_F_BENT);
            int hit = area ? boxes_overlap(a, b, 0.01) : segment_hits(a, b, 0.01);
            if (hit) {
                CHECK(0, "%s: %s of event %zu crosses %s \"%s\"", name, lay_kind_name(a->kind),
                      a->ev_n ? r->ev_idx[a->ev_off] : (size_t)-1, lay_kind_name(b->kind), b->text);
                bad++;
            }
        }
    }
    /* every event shown in a label or counted in a cluster */
    char *seen = calloc(in->n_events + 1, 1);
    for (size_t i = 0; i < n; i++) {
        const lay_item *a = &r->items[i];
        if (a->kind == LAY_LABEL || a->kind == LAY_CLUSTER)
            for (size_t k = 0; k < a->ev_n; k++)
                seen[r->ev_idx[a->ev_off + k]] = 1;
    }
    for (size_t e = 0; e < in->n_events; e++)
        if (!seen[e]) {
            CHECK(0, "%s: event %zu is neither drawn nor counted", name, e);
            bad++;
            break;
        }
    free(seen);
    return bad;
}

typedef struct gen {
    lay_event *ev;
    char **texts;
    size_t n, nt;
} gen;

static void gen_free(gen *g)
{
    for (size_t i = 0; i < g->nt; i++)
        free(g->texts[i]);
    free(g->texts);
    free(g->ev);
}

static int cmp_ev(const void *a, const void *b)
{
    const lay_event *x = a, *y = b;
    return (x->t0 > y->t0) - (x->t0 < y->t0);
}

/* Makes a random event set of one of several shapes. */
static void gen_events(uint64_t *s, int shape, size_t n, gen *g)
{
    g->n = n;
    g->ev = calloc(n, sizeof *g->ev);
    g->texts = calloc(3 * n, sizeof *g->texts);
    g->nt = 0;
    int64_t day = EL_SECS_PER_DAY;
    int64_t base = el_days_from_civil(2018, 7, 7) * day;
    for (size_t i = 0; i < n; i++) {
        lay_event *e = &g->ev[i];
        int64_t t;
        switch (shape) {
        case 0: /* spread over ten years */
            t = base - (int64_t)(rndf(s) * 3650) * day;
            break;
        case 1: /* clusters */
            t = base - (int64_t)((rnd(s) % 4) * 900 + rndf(s) * 20) * day;
            break;
        case 2: /* same-day piles */
            t = base - (int64_t)(rnd(s) % 3) * 200 * day;
            break;
        default: /* deep time, BCE to now */
            t = tf_year_start(-3000 + (int64_t)(rndf(s) * 5000));
            break;
        }
        e->t0 = t;
        e->t1 = t + day;
        e->shape = LAY_SHAPE_POINT;
        int kind = (int)(rnd(s) % 6);
        if (kind == 4) {
            e->shape = LAY_SHAPE_SPAN;
            e->t1 = t + 365 * day;
        } else if (kind == 5) {
            e->shape = LAY_SHAPE_BAR;
            e->t1 = t + (int64_t)(rndf(s) * 700 + 2) * day;
            e->open_end = rnd(s) % 4 == 0;
        }
        e->uncertain = rnd(s) % 5 == 0;
        char *d = random_text(s, 2);
        char *l = random_text(s, 2 + (int)(rnd(s) % 12));
        char *note = rnd(s) % 2 ? random_text(s, 4 + (int)(rnd(s) % 40)) : NULL;
        g->texts[g->nt++] = d;
        g->texts[g->nt++] = l;
        if (note)
            g->texts[g->nt++] = note;
        e->date_text = d;
        e->label = l;
        e->note = note;
    }
    qsort(g->ev, n, sizeof *g->ev, cmp_ev);
}

static void property_test(void)
{
    static const double sizes[][2] = {{1920, 1080}, {1024, 768}, {794, 1123}, {640, 480}};
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    int cases = 0, grown = 0, clustered = 0;
    for (int shape = 0; shape < 4; shape++)
        for (int si = 0; si < 4; si++)
            for (int orient = 0; orient < 2; orient++)
                for (int fixed = 0; fixed < 2; fixed++)
                    for (int rep = 0; rep < 3; rep++) {
                        size_t n = 1 + rnd(&seed) % (rep == 2 ? 150 : 30);
                        gen g;
                        gen_events(&seed, shape, n, &g);
                        lay_input in = {0};
                        in.events = g.ev;
                        in.n_events = n;
                        in.title = "A property test of the layout";
                        in.subtitle = rep ? "with a subtitle" : NULL;
                        in.source = "Source: random";
                        const char *leg[2] = {"Group one", "Group two"};
                        in.legend = leg;
                        in.n_legend = (size_t)rep % 3;
                        lay_era era = {"An era", g.ev[0].t0, g.ev[n - 1].t1};
                        if (rep == 1) {
                            in.eras = &era;
                            in.n_eras = 1;
                        }
                        in.width = sizes[si][0];
                        in.height = sizes[si][1];
                        in.orientation = orient ? EL_ORIENT_VERTICAL : EL_ORIENT_HORIZONTAL;
                        in.fixed_size = fixed;
                        in.max_note_lines = 1 + rep;
                        lay_style st;
                        lay_style_for(in.width, in.height, &st);
                        fake_ctx fc = {&st};
                        lay_result r;
                        el_error err = {0};
                        char name[128];
                        snprintf(name, sizeof name, "shape %d size %.0fx%.0f %s%s n=%zu", shape,
                                 in.width, in.height, orient ? "vertical" : "horizontal",
                                 fixed ? " fixed" : "", n);
                        int rc = lay_layout(&in, fake_measure, &fc, &r, &err);
                        CHECK(rc == 0, "%s: %s", name, err.msg);
                        if (rc == 0) {
                            check_layout(&in, &r, name);
                            if (fixed)
                                CHECK(r.width == in.width && r.height == in.height,
                                      "%s: fixed size grew to %.0fx%.0f", name, r.width, r.height);
                            grown += r.width > in.width || r.height > in.height;
                            clustered += r.n_clusters > 0;
                            lay_result_free(&r);
                        }
                        gen_free(&g);
                        cases++;
                    }
    printf("property test: %d layouts (%d grew, %d with clusters)\n", cases, grown, clustered);
    CHECK(clustered > 0, "no case exercised clustering");
    CHECK(grown > 0, "no case exercised growth");
}

/* Twenty evenly spread events fit a slide without growing or clustering. */
static void twenty_events_fit_a_slide(void)
{
    lay_event ev[20];
    char labels[20][64];
    for (int i = 0; i < 20; i++) {
        int64_t d = el_days_from_civil(2008 + i / 2, 1 + (i * 5) % 12, 10);
        snprintf(labels[i], sizeof labels[i], "Event %d: a headline of six words", i + 1);
        ev[i] = (lay_event){.date_text = "10 Jan 2008", .label = labels[i],
                            .note = i % 3 ? NULL : "A note that wraps onto a second line or so",
                            .t0 = d * EL_SECS_PER_DAY, .t1 = (d + 1) * EL_SECS_PER_DAY};
    }
    lay_input in = {.events = ev, .n_events = 20, .title = "Twenty", .width = 1920,
                    .height = 1080, .orientation = EL_ORIENT_HORIZONTAL};
    lay_style st;
    lay_style_for(1920, 1080, &st);
    fake_ctx fc = {&st};
    lay_result r;
    el_error err = {0};
    CHECK(lay_layout(&in, fake_measure, &fc, &r, &err) == 0, "%s", err.msg);
    CHECK(r.width == 1920 && r.height == 1080, "grew to %.0fx%.0f", r.width, r.height);
    CHECK(r.n_clusters == 0, "%zu clusters", r.n_clusters);
    check_layout(&in, &r, "twenty");
    lay_result_free(&r);
}

/* At a fixed small size a pile of events becomes a counted cluster whose
 * label says how many events it holds. */
static void fixed_size_clusters_are_counted(void)
{
    uint64_t seed = 7;
    gen g;
    gen_events(&seed, 1, 120, &g);
    lay_input in = {.events = g.ev, .n_events = 120, .width = 640, .height = 480,
                    .orientation = EL_ORIENT_HORIZONTAL, .fixed_size = true};
    lay_style st;
    lay_style_for(640, 480, &st);
    fake_ctx fc = {&st};
    lay_result r;
    el_error err = {0};
    CHECK(lay_layout(&in, fake_measure, &fc, &r, &err) == 0, "%s", err.msg);
    CHECK(r.n_clusters > 0, "no clusters");
    size_t counted = 0;
    for (size_t i = 0; i < r.n_items; i++)
        if (r.items[i].kind == LAY_CLUSTER) {
            char want[32];
            snprintf(want, sizeof want, "+%zu events", r.items[i].ev_n);
            CHECK(strcmp(r.items[i].text, want) == 0, "cluster text \"%s\", want \"%s\"", r.items[i].text, want);
            counted += r.items[i].ev_n;
        }
    CHECK(counted == r.n_clustered, "%zu counted vs %zu", counted, r.n_clustered);
    check_layout(&in, &r, "fixed clusters");
    lay_result_free(&r);
    gen_free(&g);
}

/* Compaction: blocks far apart on one side all come to the nearest level;
 * blocks that would collide keep their levels apart. */
static void compaction_brings_blocks_to_the_nearest_free_level(void)
{
    pl_unit u[4] = {
        {.a = 100, .len = 200, .thick = 50, .want = 5, .fixed_side = 0},
        {.a = 600, .len = 200, .thick = 50, .want = 5, .fixed_side = 0},
        {.a = 1100, .len = 200, .thick = 50, .want = 5, .fixed_side = 0},
        {.a = 1110, .len = 200, .thick = 50, .want = 5, .fixed_side = 0},
    };
    pl_params p = {.a_min = 0, .a_max = 1600, .gap = 16, .stem_gap = 7, .inset = 12};
    double d[16];
    size_t ix[8];
    CHECK(pl_assign(u, 4, &p, 2, PL_TOP_DOWN, d, ix) == 1, "no placement");
    int far = 0;
    for (int i = 0; i < 4; i++)
        far += u[i].level > 0;
    CHECK(far == 2, "cyclic levels: %d blocks on the far level, want 2", far);
    pl_compact(u, 4, &p, 2);
    CHECK(u[0].level == 0 && u[1].level == 0, "lone blocks stay out: levels %d %d", u[0].level, u[1].level);
    CHECK(u[2].level != u[3].level, "close blocks share level %d", u[2].level);
    /* whatever moved still keeps clear of every stem of a farther level */
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            if (i != j && u[j].level > u[i].level)
                CHECK(u[j].a < u[i].b - p.stem_gap || u[j].a > u[i].b + u[i].len + p.stem_gap,
                      "stem %d crosses block %d", j, i);
}

/* Auto orientation: a few events on a slide stay horizontal (long notes or
 * not), many turn vertical. */
static void auto_orientation_follows_the_content(void)
{
    uint64_t seed = 11;
    /* notes as long as news sentences: cut to their lines, no reason to turn */
    static const char long_note[] =
        "Libya's UN-backed Prime Minister met the Italian Foreign Minister in the capital and "
        "discussed cooperation between the two countries, the fight against illegal migration, "
        "the coast guards and the return of Italian companies after years of insecurity.";
    for (int k = 0; k < 3; k++) {
        size_t n = k == 1 ? 60 : 8;
        gen g;
        gen_events(&seed, 0, n, &g);
        if (k == 2)
            for (size_t i = 0; i < n; i++)
                g.ev[i].note = long_note;
        lay_input in = {.events = g.ev, .n_events = n, .width = 1920, .height = 1080,
                        .orientation = EL_ORIENT_AUTO};
        lay_style st;
        lay_style_for(1920, 1080, &st);
        fake_ctx fc = {&st};
        lay_result r;
        el_error err = {0};
        CHECK(lay_layout(&in, fake_measure, &fc, &r, &err) == 0, "%s", err.msg);
        CHECK(r.orientation == (k == 1 ? EL_ORIENT_VERTICAL : EL_ORIENT_HORIZONTAL), "n=%zu%s: %d", n,
              k == 2 ? " long notes" : "", (int)r.orientation);
        lay_result_free(&r);
        gen_free(&g);
    }
}

/* The layout JSON names kinds and events and is one object. */
static void layout_json_lists_items_with_event_ids(void)
{
    lay_event ev[2] = {
        {.id = "lehman", .date_text = "15 Sep 2008", .label = "Lehman \"files\"", .t0 = 1221436800,
         .t1 = 1221523200},
        {.date_text = "4 Nov 2008", .label = "Obama elected", .t0 = 1225756800, .t1 = 1225843200},
    };
    lay_input in = {.events = ev, .n_events = 2, .width = 1920, .height = 1080,
                    .orientation = EL_ORIENT_HORIZONTAL};
    lay_style st;
    lay_style_for(1920, 1080, &st);
    fake_ctx fc = {&st};
    lay_result r;
    el_error err = {0};
    CHECK(lay_layout(&in, fake_measure, &fc, &r, &err) == 0, "%s", err.msg);
    char *j = lay_to_json(&r, &in);
    CHECK(j && strncmp(j, "{\"width\": 1920, \"height\": 1080", 30) == 0, "%.40s", j ? j : "(null)");
    CHECK(j && strstr(j, "\"kind\": \"label\"") && strstr(j, "\"events\": [\"lehman\"]") &&
              strstr(j, "\"events\": [\"e2\"]") && strstr(j, "Lehman \\\"files\\\""),
          "JSON lacks expected parts");
    free(j);
    lay_result_free(&r);
}

int main(void)
{
    twenty_events_fit_a_slide();
    fixed_size_clusters_are_counted();
    auto_orientation_follows_the_content();
    compaction_brings_blocks_to_the_nearest_free_level();
    layout_json_lists_items_with_event_ids();
    property_test();
    CHECK_DONE();
}
