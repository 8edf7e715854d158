/* model_validate.c: el_timeline_validate, the checks every reader runs.
 *
 * Order of checks, so that the first problem in reading order is reported:
 * header fields, then each event (id, label, date, end, colour), then ids
 * (duplicates), then after/before references, then ordering cycles, then
 * eras.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/model/date_internal.h"
#include "events/model/model_internal.h"

/* Fills path and err together. */
static int failp(el_error *err, char *path, size_t size, const char *p, const char *msg)
{
    snprintf(path, size, "%s", p);
    return el_fail(err, EL_ERR_INPUT, 0, 0, "%s: %s", p, msg);
}

static int is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int valid_color(const char *c)
{
    size_t n = strlen(c);
    if (c[0] != '#' || (n != 4 && n != 7))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!is_hex(c[i]))
            return 0;
    return 1;
}

/* Writes the path "list[i].field" (or just field when list is NULL). */
static const char *mkpath(char *p, size_t n, const char *list, size_t i, const char *field)
{
    if (list)
        snprintf(p, n, "%s[%zu].%s", list, i, field);
    else
        snprintf(p, n, "%s", field);
    return p;
}

/* Parses text into *d; on failure reports "<list[i].field>: <date message>".
 * Paths are only built on failure: this runs for every event. */
static int check_date(el_error *err, char *path, size_t size, const char *list, size_t i,
                      const char *field, const char *text, el_date *d)
{
    el_error e;
    char p[64];
    if (el_date_parse(text, d, &e) != EL_OK)
        return failp(err, path, size, mkpath(p, sizeof p, list, i, field), e.msg);
    return EL_OK;
}

static int check_color(el_error *err, char *path, size_t size, const char *p, const char *c)
{
    if (!c || valid_color(c))
        return EL_OK;
    char q[128], msg[400];
    el__quote(c, strlen(c), q, sizeof q);
    snprintf(msg, sizeof msg, "%s is not a colour (write #rgb or #rrggbb)", q);
    return failp(err, path, size, p, msg);
}

typedef struct id_entry {
    const char *id;
    size_t idx;
} id_entry;

static int cmp_id(const void *a, const void *b)
{
    const id_entry *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    if (c)
        return c;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Index of the event with this id, or (size_t)-1. */
static size_t find_id(const id_entry *ids, size_t n, const char *id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ids[mid].id, id);
        if (c == 0)
            return ids[mid].idx;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}

/* Checks one event and gives it its default id; the first problem wins. */
static int check_event(el_event *ev, size_t i, el_error *err, char *path, size_t size)
{
    char p[64], q[128], msg[400];
    if (!ev->id || !ev->id[0]) {
        if (ev->id) {
            snprintf(p, sizeof p, "events[%zu].id", i);
            return failp(err, path, size, p, "must not be empty");
        }
        char def[32];
        snprintf(def, sizeof def, "e%zu", i + 1);
        if (el_set_str(&ev->id, def) != 0)
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    if (!ev->label) {
        snprintf(p, sizeof p, "events[%zu]", i);
        return failp(err, path, size, p, "missing \"label\" (every event needs one)");
    }
    if (!ev->label[0]) {
        snprintf(p, sizeof p, "events[%zu].label", i);
        return failp(err, path, size, p, "must not be empty");
    }
    if (!ev->date_text) {
        snprintf(p, sizeof p, "events[%zu]", i);
        return failp(err, path, size, p, "missing \"date\" (every event needs one)");
    }
    if (check_date(err, path, size, "events", i, "date", ev->date_text, &ev->date))
        return EL_ERR_INPUT;
    if (ev->end_text) {
        if (check_date(err, path, size, "events", i, "end", ev->end_text, &ev->end))
            return EL_ERR_INPUT;
        if (ev->end.end.hi <= ev->date.start.lo) {
            char qd[128];
            el__quote(ev->end_text, strlen(ev->end_text), q, sizeof q);
            el__quote(ev->date_text, strlen(ev->date_text), qd, sizeof qd);
            snprintf(msg, sizeof msg, "%s is before the date %s", q, qd);
            return failp(err, path, size, mkpath(p, sizeof p, "events", i, "end"), msg);
        }
    }
    if (!ev->color)
        return EL_OK;
    return check_color(err, path, size, mkpath(p, sizeof p, "events", i, "color"), ev->color);
}

/* Checks after/before lists name existing ids other than the event's own. */
static int check_refs(const el_timeline *tl, const id_entry *ids, el_error *err,
                      char *path, size_t size)
{
    char p[96], q[128], msg[400];
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *ev = &tl->events[i];
        for (int which = 0; which < 2; which++) {
            char **list = which ? ev->before : ev->after;
            size_t n = which ? ev->n_before : ev->n_after;
            for (size_t k = 0; k < n; k++) {
                size_t j = find_id(ids, tl->n_events, list[k]);
                if (j != (size_t)-1 && j != i)
                    continue;
                snprintf(p, sizeof p, "events[%zu].%s[%zu]", i, which ? "before" : "after", k);
                el__quote(list[k], strlen(list[k]), q, sizeof q);
                if (j == (size_t)-1) {
                    snprintf(msg, sizeof msg, "unknown id %s", q);
                    return failp(err, path, size, p, msg);
                }
                if (j == i) {
                    snprintf(msg, sizeof msg, "an event cannot come %s itself (%s)",
                             which ? "before" : "after", q);
                    return failp(err, path, size, p, msg);
                }
            }
        }
    }
    return EL_OK;
}

