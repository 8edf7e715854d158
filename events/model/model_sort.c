/* model_sort.c: el_timeline_sort, chronological order of events.
 *
 * Order: by date interval (el_date_compare).  Events whose dates compare
 * equal keep the order their after/before links ask for (a topological
 * order, earliest input position first among free choices); what remains is
 * broken by input_index, then by current position, so the result is
 * deterministic and stable.  Links between events with different dates do
 * not override the dates.
 */
#include <stdlib.h>
#include <string.h>

#include "eventline/model.h"

typedef struct slot {
    el_event *ev;
    size_t pos;     /* position before sorting */
} slot;

static int cmp_slot(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    int c = el_date_compare(&x->ev->date, &y->ev->date);
    if (c)
        return c;
    if (x->ev->input_index != y->ev->input_index)
        return x->ev->input_index < y->ev->input_index ? -1 : 1;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

/* Position (in run[0..n)) of the event with this id, or n. */
static size_t run_find(const slot *run, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (run[i].ev->id && strcmp(run[i].ev->id, id) == 0)
            return i;
    return n;
}

/* Reorders one run of equal-date events so that links are respected.
 * run is already sorted by input order; on allocation failure it is left so.
 * Runs are usually a handful of events, so quadratic work is fine; runs
 * without links are skipped before this is called. */
static void order_run(slot *run, size_t n)
{
    size_t *indeg = calloc(n, sizeof *indeg);
    unsigned char *done = calloc(n, 1);
    slot *outv = malloc(n * sizeof *outv);
    /* adjacency as a dense bit matrix would be n^2; use edge lists instead */
    size_t ne = 0;
    for (size_t i = 0; i < n; i++)
        ne += run[i].ev->n_after + run[i].ev->n_before;
    size_t (*edges)[2] = malloc((ne ? ne : 1) * sizeof *edges);
    if (!indeg || !done || !outv || !edges)
        goto done;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const el_event *ev = run[i].ev;
        for (size_t k = 0; k < ev->n_after; k++) {
            size_t j = run_find(run, n, ev->after[k]);
            if (j < n && j != i) {
                edges[m][0] = j;
                edges[m][1] = i;
                m++;
                indeg[i]++;
            }
        }
        for (size_t k = 0; k < ev->n_before; k++) {
            size_t j = run_find(run, n, ev->before[k]);
            if (j < n && j != i) {
                edges[m][0] = i;
                edges[m][1] = j;
                m++;
                indeg[j]++;
            }
        }
    }
    for (size_t o = 0; o < n; o++) {
        size_t pick = n;
        for (size_t i = 0; i < n; i++)
            if (!done[i] && indeg[i] == 0) {
                pick = i;
                break;
            }
        if (pick == n) /* a cycle: take the first left in input order */
            for (size_t i = 0; i < n; i++)
                if (!done[i]) {
                    pick = i;
                    break;
                }
        done[pick] = 1;
        outv[o] = run[pick];
        for (size_t e = 0; e < m; e++)
            if (edges[e][0] == pick && indeg[edges[e][1]] > 0)
                indeg[edges[e][1]]--;
    }
    memcpy(run, outv, n * sizeof *run);
done:
    free(indeg);
    free(done);
    free(outv);
    free(edges);
}

static bool run_has_links(const slot *run, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (run[i].ev->n_after || run[i].ev->n_before)
            return true;
    return false;
}

/* Fallback when memory is short: insertion sort on the events themselves
 * by the same key without links (stable). */
static void insertion_sort(el_timeline *tl)
{
    for (size_t i = 1; i < tl->n_events; i++) {
        el_event tmp = tl->events[i];
        size_t j = i;
        while (j > 0) {
            el_event *prev = &tl->events[j - 1];
            int c = el_date_compare(&prev->date, &tmp.date);
            if (c < 0 || (c == 0 && prev->input_index <= tmp.input_index))
                break;
            tl->events[j] = *prev;
            j--;
        }
        tl->events[j] = tmp;
    }
}

void el_timeline_sort(el_timeline *tl)
{
    if (!tl || tl->n_events < 2)
        return;
    size_t n = tl->n_events;
    slot *s = malloc(n * sizeof *s);
    el_event *sorted = malloc(n * sizeof *sorted);
    if (!s || !sorted) {
        free(s);
        free(sorted);
        insertion_sort(tl);
        return;
    }
    for (size_t i = 0; i < n; i++)
        s[i] = (slot){&tl->events[i], i};
    qsort(s, n, sizeof *s, cmp_slot);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && el_date_compare(&s[a].ev->date, &s[b].ev->date) == 0)
            b++;
        if (b - a > 1 && run_has_links(s + a, b - a))
            order_run(s + a, b - a);
        a = b;
    }
    for (size_t i = 0; i < n; i++)
        sorted[i] = *s[i].ev;
    memcpy(tl->events, sorted, n * sizeof *sorted);
    free(sorted);
    free(s);
}
