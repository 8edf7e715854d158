/* render_input.c: from the event-list model to what the layout needs. */
#include "render/render_input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/timefmt.h"

#define DATE_LINE_MAX 240
#define ID_MAX 24

static int instant_open(const el_instant *i)
{
    return i->open || i->prec == EL_PREC_NONE;
}

/* Span, shape and flags of one event. */
static void event_span(const el_event *e, lay_event *le)
{
    const el_instant *a = &e->date.start;
    const el_instant *b = e->end_text ? &e->end.end : &e->date.end;
    int interval = e->end_text != NULL || e->date.is_interval;
    le->open_start = instant_open(a);
    le->open_end = interval && instant_open(b);
    if (le->open_start && !instant_open(b)) {
        le->t1 = b->hi;
        le->t0 = b->lo;
    } else if (le->open_end) {
        le->t0 = a->lo;
        le->t1 = a->hi;
    } else {
        le->t0 = a->lo;
        le->t1 = b->hi > a->lo ? b->hi : a->hi;
    }
    if (le->t1 <= le->t0)
        le->t1 = le->t0 + 1;
    if (interval && (le->open_start || le->open_end || b->lo > a->lo))
        le->shape = LAY_SHAPE_BAR;
    else if (a->prec != EL_PREC_NONE && a->prec < EL_PREC_DAY)
        le->shape = LAY_SHAPE_SPAN;
    else
        le->shape = LAY_SHAPE_POINT;
    unsigned q = a->qual | (interval ? b->qual : 0);
    le->uncertain = (q & (EL_Q_APPROX | EL_Q_UNCERTAIN)) != 0;
}

/* The event of tl with this id, or NULL. */
static const el_event *find_event(const el_timeline *tl, const char *id)
{
    for (size_t i = 0; id && i < tl->n_events; i++)
        if (tl->events[i].id && strcmp(tl->events[i].id, id) == 0)
            return &tl->events[i];
    return NULL;
}

/* An event dated only by its place in a sequence ("after" or "before"
 * another) says so on its date line: "c. Apr \u2013 Jul 2018, after
 * \u201cArmy takes the oil ports\u201d".  The label is cut to a few words
 * (the line is ellipsized at the block width anyway).  Appends to date
 * (size bytes, NUL-terminated). */
static void link_text(const el_timeline *tl, const el_event *e, char *date, size_t size)
{
    const char *word = NULL;
    const el_event *other = NULL;
    if (e->n_after) {
        word = "after";
        other = find_event(tl, e->after[0]);
    } else if (e->n_before) {
        word = "before";
        other = find_event(tl, e->before[0]);
    }
    if (!other || !other->label || !*other->label)
        return;
    char lab[72];
    size_t n = strlen(other->label);
    if (n < sizeof lab - 4) {
        memcpy(lab, other->label, n + 1);
    } else {
        /* cut at a word boundary and mark the cut */
        size_t k = sizeof lab - 6;
        while (k > 20 && other->label[k] != ' ')
            k--;
        while (k > 0 && (unsigned char)other->label[k] >= 0x80 && (unsigned char)other->label[k] < 0xC0)
            k--; /* never split a UTF-8 sequence */
        memcpy(lab, other->label, k);
        memcpy(lab + k, "\xe2\x80\xa6", 4);
    }
    size_t len = strlen(date);
    if (len < size)
        snprintf(date + len, size - len, "%s%s \xe2\x80\x9c%s\xe2\x80\x9d", len ? ", " : "", word, lab);
}

typedef struct order_key {
    int64_t t0, t1;
    size_t idx;
} order_key;

static int cmp_order(const void *x, const void *y)
{
    const order_key *a = x, *b = y;
    if (a->t0 != b->t0)
        return a->t0 < b->t0 ? -1 : 1;
    if (a->t1 != b->t1)
        return a->t1 < b->t1 ? -1 : 1;
    return (a->idx > b->idx) - (a->idx < b->idx);
}

