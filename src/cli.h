/* cli.h: what the files of the eventline command-line tool share.
 *
 * The tool uses only the public headers (eventline/eventline.h).  Every subcommand is
 * a function cmd_NAME(argc, argv, env) that returns the process exit code:
 * 0 success, 1 bad input data, 2 usage error, 3 I/O or system error (the
 * EL_ERR_* codes).  Nothing here keeps global mutable state: settings read
 * once at start-up travel in a const cli_env.
 */
#ifndef EL_CLI_H
#define EL_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "eventline/eventline.h"

/* Process-wide settings read once by main before any thread starts. */
typedef struct cli_env {
    mode_t create_mode;   /* permissions for new output files: 0666 & ~umask */
} cli_env;

/* ---- subcommands (cmd_*.c) ---- */
int cmd_extract(int argc, char **argv, const cli_env *env);
int cmd_timex(int argc, char **argv, const cli_env *env);
int cmd_render(int argc, char **argv, const cli_env *env);
int cmd_demo(int argc, char **argv, const cli_env *env);
int cmd_batch(int argc, char **argv, const cli_env *env);
int cmd_convert(int argc, char **argv, const cli_env *env);

/* ---- messages (diag.c) ---- */

/* The name to show for an input path: "<stdin>" for "-", else the path. */
const char *diag_name(const char *path);
/* The name to show for an output path: "<stdout>" for "-", else the path. */
const char *diag_out_name(const char *path);
/* Formats "eventline: error: NAME:LINE:COL: MSG\n" (the place parts only
 * when known; name may be NULL) into buf.  Returns buf. */
char *diag_format(char *buf, size_t size, const char *level, const char *name,
                  const el_error *err);
/* Prints an error / warning for err, with the place it carries. */
void diag_error(const char *name, const el_error *err);
void diag_warning(const char *name, const el_error *err);
/* Prints "eventline: error: " / "eventline: warning: " and a formatted text. */
void diag_errorf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
void diag_warnf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* ---- options shared by the subcommands (opt_common.c) ---- */

/* Long-option values above any character, shared by every subcommand. */
enum {
    OPT_HELP = 'h',
    OPT_BASE = 1000,
    OPT_MAX_INPUT, OPT_MAX_EVENTS, OPT_MAX_LABEL, OPT_MAX_NOTE, OPT_MAX_DEPTH,
    OPT_FSYNC, OPT_DCT, OPT_INPUT,
    /* render options (render_opts.c) */
    OPT_FORMAT, OPT_SIZE, OPT_DPI, OPT_ORIENT, OPT_THEME, OPT_FONT, OPT_FONT_DIR,
    OPT_TRANSPARENT, OPT_FIXED_SIZE, OPT_TITLE, OPT_SUBTITLE, OPT_SOURCE,
    OPT_MARK_DCT, OPT_PNG, OPT_LAYOUT_JSON, OPT_MAX_PIXELS, OPT_NOTE_LINES,
    /* command-specific options start here */
    OPT_CMD_BASE = 1100
};

#define CLI_LIMIT_LONGOPTS \
    {"max-input-bytes", required_argument, NULL, OPT_MAX_INPUT}, \
    {"max-events", required_argument, NULL, OPT_MAX_EVENTS}, \
    {"max-label", required_argument, NULL, OPT_MAX_LABEL}, \
    {"max-note", required_argument, NULL, OPT_MAX_NOTE}, \
    {"max-depth", required_argument, NULL, OPT_MAX_DEPTH}

/* Help text for the limit options (one block, shared by the --help pages). */
extern const char cli_limits_help[];

/* Reports a usage error for subcommand cmd: prints the message and a hint to
 * run "eventline CMD --help".  Returns EL_ERR_USAGE. */
int opt_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Reports what getopt_long complained about (it returned '?' or ':'; the
 * option string must start with ':').  Returns EL_ERR_USAGE. */
int opt_getopt_error(const char *cmd, int c, char **argv);
/* Parses a byte count with an optional K, M or G suffix (powers of 1024). */
int opt_parse_bytes(const char *s, size_t *out);
/* Parses a whole number in [min, max].  0 on success, -1 otherwise. */
int opt_parse_long(const char *s, long min, long max, long *out);
/* Parses a finite number in [min, max].  0 on success, -1 otherwise. */
int opt_parse_double(const char *s, double min, double max, double *out);
/* Handles a limit option (OPT_MAX_*).  Returns 1 when c was one and was
 * stored, 0 when c is not a limit option, -1 after printing a usage error. */
