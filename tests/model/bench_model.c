/* bench_model.c: how fast the model reads, sorts and writes (a benchmark,
 * not a test: it prints numbers and checks nothing about time).
 *
 * Usage: bench_model [EVENTS]   (default 100000)
 * Builds an eventline/1 document of EVENTS events, then times reading,
 * sorting and writing it in each format, and parsing dates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eventline/import.h"
#include "eventline/json.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    if (n < 1 || n > 10000000) {
        fprintf(stderr, "usage: bench_model [EVENTS]\n");
        return 2;
    }
    size_t cap = (size_t)n * 160 + 64, len = 0;
    char *doc = malloc(cap);
    if (!doc)
        return 3;
    len += (size_t)snprintf(doc, cap, "{\"eventline\": 1, \"events\": [\n");
    for (long i = 0; i < n; i++)
        len += (size_t)snprintf(doc + len, cap - len,
                                "%s{\"date\": \"%04ld-%02ld-%02ld\", \"label\": \"Event %ld\","
                                " \"note\": \"a note\", \"group\": \"g%ld\"}\n",
                                i ? "," : "", 1900 + i % 120, 1 + i % 12, 1 + i % 28, i, i % 7);
    len += (size_t)snprintf(doc + len, cap - len, "]}\n");

    el_timeline *tl = NULL, *t2 = NULL, *t3 = NULL;
    el_error err;
    double t0 = now();
    if (el_json_read(doc, len, NULL, &tl, &err) != EL_OK) {
        fprintf(stderr, "read: %s\n", err.msg);
        return 1;
    }
    double t1 = now();
    el_timeline_sort(tl);
    double t2t = now();
    char *json = el_json_write(tl);
    double t3t = now();
    char *csv = el_csv_write(tl);
    double t4 = now();
    int rc = el_csv_read(csv, strlen(csv), NULL, &t2, &err);
    double t5 = now();
    char *tj = el_timelinejs_write(tl);
    double t6 = now();
    rc |= el_timelinejs_read(tj, strlen(tj), NULL, &t3, &err);
    double t7 = now();
    printf("%ld events (%.1f MB of JSON), microseconds per event:\n", n, (double)len / 1e6);
    printf("  json read %.2f  sort %.2f  json write %.2f\n", (t1 - t0) * 1e6 / n,
           (t2t - t1) * 1e6 / n, (t3t - t2t) * 1e6 / n);
    printf("  csv write %.2f  csv read %.2f  timelinejs write %.2f  timelinejs read %.2f\n",
           (t4 - t3t) * 1e6 / n, (t5 - t4) * 1e6 / n, (t6 - t5) * 1e6 / n, (t7 - t6) * 1e6 / n);
    static const char *const dates[] = {"2018-07-07", "2018-07-07T10:30:05+02:00",
                                        "2011-02/2011-10", "199X~", "2018-W27-6", "-0043-03-15"};
    el_date d;
    long calls = 600000;
    double d0 = now();
    for (long i = 0; i < calls; i++)
        el_date_parse(dates[i % 6], &d, NULL);
    double d1 = now();
    printf("  el_date_parse: %.0f ns per call\n", (d1 - d0) * 1e9 / calls);
    free(doc);
    free(json);
    free(csv);
    free(tj);
    el_timeline_free(tl);
    el_timeline_free(t2);
    el_timeline_free(t3);
    return rc ? 1 : 0;
}
