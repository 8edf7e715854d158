/* fuzz_render.c: layout and rendering of random event sets.
 *
 * The input bytes are decoded into render options (size, DPI, orientation,
 * theme, format, fixed size, ...) and a set of up to 40 events with dates of
 * every precision, spans, qualifiers, groups, colours and labels of mixed
 * scripts.  The timeline is rendered into memory.  A successful render must
 * produce the right file signature and a layout description in which
 * everything lies inside the canvas, no two pieces of text overlap, and no
 * stem or marker crosses the text of another event.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "eventline/model.h"
#include "eventline/render.h"
#include "fuzz_check.h"

/* Reads the input one byte at a time; past the end it yields zeros. */
typedef struct byte_reader {
    const uint8_t *data;
    size_t size;
    size_t pos;
} byte_reader;

static unsigned next_byte(byte_reader *r)
{
    return r->pos < r->size ? r->data[r->pos++] : 0u;
}

/* Output sink: bytes collected in memory, with a cap so that a runaway
 * canvas aborts the render instead of exhausting memory. */
typedef struct sink {
    unsigned char *buf;
    size_t len;
    size_t cap;
} sink;

#define SINK_LIMIT ((size_t)64 << 20)

static int sink_write(void *closure, const unsigned char *data, size_t len)
{
    sink *s = closure;
    if (len > SINK_LIMIT - s->len)
        return 1;
    if (s->len + len > s->cap) {
        size_t cap = s->cap ? s->cap : 4096;
        while (cap < s->len + len)
            cap *= 2;
        unsigned char *p = realloc(s->buf, cap);
        if (!p)
            return 1;
        s->buf = p;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, data, len);
    s->len += len;
    return 0;
}

/* Appends n label characters taken from the reader to buf (size cap):
 * mostly ASCII letters and spaces, sometimes Latin-1, Arabic or CJK text
 * encoded as UTF-8, so that shaping and wrapping see several scripts. */
static void make_text(byte_reader *r, size_t n, char *buf, size_t cap)
{
    static const char *const extra[] = {"\xc3\xa9", "\xd8\xb9", "\xe4\xb8\xad",
                                        "\xe2\x80\x94", "\xf0\x9f\x93\x85"};
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned b = next_byte(r);
        const char *piece;
        char one[2] = {0, 0};
        if (b < 200) {
            one[0] = (char)(b % 7 == 0 ? ' ' : 'a' + b % 26);
            if (b % 11 == 0)
                one[0] = (char)('A' + b % 26);
            piece = one;
        } else {
            piece = extra[b % 5];
        }
        size_t pl = strlen(piece);
        if (len + pl + 1 > cap)
            break;
        memcpy(buf + len, piece, pl);
        len += pl;
    }
    if (len == 0)
        buf[len++] = 'x';
    buf[len] = '\0';
}

/* Writes a date string of a precision chosen by the reader into buf. */
static void make_date(byte_reader *r, char *buf, size_t cap)
{
    unsigned kind = next_byte(r) % 12;
    int year = 1900 + (int)(next_byte(r) % 130);
    int month = 1 + (int)(next_byte(r) % 12);
    int day = 1 + (int)(next_byte(r) % 28);
    int hour = (int)(next_byte(r) % 24);
    switch (kind) {
    case 0: snprintf(buf, cap, "%04d", year); break;
    case 1: snprintf(buf, cap, "%04d-%02d", year, month); break;
    case 2: snprintf(buf, cap, "%04d-%02d-%02dT%02d:30", year, month, day, hour); break;
    case 3: snprintf(buf, cap, "%04d~", year); break;
    case 4: snprintf(buf, cap, "%04d-%02d-%02d?", year, month, day); break;
    case 5: snprintf(buf, cap, "%04d-Q%d", year, 1 + month % 4); break;
    case 6: snprintf(buf, cap, "-%04d", (int)(next_byte(r) % 3000)); break;
    case 7: snprintf(buf, cap, "%03dX", year / 10); break;
    case 8: snprintf(buf, cap, "%04d/%04d", year, year + (int)(next_byte(r) % 5)); break;
    case 9: snprintf(buf, cap, "2018-07-%02d", 1 + day % 3); break; /* same-day piles */
    default: snprintf(buf, cap, "%04d-%02d-%02d", year, month, day); break;
    }
}

/* Builds the options and timeline from the input; returns NULL when the
 * decoded size is refused (which is itself a valid outcome). */
