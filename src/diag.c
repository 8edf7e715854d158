/* diag.c: the tool's messages on standard error.
 *
 * Every line starts with "eventline: error: " or "eventline: warning: " and
 * names the file and line:column where there is one.  A line is formatted in
 * full and written with a single call, so lines from several batch threads
 * never interleave.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char *diag_name(const char *path)
{
    if (path == NULL || strcmp(path, "-") == 0)
        return "<stdin>";
    return path;
}

const char *diag_out_name(const char *path)
{
    if (path == NULL || strcmp(path, "-") == 0)
        return "<stdout>";
    return path;
}

/* Formats one message line into buf (always NUL-terminated). */
char *diag_format(char *buf, size_t size, const char *level, const char *name,
                  const el_error *err)
{
    char place[64] = "";
    if (err->line > 0 && err->col > 0)
        snprintf(place, sizeof place, ":%d:%d", err->line, err->col);
    else if (err->line > 0)
        snprintf(place, sizeof place, ":%d", err->line);
    if (name != NULL)
        snprintf(buf, size, "eventline: %s: %s%s: %s\n", level, name, place,
                 err->msg);
    else
        snprintf(buf, size, "eventline: %s: %s\n", level, err->msg);
    return buf;
}

void diag_error(const char *name, const el_error *err)
{
    char line[1024];
    fputs(diag_format(line, sizeof line, "error", name, err), stderr);
}

void diag_warning(const char *name, const el_error *err)
{
    char line[1024];
    fputs(diag_format(line, sizeof line, "warning", name, err), stderr);
}

/* Prints "eventline: LEVEL: " and the formatted text as one line. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void diag_vprint(const char *level, const char *fmt, va_list ap)
{
    char msg[768];
    char line[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    snprintf(line, sizeof line, "eventline: %s: %s\n", level, msg);
    fputs(line, stderr);
}

void diag_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vprint("error", fmt, ap);
    va_end(ap);
}

void diag_warnf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vprint("warning", fmt, ap);
    va_end(ap);
}
