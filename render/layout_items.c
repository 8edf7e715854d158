/* layout_items.c: the item list of a layout (growable arrays it owns),
 * kind names, and freeing. */
#include "render/layout_items.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[LAY_KIND_COUNT] = {
    [LAY_TITLE] = "title",         [LAY_SUBTITLE] = "subtitle", [LAY_SOURCE] = "source",
    [LAY_LEGEND] = "legend",       [LAY_AXIS] = "axis",         [LAY_TICK] = "tick",
    [LAY_TICK_LABEL] = "tick-label", [LAY_BREAK] = "break",     [LAY_ERA] = "era",
    [LAY_ERA_LABEL] = "era-label", [LAY_DCT] = "dct",           [LAY_MARKER] = "marker",
    [LAY_SPAN] = "span",           [LAY_STEM] = "stem",         [LAY_RULE] = "rule",
    [LAY_DATE] = "date",           [LAY_LABEL] = "label",       [LAY_NOTE] = "note",
    [LAY_CLUSTER] = "cluster",
};

const char *lay_kind_name(lay_kind k)
{
    return (k >= 0 && k < LAY_KIND_COUNT) ? kind_names[k] : "?";
}

bool lay_kind_is_text(lay_kind k)
{
    switch (k) {
    case LAY_TITLE: case LAY_SUBTITLE: case LAY_SOURCE: case LAY_LEGEND:
    case LAY_TICK_LABEL: case LAY_ERA_LABEL: case LAY_DATE: case LAY_LABEL:
    case LAY_NOTE: case LAY_CLUSTER:
        return true;
    default:
        return false;
    }
}

lay_item *li_push(lay_result *r, lay_kind kind, double x, double y, double w, double h)
{
    if (r->oom)
        return NULL;
    if (r->n_items == r->cap_items) {
        size_t cap = r->cap_items ? r->cap_items * 2 : 256;
        lay_item *v = realloc(r->items, cap * sizeof *v);
        if (!v) {
            r->oom = true;
            return NULL;
        }
        r->items = v;
        r->cap_items = cap;
    }
    lay_item *it = &r->items[r->n_items++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->x = x, it->y = y, it->w = w, it->h = h;
    it->color = -1;
    it->max_lines = 1;
    return it;
}

int li_events(lay_result *r, lay_item *it, size_t first, size_t count)
{
    if (!it)
        return -1;
    if (r->n_ev_idx + count > r->cap_ev_idx) {
        size_t cap = r->cap_ev_idx ? r->cap_ev_idx : 256;
        while (cap < r->n_ev_idx + count)
            cap *= 2;
        size_t *v = realloc(r->ev_idx, cap * sizeof *v);
        if (!v) {
            r->oom = true;
            return -1;
        }
        r->ev_idx = v;
        r->cap_ev_idx = cap;
    }
    it->ev_off = r->n_ev_idx;
    it->ev_n = count;
    for (size_t i = 0; i < count; i++)
        r->ev_idx[r->n_ev_idx++] = first + i;
    return 0;
}

const char *li_strdup(lay_result *r, const char *s)
{
    if (r->oom)
        return "";
    if (r->n_strings == r->cap_strings) {
        size_t cap = r->cap_strings ? r->cap_strings * 2 : 64;
        char **v = realloc(r->strings, cap * sizeof *v);
        if (!v) {
            r->oom = true;
            return "";
        }
        r->strings = v;
        r->cap_strings = cap;
    }
    size_t n = strlen(s);
    char *c = malloc(n + 1);
    if (!c) {
        r->oom = true;
        return "";
    }
    memcpy(c, s, n + 1);
    r->strings[r->n_strings++] = c;
    return c;
}

void lay_result_free(lay_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_strings; i++)
        free(r->strings[i]);
    free(r->strings);
    free(r->items);
    free(r->ev_idx);
    memset(r, 0, sizeof *r);
}
