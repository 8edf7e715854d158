/* bench_render.c: where a render spends its time.  Prints, for an event
 * file, the median time of each stage over N runs (font set-up, layout,
 * painting, PNG encoding at several levels against Cairo's own writer),
 * and the layout time for synthetic timelines of 200 to 20,000 events.
 *   bench_render EVENTS.json [N]
 *   bench_render --layout N_EVENTS
 * Times are CPU time of this process (steady when the machine is busy).
 * Numbers only; nothing here is a pass/fail test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eventline/eventline.h"
#include "render/fonts.h"
#include "render/layout.h"
#include "render/paint.h"
#include "render/png_write.h"
#include "render/render_input.h"
#include "render/theme.h"
#include "render/timefmt.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: steady on a busy machine */
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_d);
    return v[n / 2];
}

typedef struct counter {
    size_t n;
} counter;

static int count_write(void *c, const unsigned char *d, size_t n)
{
    (void)d;
    ((counter *)c)->n += n;
    return 0;
}

static cairo_status_t cairo_count(void *c, const unsigned char *d, unsigned int n)
{
    (void)d;
    ((counter *)c)->n += n;
    return CAIRO_STATUS_SUCCESS;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return p;
}

/* Synthetic timeline of n events over 30 years with labels of varied length. */
static el_timeline *synthetic(size_t n)
{
    el_timeline *tl = el_timeline_new();
    uint64_t s = 88172645463325252ull;
    char buf[128];
    for (size_t i = 0; i < n; i++) {
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        el_event *e = el_timeline_add_event(tl);
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", 1990 + (int)(s % 30), 1 + (int)(s / 30 % 12), 1 + (int)(s / 360 % 28));
        el_set_str(&e->date_text, buf);
        snprintf(buf, sizeof buf, "Event %zu %s", i, i % 3 ? "in the capital" : "as talks resume after the summit");
        el_set_str(&e->label, buf);
        if (i % 4 == 0)
            el_set_str(&e->note, "A note of a dozen words that wraps onto a second line.");
    }
    el_error err;
    el_timeline_validate(tl, &err);
    return tl;
}

/* A measurer that only counts characters (0.55 em wide, 1.25 em lines),
 * to time the geometry without text shaping. */
static void count_measure(void *ctx, const char *text, lay_role role, double max_width,
                          int max_lines, double *w, double *h)
{
    const lay_style *st = ctx;
    double em = st->font_px[role], tw = (double)strlen(text) * em * 0.55;
    int lines = max_width > 0 ? (int)(tw / max_width) + 1 : 1;
    if (max_lines > 0 && lines > max_lines)
        lines = max_lines;
    *w = max_width > 0 && tw > max_width ? max_width : tw;
    *h = lines * em * 1.25;
}

/* Pango measuring that counts its calls. */
typedef struct counted {
    el_fonts *f;
    size_t calls;
} counted;

static void counted_measure(void *ctx, const char *text, lay_role role, double max_width,
                            int max_lines, double *w, double *h)
{
    counted *c = ctx;
    c->calls++;
    fonts_measure(c->f, text, role, max_width, max_lines, w, h);
}

