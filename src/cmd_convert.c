/* cmd_convert.c: `eventline convert`: between eventline/1 JSON, TimelineJS
 * JSON and the TimelineJS spreadsheet as CSV.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

enum { OPT_FROM = OPT_CMD_BASE, OPT_TO };

typedef enum { TO_EVENTLINE, TO_TIMELINEJS, TO_CSV } out_format;

static const char convert_help[] =
    "Usage: eventline convert [--from FORMAT] [--to FORMAT] [-o OUT] [FILE|-]\n"
    "\n"
    "Converts an event list between formats, checking it on the way: a\n"
    "spreadsheet can be checked before rendering, an extracted timeline can go\n"
    "to a TimelineJS web page.\n"
    "\n"
    "  -o, --output OUT    output file (default: standard output)\n"
    "      --from FORMAT   eventline, timelinejs, csv, text or auto (default: auto,\n"
    "                      detected from the content; text is extracted first)\n"
    "      --to FORMAT     eventline (default), timelinejs or csv; default: from\n"
    "                      OUT's extension (.csv gives csv)\n"
    "      --dct DATE      report date of a text input (YYYY-MM-DD)\n"
    "      --fsync         flush the output to disk before renaming it into place\n"
    "  -h, --help          show this help\n"
    "\n";

static const char convert_help_tail[] =
    "\n"
    "Examples:\n"
    "  eventline convert sheet.csv -o events.json\n"
    "  eventline convert --to timelinejs events.json -o timeline.json\n"
    "  eventline convert --to csv events.json > events.csv\n";

/* Parses a --to name. */
static int out_format_from_name(const char *s, out_format *f)
{
    if (strcmp(s, "eventline") == 0 || strcmp(s, "json") == 0)
        *f = TO_EVENTLINE;
    else if (strcmp(s, "timelinejs") == 0)
        *f = TO_TIMELINEJS;
    else if (strcmp(s, "csv") == 0)
        *f = TO_CSV;
    else
        return -1;
    return 0;
}

int cmd_convert(int argc, char **argv, const cli_env *env)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"from", required_argument, NULL, OPT_FROM},
        {"input", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"dct", required_argument, NULL, OPT_DCT},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"help", no_argument, NULL, 'h'},
        CLI_LIMIT_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *cmd = "convert", *output = "-", *input = "-";
    bool do_fsync = false, to_given = false;
    out_format to = TO_EVENTLINE;
    char today[16], warning[256];
    load_opts lo;
    el_timeline *tl = NULL;
    el_error err;
    char *text = NULL, *out = NULL;
    size_t len = 0;
    int c, rc;

    memset(&lo, 0, sizeof lo);
    el_error_clear(&err);
    optind = 0;
    while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h':
            return opt_help(convert_help, cli_limits_help, convert_help_tail,
                            (const char *)NULL);
        case OPT_FROM:
            if (load_format_from_name(optarg, &lo.format) != 0)
                return opt_usage(cmd, "--from: \"%s\" is not eventline, timelinejs, csv, text or auto", optarg);
            break;
        case OPT_TO:
            if (out_format_from_name(optarg, &to) != 0)
                return opt_usage(cmd, "--to: \"%s\" is not eventline, timelinejs or csv", optarg);
            to_given = true;
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
            if (opt_limit(cmd, c, optarg, &lo.limits) < 0)
                return EL_ERR_USAGE;
            break;
        }
    }
    if (argc - optind > 1)
        return opt_usage(cmd, "one input at a time (got %d)", argc - optind);
    if (optind < argc)
        input = argv[optind];
    if (!to_given) {
        const char *dot = strrchr(output, '.');
        if (dot != NULL && strcasecmp(dot, ".csv") == 0)
            to = TO_CSV;
    }
    el_limits_fill_defaults(&lo.limits);
    rc = cli_today(today, &err);
    if (rc != EL_OK) {
        diag_error(NULL, &err);
        return rc;
    }
    rc = io_read_all(input, lo.limits.max_input_bytes, &text, &len, &err);
    if (rc == EL_OK) {
        lo.today = today;
        lo.name = input;
        lo.allow_empty = true;
        rc = load_timeline(text, len, &lo, &tl, warning, sizeof warning, &err);
        if (warning[0] != '\0')
            diag_warnf("%s: %s", diag_name(input), warning);
    }
    free(text);
    if (rc != EL_OK) {
        diag_error(diag_name(input), &err);
        return rc;
    }
    switch (to) {
    case TO_TIMELINEJS: out = el_timelinejs_write(tl); break;
    case TO_CSV: out = el_csv_write(tl); break;
    default: out = el_json_write(tl); break;
    }
    el_timeline_free(tl);
    if (out == NULL) {
        diag_errorf("out of memory");
        return EL_ERR_IO;
    }
    rc = io_write_all(output, out, strlen(out), env->create_mode, do_fsync, &err);
    free(out);
    if (rc != EL_OK)
        diag_error(diag_out_name(output), &err);
    return rc;
}
