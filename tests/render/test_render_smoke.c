/* test_render_smoke.c: one small timeline through every output format:
 * PNG magic, pixel size at two DPIs and transparency; PDF page size,
 * embedded (not Type 3) fonts, metadata and identical bytes on a second
 * render; SVG well-formed with <title> and <desc>; option errors. */
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/eventline.h"

#include "tests/common/check_msg.h"

typedef struct buf {
    unsigned char *p;
    size_t n, cap, pos;
} buf;

static int buf_write(void *c, const unsigned char *d, size_t n)
{
    buf *b = c;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1 << 16;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *p = realloc(b->p, cap);
        if (!p)
            return 1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, d, n);
    b->n += n;
    return 0;
}

static cairo_status_t buf_read(void *c, unsigned char *d, unsigned int n)
{
    buf *b = c;
    if (b->pos + n > b->n)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(d, b->p + b->pos, n);
    b->pos += n;
    return CAIRO_STATUS_SUCCESS;
}

static int fail_write(void *c, const unsigned char *d, size_t n)
{
    (void)c, (void)d, (void)n;
    return 1;
}

static const unsigned char *find(const buf *b, const char *s)
{
    size_t k = strlen(s);
    for (size_t i = 0; i + k <= b->n; i++)
        if (memcmp(b->p + i, s, k) == 0)
            return b->p + i;
    return NULL;
}

static el_timeline *sample(void)
{
    static const char *const rows[][4] = {
        {"2008-09-15", "Lehman Brothers files for bankruptcy", "Markets", "Credit markets freeze"},
        {"2011", "Uprising topples the regime", "Politics", NULL},
        {"2015~", "Hottest year on record", NULL, "Approximate"},
        {"2018-05/2018-07", "Summit season", "Politics", NULL},
        {"2018-07-07", "Envoys meet in Tripoli & Rome", "Politics", "Talks <continue>"},
    };
    el_timeline *tl = el_timeline_new();
    el_set_str(&tl->title, "Smoke test: \"A & B\" <timeline>");
    el_set_str(&tl->source, "Source: test");
    el_set_str(&tl->dct, "2018-07-07");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        el_event *e = el_timeline_add_event(tl);
        el_set_str(&e->date_text, rows[i][0]);
        el_set_str(&e->label, rows[i][1]);
        el_set_str(&e->group, rows[i][2]);
        el_set_str(&e->note, rows[i][3]);
    }
    el_era *era = el_timeline_add_era(tl);
    el_set_str(&era->date_text, "2010/2012");
    el_set_str(&era->label, "Crisis years");
    el_error err;
    if (el_timeline_validate(tl, &err) != EL_OK) {
        fprintf(stderr, "sample invalid: %s\n", err.msg);
        exit(1);
    }
    /* dates are parsed by validation in the model; make sure of it */
    for (size_t i = 0; i < tl->n_events; i++)
        el_date_parse(tl->events[i].date_text, &tl->events[i].date, &err);
    el_date_parse(tl->eras[0].date_text, &tl->eras[0].date, &err);
    return tl;
}

static int render(const el_timeline *tl, const el_render_options *o, buf *b, char **lj)
{
    el_error err = {0};
    memset(b, 0, sizeof *b);
    int rc = el_render(tl, o, buf_write, b, lj, &err);
    if (rc)
        fprintf(stderr, "render: %s\n", err.msg);
    return rc;
}