static el_timeline *decode(byte_reader *r, el_render_options *opt, char *size_spec,
                           size_t size_cap)
{
    static const char *const themes[] = {NULL, "dark", "print", "colorblind", "light"};
    static const char *const groups[] = {NULL, "Politics", "Economy", "\xd8\xb9\xd8\xb1\xd8\xa8"};
    static const char *const colors[] = {NULL, "#1f77b4", "#f00", "#000000"};

    el_render_options_init(opt);
    unsigned flags = next_byte(r);
    unsigned w = 160 + next_byte(r) * 4;
    unsigned h = 120 + next_byte(r) * 4;
    static const double dpis[] = {0, 72, 96, 150};
    double dpi = dpis[next_byte(r) % 4];
    snprintf(size_spec, size_cap, "%ux%u", w, h);
    el_error err;
    el_error_clear(&err);
    if (el_render_parse_size(size_spec, dpi, opt, &err) != EL_OK)
        return NULL;
    opt->dpi = dpi;
    opt->orientation = (el_orientation)(flags % 3);
    opt->fixed_size = (flags & 0x08) != 0;
    opt->transparent = (flags & 0x10) != 0;
    opt->mark_dct = (flags & 0x20) != 0;
    opt->theme = themes[next_byte(r) % 5];
    opt->max_note_lines = (int)(next_byte(r) % 4);
    opt->source_date_epoch = 0;

    el_timeline *tl = el_timeline_new();
    if (!tl)
        return NULL;
    char text[256];
    unsigned n_events = next_byte(r) % 41;
    if (next_byte(r) & 1) {
        make_text(r, next_byte(r) % 60, text, sizeof text);
        el_set_str(&tl->title, text);
    }
    el_set_str(&tl->dct, "2018-07-07");
    for (unsigned i = 0; i < n_events; i++) {
        el_event *ev = el_timeline_add_event(tl);
        if (!ev)
            break;
        char date[64];
        make_date(r, date, sizeof date);
        el_set_str(&ev->date_text, date);
        el_date_parse(date, &ev->date, &err);
        unsigned extras = next_byte(r);
        make_text(r, 1 + next_byte(r) % 90, text, sizeof text);
        el_set_str(&ev->label, text);
        if (extras & 1) {
            make_text(r, next_byte(r) * 2 % 250, text, sizeof text);
            el_set_str(&ev->note, text);
        }
        if (extras & 2)
            el_set_str(&ev->group, groups[1 + (extras >> 4) % 3]);
        if (extras & 4)
            el_set_str(&ev->color, colors[1 + (extras >> 6) % 3]);
        if (extras & 8) {
            make_date(r, date, sizeof date);
            if (el_date_parse(date, &ev->end, &err) == EL_OK)
                el_set_str(&ev->end_text, date);
        }
    }
    if (n_events && (next_byte(r) & 3) == 0) {
        el_era *era = el_timeline_add_era(tl);
        if (era) {
            el_set_str(&era->date_text, "1990/2005");
            el_date_parse("1990/2005", &era->date, &err);
            el_set_str(&era->label, "An era");
        }
    }
    el_error_clear(&err);
    if (el_timeline_validate(tl, &err) != EL_OK) {
        el_timeline_free(tl);
        return NULL;
    }
    return tl;
}

/* A rectangle from the layout description, with the events it belongs to. */
typedef struct item {
    const char *kind;
    double x, y, w, h;
    const cJSON *events;
} item;

static int is_text_kind(const char *k)
{
    static const char *const kinds[] = {"label", "note", "date", "title",
                                        "subtitle", "source", "legend",
                                        "cluster", NULL};
    for (size_t i = 0; kinds[i]; i++)
        if (strcmp(k, kinds[i]) == 0)
            return 1;
    return 0;
}

/* True when a and b share at least one event id. */
static int share_event(const item *a, const item *b)
{
    const cJSON *x, *y;
    cJSON_ArrayForEach(x, a->events) {
        cJSON_ArrayForEach(y, b->events) {
            if (cJSON_IsString(x) && cJSON_IsString(y) &&
                strcmp(x->valuestring, y->valuestring) == 0)
                return 1;
        }
    }
    return 0;
}

/* Overlap of the open rectangles, allowing eps of touching. */
static int overlap(const item *a, const item *b, double eps)
{
    return a->x + eps < b->x + b->w && b->x + eps < a->x + a->w &&
           a->y + eps < b->y + b->h && b->y + eps < a->y + a->h;
}

