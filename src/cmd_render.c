/* cmd_render.c: `eventline render`: an event list, or an article, to a
 * timeline graphic (PNG, PDF or SVG).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char render_help[] =
    "Usage: eventline render [-o OUT] [--format png|pdf|svg] [OPTIONS] [FILE|-]\n"
    "\n"
    "Draws a timeline from an event list (eventline/1 JSON, TimelineJS JSON or\n"
    "TimelineJS CSV, detected from the content) or from a plain-text article,\n"
    "whose events are extracted first.  Without FILE, or with -, the input is\n"
    "read from standard input.\n"
    "\n"
    "  -o, --output OUT         output file; - for standard output.  Default: the\n"
    "                           input's name with the format's extension, in the\n"
    "                           current folder (standard output for stdin input)\n"
    "      --format F           png, pdf or svg (default: from OUT's extension, else png)\n"
    "      --input FORMAT       eventline, timelinejs, csv, text or auto (default auto)\n"
    "      --dct DATE           report date of an article (YYYY-MM-DD)\n"
    "      --layout-json FILE   also write a JSON description of what was drawn\n"
    "      --fsync              flush outputs to disk before renaming them into place\n"
    "  -h, --help               show this help\n"
    "\n";

static const char render_help_tail[] =
    "\n"
    "Environment: SOURCE_DATE_EPOCH fixes the PDF creation date; EVENTLINE_TODAY\n"
    "(YYYY-MM-DD) replaces the clock when an article's dateline has no year.\n"
    "\n"
    "Examples:\n"
    "  eventline render events.json -o timeline.png\n"
    "  eventline render --format pdf --size a4-landscape --theme print events.json -o out.pdf\n"
    "  eventline extract article.txt | eventline render - -o - > timeline.svg --format svg\n"
    "  eventline render --title 'Port talks' article.txt -o talks.png\n";

/* The output name for an input when -o is not given: the input's last
 * component with its extension replaced (malloc'd). */
static char *default_output(const char *input, el_format fmt)
{
    const char *base = strrchr(input, '/');
    const char *dot;
    size_t n;
    char *out;
    base = base != NULL ? base + 1 : input;
    dot = strrchr(base, '.');
    n = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    out = malloc(n + 5);
    if (out != NULL)
        snprintf(out, n + 5, "%.*s.%s", (int)n, base, render_format_ext(fmt));
    return out;
}

/* True unless path names an existing folder, device or pipe: those get no
 * format from their name (a folder fails later with a clear message, a
 * device such as /dev/null takes PNG unless --format says otherwise). */
static bool names_plain_file(const char *path)
{
    struct stat st;
    return stat(path, &st) != 0 || S_ISREG(st.st_mode);
}

int cmd_render(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"input", required_argument, NULL, OPT_INPUT},
        {"dct", required_argument, NULL, OPT_DCT},
        {"layout-json", required_argument, NULL, OPT_LAYOUT_JSON},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"help", no_argument, NULL, 'h'},
        CLI_LIMIT_LONGOPTS,
        CLI_RENDER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *cmd = "render";
    const char *output = NULL, *input = "-", *dct = NULL, *failed = NULL;
    char *out_alloc = NULL, *text = NULL;
    char today[16], warning[256];
    bool do_fsync = false;
    render_cli rc;
    load_opts lo;
    el_timeline *tl = NULL;
    el_error err, font_err;
    size_t len = 0;
    int c, r;

    el_error_clear(&err);
    memset(&lo, 0, sizeof lo);
    if (render_opts_init(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    optind = 0;
    while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h':
            return opt_help(render_help, cli_render_help, "\n", cli_limits_help,
                            render_help_tail, (const char *)NULL);
        case OPT_INPUT:
            if (load_format_from_name(optarg, &lo.format) != 0)
                return opt_usage(cmd, "--input: \"%s\" is not eventline, timelinejs, csv, text or auto", optarg);
            break;
        case OPT_DCT:
            if (opt_check_dct(cmd, optarg) != 0)
                return EL_ERR_USAGE;
            dct = optarg;
            break;
        case OPT_LAYOUT_JSON: rc.layout_json = optarg; break;
        case OPT_FSYNC: do_fsync = true; break;
        case '?':
        case ':':
            return opt_getopt_error(cmd, c, argv);
        default:
            r = opt_limit(cmd, c, optarg, &lo.limits);
            if (r == 0)
                r = render_opt(cmd, c, optarg, &rc);
            if (r < 0)
                return EL_ERR_USAGE;
            break;
        }
    }
    if (argc - optind > 1)
        return opt_usage(cmd, "one input at a time (got %d); use `eventline batch` for many",
                         argc - optind);
    if (optind < argc)
        input = argv[optind];
    if (render_opts_finish(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    if (!rc.format_given && output != NULL && strcmp(output, "-") != 0 &&
        names_plain_file(output) && render_format_from_path(output, &rc.ro.format) != 0)
        return opt_usage(cmd, "cannot tell the format from \"%s\": name it .png, .pdf or .svg, or use --format",
                         output);
    if (output == NULL) {
        if (strcmp(input, "-") == 0) {
            output = "-";
        } else {
            out_alloc = default_output(input, rc.ro.format);
            if (out_alloc == NULL) {
                diag_errorf("out of memory");
                return EL_ERR_IO;
            }
            output = out_alloc;
        }
    }
    if (strcmp(output, "-") == 0 && rc.ro.format != EL_FORMAT_SVG && isatty(STDOUT_FILENO)) {
        free(out_alloc);
        return opt_usage(cmd, "refusing to write %s to a terminal; use -o FILE or a pipe",
                         rc.ro.format == EL_FORMAT_PDF ? "PDF" : "PNG");
    }
    el_limits_fill_defaults(&lo.limits);
    r = cli_today(today, &err);
    if (r != EL_OK) {
        diag_error(NULL, &err);
        free(out_alloc);
        return r;
    }
    r = io_read_all(input, lo.limits.max_input_bytes, &text, &len, &err);
    if (r == EL_OK) {
        lo.dct = dct;
        lo.today = today;
        lo.name = strcmp(input, "-") == 0 ? "-" : input;
        r = load_timeline(text, len, &lo, &tl, warning, sizeof warning, &err);
        if (warning[0] != '\0') {
            el_error w;
            el_error_clear(&w);
            snprintf(w.msg, sizeof w.msg, "%s", warning);
            diag_warning(diag_name(input), &w);
        }
    }
    free(text);
    if (r != EL_OK) {
        diag_error(diag_name(input), &err);
        free(out_alloc);
        return r;
    }
    el_render_init_fonts(&font_err); /* a few ms saved; renders work without it */
    r = render_to_file(NULL, tl, &rc.ro, output, rc.layout_json, env->create_mode, do_fsync,
                       &failed, &err);
    if (r != EL_OK)
        diag_error(r == EL_ERR_IO ? diag_out_name(failed) : diag_name(input), &err);
    el_timeline_free(tl);
    free(out_alloc);
    return r;
}
