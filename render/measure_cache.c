/* measure_cache.c: an open-addressing hash table from (text, font size,
 * weight, wrap width, line limit) to the measured size.  Keys are compared
 * exactly (doubles bit for bit), so a hit returns what Pango said for that
 * very request. */
#include "render/measure_cache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 4096 /* power of two; the table is emptied at half load */

typedef struct entry {
    uint64_t hash; /* 0 = empty slot */
    char *text;    /* owned */
    double px, max_width, w, h;
    int weight, max_lines;
} entry;

struct measure_cache {
    entry *slots;   /* SLOTS entries */
    size_t n;       /* used slots */
    size_t bytes;   /* text bytes held */
    size_t max_bytes;
    char *family;   /* owned; NULL = the default family */
};

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0x100000001B3ull;
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* FNV-1a over the text, then the numbers mixed in; never 0. */
static uint64_t key_hash(const measure_key *k)
{
    uint64_t h = 0xCBF29CE484222325ull;
    for (const unsigned char *p = (const unsigned char *)k->text; *p; p++)
        h = (h ^ *p) * 0x100000001B3ull;
    h = mix(h, bits_of(k->px));
    h = mix(h, bits_of(k->max_width));
    h = mix(h, (uint64_t)(unsigned)k->weight << 32 | (unsigned)k->max_lines);
    return h ? h : 1;
}

static int same_key(const entry *e, uint64_t h, const measure_key *k)
{
    return e->hash == h && bits_of(e->px) == bits_of(k->px) &&
           bits_of(e->max_width) == bits_of(k->max_width) && e->weight == k->weight &&
           e->max_lines == k->max_lines && strcmp(e->text, k->text) == 0;
}

measure_cache *measure_cache_new(size_t max_bytes)
{
    measure_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->slots = calloc(SLOTS, sizeof *c->slots);
    if (!c->slots) {
        free(c);
        return NULL;
    }
    c->max_bytes = max_bytes;
    return c;
}

void measure_cache_clear(measure_cache *c)
{
    if (!c || c->n == 0)
        return;
    for (size_t i = 0; i < SLOTS; i++)
        free(c->slots[i].text);
    memset(c->slots, 0, SLOTS * sizeof *c->slots);
    c->n = 0;
    c->bytes = 0;
}

void measure_cache_free(measure_cache *c)
{
    if (!c)
        return;
    measure_cache_clear(c);
    free(c->slots);
    free(c->family);
    free(c);
}

void measure_cache_set_family(measure_cache *c, const char *family)
{
    if (!c)
        return;
    if (family && !*family)
        family = NULL;
    if ((!family && !c->family) || (family && c->family && strcmp(family, c->family) == 0))
        return;
    measure_cache_clear(c);
    free(c->family);
    c->family = family ? strdup(family) : NULL;
    if (family && !c->family)
        c->n = SLOTS; /* out of memory: a cache for no family at all stays unused */
}

int measure_cache_get(const measure_cache *c, const measure_key *k, double *w, double *h)
{
    if (!c || c->n >= SLOTS)
        return 0;
    uint64_t hv = key_hash(k);
    for (size_t i = (size_t)hv & (SLOTS - 1);; i = (i + 1) & (SLOTS - 1)) {
        const entry *e = &c->slots[i];
        if (e->hash == 0)
            return 0;
        if (same_key(e, hv, k)) {
            *w = e->w;
            *h = e->h;
            return 1;
        }
    }
}

void measure_cache_put(measure_cache *c, const measure_key *k, double w, double h)
{
    if (!c || c->n >= SLOTS)
        return;
    size_t len = strlen(k->text) + 1;
    if (c->n + 1 > SLOTS / 2 || c->bytes + len + sizeof(entry) > c->max_bytes)
        measure_cache_clear(c);
    if (len + sizeof(entry) > c->max_bytes)
        return;
    uint64_t hv = key_hash(k);
    size_t i = (size_t)hv & (SLOTS - 1);
    while (c->slots[i].hash != 0) {
        if (same_key(&c->slots[i], hv, k))
            return;
        i = (i + 1) & (SLOTS - 1);
    }
    char *text = malloc(len);
    if (!text)
        return;
    memcpy(text, k->text, len);
    c->slots[i] = (entry){hv, text, k->px, k->max_width, w, h, k->weight, k->max_lines};
    c->n++;
    c->bytes += len + sizeof(entry);
}