int render_input_build(render_input *ri, const el_timeline *tl, const el_render_options *opt,
                       const el_theme *t, el_error *err)
{
    memset(ri, 0, sizeof *ri);
    size_t n = tl->n_events;
    size_t alloc_n = n ? n : 1;
    ri->events = calloc(alloc_n, sizeof *ri->events);
    ri->eras = calloc(tl->n_eras ? tl->n_eras : 1, sizeof *ri->eras);
    ri->text = malloc(alloc_n * (DATE_LINE_MAX + ID_MAX));
    ri->ev_color = calloc(alloc_n, sizeof *ri->ev_color);
    ri->legend = calloc(alloc_n, sizeof *ri->legend);
    ri->legend_color = calloc(alloc_n, sizeof *ri->legend_color);
    order_key *keys = calloc(alloc_n, sizeof *keys);
    if (!ri->events || !ri->eras || !ri->text || !ri->ev_color || !ri->legend ||
        !ri->legend_color || !keys) {
        free(keys);
        render_input_free(ri);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory preparing %zu events", n);
    }
    for (size_t i = 0; i < n; i++) {
        lay_event tmp = {0};
        event_span(&tl->events[i], &tmp);
        keys[i] = (order_key){tmp.t0, tmp.t1, i};
    }
    qsort(keys, n, sizeof *keys, cmp_order);
    size_t n_groups = 0;
    for (size_t k = 0; k < n; k++) {
        const el_event *e = &tl->events[keys[k].idx];
        lay_event *le = &ri->events[k];
        event_span(e, le);
        char *date = ri->text + k * (DATE_LINE_MAX + ID_MAX);
        char *id = date + DATE_LINE_MAX;
        if (e->display_date && *e->display_date) {
            snprintf(date, DATE_LINE_MAX, "%s", e->display_date);
        } else {
            tf_date_line(&e->date, e->end_text ? &e->end : NULL, date, DATE_LINE_MAX);
            link_text(tl, e, date, DATE_LINE_MAX);
        }
        le->date_text = date;
        if (e->id) {
            le->id = e->id;
        } else {
            snprintf(id, ID_MAX, "e%zu", keys[k].idx + 1);
            le->id = id;
        }
        le->label = e->label ? e->label : "";
        le->note = e->note;
        /* colour: the event's own, else its group's, else the first */
        int g = -1;
        if (e->group && *e->group) {
            for (size_t j = 0; j < n_groups; j++)
                if (strcmp(ri->legend[j], e->group) == 0)
                    g = (int)j;
            if (g < 0) {
                g = (int)n_groups;
                ri->legend[n_groups] = e->group;
                ri->legend_color[n_groups] = t->palette[n_groups % t->n_palette];
                n_groups++;
            }
        }
        uint32_t col = g >= 0 ? ri->legend_color[g] : t->palette[0];
        if (e->color && *e->color && theme_parse_color(e->color, &col) < 0) {
            free(keys);
            render_input_free(ri);
            return el_fail(err, EL_ERR_INPUT, 0, 0, "event \"%s\": colour \"%s\" is not #rgb or #rrggbb",
                           e->id ? e->id : "?", e->color);
        }
        ri->ev_color[k] = theme_readable(t, col);
    }
    free(keys);
    for (size_t i = 0; i < tl->n_eras; i++) {
        const el_era *e = &tl->eras[i];
        ri->eras[i].label = e->label;
        ri->eras[i].t0 = e->date.start.lo;
        ri->eras[i].t1 = e->date.end.hi > e->date.start.lo ? e->date.end.hi : e->date.start.hi;
    }
    lay_input *in = &ri->in;
    in->events = ri->events;
    in->n_events = n;
    in->eras = ri->eras;
    in->n_eras = tl->n_eras;
    in->title = opt->title ? opt->title : tl->title;
    in->subtitle = opt->subtitle ? opt->subtitle : tl->subtitle;
    in->source = opt->source ? opt->source : tl->source;
    in->legend = ri->legend;
    in->n_legend = n_groups;
    if (opt->mark_dct && tl->dct) {
        el_date d;
        el_error e2;
        if (el_date_parse(tl->dct, &d, &e2) == EL_OK) {
            in->has_dct = true;
            in->dct = d.start.lo;
        }
    }
    in->orientation = opt->orientation;
    in->fixed_size = opt->fixed_size;
    in->max_note_lines = opt->max_note_lines;
    return EL_OK;
}

void render_input_free(render_input *ri)
{
    free(ri->events);
    free(ri->eras);
    free(ri->text);
    free(ri->ev_color);
    free(ri->legend);
    free(ri->legend_color);
    memset(ri, 0, sizeof *ri);
}
