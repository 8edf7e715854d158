/* batch.h: the parts of `eventline batch`: finding the inputs
 * (batch_scan.c), naming the outputs (batch_names.c), the progress display
 * (progress.c) and the worker threads (batch_run.c).
 */
#ifndef EL_BATCH_H
#define EL_BATCH_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "cli.h"

/* One timeline to render: a whole file, or one line of an NDJSON file. */
typedef struct batch_job {
    char *path;     /* input file (malloc'd) */
    char *name;     /* output name without extension, unique in the run (malloc'd) */
    off_t offset;   /* NDJSON: byte offset of the line */
    size_t length;  /* NDJSON: length of the line in bytes */
    size_t line;    /* NDJSON: 1-based line number; 0 for a whole file */
    char *error;    /* a problem found while scanning (malloc'd), else NULL:
                       the job is reported as failed with this message */
    int error_code; /* EL_ERR_* of error */
} batch_job;

typedef struct batch_list {
    batch_job *jobs;
    size_t n, cap;
} batch_list;

/* Adds the inputs under path (a file, or a folder searched recursively for
 * *.json, *.csv, *.ndjson, *.jsonl and *.txt, in name order) to list.
 * Problems with entries inside a folder (unreadable entries, symbolic-link
 * loops) become failed jobs, so the rest still renders; so does path
 * itself when it cannot be used (missing, unreadable).  Returns EL_OK, or
 * EL_ERR_IO with err filled when memory runs out. */
int batch_scan(batch_list *list, const char *path, el_error *err);
/* Frees everything the list owns. */
void batch_list_free(batch_list *list);

/* Gives every job a unique, safe output name (see batch_names.c), in list
 * order so the result is the same on every run.  0, or -1 out of memory. */
int batch_assign_names(batch_list *list);
/* Turns any string into a safe file name stem: no '/', no leading '.', only
 * letters, digits, '-', '_', '.', and UTF-8; at most max bytes; never empty.
 * Writes into out (size max + 1). */
void batch_sanitize(const char *in, size_t in_len, char *out, size_t max);

/* Progress display on standard error: a bar on a terminal, plain lines
 * otherwise.  All calls must hold the caller's lock. */
typedef struct progress {
    size_t total, done, failed;
    double start;       /* monotonic seconds */
    double last_draw;
    bool tty;           /* draw a bar */
    bool quiet;         /* print nothing but errors */
    bool bar_shown;
} progress;

double progress_now(void);
void progress_init(progress *p, size_t total, bool tty, bool quiet);
/* Records one finished job; prints its line, or redraws the bar. */
void progress_step(progress *p, const char *what, bool ok);
/* Prints a message line (an error or warning), keeping the bar intact. */
void progress_message(progress *p, const char *line);
/* Clears the bar and prints the summary "N rendered, M failed in T s". */
void progress_finish(progress *p);

/* Everything the workers share. */
typedef struct batch_ctx {
    const batch_list *list;
    const char *outdir;
    el_format formats[3];
    size_t n_formats;
    const el_render_options *ro;
    load_opts lo;            /* format, limits, dct, today */
    mode_t mode;
    bool do_fsync;
    pthread_mutex_t lock;    /* guards next and prog */
    size_t next;
    progress prog;
} batch_ctx;

/* Runs all jobs on n_threads threads.  Returns 0, or -1 when a thread could
 * not be started (then the jobs ran on fewer threads). */
int batch_run(batch_ctx *ctx, int n_threads);

#endif