static void png_has_the_asked_size(const el_timeline *tl)
{
    el_render_options o;
    el_render_options_init(&o);
    el_error err;
    double dpis[2] = {96, 192};
    for (int k = 0; k < 2; k++) {
        CHECK(el_render_parse_size("slide", dpis[k], &o, &err) == 0, "%s", err.msg);
        o.dpi = dpis[k];
        buf b;
        char *lj = NULL;
        CHECK(render(tl, &o, &b, &lj) == 0, "png");
        CHECK(b.n > 8 && memcmp(b.p, "\x89PNG\r\n\x1a\n", 8) == 0, "no PNG magic");
        b.pos = 0;
        cairo_surface_t *s = cairo_image_surface_create_from_png_stream(buf_read, &b);
        CHECK(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS, "PNG does not decode");
        CHECK(cairo_image_surface_get_width(s) == 1920 && cairo_image_surface_get_height(s) == 1080,
              "PNG at %g dpi is %dx%d", dpis[k], cairo_image_surface_get_width(s),
              cairo_image_surface_get_height(s));
        cairo_surface_destroy(s);
        CHECK(lj && strstr(lj, "\"width\": ") && strstr(lj, "\"kind\": \"label\""), "layout JSON");
        free(lj);
        free(b.p);
    }
    /* a4 at 150 dpi: 1240 x 1754 pixels */
    CHECK(el_render_parse_size("a4", 150, &o, &err) == 0, "%s", err.msg);
    o.transparent = true;
    buf b;
    CHECK(render(tl, &o, &b, NULL) == 0, "png a4");
    b.pos = 0;
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(buf_read, &b);
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    CHECK(abs(w - 1240) <= 1 && abs(h - 1754) <= 1, "a4 at 150 dpi is %dx%d", w, h);
    CHECK(b.n > 26 && b.p[25] == 6, "transparent PNG is not RGBA (colour type %d)", b.n > 26 ? b.p[25] : -1);
    unsigned char *px = cairo_image_surface_get_data(s);
    CHECK(px && px[3] == 0, "corner pixel is not transparent");
    cairo_surface_destroy(s);
    free(b.p);
}

static void pdf_is_vector_with_real_fonts_and_reproducible(const el_timeline *tl)
{
    el_render_options o;
    el_render_options_init(&o);
    o.format = EL_FORMAT_PDF;
    o.source_date_epoch = 1530921600; /* 2018-07-07 */
    buf a, b;
    CHECK(render(tl, &o, &a, NULL) == 0, "pdf");
    CHECK(render(tl, &o, &b, NULL) == 0, "pdf again");
    CHECK(a.n > 5 && memcmp(a.p, "%PDF-", 5) == 0, "no PDF header");
    CHECK(find(&a, "/MediaBox [ 0 0 1440 810 ]") != NULL, "page is not 1440x810 pt");
    CHECK(find(&a, "/Type3") == NULL, "PDF has Type 3 fonts");
    CHECK(find(&a, "/FontFile2") || find(&a, "/FontFile3"), "PDF embeds no TrueType/CFF font");
    CHECK(find(&a, "/CreationDate (20180707") != NULL, "creation date not from SOURCE_DATE_EPOCH");
    CHECK(find(&a, "/Title") != NULL, "no title metadata");
    CHECK(a.n == b.n && memcmp(a.p, b.p, a.n) == 0, "two renders differ (%zu vs %zu bytes)", a.n, b.n);
    free(a.p);
    free(b.p);
    /* without a date: none written, and still the same bytes */
    o.source_date_epoch = -1;
    CHECK(render(tl, &o, &a, NULL) == 0, "pdf without date");
    CHECK(find(&a, "/CreationDate") == NULL, "a creation date was written");
    CHECK(render(tl, &o, &b, NULL) == 0, "pdf without date again");
    CHECK(a.n == b.n && memcmp(a.p, b.p, a.n) == 0, "two undated renders differ");
    free(a.p);
    free(b.p);
}

/* A tiny XML well-formedness check: tags nest and close, attributes quoted. */
static int xml_well_formed(const char *s, size_t n)
{
    const char *stack[256];
    size_t len[256];
    int depth = 0, roots = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<')
            continue;
        if (i + 1 < n && (s[i + 1] == '?' || s[i + 1] == '!')) {
            const char *end = strstr(s + i, s[i + 1] == '!' && s[i + 2] == '-' ? "-->" : ">");
            if (!end)
                return 0;
            i = (size_t)(end - s);
            continue;
        }
        int closing = s[i + 1] == '/';
        size_t j = i + 1 + (size_t)closing, k = j;
        while (k < n && s[k] != ' ' && s[k] != '>' && s[k] != '/' && s[k] != '\n')
            k++;
        int quote = 0;
        size_t e = k;
        while (e < n && (quote || s[e] != '>')) {
            if (s[e] == '"')
                quote = !quote;
            e++;
        }
        if (e >= n)
            return 0;
        if (closing) {
            if (depth == 0 || len[depth - 1] != k - j || memcmp(stack[depth - 1], s + j, k - j))
                return 0;
            depth--;
        } else if (s[e - 1] != '/') {
            if (depth == 0)
                roots++;
            if (depth == 256)
                return 0;
            stack[depth] = s + j;
            len[depth++] = k - j;
        }
        i = e;
    }
    return depth == 0 && roots == 1;
}

