/* progress.c: how far a batch has got, on standard error.  On a terminal a
 * bar redrawn at most ten times a second (done/total, rate, time left);
 * otherwise one plain line per finished input, which logs well.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "batch.h"

double progress_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_init(progress *p, size_t total, bool tty, bool quiet)
{
    memset(p, 0, sizeof *p);
    p->total = total;
    p->tty = tty && !quiet;
    p->quiet = quiet;
    p->start = progress_now();
}

/* Formats seconds as M:SS or H:MM:SS. */
static void format_duration(double s, char *buf, size_t size)
{
    long t = s < 0 ? 0 : (long)(s + 0.5);
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

static void draw_bar(progress *p)
{
    char line[160], eta[32], bar[31];
    double el = progress_now() - p->start;
    double rate = el > 0 ? (double)p->done / el : 0;
    size_t width = sizeof bar - 1, fill = p->total ? p->done * width / p->total : width, i;
    for (i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[width] = '\0';
    if (rate > 0)
        format_duration((double)(p->total - p->done) / rate, eta, sizeof eta);
    else
        snprintf(eta, sizeof eta, "?");
    snprintf(line, sizeof line, "\r[%s] %zu/%zu  %.1f/s  ETA %s%s\033[K", bar, p->done,
             p->total, rate, eta, p->failed ? "  (some failed)" : "");
    fputs(line, stderr);
    fflush(stderr);
    p->bar_shown = true;
    p->last_draw = progress_now();
}

static void clear_bar(progress *p)
{
    if (p->bar_shown) {
        fputs("\r\033[K", stderr);
        p->bar_shown = false;
    }
}

void progress_step(progress *p, const char *what, bool ok)
{
    p->done++;
    if (!ok)
        p->failed++;
    if (p->quiet)
        return;
    if (p->tty) {
        if (p->done == p->total || progress_now() - p->last_draw >= 0.1)
            draw_bar(p);
        return;
    }
    if (ok) {
        char line[1200];
        snprintf(line, sizeof line, "[%zu/%zu] %s\n", p->done, p->total, what);
        fputs(line, stderr);
    }
}

void progress_message(progress *p, const char *line)
{
    clear_bar(p);
    fputs(line, stderr);
    if (p->tty && p->done < p->total)
        draw_bar(p);
}

void progress_finish(progress *p)
{
    char line[160];
    double el = progress_now() - p->start;
    clear_bar(p);
    snprintf(line, sizeof line, "%zu rendered, %zu failed in %.2f s\n",
             p->done - p->failed, p->failed, el);
    fputs(line, stderr);
}
