/* tagger_bench.c: throughput of the tagger.  Reads every *.txt in DIR,
 * concatenates them (blank line between) and repeats the result until it
 * holds at least MB megabytes (default 20), then tags it in one call with
 * a fixed DCT and prints bytes, timexes, wall and CPU seconds and MB/s.  With --docs it
 * instead tags the documents one call each, repeated to the same size.
 * Usage: tagger_bench DIR [MB] [--docs]
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eventline/tagger.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Appends the file at path to *buf; returns false on error. */
static bool append_file(const char *path, char **buf, size_t *len, size_t *cap,
                        size_t *starts, size_t *ndocs, size_t maxdocs)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    if (*ndocs < maxdocs)
        starts[(*ndocs)++] = *len;
    char chunk[65536];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (*len + r + 2 > *cap) {
            size_t nc = (*cap ? *cap * 2 : 1 << 20);
            while (nc < *len + r + 2)
                nc *= 2;
            char *nb = realloc(*buf, nc);
            if (!nb) {
                fclose(f);
                return false;
            }
            *buf = nb;
            *cap = nc;
        }
        memcpy(*buf + *len, chunk, r);
        *len += r;
    }
    fclose(f);
    (*buf)[(*len)++] = '\n';
    (*buf)[(*len)++] = '\n';
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: tagger_bench DIR [MB] [--docs]\n");
        return 2;
    }
    double mb = argc > 2 && argv[2][0] != '-' ? atof(argv[2]) : 20.0;
    bool docs = argc > 2 && strcmp(argv[argc - 1], "--docs") == 0;
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "tagger_bench: error: %s: cannot open\n", argv[1]);
        return 3;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0, ndocs = 0;
    static size_t starts[100000];
    struct dirent *de;
    char path[4096];
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
        if (!append_file(path, &buf, &len, &cap, starts, &ndocs, 100000)) {
            fprintf(stderr, "tagger_bench: error: %s: cannot read\n", path);
            return 3;
        }
    }
    closedir(d);
    if (len == 0) {
        fprintf(stderr, "tagger_bench: error: no .txt files in %s\n", argv[1]);
        return 1;
    }
    size_t one = len, target = (size_t)(mb * 1e6);
    size_t copies = (target + one - 1) / one;
    char *big = malloc(one * copies);
    if (!big)
        return 3;
    for (size_t k = 0; k < copies; k++)
        memcpy(big + k * one, buf, one);
    size_t total = one * copies;
    el_tag_options opt = {"2018-07-07", NULL, (size_t)1 << 30};
    el_error err;
    size_t timexes = 0;
    double t0 = now_seconds();
    clock_t c0 = clock();
    if (!docs) {
        el_tag_result r;
        if (el_tag(big, total, &opt, &r, &err) != EL_OK) {
            fprintf(stderr, "tagger_bench: error: %s\n", err.msg);
            return 1;
        }
        timexes = r.n;
        el_tag_result_free(&r);
    } else {
        for (size_t k = 0; k < copies; k++) {
            for (size_t i = 0; i < ndocs; i++) {
                size_t s = starts[i], e = i + 1 < ndocs ? starts[i + 1] : one;
                el_tag_result r;
                if (el_tag(big + k * one + s, e - s, &opt, &r, &err) != EL_OK)
                    return 1;
                timexes += r.n;
                el_tag_result_free(&r);
            }
        }
    }
    double dt = now_seconds() - t0;
    double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
    printf("%s: %zu bytes (%zu copies of %zu documents), %zu timexes, %.3f s wall, %.1f MB/s; "
           "%.3f s cpu, %.1f MB/s\n",
           docs ? "per document" : "one call", total, copies, ndocs, timexes, dt,
           total / 1e6 / dt, cpu, cpu > 0 ? total / 1e6 / cpu : 0.0);
    free(big);
    free(buf);
    return 0;
}
