/* batch_run.c: the worker threads of a batch.  Each takes the next job from
 * a shared index, renders it to every requested format and frees all it
 * allocated before taking another, so memory stays flat however many files
 * there are.  One bad input is reported and the others go on.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"

/* Reads the bytes of one job: the whole file, or one NDJSON line. */
static int read_job(const batch_job *j, size_t max, char **buf, size_t *len,
                    el_error *err)
{
    int fd;
    size_t got = 0;
    if (j->line == 0)
        return io_read_all(j->path, max, buf, len, err);
    *buf = NULL;
    *len = 0;
    if (j->length > max)
        return el_fail(err, EL_ERR_INPUT, 0, 0,
                       "line is longer than the limit of %zu bytes (raise it with --max-input-bytes)",
                       max);
    fd = open(j->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot open: %s", strerror(errno));
    *buf = malloc(j->length + 1);
    if (*buf == NULL) {
        close(fd);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    while (got < j->length) {
        ssize_t r = pread(fd, *buf + got, j->length - got, j->offset + (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            int e = r < 0 ? errno : EIO;
            close(fd);
            free(*buf);
            *buf = NULL;
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot read: %s",
                           r == 0 ? "the file got shorter" : strerror(e));
        }
        got += (size_t)r;
    }
    close(fd);
    (*buf)[got] = '\0';
    *len = got;
    return EL_OK;
}

/* Where a job's message points: "file" or, for NDJSON, "file:LINE" with the
 * error's own line folded in (a line of NDJSON is line 1 of its text). */
static void job_place(const batch_job *j, el_error *err, char *name, size_t size)
{
    if (j->line == 0) {
        snprintf(name, size, "%s", j->path);
        return;
    }
    snprintf(name, size, "%s", j->path);
    if (err->line > 0)
        err->line += (int)j->line - 1;
    else
        err->line = (int)j->line;
}

/* Renders one job to all formats with renderer (the worker's own, or NULL).
 * Fills err (and *err_name: which file the message is about) on failure;
 * *warning receives any extraction warning. */
static int run_job(batch_ctx *ctx, el_renderer *renderer, const batch_job *j, char *warning, size_t wsize,
                   char *err_name, size_t nsize, el_error *err)
{
    load_opts lo = ctx->lo;
    el_timeline *tl = NULL;
    char *text = NULL;
    size_t len = 0, i;
    int rc;
    warning[0] = '\0';
    if (j->error != NULL) {
        snprintf(err_name, nsize, "%s", j->path);
        return el_fail(err, j->error_code, 0, 0, "%s", j->error);
    }
    rc = read_job(j, lo.limits.max_input_bytes, &text, &len, err);
    if (rc == EL_OK) {
        lo.name = j->line > 0 ? NULL : j->path;
        if (j->line > 0 && lo.format == EL_INPUT_TEXT)
            lo.format = EL_INPUT_AUTO;
        rc = load_timeline(text, len, &lo, &tl, warning, wsize, err);
    }
    free(text);
    if (rc != EL_OK) {
        job_place(j, err, err_name, nsize);
        return rc;
    }
    for (i = 0; i < ctx->n_formats && rc == EL_OK; i++) {
        const char *ext = render_format_ext(ctx->formats[i]);
        size_t n = strlen(ctx->outdir) + strlen(j->name) + strlen(ext) + 3;
        const char *failed = NULL;
        el_render_options ro = *ctx->ro;
        char *path = malloc(n);
        if (path == NULL) {
            rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
            snprintf(err_name, nsize, "%s", j->path);
            break;
        }
        snprintf(path, n, "%s/%s.%s", ctx->outdir, j->name, ext);
        ro.format = ctx->formats[i];
        rc = render_to_file(renderer, tl, &ro, path, NULL, ctx->mode, ctx->do_fsync, &failed, err);
        if (rc == EL_ERR_IO)
            snprintf(err_name, nsize, "%s", failed);
        else if (rc != EL_OK)
            job_place(j, err, err_name, nsize);
        free(path);
    }
    el_timeline_free(tl);
    return rc;
}

/* The thread body: take jobs until none are left.  Each worker keeps one
 * renderer, so the font set-up is made once per thread, not per file. */
static void *worker(void *arg)
{
    batch_ctx *ctx = arg;
    el_renderer *renderer = el_renderer_new(); /* NULL: one-off renders */
    for (;;) {
        const batch_job *j;
        char warning[256], name[1024], what[1100], line[1400];
        el_error err;
        int rc;
        pthread_mutex_lock(&ctx->lock);
        if (ctx->next >= ctx->list->n) {
            pthread_mutex_unlock(&ctx->lock);
            break;
        }
        j = &ctx->list->jobs[ctx->next++];
        pthread_mutex_unlock(&ctx->lock);

        el_error_clear(&err);
        name[0] = '\0';
        rc = run_job(ctx, renderer, j, warning, sizeof warning, name, sizeof name, &err);
        if (j->line > 0)
            snprintf(what, sizeof what, "%s:%zu", j->path, j->line);
        else
            snprintf(what, sizeof what, "%s", j->path);

        pthread_mutex_lock(&ctx->lock);
        if (warning[0] != '\0') {
            el_error w;
            el_error_clear(&w);
            snprintf(w.msg, sizeof w.msg, "%s", warning);
            progress_message(&ctx->prog, diag_format(line, sizeof line, "warning", what, &w));
        }
        if (rc != EL_OK)
            progress_message(&ctx->prog, diag_format(line, sizeof line, "error", name, &err));
        progress_step(&ctx->prog, what, rc == EL_OK);
        pthread_mutex_unlock(&ctx->lock);
    }
    el_renderer_free(renderer);
    return NULL;
}

int batch_run(batch_ctx *ctx, int n_threads)
{
    pthread_t *threads;
    int i, started = 0, rc = 0;
    if (n_threads < 1)
        n_threads = 1;
    threads = calloc((size_t)n_threads, sizeof *threads);
    if (threads == NULL) {
        worker(ctx);
        return -1;
    }
    for (i = 0; i < n_threads; i++) {
        if (pthread_create(&threads[started], NULL, worker, ctx) != 0) {
            rc = -1;
            break;
        }
        started++;
    }
    if (started == 0)
        worker(ctx); /* no thread could start: do the work here */
    for (i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    return rc;
}
