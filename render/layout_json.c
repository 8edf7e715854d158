/* layout_json.c: the layout as JSON (docs/LAYOUT.md), for tests and tools
 * that check what was drawn. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/layout.h"

typedef struct sbuf {
    char *p;
    size_t n, cap;
    int oom;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t len)
{
    if (b->oom)
        return;
    if (b->n + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = '\0';
}

static void sb_printf(sbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    sb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Writes s as a JSON string literal. */
static void sb_string(sbuf *b, const char *s)
{
    sb_put(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if (*p == '"' || *p == '\\') {
            char e[2] = {'\\', (char)*p};
            sb_put(b, e, 2);
        } else if (*p < 0x20) {
            sb_printf(b, "\\u%04x", *p);
        } else {
            sb_put(b, (const char *)p, 1);
        }
    }
    sb_put(b, "\"", 1);
}

/* Rounds to 0.01 px so the JSON is short and stable. */
static double r2(double v)
{
    double x = v * 100.0;
    x = x < 0 ? -(double)(long long)(-x + 0.5) : (double)(long long)(x + 0.5);
    return x / 100.0;
}

char *lay_to_json(const lay_result *r, const lay_input *in)
{
    sbuf b = {0};
    sb_printf(&b, "{\"width\": %g, \"height\": %g, \"orientation\": \"%s\", \"clusters\": %zu, "
                  "\"items\": [",
              r2(r->width), r2(r->height),
              r->orientation == EL_ORIENT_VERTICAL ? "vertical" : "horizontal", r->n_clusters);
    for (size_t i = 0; i < r->n_items; i++) {
        const lay_item *it = &r->items[i];
        sb_printf(&b, "%s\n  {\"kind\": \"%s\", \"x\": %g, \"y\": %g, \"w\": %g, \"h\": %g",
                  i ? "," : "", lay_kind_name(it->kind), r2(it->x), r2(it->y), r2(it->w), r2(it->h));
        if (it->kind == LAY_STEM || it->kind == LAY_RULE || it->kind == LAY_TICK)
            sb_printf(&b, ", \"line\": [%g, %g, %g, %g]", r2(it->x1), r2(it->y1), r2(it->x2),
                      r2(it->y2));
        if (it->text && lay_kind_is_text(it->kind)) {
            sb_put(&b, ", \"text\": ", 10);
            sb_string(&b, it->text);
        }
        if (it->ev_n) {
            sb_put(&b, ", \"events\": [", 13);
            for (size_t k = 0; k < it->ev_n; k++) {
                size_t e = r->ev_idx[it->ev_off + k];
                if (k)
                    sb_put(&b, ", ", 2);
                const char *id = e < in->n_events ? in->events[e].id : NULL;
                if (id) {
                    sb_string(&b, id);
                } else {
                    sb_printf(&b, "\"e%zu\"", e + 1);
                }
            }
            sb_put(&b, "]", 1);
        }
        sb_put(&b, "}", 1);
    }
    sb_put(&b, "\n]}\n", 4);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}
