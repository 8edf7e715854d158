/* cmd_batch.c: `eventline batch`: many event lists or articles to graphics,
 * on all cores.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"

enum { OPT_QUIET = OPT_CMD_BASE };

static const char batch_help[] =
    "Usage: eventline batch [-j N] [-f png,pdf,svg] -O OUTDIR [OPTIONS] INPUT...\n"
    "\n"
    "Renders many timelines at once.  An INPUT is a file or a folder, searched\n"
    "recursively (in name order) for *.json and *.csv event lists, *.ndjson or\n"
    "*.jsonl files with one event list per line, and *.txt articles, whose\n"
    "events are extracted first.  Each timeline goes to OUTDIR/NAME.EXT, where\n"
    "NAME is the input's file name without its extension (NAME-LINE for NDJSON\n"
    "lines), reduced to safe characters; equal names become NAME-2, NAME-3...\n"
    "in input order.  Outputs never land outside OUTDIR.\n"
    "\n"
    "A bad input is reported with its error and the others still render.  The\n"
    "run ends with \"N rendered, M failed in T s\" and exit code 1 when any input\n"
    "failed.  Outputs are deterministic: the same input gives the same bytes.\n"
    "\n"
    "  -O, --output-dir DIR  folder for the outputs (created when missing)\n"
    "  -f, --formats LIST    comma-separated formats: png, pdf, svg (default png)\n"
    "  -j, --jobs N          threads (default: all cores)\n"
    "      --input FORMAT    read every file as eventline, timelinejs, csv or text\n"
    "                        (default: detect each one)\n"
    "      --dct DATE        report date of the articles (YYYY-MM-DD)\n"
    "  -q, --quiet           no progress, only errors and the summary\n"
    "      --fsync           flush outputs to disk before renaming them into place\n"
    "  -h, --help            show this help\n"
    "\n"
    "Progress goes to standard error: a bar on a terminal, else one line per input.\n"
    "\n";

static const char batch_help_tail[] =
    "\n"
    "Examples:\n"
    "  eventline batch -O out/ lists/\n"
    "  eventline batch -j 8 -f png,pdf --theme print -O report/ q1.ndjson q2.ndjson\n"
    "  find lists -name '*.json' | parallel -X eventline batch -q -O out/ {}\n";

/* Parses "png,pdf" into formats (no duplicates).  0, or -1 when bad. */
static int parse_formats(const char *list, el_format *formats, size_t *n)
{
    char word[16];
    const char *p = list;
    *n = 0;
    for (;;) {
        size_t k = strcspn(p, ",");
        el_format f;
        size_t i;
        if (k == 0 || k >= sizeof word)
            return -1;
        memcpy(word, p, k);
        word[k] = '\0';
        if (render_format_from_name(word, &f) != 0)
            return -1;
        for (i = 0; i < *n; i++)
            if (formats[i] == f)
                break;
        if (i == *n) {
            if (*n == 3)
                return -1;
            formats[(*n)++] = f;
        }
        if (p[k] == '\0')
            return 0;
        p += k + 1;
    }
}

/* Threads to use when -j is not given: the cores online. */
static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > 256 ? 256 : (int)n;
}

