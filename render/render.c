/* render.c: el_render and el_render_with, the renderer's entry points:
 * check options, turn the timeline into layout input, measure and lay out
 * with Pango, paint through the surface switch and, when asked, describe
 * the layout.  An el_renderer keeps the font set-up between renders. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/render.h"
#include "render/fonts.h"
#include "render/layout.h"
#include "render/paint.h"
#include "render/render_input.h"
#include "render/surface.h"
#include "render/theme.h"

/* Cap on the measured-text cache of one renderer. */
#define MEASURE_CACHE_BYTES (2u << 20)

struct el_renderer {
    font_map map;          /* valid when have_map */
    int have_map;
    char *font_dir;        /* the map's extra font folder (owned), NULL = none */
    measure_cache *cache;  /* NULL when it could not be made: renders still work */
    surface_pixels pixels; /* PNG image memory kept between renders */
};

typedef struct paint_ctx {
    el_fonts *fonts;
    paint_spec spec;
} paint_ctx;

static void do_paint(cairo_t *cr, void *c, int is_png)
{
    paint_ctx *p = c;
    p->spec.snap = is_png != 0;
    paint_layout(cr, p->fonts, &p->spec);
}

/* A one-line description for SVG <desc> and the PDF subject. */
static void describe(const lay_result *L, const lay_input *in, char *buf, size_t size)
{
    if (in->n_events == 0) {
        snprintf(buf, size, "Timeline with no dated events.");
        return;
    }
    const lay_event *a = &in->events[0], *b = &in->events[in->n_events - 1];
    int n = snprintf(buf, size, "Timeline of %zu event%s from %s to %s", in->n_events,
                     in->n_events == 1 ? "" : "s", a->date_text, b->date_text);
    if (n > 0 && (size_t)n < size && L->n_clusters)
        snprintf(buf + n, size - (size_t)n, "; %zu events are grouped into %zu counted clusters.",
                 L->n_clustered, L->n_clusters);
    else if (n > 0 && (size_t)n < size)
        snprintf(buf + n, size - (size_t)n, ".");
}

static int check_options(const el_render_options *opt, el_error *err)
{
    if (opt->format != EL_FORMAT_PNG && opt->format != EL_FORMAT_PDF && opt->format != EL_FORMAT_SVG)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "unknown output format");
    double dpi = opt->dpi > 0 ? opt->dpi : 96;
    if (!(dpi >= 10 && dpi <= 2400))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "dpi %g is out of range (10 to 2400)", opt->dpi);
    if (!theme_find(opt->theme))
        return el_fail(err, EL_ERR_USAGE, 0, 0,
                       "unknown theme \"%s\" (light, dark, print or colorblind)", opt->theme);
    if (opt->max_note_lines < 0 || opt->max_note_lines > 100)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "note lines %d out of range (0 to 100)", opt->max_note_lines);
    if (opt->png_level < -1 || opt->png_level > 9)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "PNG level %d out of range (-1 to 9)", opt->png_level);
    if (!(opt->width_pt >= 0 && opt->height_pt >= 0))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "canvas %gx%g pt: sizes must be positive",
                       opt->width_pt, opt->height_pt);
    double w = opt->width_pt > 0 ? opt->width_pt : 1440, h = opt->height_pt > 0 ? opt->height_pt : 810;
    if (!(isfinite(w) && isfinite(h)) || w < 72 || h < 72)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "canvas %gx%g pt is too small (at least 1 inch a side)", w, h);
    if (w > 14400 || h > 14400)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "canvas %gx%g pt is too large (at most 200 inches a side)", w, h);
    double px_w = w * dpi / 72.0, px_h = h * dpi / 72.0;
    double max_px = opt->max_canvas_pixels > 0 ? opt->max_canvas_pixels : 200e6;
    if (opt->format == EL_FORMAT_PNG && (px_w > 32767 || px_h > 32767 || px_w * px_h > max_px))
        return el_fail(err, EL_ERR_USAGE, 0, 0,
                       "image of %.0fx%.0f pixels is too large (limit 32767 a side, %.0f megapixels); "
                       "lower the dpi or the size",
                       px_w, px_h, max_px / 1e6);
    return EL_OK;
}