/* One ordering edge "from comes before to", with the field it came from. */
typedef struct edge {
    size_t from, to;
    size_t ev;      /* event whose list holds it */
    int before;     /* 1: from its "before" list, 0: "after" */
    size_t k;       /* position in that list */
} edge;

static int cmp_edge(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->ev != y->ev)
        return x->ev < y->ev ? -1 : 1;
    if (x->before != y->before)
        return x->before - y->before;
    return (x->k > y->k) - (x->k < y->k);
}

/* Appends text to msg (size bytes, length *len), truncating with "...". */
static void append(char *msg, size_t size, size_t *len, const char *text)
{
    size_t n = strlen(text);
    if (*len + 4 >= size)
        return;
    if (*len + n + 4 >= size) {
        n = size - *len - 4;
        memcpy(msg + *len, text, n);
        memcpy(msg + *len + n, "...", 4);
        *len = size - 1;
        return;
    }
    memcpy(msg + *len, text, n + 1);
    *len += n;
}

/* Finds a cycle in the after/before graph with an iterative depth-first
 * search; reports it as "e4 -> e5 -> e4".  EL_ERR_IO when out of memory. */
static int check_cycles(const el_timeline *tl, const id_entry *ids, el_error *err,
                        char *path, size_t size)
{
    size_t n = tl->n_events, ne = 0;
    for (size_t i = 0; i < n; i++)
        ne += tl->events[i].n_after + tl->events[i].n_before;
    if (ne == 0)
        return EL_OK;
    edge *edges = malloc(ne * sizeof *edges);
    size_t *first = calloc(n + 1, sizeof *first);
    unsigned char *color = calloc(n, 1);
    size_t *stack = malloc(n * sizeof *stack);
    size_t *pos = malloc(n * sizeof *pos);
    int rc = EL_OK;
    if (!edges || !first || !color || !stack || !pos) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
        goto done;
    }
    size_t e = 0;
    for (size_t i = 0; i < n; i++) {
        const el_event *ev = &tl->events[i];
        for (size_t k = 0; k < ev->n_after; k++)
            edges[e++] = (edge){find_id(ids, n, ev->after[k]), i, i, 0, k};
        for (size_t k = 0; k < ev->n_before; k++)
            edges[e++] = (edge){i, find_id(ids, n, ev->before[k]), i, 1, k};
    }
    qsort(edges, ne, sizeof *edges, cmp_edge);
    for (size_t k = 0; k < ne; k++)
        first[edges[k].from + 1]++;
    for (size_t i = 0; i < n; i++)
        first[i + 1] += first[i];
    for (size_t root = 0; root < n && rc == EL_OK; root++) {
        if (color[root])
            continue;
        size_t depth = 0;
        stack[depth] = root;
        pos[depth] = first[root];
        color[root] = 1;
        depth = 1;
        while (depth > 0) {
            size_t v = stack[depth - 1];
            if (pos[depth - 1] == first[v + 1]) {
                color[v] = 2;
                depth--;
                continue;
            }
            const edge *ed = &edges[pos[depth - 1]++];
            if (color[ed->to] == 0) {
                color[ed->to] = 1;
                stack[depth] = ed->to;
                pos[depth] = first[ed->to];
                depth++;
            } else if (color[ed->to] == 1) {
                /* cycle: from ed->to down the stack to v, then back */
                char msg[400], p[96];
                size_t at = 0;
                while (stack[at] != ed->to)
                    at++;
                size_t len = 0;
                append(msg, sizeof msg, &len, "ordering cycle: ");
                for (size_t s = at; s < depth; s++) {
                    append(msg, sizeof msg, &len, tl->events[stack[s]].id);
                    append(msg, sizeof msg, &len, " -> ");
                }
                append(msg, sizeof msg, &len, tl->events[ed->to].id);
                append(msg, sizeof msg, &len, " (each must come before the next)");
                snprintf(p, sizeof p, "events[%zu].%s[%zu]", ed->ev,
                         ed->before ? "before" : "after", ed->k);
                rc = failp(err, path, size, p, msg);
                break;
            }
        }
    }