int cmd_batch(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output-dir", required_argument, NULL, 'O'},
        {"formats", required_argument, NULL, 'f'},
        {"format", required_argument, NULL, 'f'},
        {"jobs", required_argument, NULL, 'j'},
        {"input", required_argument, NULL, OPT_INPUT},
        {"dct", required_argument, NULL, OPT_DCT},
        {"quiet", no_argument, NULL, 'q'},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"help", no_argument, NULL, 'h'},
        CLI_LIMIT_LONGOPTS,
        CLI_RENDER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *cmd = "batch", *outdir = NULL;
    el_format formats[3] = {EL_FORMAT_PNG, EL_FORMAT_PNG, EL_FORMAT_PNG};
    size_t n_formats = 1;
    int jobs = 0, c, r, i;
    bool quiet = false, do_fsync = false;
    char today[16];
    render_cli rc;
    load_opts lo;
    batch_list list = {NULL, 0, 0};
    batch_ctx *ctx;
    el_error err;
    long v;

    memset(&lo, 0, sizeof lo);
    el_error_clear(&err);
    if (render_opts_init(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    optind = 0;
    while ((c = getopt_long(argc, argv, ":O:f:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'O': outdir = optarg; break;
        case 'f':
            if (parse_formats(optarg, formats, &n_formats) != 0)
                return opt_usage(cmd, "-f: \"%s\" is not a list of png, pdf and svg", optarg);
            break;
        case 'j':
            if (opt_parse_long(optarg, 1, 1024, &v) != 0)
                return opt_usage(cmd, "-j: \"%s\" is not a number of threads from 1 to 1024", optarg);
            jobs = (int)v;
            break;
        case 'q': quiet = true; break;
        case 'h':
            return opt_help(batch_help, cli_render_help, "\n", cli_limits_help,
                            batch_help_tail, (const char *)NULL);
        case OPT_INPUT:
            if (load_format_from_name(optarg, &lo.format) != 0)
                return opt_usage(cmd, "--input: \"%s\" is not eventline, timelinejs, csv, text or auto", optarg);
            break;
        case OPT_DCT:
            if (opt_check_dct(cmd, optarg) != 0)
                return EL_ERR_USAGE;
            lo.dct = optarg;
            break;
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
    if (outdir == NULL)
        return opt_usage(cmd, "-O OUTDIR is required");
    if (optind >= argc)
        return opt_usage(cmd, "no INPUT given");
    if (render_opts_finish(cmd, &rc) != 0)
        return EL_ERR_USAGE;
    el_limits_fill_defaults(&lo.limits);
    r = cli_today(today, &err);
    if (r != EL_OK) {
        diag_error(NULL, &err);
        return r;
    }
    lo.today = today;
    for (i = optind; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0) {
            batch_list_free(&list);
            return opt_usage(cmd, "batch reads files and folders, not standard input");
        }
        r = batch_scan(&list, argv[i], &err);
        if (r != EL_OK) {
            diag_error(argv[i], &err);
            batch_list_free(&list);
            return r;
        }
    }
    if (batch_assign_names(&list) != 0) {
        diag_errorf("out of memory");
        batch_list_free(&list);
        return EL_ERR_IO;
    }
    if (list.n == 0) {
        diag_errorf("no inputs found (looked for *.json, *.csv, *.ndjson, *.jsonl, *.txt)");
        batch_list_free(&list);
        return EL_ERR_INPUT;
    }
    r = io_mkdirs(outdir, &err);
    if (r != EL_OK) {
        diag_error(outdir, &err);
        batch_list_free(&list);
        return r;
    }
    ctx = calloc(1, sizeof *ctx);
    if (ctx == NULL) {
        diag_errorf("out of memory");
        batch_list_free(&list);
        return EL_ERR_IO;
    }
    ctx->list = &list;
    ctx->outdir = outdir;
    memcpy(ctx->formats, formats, sizeof formats);
    ctx->n_formats = n_formats;
    ctx->ro = &rc.ro;
    ctx->lo = lo;
    ctx->mode = env->create_mode;
    ctx->do_fsync = do_fsync;
    pthread_mutex_init(&ctx->lock, NULL);
    if (jobs == 0)
        jobs = default_jobs();
    if ((size_t)jobs > list.n)
        jobs = (int)list.n;
    el_render_init_fonts(&err); /* before the threads; renders work without it */
    el_error_clear(&err);
    progress_init(&ctx->prog, list.n, isatty(STDERR_FILENO) != 0, quiet);
    if (batch_run(ctx, jobs) != 0)
        diag_warnf("could not start all %d threads; ran on fewer", jobs);
    progress_finish(&ctx->prog);
    r = ctx->prog.failed > 0 ? EL_ERR_INPUT : EL_OK;
    pthread_mutex_destroy(&ctx->lock);
    free(ctx);
    batch_list_free(&list);
    return r;
}
