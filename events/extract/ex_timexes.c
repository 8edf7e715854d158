/* ex_timexes.c: packing the tagger's expressions (see ex_timexes.h). */
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_timexes.h"

/* How many leading bytes of a field matter: all up to its last non-zero
 * byte, so that unpacking into a zeroed field gives back the very bytes the
 * tagger wrote (anything it left after a NUL included). */
static size_t used(const char *f, size_t size)
{
    while (size > 0 && f[size - 1] == '\0') size--;
    return size;
}

/* Bytes the four fields of t take in the pool: a length byte and the bytes. */
static size_t strings_len(const el_timex *t)
{
    return used(t->value, sizeof t->value) + used(t->mod, sizeof t->mod) + used(t->quant, sizeof t->quant) +
           used(t->freq, sizeof t->freq) + 4;
}

/* Writes field f (size bytes) to dst as a length byte and its used bytes;
 * returns the bytes written. */
static size_t put(char *dst, const char *f, size_t size)
{
    size_t n = used(f, size);
    dst[0] = (char)(unsigned char)n;
    memcpy(dst + 1, f, n);
    return n + 1;
}

/* Reads a field written by put into the zeroed field f; returns the bytes
 * read. */
static size_t get(char *f, const char *src)
{
    size_t n = (unsigned char)src[0];
    memcpy(f, src + 1, n);
    return n + 1;
}

int ex_timexes_pack(ex_timexes *out, const el_timex *tx, size_t n)
{
    memset(out, 0, sizeof *out);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += strings_len(&tx[i]);
    if (total >= UINT32_MAX) return -1;
    out->v = malloc((n ? n : 1) * sizeof *out->v);
    out->pool = malloc(total ? total : 1);
    if (!out->v || !out->pool) {
        ex_timexes_free(out);
        return -1;
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        const el_timex *t = &tx[i];
        out->v[i] = (ex_tx){t->start, t->end, (uint32_t)o, (unsigned char)t->type};
        o += put(out->pool + o, t->value, sizeof t->value);
        o += put(out->pool + o, t->mod, sizeof t->mod);
        o += put(out->pool + o, t->quant, sizeof t->quant);
        o += put(out->pool + o, t->freq, sizeof t->freq);
    }
    out->n = n;
    return 0;
}

int ex_timexes_unpack(const ex_timexes *c, size_t from, size_t to, el_timex **tx)
{
    *tx = NULL;
    if (to <= from) return 0;
    el_timex *v = calloc(to - from, sizeof *v);
    if (!v) return -1;
    for (size_t i = from; i < to; i++) {
        el_timex *t = &v[i - from];
        const ex_tx *p = &c->v[i];
        const char *s = c->pool + p->str;
        t->start = p->start;
        t->end = p->end;
        t->type = (el_timex_type)p->type;
        s += get(t->value, s);
        s += get(t->mod, s);
        s += get(t->quant, s);
        get(t->freq, s);
    }
    *tx = v;
    return 0;
}

void ex_timexes_free(ex_timexes *c)
{
    free(c->v);
    free(c->pool);
    memset(c, 0, sizeof *c);
}