done:
    free(edges);
    free(first);
    free(color);
    free(stack);
    free(pos);
    return rc;
}

/* Checks every era: label, parsable date, colour. */
static int check_eras(el_timeline *tl, el_error *err, char *path, size_t size)
{
    char p[64];
    for (size_t i = 0; i < tl->n_eras; i++) {
        el_era *era = &tl->eras[i];
        if (!era->label || !era->label[0]) {
            snprintf(p, sizeof p, era->label ? "eras[%zu].label" : "eras[%zu]", i);
            return failp(err, path, size, p, era->label ? "must not be empty"
                                                        : "missing \"label\"");
        }
        if (!era->date_text) {
            snprintf(p, sizeof p, "eras[%zu]", i);
            return failp(err, path, size, p, "missing \"date\"");
        }
        if (check_date(err, path, size, "eras", i, "date", era->date_text, &era->date))
            return EL_ERR_INPUT;
        snprintf(p, sizeof p, "eras[%zu].color", i);
        if (check_color(err, path, size, p, era->color))
            return EL_ERR_INPUT;
    }
    return EL_OK;
}

int el__timeline_validate(el_timeline *tl, el_error *err, char *path, size_t size)
{
    char dummy[8];
    if (!path || size == 0) {
        path = dummy;
        size = sizeof dummy;
    }
    path[0] = '\0';
    if (!tl)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "no timeline");
    if (tl->dct) {
        el_date d;
        if (check_date(err, path, size, NULL, 0, "dct", tl->dct, &d))
            return EL_ERR_INPUT;
    }
    for (size_t i = 0; i < tl->n_events; i++) {
        int rc = check_event(&tl->events[i], i, err, path, size);
        if (rc)
            return rc;
    }
    int rc = EL_OK;
    id_entry *ids = NULL;
    if (tl->n_events) {
        ids = malloc(tl->n_events * sizeof *ids);
        if (!ids)
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
        for (size_t i = 0; i < tl->n_events; i++)
            ids[i] = (id_entry){tl->events[i].id, i};
        qsort(ids, tl->n_events, sizeof *ids, cmp_id);
        for (size_t k = 1; k < tl->n_events; k++) {
            if (strcmp(ids[k - 1].id, ids[k].id) == 0) {
                char p[64], q[128], msg[256];
                const el_event *later = &tl->events[ids[k].idx];
                el__quote(later->id, strlen(later->id), q, sizeof q);
                snprintf(p, sizeof p, "events[%zu].id", ids[k].idx);
                snprintf(msg, sizeof msg, "duplicate id %s (events[%zu] has it too)",
                         q, ids[k - 1].idx);
                rc = failp(err, path, size, p, msg);
                goto done;
            }
        }
        rc = check_refs(tl, ids, err, path, size);
        if (rc == EL_OK)
            rc = check_cycles(tl, ids, err, path, size);
    }
    if (rc == EL_OK)
        rc = check_eras(tl, err, path, size);
done:
    free(ids);
    if (rc == EL_OK)
        el_error_clear(err);
    return rc;
}

int el_timeline_validate(el_timeline *tl, el_error *err)
{
    return el__timeline_validate(tl, err, NULL, 0);
}
