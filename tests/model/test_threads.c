/* test_threads.c: the readers and writers used from several threads at once
 * give the same bytes as from one (no shared state; run it under the
 * sanitizer build, or TSan, to look for races). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "check.h"

#define THREADS 4
#define ROUNDS 200

static const char *const doc =
    "{\"title\": \"T\", \"events\": ["
    "{\"id\": \"a\", \"date\": \"2018-07-07\", \"label\": \"x & y\", \"after\": [\"b\"]},"
    "{\"id\": \"b\", \"date\": \"2018-07-07\", \"label\": \"y\", \"group\": \"g\"},"
    "{\"date\": \"2018-Q3\", \"label\": \"q\"}, {\"date\": \"-0043-03-15\", \"label\": \"c\"},"
    "{\"date\": \"2011-02/2011-10\", \"label\": \"z\"}, {\"date\": \"2018-02-28T10:30+02\", \"label\": \"t\"}]}";

static const char *const bad = "{\"events\": [{\"date\": \"2018-02-30\", \"label\": \"x\"}]}";

typedef struct job {
    char *expect;   /* the single-threaded output */
    int mismatches;
} job;

/* Converts doc through all formats and back to eventline JSON. */
static char *convert(void)
{
    el_timeline *tl = NULL, *t2 = NULL, *t3 = NULL;
    el_error err;
    char *out = NULL;
    if (el_json_read(doc, strlen(doc), NULL, &tl, &err))
        return NULL;
    el_timeline_sort(tl);
    char *tj = el_timelinejs_write(tl);
    if (tj && el_timelinejs_read(tj, strlen(tj), NULL, &t2, &err) == EL_OK) {
        char *csv = el_csv_write(t2);
        if (csv && el_csv_read(csv, strlen(csv), NULL, &t3, &err) == EL_OK)
            out = el_json_write(t3);
        free(csv);
    }
    free(tj);
    el_timeline_free(tl);
    el_timeline_free(t2);
    el_timeline_free(t3);
    return out;
}

static void *worker(void *arg)
{
    job *j = arg;
    for (int r = 0; r < ROUNDS; r++) {
        char *out = convert();
        if (!out || strcmp(out, j->expect) != 0)
            j->mismatches++;
        free(out);
        el_timeline *tl = NULL;
        el_error err;
        if (el_json_read(bad, strlen(bad), NULL, &tl, &err) != EL_ERR_INPUT || err.line != 1 ||
            err.col != 22 || !strstr(err.msg, "February 2018 has 28 days"))
            j->mismatches++;
    }
    return NULL;
}

int main(void)
{
    char *expect = convert();
    CHECK(expect != NULL);
    if (!expect)
        CHECK_REPORT();
    pthread_t th[THREADS];
    job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){expect, 0};
        CHECK_EQ_INT(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(th[i], NULL);
        CHECK_EQ_INT(jobs[i].mismatches, 0);
    }
    free(expect);
    CHECK_REPORT();
}
