/* render_opts.c: the render options shared by `render` and `batch`, and the
 * rendering of one timeline to one output file.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

const char cli_render_help[] =
    "Graphic options:\n"
    "      --size S             slide (1920x1080 px, default), slide-4:3, a4, a4-landscape,\n"
    "                           letter, letter-landscape, or WxH[px|mm|in|pt]\n"
    "      --dpi N              PNG resolution (default 96)\n"
    "      --orientation O      horizontal, vertical or auto (default auto: the shape\n"
    "                           that fits the events best)\n"
    "      --theme T            light (default), dark, print or colorblind\n"
    "      --font F             font family for all text\n"
    "      --font-dir D         extra folder of font files\n"
    "      --transparent        no background fill (PNG, SVG)\n"
    "      --fixed-size         keep the canvas size; cluster events instead of growing\n"
    "      --title T            title (overrides the list's title)\n"
    "      --subtitle T         subtitle\n"
    "      --source T           source line at the bottom\n"
    "      --mark-dct           mark the report date on the axis\n"
    "      --note-lines N       lines of note text per event (default 3)\n"
    "      --png fast|small     PNG compression: fast (default) or small files\n"
    "      --max-pixels N       largest canvas in pixels (default 200 megapixels)\n";

int render_format_from_name(const char *name, el_format *fmt)
{
    if (strcasecmp(name, "png") == 0)
        *fmt = EL_FORMAT_PNG;
    else if (strcasecmp(name, "pdf") == 0)
        *fmt = EL_FORMAT_PDF;
    else if (strcasecmp(name, "svg") == 0)
        *fmt = EL_FORMAT_SVG;
    else
        return -1;
    return 0;
}

int render_format_from_path(const char *path, el_format *fmt)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (dot == NULL || (slash != NULL && dot < slash))
        return -1;
    return render_format_from_name(dot + 1, fmt);
}

const char *render_format_ext(el_format fmt)
{
    switch (fmt) {
    case EL_FORMAT_PDF: return "pdf";
    case EL_FORMAT_SVG: return "svg";
    default: return "png";
    }
}

int render_opts_init(const char *cmd, render_cli *rc)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    memset(rc, 0, sizeof *rc);
    el_render_options_init(&rc->ro);
    if (sde != NULL && *sde != '\0') {
        char *end = NULL;
        long long v;
        errno = 0;
        v = strtoll(sde, &end, 10);
        if (errno != 0 || *end != '\0' || v < 0 || !isdigit((unsigned char)*sde)) {
            opt_usage(cmd, "SOURCE_DATE_EPOCH=\"%.40s\" is not a number of seconds", sde);
            return -1;
        }
        rc->ro.source_date_epoch = v;
    }
    return 0;
}

int render_opt(const char *cmd, int c, const char *arg, render_cli *rc)
{
    el_render_options *ro = &rc->ro;
    long n;
    switch (c) {
    case OPT_FORMAT:
        if (render_format_from_name(arg, &ro->format) != 0) {
            opt_usage(cmd, "--format: \"%s\" is not png, pdf or svg", arg);
            return -1;
        }
        rc->format_given = true;
        return 1;
    case OPT_SIZE:
        rc->size = arg;
        return 1;
    case OPT_DPI:
        if (opt_parse_double(arg, 10, 2400, &ro->dpi) != 0) {
            opt_usage(cmd, "--dpi: \"%s\" is not a resolution from 10 to 2400", arg);
            return -1;
        }
        return 1;
    case OPT_ORIENT:
        if (strcmp(arg, "horizontal") == 0)
            ro->orientation = EL_ORIENT_HORIZONTAL;
        else if (strcmp(arg, "vertical") == 0)
            ro->orientation = EL_ORIENT_VERTICAL;
        else if (strcmp(arg, "auto") == 0)
            ro->orientation = EL_ORIENT_AUTO;
        else {
            opt_usage(cmd, "--orientation: \"%s\" is not horizontal, vertical or auto", arg);
            return -1;
        }
        return 1;
    case OPT_THEME:
        if (strcmp(arg, "light") != 0 && strcmp(arg, "dark") != 0 &&
            strcmp(arg, "print") != 0 && strcmp(arg, "colorblind") != 0) {
            opt_usage(cmd, "--theme: \"%s\" is not light, dark, print or colorblind", arg);
            return -1;
        }
        ro->theme = arg;
        return 1;
    case OPT_FONT:
        if (*arg == '\0') {
            opt_usage(cmd, "--font: empty font name");
            return -1;
        }
        ro->font = arg;
        return 1;
    case OPT_FONT_DIR:
        ro->font_dir = arg;
        return 1;
    case OPT_TRANSPARENT:
        ro->transparent = true;
        return 1;
    case OPT_FIXED_SIZE:
        ro->fixed_size = true;
        return 1;
    case OPT_TITLE:
        ro->title = arg;
        return 1;
    case OPT_SUBTITLE:
        ro->subtitle = arg;
        return 1;
    case OPT_SOURCE:
        ro->source = arg;
        return 1;
    case OPT_MARK_DCT:
        ro->mark_dct = true;
        return 1;
    case OPT_NOTE_LINES:
        if (opt_parse_long(arg, 1, 100, &n) != 0) {
            opt_usage(cmd, "--note-lines: \"%s\" is not a number from 1 to 100", arg);
            return -1;
        }
        ro->max_note_lines = (int)n;
        return 1;
    case OPT_PNG:
        if (strcmp(arg, "fast") == 0)
            ro->png_level = -1;
        else if (strcmp(arg, "small") == 0)
            ro->png_level = 9;
        else {
            opt_usage(cmd, "--png: \"%s\" is not fast or small", arg);
            return -1;
        }
        return 1;
    case OPT_MAX_PIXELS:
        if (opt_parse_double(arg, 1, 1e12, &ro->max_canvas_pixels) != 0) {
            opt_usage(cmd, "--max-pixels: \"%s\" is not a positive number", arg);
            return -1;
        }
        return 1;
    default:
        return 0;
    }
}

int render_opts_finish(const char *cmd, render_cli *rc)
{
    el_error err;
    el_error_clear(&err);
    if (rc->size != NULL &&
        el_render_parse_size(rc->size, rc->ro.dpi, &rc->ro, &err) != EL_OK) {
        opt_usage(cmd, "--size: %s", err.msg);
        return -1;
    }
    return 0;
}

int render_to_file(el_renderer *renderer, const el_timeline *tl, const el_render_options *ro,
                   const char *path, const char *layout_path, mode_t mode,
                   bool do_fsync, const char **failed_path, el_error *err)
{
    io_out out;
    char *layout = NULL;
    int rc;
    *failed_path = path;
    rc = io_out_open(&out, path, mode, do_fsync, err);
    if (rc != EL_OK)
        return rc;
    if (renderer != NULL)
        rc = el_render_with(renderer, tl, ro, io_out_write, &out,
                            layout_path != NULL ? &layout : NULL, err);
    else
        rc = el_render(tl, ro, io_out_write, &out, layout_path != NULL ? &layout : NULL, err);
    if (rc != EL_OK) {
        if (out.err_no != 0) /* the renderer stopped because a write failed */
            rc = el_fail(err, EL_ERR_IO, 0, 0, "cannot write: %s", strerror(out.err_no));
        io_out_abort(&out);
        free(layout);
        return rc;
    }
    if (layout_path != NULL) {
        /* Write the layout first: if it fails, the graphic is not replaced. */
        if (layout == NULL) {
            io_out_abort(&out);
            return el_fail(err, EL_ERR_IO, 0, 0, "the renderer gave no layout description");
        }
        rc = io_write_all(layout_path, layout, strlen(layout), mode, do_fsync, err);
        free(layout);
        if (rc != EL_OK) {
            *failed_path = layout_path;
            io_out_abort(&out);
            return rc;
        }
    }
    return io_out_commit(&out, err);
}
