/* render_file.c: renders an event-list file (eventline/1 or TimelineJS JSON)
 * to an image, for looking at the renderer's output and for benchmarks.
 *   render_file IN OUT [--size S] [--dpi N] [--theme T] [--orientation O]
 *               [--fixed] [--dct] [--layout FILE] [--png-level N] [--repeat N]
 * The format follows OUT's extension (.png, .pdf, .svg). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/eventline.h"

static int file_write(void *c, const unsigned char *d, size_t n)
{
    return fwrite(d, 1, n, (FILE *)c) != n;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    size_t got;
    while (p && (got = fread(p + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            } else {
                p = q;
            }
        }
    }
    fclose(f);
    *len = n;
    return p;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: render_file IN OUT [options]\n");
        return 2;
    }
    el_render_options opt;
    el_render_options_init(&opt);
    el_error err = {0};
    const char *size = "slide", *layout_out = NULL;
    int repeat = 1;
    double dpi = 96;
    for (int i = 3; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : "";
        if (!strcmp(a, "--size")) size = v, i++;
        else if (!strcmp(a, "--dpi")) dpi = atof(v), i++;
        else if (!strcmp(a, "--theme")) opt.theme = v, i++;
        else if (!strcmp(a, "--orientation")) {
            opt.orientation = !strcmp(v, "vertical") ? EL_ORIENT_VERTICAL
                            : !strcmp(v, "horizontal") ? EL_ORIENT_HORIZONTAL : EL_ORIENT_AUTO;
            i++;
        } else if (!strcmp(a, "--fixed")) opt.fixed_size = true;
        else if (!strcmp(a, "--dct")) opt.mark_dct = true;
        else if (!strcmp(a, "--transparent")) opt.transparent = true;
        else if (!strcmp(a, "--layout")) layout_out = v, i++;
        else if (!strcmp(a, "--png-level")) opt.png_level = atoi(v), i++;
        else if (!strcmp(a, "--repeat")) repeat = atoi(v), i++;
        else if (!strcmp(a, "--font")) opt.font = v, i++;
        else {
            fprintf(stderr, "render_file: unknown option %s\n", a);
            return 2;
        }
    }
    if (el_render_parse_size(size, dpi, &opt, &err)) {
        fprintf(stderr, "render_file: error: %s\n", err.msg);
        return err.code;
    }
    const char *dot = strrchr(argv[2], '.');
    opt.format = dot && !strcmp(dot, ".pdf") ? EL_FORMAT_PDF : dot && !strcmp(dot, ".svg") ? EL_FORMAT_SVG : EL_FORMAT_PNG;
    opt.source_date_epoch = 0;
    size_t len;
    char *text = slurp(argv[1], &len);
    if (!text) {
        fprintf(stderr, "render_file: cannot read %s\n", argv[1]);
        return 3;
    }
    el_timeline *tl = NULL;
    int rc;
    if (el_detect_format(text, len, argv[1]) == EL_INPUT_TIMELINEJS)
        rc = el_timelinejs_read(text, len, NULL, &tl, &err);
    else
        rc = el_json_read(text, len, NULL, &tl, &err);
    free(text);
    if (rc) {
        fprintf(stderr, "render_file: error: %s:%d:%d: %s\n", argv[1], err.line, err.col, err.msg);
        return rc;
    }
    char *lj = NULL;
    for (int r = 0; r < repeat && rc == 0; r++) {
        FILE *out = fopen(argv[2], "wb");
        if (!out) {
            fprintf(stderr, "render_file: cannot write %s\n", argv[2]);
            el_timeline_free(tl);
            return 3;
        }
        free(lj);
        lj = NULL;
        rc = el_render(tl, &opt, file_write, out, layout_out ? &lj : NULL, &err);
        if (fclose(out) && !rc)
            rc = 3;
    }
    if (rc)
        fprintf(stderr, "render_file: error: %s\n", err.msg);
    if (lj && layout_out) {
        FILE *f = fopen(layout_out, "w");
        if (f) {
            fputs(lj, f);
            fclose(f);
        }
    }
    free(lj);
    el_timeline_free(tl);
    return rc;
}
