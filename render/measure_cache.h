/* measure_cache.h: remembers the size of measured text, so that a text
 * measured again (in the same render or a later one with the same fonts)
 * skips Pango.  It stores exactly what Pango returned, so output does not
 * depend on whether the cache was used.  One cache per renderer (one
 * thread); nothing is shared.  Not installed. */
#ifndef EL_RENDER_MEASURE_CACHE_H
#define EL_RENDER_MEASURE_CACHE_H

#include <stddef.h>

typedef struct measure_cache measure_cache;

/* A cache holding at most max_bytes of entries and text; when full it is
 * emptied, so memory stays bounded however many renders use it.  NULL
 * when out of memory. */
measure_cache *measure_cache_new(size_t max_bytes);
void measure_cache_free(measure_cache *c);

/* Forgets every entry. */
void measure_cache_clear(measure_cache *c);

/* Empties the cache when family (NULL = the default) differs from the one
 * its entries were measured with, and remembers family. */
void measure_cache_set_family(measure_cache *c, const char *family);

/* The key of one measurement: a text set at px pixels in weight, wrapped
 * at max_width (<= 0 none) and cut to max_lines. */
typedef struct measure_key {
    const char *text;
    double px;
    int weight;
    double max_width;
    int max_lines;
} measure_key;

/* 1 and the size in *w, *h when k was stored, else 0. */
int measure_cache_get(const measure_cache *c, const measure_key *k, double *w, double *h);

/* Stores the size of k (the text is copied).  Out of memory only means
 * the entry is not kept. */
void measure_cache_put(measure_cache *c, const measure_key *k, double w, double h);

#endif
