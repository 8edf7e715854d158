/* cmd_extract.c: `eventline extract`: articles to an eventline/1 event list. */
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char extract_help[] =
    "Usage: eventline extract [--dct DATE] [-o OUT] [FILE|-]...\n"
    "\n"
    "Finds the dated events in English news articles and writes them as one\n"
    "eventline/1 JSON event list, in chronological order.  Without FILE, or\n"
    "with -, the article is read from standard input.  Events found in several\n"
    "articles are merged.\n"
    "\n"
    "  -o, --output OUT   output file (default: standard output)\n"
    "      --dct DATE     report date (YYYY-MM-DD) of every article; default: the\n"
    "                     article's dateline, else today\n"
    "      --fsync        flush the output to disk before renaming it into place\n"
    "      --max-input-bytes N  largest article (default 64M)\n"
    "  -h, --help         show this help\n"
    "\n"
    "A dateline without a year (\"TRIPOLI, July 7 (Xinhua) --\") takes the latest\n"
    "year up to today in which that day falls on the weekday the lead names\n"
    "(\"on Saturday\"), else the year of today; a warning says which year.\n"
    "Today comes from the clock, or from EVENTLINE_TODAY=YYYY-MM-DD.\n"
    "\n"
    "Examples:\n"
    "  eventline extract article.txt -o events.json\n"
    "  eventline extract --dct 2018-07-07 - < article.txt\n"
    "  eventline extract day1.txt day2.txt | eventline render - -o story.png\n";

/* Reads one article and extracts its events into x; prints any warning.
 * The text stays alive in *text (the caller frees it after writing: the
 * extractor borrows it). */
static int extract_one(const char *path, const char *dct, const char *today,
                       size_t max_bytes, el_extractor *x, char **text)
{
    el_extract_options xo;
    el_extract_info info;
    el_error err;
    size_t len = 0;
    int rc;
    el_error_clear(&err);
    rc = io_read_all(path, max_bytes, text, &len, &err);
    if (rc != EL_OK) {
        diag_error(diag_name(path), &err);
        return rc;
    }
    memset(&xo, 0, sizeof xo);
    memset(&info, 0, sizeof info);
    xo.dct = dct;
    xo.today = today;
    xo.doc_name = path;
    xo.max_input_bytes = max_bytes;
    rc = el_extractor_add(x, *text, len, &xo, &info, &err);
    if (rc != EL_OK) {
        diag_error(diag_name(path), &err);
        return rc;
    }
    if (info.warning[0] != '\0') {
        el_error w;
        el_error_clear(&w);
        snprintf(w.msg, sizeof w.msg, "%s", info.warning);
        diag_warning(diag_name(path), &w);
    }
    return EL_OK;
}

/* Merges the events of x and writes them to output (atomically).  Prints
 * any error. */
static int write_events(el_extractor *x, const char *output, const cli_env *env, bool do_fsync)
{
    el_error err;
    io_out out;
    size_t n = 0;
    int rc;
    el_error_clear(&err);
    if (el_extractor_finish(x, &n) != 0) {
        diag_errorf("out of memory");
        return EL_ERR_IO;
    }
    if (n == 0)
        diag_warnf("no dated events found");
    rc = io_out_open(&out, output, env->create_mode, do_fsync, &err);
    if (rc != EL_OK) {
        diag_error(diag_out_name(output), &err);
        return rc;
    }
    return io_out_finish(&out, el_extractor_write_json(x, io_out_write, &out), output);
}

int cmd_extract(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"dct", required_argument, NULL, OPT_DCT},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"help", no_argument, NULL, 'h'},
        {"max-input-bytes", required_argument, NULL, OPT_MAX_INPUT},
        {NULL, 0, NULL, 0}};
    const char *cmd = "extract", *output = "-", *dct = NULL;
    char *const stdin_only[] = {(char *)"-"};
    char *const *inputs;
    char today[16];
    bool do_fsync = false;
    el_limits lim;
    el_extractor *x;
    char **texts;
    el_error err;
    int c, rc = EL_OK, n_inputs, i;

    memset(&lim, 0, sizeof lim);
    el_error_clear(&err);
    optind = 0;
    while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h': return opt_help(extract_help, (const char *)NULL);
        case OPT_DCT:
            if (opt_check_dct(cmd, optarg) != 0)
                return EL_ERR_USAGE;
            dct = optarg;
            break;
        case OPT_FSYNC: do_fsync = true; break;
        case OPT_MAX_INPUT:
            if (opt_limit(cmd, c, optarg, &lim) < 0)
                return EL_ERR_USAGE;
            break;
        default:
            return opt_getopt_error(cmd, c, argv);
        }
    }
    el_limits_fill_defaults(&lim);
#ifdef __GLIBC__
    /* Extraction allocates and frees large buffers for every part of a long
     * text.  glibc would raise its mmap threshold after the first such free
     * and keep later ones in the heap, where freed pages stay resident: a
     * fixed threshold gives them back at once (about 5 MB less peak memory
     * on 10 MB of text). */
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    rc = cli_today(today, &err);
    if (rc != EL_OK) {
        diag_error(NULL, &err);
        return rc;
    }
    inputs = optind < argc ? argv + optind : stdin_only;
    n_inputs = optind < argc ? argc - optind : 1;
    x = el_extractor_new();
    texts = calloc((size_t)n_inputs, sizeof *texts);
    if (x == NULL || texts == NULL) {
        el_extractor_free(x);
        free(texts);
        diag_errorf("out of memory");
        return EL_ERR_IO;
    }
    for (i = 0; i < n_inputs && rc == EL_OK; i++)
        rc = extract_one(inputs[i], dct, today, lim.max_input_bytes, x, &texts[i]);
    if (rc == EL_OK)
        rc = write_events(x, output, env, do_fsync);
    el_extractor_free(x);
    for (i = 0; i < n_inputs; i++)
        free(texts[i]);
    free(texts);
    return rc;
}
