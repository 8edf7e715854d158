/* model.c: building and freeing an el_timeline (see eventline/model.h).
 *
 * A timeline owns every string and array reachable from it; all of it is
 * released by el_timeline_free.  Growth functions leave the timeline intact
 * when memory runs out.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/model.h"

void el_limits_fill_defaults(el_limits *lim)
{
    if (!lim)
        return;
    if (!lim->max_input_bytes)
        lim->max_input_bytes = EL_DEFAULT_MAX_INPUT_BYTES;
    if (!lim->max_events)
        lim->max_events = EL_DEFAULT_MAX_EVENTS;
    if (!lim->max_label_bytes)
        lim->max_label_bytes = EL_DEFAULT_MAX_LABEL_BYTES;
    if (!lim->max_note_bytes)
        lim->max_note_bytes = EL_DEFAULT_MAX_NOTE_BYTES;
    if (lim->max_depth <= 0)
        lim->max_depth = EL_DEFAULT_MAX_DEPTH;
}

el_timeline *el_timeline_new(void)
{
    return calloc(1, sizeof(el_timeline));
}

static void free_strlist(char **list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(list[i]);
    free(list);
}

static void evidence_free(el_evidence *ev)
{
    if (!ev)
        return;
    free(ev->doc);
    free(ev->text);
    free(ev->timex.text);
    free(ev->timex.type);
    free(ev->timex.value);
    free(ev->timex.mod);
    free(ev);
}

void el_event_clear(el_event *ev)
{
    if (!ev)
        return;
    free(ev->id);
    free(ev->date_text);
    free(ev->end_text);
    free(ev->label);
    free(ev->note);
    free(ev->display_date);
    free(ev->group);
    free(ev->color);
    free_strlist(ev->after, ev->n_after);
    free_strlist(ev->before, ev->n_before);
    evidence_free(ev->evidence);
    memset(ev, 0, sizeof *ev);
}

static void era_clear(el_era *era)
{
    free(era->date_text);
    free(era->label);
    free(era->color);
    memset(era, 0, sizeof *era);
}

void el_timeline_free(el_timeline *tl)
{
    if (!tl)
        return;
    free(tl->title);
    free(tl->subtitle);
    free(tl->source);
    free(tl->dct);
    for (size_t i = 0; i < tl->n_events; i++)
        el_event_clear(&tl->events[i]);
    free(tl->events);
    for (size_t i = 0; i < tl->n_eras; i++)
        era_clear(&tl->eras[i]);
    free(tl->eras);
    free(tl);
}

/* Makes room for one more element of size elem in *arr (capacity *cap,
 * count n).  0 on success, -1 when out of memory (arr untouched). */
static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    if (ncap < *cap || ncap > SIZE_MAX / elem)
        return -1;
    void *p = realloc(*arr, ncap * elem);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

el_event *el_timeline_add_event(el_timeline *tl)
{
    if (!tl)
        return NULL;
    void *arr = tl->events;
    if (grow(&arr, &tl->cap_events, tl->n_events, sizeof(el_event)) != 0)
        return NULL;
    tl->events = arr;
    el_event *ev = &tl->events[tl->n_events];
    memset(ev, 0, sizeof *ev);
    ev->input_index = tl->n_events;
    tl->n_events++;
    return ev;
}

el_era *el_timeline_add_era(el_timeline *tl)
{
    if (!tl)
        return NULL;
    void *arr = tl->eras;
    if (grow(&arr, &tl->cap_eras, tl->n_eras, sizeof(el_era)) != 0)
        return NULL;
    tl->eras = arr;
    el_era *era = &tl->eras[tl->n_eras];
    memset(era, 0, sizeof *era);
    tl->n_eras++;
    return era;
}

int el_set_strn(char **field, const char *s, size_t n)
{
    if (!field)
        return -1;
    if (!s) {
        free(*field);
        *field = NULL;
        return 0;
    }
    if (n == SIZE_MAX)
        return -1;
    char *copy = malloc(n + 1);
    if (!copy)
        return -1;
    memcpy(copy, s, n);
    copy[n] = '\0';
    free(*field);
    *field = copy;
    return 0;
}

int el_set_str(char **field, const char *s)
{
    return el_set_strn(field, s, s ? strlen(s) : 0);
}

int el_strlist_add(char ***list, size_t *n, const char *id)
{
    if (!list || !n || !id)
        return -1;
    if (*n >= SIZE_MAX / sizeof(char *) - 1)
        return -1;
    char *copy = NULL;
    if (el_set_str(&copy, id) != 0)
        return -1;
    char **p = realloc(*list, (*n + 1) * sizeof(char *));
    if (!p) {
        free(copy);
        return -1;
    }
    p[*n] = copy;
    *list = p;
    (*n)++;
    return 0;
}

/* Copies a NULL-or-string field; 0 or -1. */
static int dup_field(char **dst, const char *src)
{
    *dst = NULL;
    return src ? el_set_str(dst, src) : 0;
}

static int copy_strlist(char ***dst, size_t *dn, char **src, size_t sn)
{
    *dst = NULL;
    *dn = 0;
    for (size_t i = 0; i < sn; i++)
        if (el_strlist_add(dst, dn, src[i]) != 0)
            return -1;
    return 0;
}

/* Deep copy of src into a new *dst (NULL for none).  On failure *dst may
 * hold a partial copy, which the caller frees with the event. */
static int copy_evidence(el_evidence **dst, const el_evidence *src)
{
    *dst = NULL;
    if (!src)
        return 0;
    el_evidence *e = calloc(1, sizeof *e);
    if (!e)
        return -1;
    *dst = e;
    e->start = src->start;
    e->end = src->end;
    e->has_timex = src->has_timex;
    e->timex.start = src->timex.start;
    e->timex.end = src->timex.end;
    if (dup_field(&e->doc, src->doc) || dup_field(&e->text, src->text) ||
        dup_field(&e->timex.text, src->timex.text) ||
        dup_field(&e->timex.type, src->timex.type) ||
        dup_field(&e->timex.value, src->timex.value) ||
        dup_field(&e->timex.mod, src->timex.mod))
        return -1;
    return 0;
}

int el_event_copy(el_event *dst, const el_event *src)
{
    if (!dst || !src)
        return -1;
    memset(dst, 0, sizeof *dst);
    dst->date = src->date;
    dst->end = src->end;
    dst->input_index = src->input_index;
    if (dup_field(&dst->id, src->id) || dup_field(&dst->date_text, src->date_text) ||
        dup_field(&dst->end_text, src->end_text) || dup_field(&dst->label, src->label) ||
        dup_field(&dst->note, src->note) ||
        dup_field(&dst->display_date, src->display_date) ||
        dup_field(&dst->group, src->group) || dup_field(&dst->color, src->color) ||
        copy_strlist(&dst->after, &dst->n_after, src->after, src->n_after) ||
        copy_strlist(&dst->before, &dst->n_before, src->before, src->n_before) ||
        copy_evidence(&dst->evidence, src->evidence)) {
        el_event_clear(dst);
        return -1;
    }
    return 0;
}