int opt_limit(const char *cmd, int c, const char *arg, el_limits *lim);
/* Checks a --dct value (YYYY-MM-DD).  0, or -1 after printing an error. */
int opt_check_dct(const char *cmd, const char *dct);
/* Prints the parts of a --help page (a NULL-terminated list of strings) to
 * standard output; returns 0. */
int opt_help(const char *first, ...);

/* ---- time expressions as JSON (timex_json.c) ---- */

/* Rewrites the start/end byte offsets of el_tag_result_json's output as
 * character (code point) offsets into text[0..len).  Returns a new malloc'd
 * string, or NULL when json cannot be parsed or memory runs out. */
char *timex_json_char_offsets(const char *json, const char *text, size_t len);

/* ---- today (today.c) ---- */

/* Writes today's date, YYYY-MM-DD, into buf[16]: from the environment
 * variable EVENTLINE_TODAY when set, else from the local clock.  Returns 0,
 * or EL_ERR_USAGE (err filled) when EVENTLINE_TODAY is malformed. */
int cli_today(char buf[16], el_error *err);

/* ---- reading input (io_read.c, io_check.c) ---- */

/* Reads the whole of path ("-" = standard input) into *buf (malloc'd, with a
 * NUL after the last byte; the caller frees it) and *len.  Fails with
 * EL_ERR_INPUT when the input is larger than max bytes, EL_ERR_IO when it
 * cannot be opened or read (err->msg says why, without the name). */
int io_read_all(const char *path, size_t max, char **buf, size_t *len,
                el_error *err);
/* A whole input in memory, read-only: data[0..len) (not NUL-terminated).
 * Either mapped from a regular file (map) or read into the heap (heap). */
typedef struct io_input {
    const char *data;
    size_t len;
    char *heap;       /* malloc'd copy, or NULL */
    void *map;        /* the file's mapping, or NULL */
    size_t map_len;
} io_input;
/* Like io_read_all, same checks and errors, but maps a regular file
 * instead of copying it.  The caller releases it with io_input_close. */
int io_input_open(const char *path, size_t max, io_input *in, el_error *err);
void io_input_close(io_input *in);
/* Checks that text[0..len) has no NUL byte and is valid UTF-8.  Returns 0,
 * or EL_ERR_INPUT with the line and column of the first bad byte. */
int io_check_text(const char *text, size_t len, el_error *err);

/* ---- writing output atomically (io_atomic.c) ---- */

/* One output being written.  A regular file (new or existing) is written to
 * a temporary file in the same folder and renamed over the target on commit;
 * "-" goes to standard output; an existing device or pipe (e.g. /dev/null,
 * /dev/full) is written in place. */
typedef struct io_out {
    char *path;       /* target path (malloc'd), NULL for standard output */
    char *tmp;        /* temporary file (malloc'd) while open, else NULL */
    int fd;           /* -1 when closed */
    int err_no;       /* first write error (errno), 0 when none */
    bool do_fsync;
    unsigned char *buf; /* IO_OUT_BUF bytes (malloc'd on the first write), or NULL */
    size_t nbuf;        /* bytes waiting in buf */
} io_out;

/* Writes are gathered up to this many bytes before a write(2): a PNG comes
 * from its encoder in dozens of small pieces (chunk headers, CRCs). */
#define IO_OUT_BUF 65536

/* Opens the output.  mode: permissions of a new file; do_fsync: flush to disk
 * before the rename.  EL_ERR_IO with err->msg when it cannot be opened. */
int io_out_open(io_out *o, const char *path, mode_t mode, bool do_fsync,
                el_error *err);
/* el_write_fn: appends len bytes (buffered; io_out_commit writes the rest);
 * returns 0, or -1 after a write error (remembered in o->err_no). */
int io_out_write(void *closure, const unsigned char *data, size_t len);
/* Finishes the output: flushes, closes and renames the temporary file over
 * the target.  On any failure the temporary file is removed, an existing
 * target is left as it was, and EL_ERR_IO is returned. */
int io_out_commit(io_out *o, el_error *err);
/* Abandons the output: closes and removes the temporary file. */
void io_out_abort(io_out *o);
/* Ends an output that a streaming writer filled: when the writer failed
 * (write_rc != 0) for another reason than a write error, abandons it and
 * reports "out of memory"; else commits it and reports a failure against
 * output's name.  Returns EL_OK or EL_ERR_IO. */
