/* test_oom.c: every reader and writer survives running out of memory.
 *
 * malloc, calloc and realloc of the model library are wrapped (linker
 * --wrap) so that the Nth allocation fails; each operation is repeated with
 * N = 0, 1, 2, ... until it succeeds without a failure.  Each run must
 * return a clean error (EL_ERR_IO, or NULL from a writer) or succeed, and
 * leak nothing (checked by the sanitizer build). */
#include <stdio.h>
#include <stdlib.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "check.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

/* Allocations left before the failure; -1: never fail.  The test is
 * single-threaded, so a plain counter is fine here. */
static long budget = -1;
static int failed;

static int take(void)
{
    if (budget < 0)
        return 1;
    if (budget == 0) {
        failed = 1;
        return 0;
    }
    budget--;
    return 1;
}

void *__wrap_malloc(size_t n) { return take() ? __real_malloc(n) : NULL; }
void *__wrap_calloc(size_t n, size_t m) { return take() ? __real_calloc(n, m) : NULL; }
void *__wrap_realloc(void *p, size_t n) { return take() ? __real_realloc(p, n) : NULL; }

static const char *const json_doc =
    "{\"title\": \"T\", \"dct\": \"2018-07-07\", \"events\": ["
    "{\"id\": \"a\", \"date\": \"2018-07-07\", \"label\": \"x\", \"note\": \"n\", \"after\": [\"b\"],"
    " \"evidence\": {\"doc\": \"d\", \"text\": \"t\", \"timex\": {\"text\": \"on Saturday\", \"value\": \"2018\"}}},"
    "{\"id\": \"b\", \"date\": \"2018-07-07\", \"label\": \"y\", \"before\": [\"a\"], \"group\": \"g\"},"
    "{\"date\": \"2011-02/2011-10\", \"end\": \"2012\", \"label\": \"z\", \"color\": \"#abc\"}],"
    " \"eras\": [{\"date\": \"2011/2012\", \"label\": \"e\"}]}";

static const char *const tljs_doc =
    "{\"title\": {\"text\": {\"headline\": \"H &amp; T\", \"text\": \"<p>a</p><p>b</p>\"}},"
    " \"events\": [{\"start_date\": {\"year\": -44, \"month\": 3, \"day\": 15},"
    " \"end_date\": {\"year\": -43}, \"text\": {\"headline\": \"<b>C</b>\", \"text\": \"t\"},"
    " \"group\": \"R\", \"display_date\": \"d\", \"unique_id\": \"u\"},"
    " {\"start_date\": {\"year\": 2018}, \"text\": {\"text\": \"only a text\"}}],"
    " \"eras\": [{\"start_date\": {\"year\": 2000}, \"end_date\": {\"year\": 2001}, \"text\": {\"headline\": \"E\"}}]}";

static const char *const csv_doc =
    "Year,Month,Day,Time,End Year,Display Date,Headline,Text,Type,Group,Background\r\n"
    ",,,,,,Title,\"Sub, title\",title,,\r\n"
    "2000,,,,2001,,Era,,era,,\r\n"
    "2018,7,7,2:30 PM,2019,,\"Head \"\"q\"\"\",<p>text</p>,,G,#123\r\n";

enum { OP_JSON, OP_TLJS, OP_CSV, OP_COUNT };

/* Runs one operation: read, validate, sort, write in all three formats. */
static int run(int op)
{
    el_timeline *tl = NULL;
    el_error err;
    int rc;
    if (op == OP_JSON)
        rc = el_json_read(json_doc, strlen(json_doc), NULL, &tl, &err);
    else if (op == OP_TLJS)
        rc = el_timelinejs_read(tljs_doc, strlen(tljs_doc), NULL, &tl, &err);
    else
        rc = el_csv_read(csv_doc, strlen(csv_doc), NULL, &tl, &err);
    if (rc != EL_OK) {
        CHECK(tl == NULL);
        CHECK_EQ_INT(rc, EL_ERR_IO);
        return rc;
    }
    el_timeline_sort(tl);
    char *a = el_json_write(tl);
    char *b = el_timelinejs_write(tl);
    char *c = el_csv_write(tl);
    el_event copy;
    int crc = el_event_copy(&copy, &tl->events[0]);
    if (crc == 0)
        el_event_clear(&copy);
    else
        CHECK(copy.label == NULL && copy.evidence == NULL);
    rc = (a && b && c && crc == 0) ? EL_OK : EL_ERR_IO;
    free(a);
    free(b);
    free(c);
    el_timeline_free(tl);
    return rc;
}

int main(void)
{
    for (int op = 0; op < OP_COUNT; op++) {
        long n;
        for (n = 0; n < 100000; n++) {
            budget = n;
            failed = 0;
            int rc = run(op);
            budget = -1;
            if (!failed) {
                CHECK_EQ_INT(rc, EL_OK);
                break;
            }
        }
        printf("operation %d: succeeded after failing each of its %ld allocations\n", op, n);
        CHECK(n > 10);
    }
    CHECK_REPORT();
}
