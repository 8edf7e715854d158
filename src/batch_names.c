/* batch_names.c: output names for a batch.  Every output lands inside the
 * output folder: names are reduced to a safe stem, and two inputs with the
 * same stem get "name", "name-2", "name-3"... in input order, so a rerun
 * gives the same names.  Names are compared without ASCII case, so the
 * outputs do not collide on case-insensitive file systems either.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"

#define NAME_MAX_BYTES 120

void batch_sanitize(const char *in, size_t in_len, char *out, size_t max)
{
    size_t i, n = 0;
    for (i = 0; i < in_len && n < max; i++) {
        unsigned char c = (unsigned char)in[i];
        if (isalnum(c) || c == '-' || c == '_' || c >= 0x80)
            out[n++] = (char)c;
        else if (c == '.' && n > 0)
            out[n++] = '.';
        else
            out[n++] = '_';
    }
    /* Do not end in the middle of a UTF-8 sequence. */
    if (n == max && n > 0) {
        size_t k = n;
        while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
            k--;
        if (k > 0 && (unsigned char)out[k - 1] >= 0xC0) {
            unsigned lead = (unsigned char)out[k - 1];
            size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (n - (k - 1) < need)
                n = k - 1;
        }
    }
    if (n == 0)
        out[n++] = '_';
    out[n] = '\0';
}

/* Open-addressing set of names, compared without ASCII case. */
typedef struct name_set {
    char **slots;
    size_t cap, n;
} name_set;

static uint64_t fold_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s != '\0'; s++) {
        h ^= (uint64_t)tolower((unsigned char)*s);
        h *= 1099511628211ull;
    }
    return h;
}

static bool fold_equal(const char *a, const char *b)
{
    for (; *a != '\0' && *b != '\0'; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
    return *a == *b;
}

static bool set_has(const name_set *s, const char *name)
{
    size_t i = (size_t)(fold_hash(name) & (s->cap - 1));
    while (s->slots[i] != NULL) {
        if (fold_equal(s->slots[i], name))
            return true;
        i = (i + 1) & (s->cap - 1);
    }
    return false;
}

/* Adds name (not owned: the job keeps it); the set is sized up front. */
static void set_add(name_set *s, char *name)
{
    size_t i = (size_t)(fold_hash(name) & (s->cap - 1));
    while (s->slots[i] != NULL)
        i = (i + 1) & (s->cap - 1);
    s->slots[i] = name;
    s->n++;
}

/* The stem for a job: the file name without its extension, plus the line
 * number for an NDJSON line. */
static void job_stem(const batch_job *j, char *out, size_t max)
{
    const char *base = strrchr(j->path, '/');
    const char *dot;
    size_t n;
    base = base != NULL ? base + 1 : j->path;
    dot = strrchr(base, '.');
    n = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    batch_sanitize(base, n, out, max);
    if (j->line > 0) {
        size_t len = strlen(out);
        snprintf(out + len, max + 24 - len, "-%zu", j->line);
    }
}

int batch_assign_names(batch_list *list)
{
    name_set set;
    size_t i;
    set.cap = 16;
    while (set.cap < list->n * 2 + 2)
        set.cap *= 2;
    set.n = 0;
    set.slots = calloc(set.cap, sizeof *set.slots);
    if (set.slots == NULL)
        return -1;
    for (i = 0; i < list->n; i++) {
        char stem[NAME_MAX_BYTES + 24];
        char *name;
        size_t k, n;
        job_stem(&list->jobs[i], stem, NAME_MAX_BYTES);
        n = strlen(stem) + 24;
        name = malloc(n);
        if (name == NULL) {
            free(set.slots);
            return -1;
        }
        snprintf(name, n, "%s", stem);
        for (k = 2; set_has(&set, name); k++)
            snprintf(name, n, "%s-%zu", stem, k);
        set_add(&set, name);
        list->jobs[i].name = name;
    }
    free(set.slots);
    return 0;
}