int el_render_init_fonts(el_error *err)
{
    return font_config_make_default(err);
}

el_renderer *el_renderer_new(void)
{
    el_renderer *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->cache = measure_cache_new(MEASURE_CACHE_BYTES);
    return r;
}

void el_renderer_free(el_renderer *r)
{
    if (!r)
        return;
    if (r->have_map)
        font_map_close(&r->map);
    free(r->font_dir);
    measure_cache_free(r->cache);
    surface_pixels_free(&r->pixels);
    free(r);
}

static int same_dir(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Makes sure r holds a font map for font_dir (NULL = none), building it
 * when r has none or one for another folder. */
static int renderer_fonts(el_renderer *r, const char *font_dir, el_error *err)
{
    if (font_dir && !*font_dir)
        font_dir = NULL;
    if (r->have_map && same_dir(r->font_dir, font_dir))
        return EL_OK;
    if (r->have_map)
        font_map_close(&r->map);
    r->have_map = 0;
    free(r->font_dir);
    r->font_dir = NULL;
    measure_cache_clear(r->cache); /* other fonts, other sizes */
    char *dir = NULL;
    if (font_dir && !(dir = strdup(font_dir)))
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    int rc = font_map_open(&r->map, font_dir, err);
    if (rc) {
        font_map_close(&r->map);
        free(dir);
        return rc;
    }
    r->have_map = 1;
    r->font_dir = dir;
    return EL_OK;
}

int el_render(const el_timeline *tl, const el_render_options *opt, el_write_fn write, void *closure,
              char **layout_json, el_error *err)
{
    if (layout_json)
        *layout_json = NULL;
    el_renderer *r = el_renderer_new();
    if (!r)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    int rc = el_render_with(r, tl, opt, write, closure, layout_json, err);
    el_renderer_free(r);
    return rc;
}

int el_render_with(el_renderer *r, const el_timeline *tl, const el_render_options *opt,
                   el_write_fn write, void *closure, char **layout_json, el_error *err)
{
    if (layout_json)
        *layout_json = NULL;
    if (!r || !tl || !opt || !write)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_render: missing renderer, timeline, options or writer");
    int rc = check_options(opt, err);
    if (rc)
        return rc;
    const el_theme *theme = theme_find(opt->theme);
    double dpi = opt->dpi > 0 ? opt->dpi : 96;
    double wpt = opt->width_pt > 0 ? opt->width_pt : 1440, hpt = opt->height_pt > 0 ? opt->height_pt : 810;
    render_input ri;
    rc = render_input_build(&ri, tl, opt, theme, err);
    if (rc)
        return rc;
    lay_input *in = &ri.in;
    in->width = wpt * 96.0 / 72.0;
    in->height = hpt * 96.0 / 72.0;
    in->max_pixels = opt->max_canvas_pixels > 0 ? opt->max_canvas_pixels : 200e6;
    in->max_side = 32000;
    in->grow_scale = opt->format == EL_FORMAT_PNG ? dpi / 96.0 : 1;
    lay_style st;
    lay_style_for(in->width, in->height, &st);
    el_fonts fonts;
    memset(&fonts, 0, sizeof fonts);
    rc = renderer_fonts(r, opt->font_dir, err);
    if (rc == EL_OK)
        rc = fonts_use(&fonts, &r->map, r->cache, opt->font, &st, err);
    if (rc) {
        fonts_close(&fonts);
        render_input_free(&ri);
        return rc;
    }
    lay_result L;
    rc = lay_layout(in, fonts_measure, &fonts, &L, err);
    if (rc == EL_OK) {
        char desc[512];
        describe(&L, in, desc, sizeof desc);
        surface_meta meta = {in->title ? in->title : "Timeline", desc, in->source};
        paint_ctx pc = {&fonts, {&L, theme, ri.ev_color, ri.legend_color, opt->transparent, false}};
        rc = surface_render(opt, L.width, L.height, &meta, do_paint, &pc, &r->pixels, write,
                            closure, err);
        if (rc == EL_OK && layout_json) {
            *layout_json = lay_to_json(&L, in);
            if (!*layout_json)
                rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory writing the layout JSON");
        }
        lay_result_free(&L);
    }
    fonts_close(&fonts);
    render_input_free(&ri);
    return rc;
}
