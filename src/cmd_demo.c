/* cmd_demo.c: `eventline demo`: draws the built-in sample article as
 * demo.png, demo.pdf and demo.svg, the same bytes every day.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sample_article.h"

enum { OPT_PRINT_ARTICLE = OPT_CMD_BASE, OPT_PRINT_JSON };

static const char demo_help[] =
    "Usage: eventline demo [-O DIR] [OPTIONS]\n"
    "\n"
    "Extracts the events of a short news article built into eventline (an\n"
    "invented story with a dateline without a year, \"on Saturday\", \"recently\",\n"
    "\"shortly after that\", \"a few years ago\", \"the 2014 floods\", \"the 1998\n"
    "... Accord\") and draws them as demo.png (1920x1080), demo.pdf and demo.svg.\n"
    "The article's \"today\" is fixed, so the output is the same on every day.\n"
    "\n"
    "  -O, --output-dir DIR   folder for the three files (default: current folder;\n"
    "                         created when missing)\n"
    "      --print-article    print the article and exit\n"
    "      --print-json       print the extracted event list and exit\n"
    "      --fsync            flush outputs to disk before renaming them into place\n"
    "  -h, --help             show this help\n"
    "\n";

static const char demo_help_tail[] =
    "\n"
    "Examples:\n"
    "  eventline demo\n"
    "  eventline demo -O /tmp/demo --theme dark\n"
    "  eventline demo --print-article | eventline extract --dct 2024-10-12\n";

/* Extracts the sample article into a titled timeline. */
static int demo_timeline(el_timeline **out, el_error *err)
{
    el_extract_options xo;
    el_timeline *tl = el_timeline_new();
    int rc;
    *out = NULL;
    if (tl == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    memset(&xo, 0, sizeof xo);
    xo.today = sample_article_today;
    xo.doc_name = "sample-article";
    rc = el_extract(sample_article_text, sample_article_len, &xo, tl, NULL, err);
    if (rc == EL_OK && (el_extract_finish(tl) != 0 ||
                        el_set_str(&tl->title, sample_article_title) != 0 ||
                        el_set_str(&tl->subtitle, sample_article_subtitle) != 0 ||
                        el_set_str(&tl->source, sample_article_source) != 0))
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    if (rc == EL_OK && tl->n_events == 0)
        rc = el_fail(err, EL_ERR_INPUT, 0, 0, "no events found in the sample article");
    if (rc != EL_OK) {
        el_timeline_free(tl);
        return rc;
    }
    *out = tl;
    return EL_OK;
}

int cmd_demo(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output-dir", required_argument, NULL, 'O'},
        {"print-article", no_argument, NULL, OPT_PRINT_ARTICLE},
        {"print-json", no_argument, NULL, OPT_PRINT_JSON},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"help", no_argument, NULL, 'h'},
        CLI_RENDER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    static const el_format formats[] = {EL_FORMAT_PNG, EL_FORMAT_PDF, EL_FORMAT_SVG};
    const char *cmd = "demo", *dir = ".";
    bool do_fsync = false, print_article = false, print_json = false;
    render_cli rc;
    el_timeline *tl = NULL;
    el_error err;
    size_t i;
    el_renderer *renderer;
    el_error font_err;
    int c, r = EL_OK;

    el_error_clear(&err);
    if (render_opts_init(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    /* The demo is a 1920x1080 slide whatever the article holds, and its PDF
     * carries the article's fixed "today" as creation date (unless
     * SOURCE_DATE_EPOCH says otherwise), so every run gives the same bytes. */
    rc.ro.fixed_size = true;
    if (rc.ro.source_date_epoch < 0)
        rc.ro.source_date_epoch = sample_article_epoch;
    optind = 0;
    while ((c = getopt_long(argc, argv, ":O:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'O': dir = optarg; break;
        case 'h':
            return opt_help(demo_help, cli_render_help, demo_help_tail, (const char *)NULL);
        case OPT_PRINT_ARTICLE: print_article = true; break;
        case OPT_PRINT_JSON: print_json = true; break;
        case OPT_FSYNC: do_fsync = true; break;
        case '?':
        case ':':
            return opt_getopt_error(cmd, c, argv);
        default:
            r = render_opt(cmd, c, optarg, &rc);
            if (r <= 0)
                return r < 0 ? EL_ERR_USAGE : opt_getopt_error(cmd, '?', argv);
            break;
        }
    }
    if (optind < argc)
        return opt_usage(cmd, "unexpected argument \"%s\" (the folder goes after -O)", argv[optind]);
    if (render_opts_finish(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    if (print_article) {
        fwrite(sample_article_text, 1, sample_article_len, stdout);
        return 0;
    }
    r = demo_timeline(&tl, &err);
    if (r != EL_OK) {
        diag_error("sample article", &err);
        return r;
    }
    if (print_json) {
        char *json = el_json_write(tl);
        el_timeline_free(tl);
        if (json == NULL) {
            diag_errorf("out of memory");
            return EL_ERR_IO;
        }
        fputs(json, stdout);
        free(json);
        return 0;
    }
    r = io_mkdirs(dir, &err);
    if (r != EL_OK) {
        diag_error(dir, &err);
        el_timeline_free(tl);
        return r;
    }
    el_render_init_fonts(&font_err); /* a few ms saved; renders work without it */
    renderer = el_renderer_new(); /* NULL: each format renders on its own */
    for (i = 0; i < sizeof formats / sizeof formats[0] && r == EL_OK; i++) {
        const char *failed = NULL;
        size_t n = strlen(dir) + 16;
        char *path = malloc(n);
        if (path == NULL) {
            diag_errorf("out of memory");
            r = EL_ERR_IO;
            break;
        }
        snprintf(path, n, "%s/demo.%s", dir, render_format_ext(formats[i]));
        rc.ro.format = formats[i];
        r = render_to_file(renderer, tl, &rc.ro, path, NULL, env->create_mode, do_fsync, &failed, &err);
        if (r != EL_OK)
            diag_error(r == EL_ERR_IO ? failed : "sample article", &err);
        else
            printf("%s\n", path);
        free(path);
    }
    el_renderer_free(renderer);
    el_timeline_free(tl);
    return r;
}
