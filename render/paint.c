/* paint.c: draws the items of a layout in order: background, eras, ribbon,
 * ticks, spans, stems, markers, then text on top. */
#include "render/paint.h"

#include <math.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static void set_rgb(cairo_t *cr, uint32_t hex, double alpha)
{
    el_rgb c = theme_rgb(hex);
    cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha);
}

static uint32_t item_color(const paint_spec *s, const lay_item *it, uint32_t fallback)
{
    if (it->color >= 0)
        return s->ev_color[it->color];
    return fallback;
}

static void rounded_rect(cairo_t *cr, double x, double y, double w, double h, double r)
{
    if (r > w / 2)
        r = w / 2;
    if (r > h / 2)
        r = h / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 1.5 * M_PI);
    cairo_close_path(cr);
}

/* Snaps a coordinate of a 1-px-ish line to the pixel grid when asked. */
static double snap(const paint_spec *s, double v)
{
    return s->snap ? floor(v) + 0.5 : v;
}

static void dash(cairo_t *cr, int on, double unit)
{
    if (on) {
        double d[2] = {unit * 4, unit * 3};
        cairo_set_dash(cr, d, 2, 0);
    } else {
        cairo_set_dash(cr, NULL, 0, 0);
    }
}

static void draw_line(cairo_t *cr, const paint_spec *s, const lay_item *it, double width)
{
    double x1 = it->x1, y1 = it->y1, x2 = it->x2, y2 = it->y2;
    if (x1 == x2)
        x1 = x2 = snap(s, x1);
    if (y1 == y2)
        y1 = y2 = snap(s, y1);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x1, y1);
    cairo_line_to(cr, x2, y2);
    cairo_stroke(cr);
}

/* A leader that leaves the axis straight, crosses over in the middle third
 * and meets its text block straight. */