static void bench_layout(size_t n, int reps)
{
    el_timeline *tl = synthetic(n);
    el_render_options opt;
    el_render_options_init(&opt);
    const el_theme *t = theme_find(NULL);
    render_input ri;
    el_error err;
    render_input_build(&ri, tl, &opt, t, &err);
    ri.in.width = 1920, ri.in.height = 1080;
    lay_style st;
    lay_style_for(1920, 1080, &st);
    el_fonts f;
    fonts_open(&f, NULL, NULL, &st, &err);
    double v[16];
    size_t calls = 0;
    lay_result L = {0};
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        counted cm = {&f, 0};
        if (lay_layout(&ri.in, counted_measure, &cm, &L, &err)) {
            printf("layout of %zu events failed: %s\n", n, err.msg);
            break;
        }
        v[r] = now_ms() - t0;
        calls = cm.calls;
        if (r + 1 < reps)
            lay_result_free(&L);
    }
    printf("layout %6zu events (Pango measuring): %8.1f ms  -> %.0fx%.0f %s, %zu clusters, %zu texts measured\n",
           n, median(v, reps), L.width, L.height, L.orientation == EL_ORIENT_VERTICAL ? "vertical" : "horizontal",
           L.n_clusters, calls);
    lay_result_free(&L);
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        if (lay_layout(&ri.in, count_measure, &st, &L, &err))
            break;
        v[r] = now_ms() - t0;
        lay_result_free(&L);
    }
    printf("layout %6zu events (geometry only):   %8.1f ms\n", n, median(v, reps));
    fonts_close(&f);
    render_input_free(&ri);
    el_timeline_free(tl);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_render EVENTS.json [N]\n");
        return 2;
    }
    if (strcmp(argv[1], "--layout") == 0 && argc > 2) {
        bench_layout((size_t)atol(argv[2]), 1);
        return 0;
    }
    int reps = argc > 2 ? atoi(argv[2]) : 9;
    if (reps < 1 || reps > 16)
        reps = 9;
    size_t len;
    char *text = slurp(argv[1], &len);
    el_timeline *tl = NULL;
    el_error err;
    if (!text || el_json_read(text, len, NULL, &tl, &err)) {
        fprintf(stderr, "bench_render: cannot read %s\n", argv[1]);
        return 1;
    }
    free(text);
    el_render_options opt;
    el_render_options_init(&opt);
    const el_theme *t = theme_find(NULL);
    double v_font[16], v_lay[16], v_paint[16], v_png_fast[16], v_png6[16], v_png9[16], v_cairo[16];
    counter c_fast = {0}, c6 = {0}, c9 = {0}, cc = {0};
    for (int r = 0; r < reps; r++) {
        render_input ri;
        render_input_build(&ri, tl, &opt, t, &err);
        ri.in.width = 1920, ri.in.height = 1080;
        lay_style st;
        lay_style_for(1920, 1080, &st);
        el_fonts f;
        double t0 = now_ms();
        fonts_open(&f, NULL, NULL, &st, &err);
        double t1 = now_ms();
        lay_result L;
        lay_layout(&ri.in, fonts_measure, &f, &L, &err);
        double t2 = now_ms();
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)L.width, (int)L.height);
        cairo_t *cr = cairo_create(s);
        paint_spec ps = {&L, t, ri.ev_color, ri.legend_color, false, true};
        paint_layout(cr, &f, &ps);
        cairo_destroy(cr);
        cairo_surface_flush(s);
        double t3 = now_ms();
        c_fast.n = c6.n = c9.n = cc.n = 0;
        png_write_surface(s, 1, -1, 96, count_write, &c_fast);
        double t4 = now_ms();
        png_write_surface(s, 1, 6, 96, count_write, &c6);
        double t5 = now_ms();
        png_write_surface(s, 1, 9, 96, count_write, &c9);
        double t6 = now_ms();
        cairo_surface_write_to_png_stream(s, cairo_count, &cc);
        double t7 = now_ms();
        cairo_surface_destroy(s);
        lay_result_free(&L);
        fonts_close(&f);
        render_input_free(&ri);
        v_font[r] = t1 - t0, v_lay[r] = t2 - t1, v_paint[r] = t3 - t2;
        v_png_fast[r] = t4 - t3, v_png6[r] = t5 - t4, v_png9[r] = t6 - t5, v_cairo[r] = t7 - t6;
    }
    printf("%s, 1920x1080, median of %d runs:\n", argv[1], reps);
    printf("  fonts (fontconfig + Pango set-up): %7.2f ms\n", median(v_font, reps));
    printf("  layout:                            %7.2f ms\n", median(v_lay, reps));
    printf("  paint:                             %7.2f ms\n", median(v_paint, reps));
    printf("  PNG, fast (zlib 1, default):       %7.2f ms  %8zu bytes\n", median(v_png_fast, reps), c_fast.n);
    printf("  PNG, zlib 6:                       %7.2f ms  %8zu bytes\n", median(v_png6, reps), c6.n);
    printf("  PNG, zlib 9 (--png small):         %7.2f ms  %8zu bytes\n", median(v_png9, reps), c9.n);
    printf("  PNG, Cairo's own writer:           %7.2f ms  %8zu bytes\n", median(v_cairo, reps), cc.n);
    el_timeline_free(tl);
    size_t sizes[] = {20, 200, 2000, 20000};
    for (size_t i = 0; i < 4; i++)
        bench_layout(sizes[i], sizes[i] >= 20000 ? 1 : 3);
    return 0;
}