int io_out_finish(io_out *o, int write_rc, const char *output);
/* Writes data[0..len) to path atomically (open, write, commit). */
int io_write_all(const char *path, const void *data, size_t len, mode_t mode,
                 bool do_fsync, el_error *err);
/* Creates a folder and its missing parents (like mkdir -p). */
int io_mkdirs(const char *path, el_error *err);

/* ---- loading an event list (load_input.c) ---- */

typedef struct load_opts {
    el_input_format format; /* EL_INPUT_AUTO: detect */
    el_limits limits;
    const char *dct;        /* for text input: report date or NULL */
    const char *today;      /* for text input: today, YYYY-MM-DD */
    const char *name;       /* input name for detection and evidence */
    bool allow_empty;       /* false: a list without events is an error */
} load_opts;

/* Turns text[0..len) into a new timeline (*out, freed by the caller with
 * el_timeline_free): an event list in any supported format, or an article
 * that is extracted first.  warning (size wsize) receives "" or a warning to
 * show the user.  Fails with EL_ERR_INPUT (err with line:col when known) when
 * the data is bad or holds no events. */
int load_timeline(const char *text, size_t len, const load_opts *o,
                  el_timeline **out, char *warning, size_t wsize,
                  el_error *err);
/* Parses an --input/--from format name into *fmt; -1 when unknown. */
int load_format_from_name(const char *name, el_input_format *fmt);

/* ---- render options (render_opts.c) ---- */

typedef struct render_cli {
    el_render_options ro;
    const char *size;        /* --size, parsed by render_opts_finish */
    bool format_given;       /* --format was given */
    const char *layout_json; /* --layout-json FILE or NULL */
} render_cli;

#define CLI_RENDER_LONGOPTS \
    {"size", required_argument, NULL, OPT_SIZE}, \
    {"dpi", required_argument, NULL, OPT_DPI}, \
    {"orientation", required_argument, NULL, OPT_ORIENT}, \
    {"theme", required_argument, NULL, OPT_THEME}, \
    {"font", required_argument, NULL, OPT_FONT}, \
    {"font-dir", required_argument, NULL, OPT_FONT_DIR}, \
    {"transparent", no_argument, NULL, OPT_TRANSPARENT}, \
    {"fixed-size", no_argument, NULL, OPT_FIXED_SIZE}, \
    {"title", required_argument, NULL, OPT_TITLE}, \
    {"subtitle", required_argument, NULL, OPT_SUBTITLE}, \
    {"source", required_argument, NULL, OPT_SOURCE}, \
    {"mark-dct", no_argument, NULL, OPT_MARK_DCT}, \
    {"png", required_argument, NULL, OPT_PNG}, \
    {"max-pixels", required_argument, NULL, OPT_MAX_PIXELS}, \
    {"note-lines", required_argument, NULL, OPT_NOTE_LINES}

/* Help text for the shared render options. */
extern const char cli_render_help[];

/* Fills rc with the renderer's defaults plus SOURCE_DATE_EPOCH from the
 * environment.  0, or -1 after printing an error (malformed variable). */
int render_opts_init(const char *cmd, render_cli *rc);
/* Handles one render option: 1 handled, 0 not one, -1 after a usage error. */
int render_opt(const char *cmd, int c, const char *arg, render_cli *rc);
/* Applies --size once all options are known (it depends on --dpi).
 * 0, or -1 after printing a usage error. */
int render_opts_finish(const char *cmd, render_cli *rc);
/* Parses "png", "pdf" or "svg"; -1 when unknown. */
int render_format_from_name(const char *name, el_format *fmt);
/* The format named by a path's extension (.png .pdf .svg, any case);
 * -1 when it has none of them. */
int render_format_from_path(const char *path, el_format *fmt);
/* "png", "pdf", "svg". */
const char *render_format_ext(el_format fmt);

/* Renders tl to path ("-" = stdout) atomically through renderer (NULL: a
 * one-off el_render); when layout_path is non-NULL also writes the layout
 * description there.  Errors are returned in err (message without the
 * output name; *failed_path says which file). */
int render_to_file(el_renderer *renderer, const el_timeline *tl, const el_render_options *ro,
                   const char *path, const char *layout_path, mode_t mode,
                   bool do_fsync, const char **failed_path, el_error *err);

#endif