/* Checks the layout description against the promises in render.h. */
static void check_layout(const char *json)
{
    cJSON *root = cJSON_Parse(json);
    FUZZ_CHECK(root != NULL, "layout JSON does not parse:\n%.2000s", json);
    const cJSON *W = cJSON_GetObjectItemCaseSensitive(root, "width");
    const cJSON *H = cJSON_GetObjectItemCaseSensitive(root, "height");
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(root, "items");
    FUZZ_CHECK(cJSON_IsNumber(W) && cJSON_IsNumber(H) && cJSON_IsArray(items),
               "%s", "layout JSON lacks width, height or items");
    double width = W->valuedouble, height = H->valuedouble;
    FUZZ_CHECK(width > 0 && height > 0, "canvas %gx%g", width, height);

    int n = cJSON_GetArraySize(items);
    item *it = calloc((size_t)n + 1, sizeof *it);
    FUZZ_CHECK(it != NULL, "%s", "out of memory");
    int k = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, items) {
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(e, "kind");
        const cJSON *x = cJSON_GetObjectItemCaseSensitive(e, "x");
        const cJSON *y = cJSON_GetObjectItemCaseSensitive(e, "y");
        const cJSON *w = cJSON_GetObjectItemCaseSensitive(e, "w");
        const cJSON *h = cJSON_GetObjectItemCaseSensitive(e, "h");
        FUZZ_CHECK(cJSON_IsString(kind) && cJSON_IsNumber(x) && cJSON_IsNumber(y) &&
                       cJSON_IsNumber(w) && cJSON_IsNumber(h),
                   "layout item %d is malformed", k);
        it[k] = (item){kind->valuestring, x->valuedouble, y->valuedouble,
                       w->valuedouble, h->valuedouble,
                       cJSON_GetObjectItemCaseSensitive(e, "events")};
        FUZZ_CHECK(isfinite(it[k].x) && isfinite(it[k].y) && it[k].w >= 0 &&
                       it[k].h >= 0,
                   "item %d (%s) has geometry %g,%g %gx%g", k, it[k].kind,
                   it[k].x, it[k].y, it[k].w, it[k].h);
        FUZZ_CHECK(it[k].x >= -0.5 && it[k].y >= -0.5 &&
                       it[k].x + it[k].w <= width + 0.5 &&
                       it[k].y + it[k].h <= height + 0.5,
                   "item %d (%s) at %g,%g %gx%g leaves the %gx%g canvas", k,
                   it[k].kind, it[k].x, it[k].y, it[k].w, it[k].h, width, height);
        k++;
    }
    for (int i = 0; i < k; i++) {
        int ti = is_text_kind(it[i].kind);
        int si = strcmp(it[i].kind, "stem") == 0 || strcmp(it[i].kind, "marker") == 0;
        for (int j = i + 1; j < k; j++) {
            int tj = is_text_kind(it[j].kind);
            int sj = strcmp(it[j].kind, "stem") == 0 || strcmp(it[j].kind, "marker") == 0;
            if (ti && tj)
                FUZZ_CHECK(!overlap(&it[i], &it[j], 0.5),
                           "text overlap: item %d (%s %g,%g %gx%g) and item %d "
                           "(%s %g,%g %gx%g)", i, it[i].kind, it[i].x, it[i].y,
                           it[i].w, it[i].h, j, it[j].kind, it[j].x, it[j].y,
                           it[j].w, it[j].h);
            if ((ti && sj) || (si && tj)) {
                const item *text = ti ? &it[i] : &it[j];
                const item *line = ti ? &it[j] : &it[i];
                if (strcmp(text->kind, "label") == 0 || strcmp(text->kind, "note") == 0 ||
                    strcmp(text->kind, "date") == 0)
                    FUZZ_CHECK(share_event(text, line) || !overlap(text, line, 0.5),
                               "%s of another event crosses %s at %g,%g %gx%g",
                               line->kind, text->kind, text->x, text->y, text->w,
                               text->h);
            }
        }
    }
    free(it);
    cJSON_Delete(root);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    byte_reader r = {data, size, 0};
    el_render_options opt;
    char size_spec[32];
    el_timeline *tl = decode(&r, &opt, size_spec, sizeof size_spec);
    if (!tl)
        return 0;
    /* PNG for small sets (it dominates the time), vector formats otherwise. */
    unsigned f = next_byte(&r) % 4;
    opt.format = tl->n_events <= 12 && f < 2 ? EL_FORMAT_PNG
                 : f % 2                     ? EL_FORMAT_PDF
                                             : EL_FORMAT_SVG;

    sink out = {NULL, 0, 0};
    char *layout = NULL;
    el_error err;
    el_error_clear(&err);
    int rc = el_render(tl, &opt, sink_write, &out, &layout, &err);
    FUZZ_CHECK(rc == EL_OK || rc == EL_ERR_INPUT || rc == EL_ERR_USAGE ||
                   rc == EL_ERR_IO,
               "el_render returned %d", rc);
    if (rc == EL_OK) {
        static const char *const magic[] = {"\x89PNG\r\n\x1a\n", "%PDF-", "<"};
        const char *m = magic[opt.format];
        FUZZ_CHECK(out.len >= strlen(m) && memcmp(out.buf, m, strlen(m)) == 0,
                   "format %d output (%zu bytes, size %s) lacks its signature",
                   (int)opt.format, out.len, size_spec);
        FUZZ_CHECK(layout != NULL, "%s", "render succeeded without a layout");
        check_layout(layout);
    } else {
        FUZZ_CHECK(err.msg[0] != '\0', "render failed (%d) without a message", rc);
    }
    free(layout);
    free(out.buf);
    el_timeline_free(tl);
    return 0;
}
