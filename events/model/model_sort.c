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

typedef struct id_pos {
    const char *id;
    size_t pos;
} id_pos;

static int cmp_id_pos(const void *a, const void *b)
{
    const id_pos *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->pos > y->pos) - (x->pos < y->pos);
}

/* Position in the run of the event with this id (first one), or n. */
static size_t run_find(const id_pos *ids, size_t nids, size_t n, const char *id)
{
    size_t lo = 0, hi = nids;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ids[mid].id, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nids && strcmp(ids[lo].id, id) == 0 ? ids[lo].pos : n;
}

/* Min-heap of run positions: the free event earliest in input order. */
static void heap_push(size_t *h, size_t *len, size_t v)
{
    size_t i = (*len)++;
    h[i] = v;
    while (i > 0 && h[(i - 1) / 2] > h[i]) {
        size_t p = (i - 1) / 2, t = h[p];
        h[p] = h[i];
        h[i] = t;
        i = p;
    }
}

static size_t heap_pop(size_t *h, size_t *len)
{
    size_t top = h[0];
    h[0] = h[--(*len)];
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < *len && h[l] < h[m])
            m = l;
        if (r < *len && h[r] < h[m])
            m = r;
        if (m == i)
            break;
        size_t t = h[m];
        h[m] = h[i];
        h[i] = t;
        i = m;
    }
    return top;
}

/* Adds the links of run[i] to edges as pairs "from comes before to",
 * starting at index m; returns the new count (with edges NULL it only
 * counts). */
static size_t run_edges(const slot *run, size_t n, const id_pos *ids, size_t nids, size_t i,
                        size_t (*edges)[2], size_t m)
{
    const el_event *ev = run[i].ev;
    for (size_t k = 0; k < ev->n_after; k++) {
        size_t j = run_find(ids, nids, n, ev->after[k]);
        if (j < n && j != i) {
            if (edges) {
                edges[m][0] = j;
                edges[m][1] = i;
            }
            m++;
        }
    }
    for (size_t k = 0; k < ev->n_before; k++) {
        size_t j = run_find(ids, nids, n, ev->before[k]);
        if (j < n && j != i) {
            if (edges) {
                edges[m][0] = i;
                edges[m][1] = j;
            }
            m++;
        }
    }
    return m;
}

/* Reorders one run of equal-date events so that their links are respected
 * (Kahn's algorithm, taking the earliest free event in input order each
 * time; events left in a cycle follow in input order).  run is sorted by
 * input order on entry; on allocation failure it is left so. */
static void order_run(slot *run, size_t n)
{
    id_pos *ids = malloc(n * sizeof *ids);
    size_t *indeg = calloc(n, sizeof *indeg);
    size_t *first = calloc(n + 1, sizeof *first);
    size_t *heap = malloc(n * sizeof *heap);
    unsigned char *done = calloc(n, 1);
    slot *outv = malloc(n * sizeof *outv);
    size_t (*edges)[2] = NULL, *adj = NULL;
    size_t nids = 0, m = 0;
    if (!ids || !indeg || !first || !heap || !done || !outv)
        goto out;
    for (size_t i = 0; i < n; i++)
        if (run[i].ev->id)
            ids[nids++] = (id_pos){run[i].ev->id, i};
    qsort(ids, nids, sizeof *ids, cmp_id_pos);
    for (size_t i = 0; i < n; i++)
        m = run_edges(run, n, ids, nids, i, NULL, m);
    edges = malloc((m ? m : 1) * sizeof *edges);
    adj = malloc((m ? m : 1) * sizeof *adj);
    if (!edges || !adj)
        goto out;
    m = 0;
    for (size_t i = 0; i < n; i++)
        m = run_edges(run, n, ids, nids, i, edges, m);
    /* adjacency lists in CSR form */
    for (size_t e = 0; e < m; e++) {
        first[edges[e][0] + 1]++;
        indeg[edges[e][1]]++;
    }
    for (size_t i = 0; i < n; i++)
        first[i + 1] += first[i];
    size_t *fill = heap; /* borrow as a cursor array before the heap is used */
    for (size_t i = 0; i < n; i++)
        fill[i] = first[i];
    for (size_t e = 0; e < m; e++)
        adj[fill[edges[e][0]]++] = edges[e][1];
    size_t hl = 0, o = 0, next_left = 0;
    for (size_t i = 0; i < n; i++)
        if (indeg[i] == 0)
            heap_push(heap, &hl, i);
    while (o < n) {
        size_t pick;
        if (hl > 0) {
            pick = heap_pop(heap, &hl);
        } else { /* a cycle: take the first event left in input order */
            while (done[next_left])
                next_left++;
            pick = next_left;
        }
        if (done[pick])
            continue;
        done[pick] = 1;
        outv[o++] = run[pick];
        for (size_t k = first[pick]; k < first[pick + 1]; k++) {
            size_t t = adj[k];
            if (indeg[t] > 0 && --indeg[t] == 0 && !done[t])
                heap_push(heap, &hl, t);
        }
    }
    memcpy(run, outv, n * sizeof *run);
out:
    free(ids);
    free(indeg);
    free(first);
    free(heap);
    free(done);
    free(outv);
    free(edges);
    free(adj);
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