static void svg_is_well_formed_with_title_and_desc(const el_timeline *tl)
{
    el_render_options o;
    el_render_options_init(&o);
    o.format = EL_FORMAT_SVG;
    buf b;
    CHECK(render(tl, &o, &b, NULL) == 0, "svg");
    CHECK(b.n > 5 && memcmp(b.p, "<?xml", 5) == 0, "no XML declaration");
    CHECK(xml_well_formed((const char *)b.p, b.n), "SVG is not well-formed");
    CHECK(find(&b, "<title>Smoke test: &quot;A &amp; B&quot; &lt;timeline&gt;</title>") != NULL, "no escaped <title>");
    CHECK(find(&b, "<desc>Timeline of 5 events") != NULL, "no <desc>");
    CHECK(find(&b, "width=\"1920px\"") != NULL, "SVG width is not 1920px");
    buf c;
    CHECK(render(tl, &o, &c, NULL) == 0, "svg again");
    CHECK(b.n == c.n && memcmp(b.p, c.p, b.n) == 0, "two SVG renders in one process differ");
    free(c.p);
    free(b.p);
}

static void every_theme_and_orientation_renders(const el_timeline *tl)
{
    const char *themes[] = {"light", "dark", "print", "colorblind"};
    for (int t = 0; t < 4; t++)
        for (int v = 0; v < 2; v++) {
            el_render_options o;
            el_render_options_init(&o);
            o.theme = themes[t];
            o.orientation = v ? EL_ORIENT_VERTICAL : EL_ORIENT_HORIZONTAL;
            o.mark_dct = true;
            buf b;
            char *lj = NULL;
            CHECK(render(tl, &o, &b, &lj) == 0, "%s %d", themes[t], v);
            CHECK(lj && strstr(lj, v ? "\"vertical\"" : "\"horizontal\""), "orientation in JSON");
            CHECK(lj && strstr(lj, "\"kind\": \"dct\""), "no report date mark");
            free(lj);
            free(b.p);
        }
}

static void bad_options_are_refused_clearly(const el_timeline *tl)
{
    el_render_options o;
    el_render_options_init(&o);
    el_error err = {0};
    CHECK(el_render_parse_size("0x100", 96, &o, &err) == EL_ERR_USAGE, "0x100 accepted");
    CHECK(el_render_parse_size("100000x100000", 96, &o, &err) == EL_ERR_USAGE, "huge size accepted");
    CHECK(strstr(err.msg, "too large") != NULL, "message: %s", err.msg);
    CHECK(el_render_parse_size("12x8furlongs", 96, &o, &err) == EL_ERR_USAGE, "unit accepted");
    CHECK(el_render_parse_size("slide", 5, &o, &err) == EL_ERR_USAGE, "dpi 5 accepted");
    CHECK(el_render_parse_size("210x297mm", 96, &o, &err) == 0 && o.width_pt > 595 && o.width_pt < 596,
          "210mm = %g pt", o.width_pt);
    CHECK(el_render_parse_size("letter-landscape", 96, &o, &err) == 0 && o.width_pt == 792, "letter");
    el_render_options_init(&o);
    o.theme = "neon";
    buf b = {0};
    CHECK(el_render(tl, &o, buf_write, &b, NULL, &err) == EL_ERR_USAGE && strstr(err.msg, "neon"), "theme: %s", err.msg);
    el_render_options_init(&o);
    o.dpi = 2400;
    CHECK(el_render(tl, &o, buf_write, &b, NULL, &err) == EL_ERR_USAGE && strstr(err.msg, "too large"),
          "huge PNG: %s", err.msg);
    el_render_options_init(&o);
    CHECK(el_render(tl, &o, fail_write, NULL, NULL, &err) == EL_ERR_IO, "failed write not reported");
    free(b.p);
}

int main(void)
{
    el_timeline *tl = sample();
    png_has_the_asked_size(tl);
    pdf_is_vector_with_real_fonts_and_reproducible(tl);
    svg_is_well_formed_with_title_and_desc(tl);
    every_theme_and_orientation_renders(tl);
    bad_options_are_refused_clearly(tl);
    el_timeline_free(tl);
    CHECK_DONE();
}
