/* error.c: filling el_error (see eventline/error.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "eventline/error.h"

int el_fail(el_error *err, int code, int line, int col, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        err->line = line;
        err->col = col;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void el_error_clear(el_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}
