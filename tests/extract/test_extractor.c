/* test_extractor.c: el_extractor writes exactly what el_extract +
 * el_extract_finish + el_json_write write (each golden article alone, all
 * of them together, and a long text with merges across its parts), and its
 * calls in the wrong order or with a failing sink fail cleanly. */
#include <dirent.h>

#include "eventline/json.h"
#include "ex_check.h"
#include "ex_timeline_check.h"

/* A growing byte buffer as an el_json_sink. */
typedef struct sink_buf {
    char *data;
    size_t len;
} sink_buf;

static int sink_append(void *closure, const unsigned char *data, size_t len)
{
    sink_buf *b = closure;
    char *p = realloc(b->data, b->len + len + 1);
    if (!p) return -1;
    memcpy(p + b->len, data, len);
    b->len += len;
    p[b->len] = '\0';
    b->data = p;
    return 0;
}

static int sink_fail(void *closure, const unsigned char *data, size_t len)
{
    (void)closure;
    (void)data;
    (void)len;
    return -1;
}

/* Extracts texts[0..n) both ways and checks the two JSON texts agree. */
static void both_ways(char *const *texts, const size_t *lens, char *const *names, size_t n, const char *dct)
{
    el_timeline *tl = el_timeline_new();
    el_extractor *x = el_extractor_new();
    CHECK(tl != NULL && x != NULL);
    if (!tl || !x) return;
    for (size_t i = 0; i < n; i++) {
        el_extract_options opt = {dct, "2026-11-27", names[i], 0};
        el_error e1, e2;
        CHECK_INT(el_extract(texts[i], lens[i], &opt, tl, NULL, &e1), EL_OK);
        CHECK_INT(el_extractor_add(x, texts[i], lens[i], &opt, NULL, &e2), EL_OK);
    }
    CHECK_INT(el_extract_finish(tl), 0);
    size_t n_events = 0;
    CHECK_INT(el_extractor_finish(x, &n_events), 0);
    CHECK_INT((int)n_events, (int)tl->n_events);
    char *want = el_json_write(tl);
    sink_buf got = {NULL, 0};
    CHECK_INT(el_extractor_write_json(x, sink_append, &got), 0);
    CHECK(want != NULL && got.data != NULL);
    if (want && got.data) CHECK_STR(got.data, want);
    /* The timeline's own streaming writer agrees too. */
    sink_buf again = {NULL, 0};
    CHECK_INT(el_json_write_stream(tl, sink_append, &again), 0);
    if (want && again.data) CHECK_STR(again.data, want);
    free(want);
    free(got.data);
    free(again.data);
    el_extractor_free(x);
    el_timeline_free(tl);
}

static void golden_articles_agree(void)
{
    DIR *d = opendir(EL_EXTRACT_ARTICLES);
    CHECK(d != NULL);
    if (!d) return;
    char *texts[128], *names[128];
    size_t lens[128], n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && n < 128) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", EL_EXTRACT_ARTICLES, de->d_name);
        texts[n] = ex_read_file(path, &lens[n]);
        CHECK(texts[n] != NULL);
        if (!texts[n]) continue;
        names[n] = strdup(de->d_name);
        n++;
    }
    closedir(d);
    CHECK(n > 10);
    for (size_t i = 0; i < n; i++) {
        both_ways(&texts[i], &lens[i], &names[i], 1, NULL);
        both_ways(&texts[i], &lens[i], &names[i], 1, "2018-07-07");
    }
    both_ways(texts, lens, names, n, NULL);
    /* One long text: every article ten times, so it goes in parts and its
     * repeats merge across them. */
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += lens[i] + 2;
    char *big = malloc(10 * total + 1);
    CHECK(big != NULL);
    if (big) {
        size_t o = 0;
        for (int r = 0; r < 10; r++)
            for (size_t i = 0; i < n; i++) {
                memcpy(big + o, texts[i], lens[i]);
                o += lens[i];
                big[o++] = '\n';
                big[o++] = '\n';
            }
        char *name = (char *)"long.txt";
        both_ways(&big, &o, &name, 1, "2018-07-07");
        free(big);
    }
    for (size_t i = 0; i < n; i++) {
        free(texts[i]);
        free(names[i]);
    }
}

static void wrong_order_and_failing_sink(void)
{
    el_extractor *x = el_extractor_new();
    CHECK(x != NULL);
    if (!x) return;
    sink_buf b = {NULL, 0};
    CHECK_INT(el_extractor_write_json(x, sink_append, &b), -1); /* not finished */
    static const char text[] = "The army attacked the town on Monday, officials said on Tuesday.";
    el_extract_options opt = {"2018-07-07", NULL, "a.txt", 0};
    el_error err;
    CHECK_INT(el_extractor_add(x, text, sizeof text - 1, &opt, NULL, &err), EL_OK);
    CHECK_INT(el_extractor_add(x, NULL, 5, &opt, NULL, &err), EL_ERR_USAGE);
    CHECK_INT(el_extractor_finish(x, NULL), 0);
    CHECK_INT(el_extractor_finish(x, NULL), -1); /* twice */
    CHECK_INT(el_extractor_add(x, text, sizeof text - 1, &opt, NULL, &err), EL_ERR_USAGE);
    CHECK_INT(el_extractor_write_json(x, sink_fail, NULL), -1);
    CHECK_INT(el_extractor_write_json(x, sink_append, &b), 0);
    CHECK(b.data != NULL && strstr(b.data, "\"eventline\": 1") != NULL);
    free(b.data);
    el_extractor_free(x);
    el_extractor_free(NULL);
}

int main(void)
{
    golden_articles_agree();
    wrong_order_and_failing_sink();
    CHECK_DONE();
}
