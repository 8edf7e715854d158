/* opt_common.c: option handling shared by the subcommands: usage errors,
 * numbers with units, the input limits and --dct.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char cli_limits_help[] =
    "Limits (input beyond them is rejected with exit code 1):\n"
    "      --max-input-bytes N  largest input file (default 64M; K, M, G suffixes)\n"
    "      --max-events N       most events in one list (default 100000)\n"
    "      --max-label N        longest label in bytes (default 1000)\n"
    "      --max-note N         longest note in bytes (default 10000)\n"
    "      --max-depth N        deepest JSON nesting (default 64)\n";

int opt_usage(const char *cmd, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_errorf("%s", msg);
    if (cmd != NULL)
        fprintf(stderr, "Try 'eventline %s --help' for more information.\n", cmd);
    else
        fputs("Try 'eventline --help' for more information.\n", stderr);
    return EL_ERR_USAGE;
}

/* getopt_long leaves the offending word in argv[optind - 1] for long options
 * and the character in optopt for short ones. */
int opt_getopt_error(const char *cmd, int c, char **argv)
{
    const char *word = optind > 0 ? argv[optind - 1] : "";
    if (c == ':') {
        if (optopt != 0 && optopt < 256)
            return opt_usage(cmd, "option -%c needs a value", optopt);
        return opt_usage(cmd, "option %s needs a value", word);
    }
    if (optopt != 0 && optopt < 256)
        return opt_usage(cmd, "unknown option -%c", optopt);
    if (strncmp(word, "--", 2) == 0) {
        /* "--opt=value": show only the option part */
        char name[128];
        size_t n = strcspn(word, "=");
        if (n >= sizeof name)
            n = sizeof name - 1;
        memcpy(name, word, n);
        name[n] = '\0';
        return opt_usage(cmd, "unknown option %s", name);
    }
    return opt_usage(cmd, "unknown option %s", word);
}

int opt_parse_long(const char *s, long min, long max, long *out)
{
    char *end = NULL;
    long v;
    if (s == NULL || *s == '\0' || isspace((unsigned char)*s))
        return -1;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

int opt_parse_double(const char *s, double min, double max, double *out)
{
    char *end = NULL;
    double v;
    if (s == NULL || *s == '\0' || isspace((unsigned char)*s))
        return -1;
    errno = 0;
    v = strtod(s, &end);
    if (errno != 0 || *end != '\0' || !isfinite(v) || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

int opt_parse_bytes(const char *s, size_t *out)
{
    char *end = NULL;
    unsigned long long v, mult = 1;
    if (s == NULL || !isdigit((unsigned char)*s))
        return -1;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno != 0)
        return -1;
    if (*end != '\0') {
        switch (toupper((unsigned char)*end)) {
        case 'K': mult = 1ull << 10; break;
        case 'M': mult = 1ull << 20; break;
        case 'G': mult = 1ull << 30; break;
        default: return -1;
        }
        end++;
        if (*end == 'i' || *end == 'I')
            end++;
        if (*end == 'B' || *end == 'b')
            end++;
        if (*end != '\0')
            return -1;
    }
    if (v == 0 || v > SIZE_MAX / mult)
        return -1;
    *out = (size_t)(v * mult);
    return 0;
}

int opt_limit(const char *cmd, int c, const char *arg, el_limits *lim)
{
    long v;
    switch (c) {
    case OPT_MAX_INPUT:
        if (opt_parse_bytes(arg, &lim->max_input_bytes) != 0)
            return opt_usage(cmd, "--max-input-bytes: \"%s\" is not a size such as 64M", arg), -1;
        return 1;
    case OPT_MAX_EVENTS:
        if (opt_parse_long(arg, 1, LONG_MAX, &v) != 0)
            return opt_usage(cmd, "--max-events: \"%s\" is not a positive number", arg), -1;
        lim->max_events = (size_t)v;
        return 1;
    case OPT_MAX_LABEL:
        if (opt_parse_bytes(arg, &lim->max_label_bytes) != 0)
            return opt_usage(cmd, "--max-label: \"%s\" is not a positive size", arg), -1;
        return 1;
    case OPT_MAX_NOTE:
        if (opt_parse_bytes(arg, &lim->max_note_bytes) != 0)
            return opt_usage(cmd, "--max-note: \"%s\" is not a positive size", arg), -1;
        return 1;
    case OPT_MAX_DEPTH:
        if (opt_parse_long(arg, 1, 10000, &v) != 0)
            return opt_usage(cmd, "--max-depth: \"%s\" is not a number from 1 to 10000", arg), -1;
        lim->max_depth = (int)v;
        return 1;
    default:
        return 0;
    }
}

/* A --dct is a full calendar date; the date parser checks the calendar. */
int opt_check_dct(const char *cmd, const char *dct)
{
    el_date d;
    el_error err;
    size_t i;
    el_error_clear(&err);
    for (i = 0; dct[i] != '\0'; i++)
        if (!(isdigit((unsigned char)dct[i]) || ((i == 4 || i == 7) && dct[i] == '-')))
            break;
    if (i != 10 || dct[i] != '\0')
        return opt_usage(cmd, "--dct: \"%s\" is not a date of the form YYYY-MM-DD", dct), -1;
    if (el_date_parse(dct, &d, &err) != EL_OK)
        return opt_usage(cmd, "--dct: %s", err.msg), -1;
    return 0;
}

int opt_help(const char *first, ...)
{
    va_list ap;
    const char *part;
    va_start(ap, first);
    for (part = first; part != NULL; part = va_arg(ap, const char *))
        fputs(part, stdout);
    va_end(ap);
    return 0;
}
