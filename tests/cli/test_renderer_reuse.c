/* test_renderer_reuse.c: a reused el_renderer gives the same bytes as a
 * fresh el_render, whatever it rendered before (other lists, sizes, themes,
 * formats, font families), and renderers on two threads at once give the
 * same bytes too.
 *   test_renderer_reuse LIST.json...   (eventline/1 event lists)
 * Prints "N passed, M failed"; exit 0 when all passed. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/eventline.h"

#define MAX_LISTS 8
#define N_VARIANTS 5

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static int to_buf(void *c, const unsigned char *data, size_t len)
{
    buf *b = c;
    if (b->n + len > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len)
            cap *= 2;
        unsigned char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, len);
    b->n += len;
    return 0;
}

static int passed, failed;

static void check(int ok, const char *what, const char *list, int variant)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    fprintf(stderr, "FAIL: %s (%s, variant %d)\n", what, list, variant);
}

/* The render options of variant v: formats, sizes, themes and a font
 * family that change what the renderer has cached. */
static void variant_options(int v, el_render_options *o)
{
    el_render_options_init(o);
    switch (v) {
    case 0: break;
    case 1: o->format = EL_FORMAT_SVG; break;
    case 2: o->width_pt = 600, o->height_pt = 450, o->theme = "dark"; break;
    case 3: o->font = "DejaVu Serif"; break;
    case 4: o->format = EL_FORMAT_PDF, o->source_date_epoch = 1700000000; break;
    }
}

static el_timeline *lists[MAX_LISTS];
static const char *names[MAX_LISTS];
static size_t n_lists;
static buf expected[MAX_LISTS][N_VARIANTS];

/* Renders list i in variant v with r (NULL: el_render) into *out. */
static int render_one(el_renderer *r, size_t i, int v, buf *out)
{
    el_render_options o;
    el_error err;
    variant_options(v, &o);
    out->n = 0;
    int rc = r ? el_render_with(r, lists[i], &o, to_buf, out, NULL, &err)
               : el_render(lists[i], &o, to_buf, out, NULL, &err);
    if (rc)
        fprintf(stderr, "%s variant %d: %s\n", names[i], v, err.msg);
    return rc;
}

static int same(const buf *a, const buf *b)
{
    return a->n == b->n && a->n > 0 && memcmp(a->p, b->p, a->n) == 0;
}

/* A thread: renders every list in every variant, in an order that starts
 * at its own offset, with one renderer; counts mismatches. */
typedef struct worker_arg {
    int offset;
    int mismatches;
} worker_arg;

static void *worker(void *p)
{
    worker_arg *a = p;
    el_renderer *r = el_renderer_new();
    buf out = {0};
    size_t total = n_lists * N_VARIANTS;
    for (size_t k = 0; k < 2 * total && r; k++) {
        size_t idx = (k + (size_t)a->offset) % total;
        size_t i = idx / N_VARIANTS;
        int v = (int)(idx % N_VARIANTS);
        if (render_one(r, i, v, &out) || !same(&out, &expected[i][v]))
            a->mismatches++;
    }
    if (!r)
        a->mismatches++;
    el_renderer_free(r);
    free(out.p);
    return NULL;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    while (p) {
        n += fread(p + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *q = realloc(p, cap *= 2);
        if (!q)
            free(p);
        p = q;
    }
    fclose(f);
    *len = n;
    return p;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc - 1 > MAX_LISTS) {
        fprintf(stderr, "usage: test_renderer_reuse LIST.json... (at most %d)\n", MAX_LISTS);
        return 2;
    }
    for (int a = 1; a < argc; a++) {
        size_t len;
        char *text = slurp(argv[a], &len);
        el_error err;
        if (!text || el_json_read(text, len, NULL, &lists[n_lists], &err)) {
            fprintf(stderr, "cannot read %s\n", argv[a]);
            return 2;
        }
        free(text);
        names[n_lists++] = argv[a];
    }
    /* The reference: a fresh el_render for every list and variant. */
    for (size_t i = 0; i < n_lists; i++)
        for (int v = 0; v < N_VARIANTS; v++)
            check(render_one(NULL, i, v, &expected[i][v]) == 0, "el_render", names[i], v);

    /* One renderer, everything twice over, in order. */
    el_renderer *r = el_renderer_new();
    check(r != NULL, "el_renderer_new", "-", 0);
    buf out = {0};
    for (int round = 0; round < 2 && r; round++)
        for (size_t i = 0; i < n_lists; i++)
            for (int v = 0; v < N_VARIANTS; v++) {
                int rc = render_one(r, i, v, &out);
                check(rc == 0 && same(&out, &expected[i][v]),
                      "a reused renderer gives el_render's bytes", names[i], v);
            }
    /* A render that fails (a missing font folder) leaves it usable. */
    if (r) {
        el_render_options o;
        el_error err;
        el_render_options_init(&o);
        o.font_dir = "/nonexistent/eventline-fonts";
        out.n = 0;
        check(el_render_with(r, lists[0], &o, to_buf, &out, NULL, &err) == EL_ERR_USAGE,
              "a missing font folder is a usage error", names[0], 0);
        check(render_one(r, 0, 0, &out) == 0 && same(&out, &expected[0][0]),
              "the renderer works after a failed render", names[0], 0);
    }
    el_renderer_free(r);
    free(out.p);

    /* Two threads, each with its own renderer, at the same time. */
    pthread_t t[2];
    worker_arg wa[2] = {{0, 0}, {3, 0}};
    int started = 0;
    for (int k = 0; k < 2; k++)
        if (pthread_create(&t[k], NULL, worker, &wa[k]) == 0)
            started++;
    check(started == 2, "two threads start", "-", 0);
    for (int k = 0; k < started; k++) {
        pthread_join(t[k], NULL);
        check(wa[k].mismatches == 0, "renderers on two threads give el_render's bytes", "all", k);
    }

    for (size_t i = 0; i < n_lists; i++) {
        for (int v = 0; v < N_VARIANTS; v++)
            free(expected[i][v].p);
        el_timeline_free(lists[i]);
    }
    el_renderer_free(NULL);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