static void draw_bent(cairo_t *cr, const lay_item *it, int vertical)
{
    double x1 = it->x1, y1 = it->y1, x2 = it->x2, y2 = it->y2;
    cairo_set_line_width(cr, 1.2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_move_to(cr, x1, y1);
    if (vertical) {
        double dx = x2 - x1;
        cairo_line_to(cr, x1 + dx * 0.3, y1);
        cairo_line_to(cr, x1 + dx * 0.7, y2);
    } else {
        double dy = y2 - y1;
        cairo_line_to(cr, x1, y1 + dy * 0.3);
        cairo_line_to(cr, x2, y1 + dy * 0.7);
    }
    cairo_line_to(cr, x2, y2);
    cairo_stroke(cr);
}

/* A bracket or bar beside the ribbon. */
static void draw_span(cairo_t *cr, const paint_spec *s, const lay_item *it, int vertical)
{
    const lay_style *st = &s->lay->style;
    uint32_t col = item_color(s, it, s->theme->cluster);
    int unc = (it->flags & LAY_F_UNCERTAIN) != 0;
    if (it->flags & LAY_F_BAR) {
        cairo_pattern_t *pat = NULL;
        el_rgb c = theme_rgb(col);
        double a = unc ? 0.45 : 0.85;
        if (it->flags & (LAY_F_OPEN_START | LAY_F_OPEN_END)) {
            pat = vertical ? cairo_pattern_create_linear(0, it->y, 0, it->y + it->h)
                           : cairo_pattern_create_linear(it->x, 0, it->x + it->w, 0);
            cairo_pattern_add_color_stop_rgba(pat, 0, c.r, c.g, c.b, (it->flags & LAY_F_OPEN_START) ? 0 : a);
            cairo_pattern_add_color_stop_rgba(pat, 0.25, c.r, c.g, c.b, a);
            cairo_pattern_add_color_stop_rgba(pat, 0.75, c.r, c.g, c.b, a);
            cairo_pattern_add_color_stop_rgba(pat, 1, c.r, c.g, c.b, (it->flags & LAY_F_OPEN_END) ? 0 : a);
            cairo_set_source(cr, pat);
        } else {
            cairo_set_source_rgba(cr, c.r, c.g, c.b, a);
        }
        rounded_rect(cr, it->x, it->y, it->w, it->h, (vertical ? it->w : it->h) / 2);
        cairo_fill(cr);
        if (pat)
            cairo_pattern_destroy(pat);
        return;
    }
    /* bracket: the whole period tinted along the ribbon, edged by a line
     * on the far side with end caps back to the ribbon */
    set_rgb(cr, col, unc ? 0.10 : 0.20);
    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
    cairo_fill(cr);
    set_rgb(cr, col, unc ? 0.6 : 0.9);
    double lw = st->lane * 0.3;
    cairo_set_line_width(cr, lw);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    dash(cr, unc, lw);
    int below = (it->flags & LAY_F_BELOW) != 0;
    double h = lw / 2;
    if (!vertical) {
        /* above the ribbon the far side is the top; below, the bottom */
        double y = below ? it->y + it->h - h : it->y + h, y0 = below ? it->y : it->y + it->h;
        cairo_move_to(cr, it->x + h, y0);
        cairo_line_to(cr, it->x + h, y);
        cairo_line_to(cr, it->x + it->w - h, y);
        cairo_line_to(cr, it->x + it->w - h, y0);
    } else {
        /* right of the ribbon the far side is the right edge; left, the left */
        double x = below ? it->x + h : it->x + it->w - h, x0 = below ? it->x + it->w : it->x;
        cairo_move_to(cr, x0, it->y + h);
        cairo_line_to(cr, x, it->y + h);
        cairo_line_to(cr, x, it->y + it->h - h);
        cairo_line_to(cr, x0, it->y + it->h - h);
    }
    cairo_stroke(cr);
    dash(cr, 0, 1);
}

static void draw_text(cairo_t *cr, el_fonts *f, const lay_item *it)
{
    fonts_draw(f, cr, it->text, it->role, it->wrap_w, it->max_lines,
               (it->flags & LAY_F_ALIGN_RIGHT) != 0, it->x, it->y, it->w);
}

void paint_layout(cairo_t *cr, el_fonts *fonts, const paint_spec *s)
{
    const lay_result *L = s->lay;
    const el_theme *t = s->theme;
    const lay_style *st = &L->style;
    int vertical = L->orientation == EL_ORIENT_VERTICAL;
    if (!s->transparent) {
        set_rgb(cr, t->bg, 1);
        cairo_paint(cr);
    }
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    /* Pass 1: backgrounds (eras, ribbon), pass 2: lines and marks, pass 3: text. */
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < L->n_items; i++) {
            const lay_item *it = &L->items[i];
            int unc = (it->flags & LAY_F_UNCERTAIN) != 0;
            switch (it->kind) {
            case LAY_ERA:
                if (pass == 0) {
                    set_rgb(cr, t->era[it->color % 2], 1);
                    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
                    cairo_fill(cr);
                }
                break;
            case LAY_AXIS:
                if (pass == 0) {
                    set_rgb(cr, t->ribbon, 1);
                    rounded_rect(cr, it->x, it->y, it->w, it->h, (vertical ? it->w : it->h) * 0.25);
                    cairo_fill(cr);
                }
                break;
            case LAY_BREAK:
                if (pass == 1) {
                    /* two slanted strokes across the gap */
                    set_rgb(cr, t->stem, 1);
                    cairo_set_line_width(cr, 1.6);
                    for (int k = 0; k < 2; k++) {
                        double f = 0.3 + 0.4 * k;
                        if (!vertical) {
                            double x = it->x + it->w * f;
                            cairo_move_to(cr, x - it->h * 0.2, it->y + it->h);
                            cairo_line_to(cr, x + it->h * 0.2, it->y);
                        } else {
                            double y = it->y + it->h * f;
                            cairo_move_to(cr, it->x, y + it->h * 0.2);
                            cairo_line_to(cr, it->x + it->w, y - it->h * 0.2);
                        }
                    }
                    cairo_stroke(cr);
                }
                break;
            case LAY_TICK:
                if (pass == 1) {
                    set_rgb(cr, t->tick, (it->flags & LAY_F_MINOR) ? 0.7 : 1);
                    draw_line(cr, s, it, (it->flags & LAY_F_MAJOR) ? 1.6 : 1);
                }
                break;
            case LAY_SPAN:
                if (pass == 1)
                    draw_span(cr, s, it, vertical);
                break;
            case LAY_STEM:
            case LAY_RULE:
                if (pass == 1) {
                    uint32_t col = item_color(s, it, t->cluster);
                    if (it->kind == LAY_STEM)
                        set_rgb(cr, col, unc ? 0.45 : 0.6);
                    else
                        set_rgb(cr, col, unc ? 0.55 : 0.95);
                    dash(cr, unc, 1.2);
                    if (it->flags & LAY_F_BENT)
                        draw_bent(cr, it, vertical);
                    else
                        draw_line(cr, s, it, it->kind == LAY_STEM ? 1.2 : 2.0);
                    dash(cr, 0, 1);
                }
                break;
            case LAY_MARKER:
                if (pass == 1) {
                    double cx = it->x + it->w / 2, cy = it->y + it->h / 2, r = it->w / 2;
                    uint32_t col = item_color(s, it, t->cluster);
                    cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
                    if (unc) {
                        set_rgb(cr, t->bg, 1);
                        cairo_fill_preserve(cr);
                        set_rgb(cr, col, 1);
                        cairo_set_line_width(cr, 1.6);
                        dash(cr, 1, 0.6);
                        cairo_stroke(cr);
                        dash(cr, 0, 1);
                    } else {
                        set_rgb(cr, col, 1);
                        cairo_fill_preserve(cr);
                        set_rgb(cr, t->bg, 1);
                        cairo_set_line_width(cr, 1.5);
                        cairo_stroke(cr);
                    }
                }
                break;
            case LAY_DCT:
                if (pass == 1) {
                    set_rgb(cr, t->dct, 1);
                    double cx = it->x + it->w / 2, cy = it->y + it->h / 2, r = st->marker_r;
                    if (!vertical) {
                        cairo_move_to(cr, cx - r, it->y);
                        cairo_line_to(cr, cx + r, it->y);
                        cairo_line_to(cr, cx, it->y + r * 1.4);
                        cairo_close_path(cr);
                        cairo_move_to(cr, cx - r, it->y + it->h);
                        cairo_line_to(cr, cx + r, it->y + it->h);
                        cairo_line_to(cr, cx, it->y + it->h - r * 1.4);
                        cairo_close_path(cr);
                        cairo_fill(cr);
                        cairo_set_line_width(cr, 1.5);
                        cairo_move_to(cr, snap(s, cx), it->y);
                        cairo_line_to(cr, snap(s, cx), it->y + it->h);
                    } else {
                        cairo_move_to(cr, it->x, cy - r);
                        cairo_line_to(cr, it->x, cy + r);
                        cairo_line_to(cr, it->x + r * 1.4, cy);
                        cairo_close_path(cr);
                        cairo_move_to(cr, it->x + it->w, cy - r);
                        cairo_line_to(cr, it->x + it->w, cy + r);
                        cairo_line_to(cr, it->x + it->w - r * 1.4, cy);
                        cairo_close_path(cr);
                        cairo_fill(cr);
                        cairo_set_line_width(cr, 1.5);
                        cairo_move_to(cr, it->x, snap(s, cy));
                        cairo_line_to(cr, it->x + it->w, snap(s, cy));
                    }
                    cairo_stroke(cr);
                }
                break;
            case LAY_LEGEND:
                if (pass == 2) {
                    double b = st->font_px[LAY_FONT_LEGEND] * 0.8;
                    set_rgb(cr, s->legend_color[it->color], 1);
                    rounded_rect(cr, it->x, it->y + (it->h - b) / 2, b, b, b * 0.25);
                    cairo_fill(cr);
                    set_rgb(cr, t->text, 1);
                    fonts_draw(fonts, cr, it->text, it->role, it->wrap_w, 1, 0, it->x + b + 6, it->y, it->w - b - 6);
                }
                break;
            default:
                break;
            }
            if (pass != 2 || !it->text || !lay_kind_is_text(it->kind) || it->kind == LAY_LEGEND)
                continue;
            switch (it->kind) {
            case LAY_TITLE:
                set_rgb(cr, t->title, 1);
                break;
            case LAY_SUBTITLE:
            case LAY_SOURCE:
                set_rgb(cr, t->muted, 1);
                break;
            case LAY_TICK_LABEL:
                set_rgb(cr, t->ribbon_text, 1);
                break;
            case LAY_ERA_LABEL:
                set_rgb(cr, t->era_text, 1);
                break;
            case LAY_DATE:
                set_rgb(cr, item_color(s, it, t->cluster), unc ? 0.75 : 1);
                break;
            case LAY_CLUSTER:
                set_rgb(cr, t->cluster, 1);
                break;
            case LAY_NOTE:
                set_rgb(cr, t->muted, unc ? 0.8 : 1);
                break;
            default:
                set_rgb(cr, t->text, unc ? 0.78 : 1);
                break;
            }
            if (it->flags & LAY_F_VERTICAL) {
                /* reads top to bottom; the box (x, y, w, h) holds the turned text */
                cairo_save(cr);
                cairo_translate(cr, it->x + it->w, it->y);
                cairo_rotate(cr, M_PI / 2);
                fonts_draw(fonts, cr, it->text, it->role, it->wrap_w, it->max_lines, 0, 0, 0, it->h);
                cairo_restore(cr);
            } else {
                draw_text(cr, fonts, it);
            }
        }
    }
}
