/* options.c: render option defaults and canvas size parsing. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/render.h"

#define PT_PER_IN 72.0
#define MIN_SIDE_PT 72.0      /* 1 inch */
#define MAX_SIDE_PT 14400.0   /* 200 inches */

void el_render_options_init(el_render_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->format = EL_FORMAT_PNG;
    opt->width_pt = 1440;  /* 1920 px at 96 dpi */
    opt->height_pt = 810;  /* 1080 px */
    opt->dpi = 96;
    opt->orientation = EL_ORIENT_AUTO;
    opt->png_level = -1;
    opt->source_date_epoch = -1;
    opt->max_note_lines = 3;
}

typedef struct named_size {
    const char *name;
    double w, h;  /* in the unit below */
    int px;       /* 1: pixels (converted at dpi), 0: points */
} named_size;

static const named_size sizes[] = {
    {"slide", 1920, 1080, 1},
    {"slide-4:3", 1440, 1080, 1},
    {"a4", 595.2756, 841.8898, 0},
    {"a4-landscape", 841.8898, 595.2756, 0},
    {"letter", 612, 792, 0},
    {"letter-landscape", 792, 612, 0},
};

int el_render_parse_size(const char *spec, double dpi, el_render_options *opt, el_error *err)
{
    if (dpi == 0)
        dpi = 96;
    if (!(dpi >= 10 && dpi <= 2400))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "dpi %g is out of range (10 to 2400)", dpi);
    if (!spec || !*spec)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "empty size; use slide, a4, letter or WxH[px|mm|in|pt]");
    double w = 0, h = 0;
    int found = 0;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        if (strcasecmp(spec, sizes[i].name) == 0) {
            double f = sizes[i].px ? PT_PER_IN / dpi : 1;
            w = sizes[i].w * f;
            h = sizes[i].h * f;
            found = 1;
        }
    if (!found) {
        const char *p = spec;
        char *end;
        double a = strtod(p, &end);
        if (end == p || (*end != 'x' && *end != 'X'))
            return el_fail(err, EL_ERR_USAGE, 0, 0,
                           "size \"%s\" is not understood; use slide, slide-4:3, a4, a4-landscape, "
                           "letter, letter-landscape or WxH with px, mm, in or pt",
                           spec);
        p = end + 1;
        double b = strtod(p, &end);
        if (end == p)
            return el_fail(err, EL_ERR_USAGE, 0, 0, "size \"%s\" lacks a height after 'x'", spec);
        double f;
        if (*end == '\0' || strcasecmp(end, "px") == 0)
            f = PT_PER_IN / dpi;
        else if (strcasecmp(end, "mm") == 0)
            f = PT_PER_IN / 25.4;
        else if (strcasecmp(end, "in") == 0)
            f = PT_PER_IN;
        else if (strcasecmp(end, "pt") == 0)
            f = 1;
        else
            return el_fail(err, EL_ERR_USAGE, 0, 0, "size \"%s\": unknown unit \"%s\" (px, mm, in or pt)",
                           spec, end);
        if (!(isfinite(a) && isfinite(b) && a > 0 && b > 0))
            return el_fail(err, EL_ERR_USAGE, 0, 0, "size \"%s\": width and height must be positive", spec);
        w = a * f;
        h = b * f;
    }
    if (w < MIN_SIDE_PT || h < MIN_SIDE_PT)
        return el_fail(err, EL_ERR_USAGE, 0, 0,
                       "size \"%s\" is too small: each side needs at least 1 inch (96 px at 96 dpi)", spec);
    if (w > MAX_SIDE_PT || h > MAX_SIDE_PT)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "size \"%s\" is too large: at most 200 inches a side", spec);
    opt->width_pt = w;
    opt->height_pt = h;
    opt->dpi = dpi;
    return EL_OK;
}
