/* cmd_timex.c: `eventline timex`: the time expressions in a text, as JSON. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_CHAR_OFFSETS = OPT_CMD_BASE };

static const char timex_help[] =
    "Usage: eventline timex [--dct DATE] [-o OUT] [FILE|-]\n"
    "\n"
    "Lists the time expressions the tagger finds in a text, normalised to\n"
    "TimeML TIMEX3, as JSON:\n"
    "  {\"dct\": \"2018-07-07\", \"dct_source\": \"given\", \"timexes\": [{\"start\": 67,\n"
    "   \"end\": 78, \"text\": \"on Saturday\", \"type\": \"DATE\", \"value\": \"2018-07-07\",\n"
    "   \"mod\": \"\"}]}\n"
    "start and end are byte offsets into the input, end exclusive.\n"
    "\n"
    "  -o, --output OUT     output file (default: standard output)\n"
    "      --dct DATE       document creation time (YYYY-MM-DD); default: the\n"
    "                       dateline, else today (EVENTLINE_TODAY or the clock)\n"
    "      --char-offsets   count offsets in characters (code points), not bytes\n"
    "      --max-input-bytes N  largest input (default 64M)\n"
    "      --fsync          flush the output to disk before renaming it into place\n"
    "  -h, --help           show this help\n"
    "\n"
    "Examples:\n"
    "  eventline timex --dct 2018-07-07 article.txt\n"
    "  for f in te3/*.txt; do eventline timex --char-offsets \"$f\" -o sys/$(basename \"$f\" .txt).json; done\n";

/* Writes the JSON of res (byte offsets) to output as the library produces
 * it, chunk by chunk, atomically like io_write_all.  Prints the error;
 * returns EL_OK or EL_ERR_IO. */
static int stream_json(const char *output, const char *text, size_t len,
                       const el_tag_result *res, const cli_env *env, bool do_fsync)
{
    io_out out;
    el_error err, werr;
    int rc;
    el_error_clear(&err);
    el_error_clear(&werr);
    rc = io_out_open(&out, output, env->create_mode, do_fsync, &err);
    if (rc != EL_OK) {
        diag_error(diag_out_name(output), &err);
        return rc;
    }
    return io_out_finish(&out, el_tag_result_json_write(text, len, res, 0, io_out_write, &out, &werr),
                         output);
}

int cmd_timex(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"dct", required_argument, NULL, OPT_DCT},
        {"char-offsets", no_argument, NULL, OPT_CHAR_OFFSETS},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"max-input-bytes", required_argument, NULL, OPT_MAX_INPUT},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *cmd = "timex", *output = "-", *input = "-", *dct = NULL;
    bool do_fsync = false, char_offsets = false;
    char today[16];
    el_limits lim;
    el_tag_options to;
    el_tag_result res;
    el_error err;
    io_input in;
    const char *text;
    char *json;
    size_t len;
    int c, rc;

    memset(&lim, 0, sizeof lim);
    el_error_clear(&err);
    optind = 0;
    while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h': return opt_help(timex_help, (const char *)NULL);
        case OPT_DCT:
            if (opt_check_dct(cmd, optarg) != 0)
                return EL_ERR_USAGE;
            dct = optarg;
            break;
        case OPT_CHAR_OFFSETS: char_offsets = true; break;
        case OPT_FSYNC: do_fsync = true; break;
        case OPT_MAX_INPUT:
            if (opt_limit(cmd, c, optarg, &lim) < 0)
                return EL_ERR_USAGE;
            break;
        default:
            return opt_getopt_error(cmd, c, argv);
        }
    }
    if (argc - optind > 1)
        return opt_usage(cmd, "one input at a time (got %d)", argc - optind);
    if (optind < argc)
        input = argv[optind];
    el_limits_fill_defaults(&lim);
    rc = cli_today(today, &err);
    if (rc != EL_OK) {
        diag_error(NULL, &err);
        return rc;
    }
    rc = io_input_open(input, lim.max_input_bytes, &in, &err);
    if (rc != EL_OK) {
        diag_error(diag_name(input), &err);
        return rc;
    }
    text = in.data;
    len = in.len;
    memset(&to, 0, sizeof to);
    memset(&res, 0, sizeof res);
    to.dct = dct;
    to.today = today;
    to.max_input_bytes = lim.max_input_bytes;
    rc = el_tag(text, len, &to, &res, &err);
    if (rc != EL_OK) {
        diag_error(diag_name(input), &err);
        el_tag_result_free(&res);
        io_input_close(&in);
        return rc;
    }
    if (res.warning[0] != '\0') {
        el_error w;
        el_error_clear(&w);
        snprintf(w.msg, sizeof w.msg, "%s", res.warning);
        diag_warning(diag_name(input), &w);
    }
    if (!char_offsets) {
        /* the usual case: the JSON goes straight to the output in chunks */
        rc = stream_json(output, text, len, &res, env, do_fsync);
        el_tag_result_free(&res);
        io_input_close(&in);
        return rc;
    }
    json = el_tag_result_json(text, &res);
    el_tag_result_free(&res);
    if (json != NULL) {
        char *chars = timex_json_char_offsets(json, text, len);
        free(json);
        json = chars;
    }
    io_input_close(&in);
    if (json == NULL) {
        diag_errorf("out of memory");
        return EL_ERR_IO;
    }
    rc = io_write_all(output, json, strlen(json), env->create_mode, do_fsync, &err);
    free(json);
    if (rc != EL_OK)
        diag_error(diag_out_name(output), &err);
    return rc;
}
