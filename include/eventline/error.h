/* eventline/error.h: how every library call reports failure.
 *
 * The library never prints and never exits.  A call that fails fills an
 * el_error (when the caller passes one) and returns its code.  The CLI turns
 * it into "eventline: error: NAME:LINE:COL: MESSAGE" and exits with the code.
 */
#ifndef EVENTLINE_ERROR_H
#define EVENTLINE_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes; they double as the CLI's exit codes (see README "Exit codes"). */
enum {
    EL_OK = 0,
    EL_ERR_INPUT = 1, /* bad input data: JSON, dates, text the caller gave */
    EL_ERR_USAGE = 2, /* bad options or arguments from the caller */
    EL_ERR_IO = 3     /* I/O or system error: a write failed, out of memory */
};

/* One error with its place.  line/col are 1-based; 0 means "no place". */
typedef struct el_error {
    int code;
    int line;
    int col;
    char msg[512];
} el_error;

/* Fills err (if non-NULL) with code, place and a printf-style message and
 * returns code, so callers can write `return el_fail(err, ...)`. */
int el_fail(el_error *err, int code, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Resets err to "no error". */
void el_error_clear(el_error *err);

#ifdef __cplusplus
}
#endif
#endif
