/* ex_timexes.h: the tagger's time expressions of a whole text, held
 * compactly while its parts are extracted one after the other (an el_timex
 * takes 96 bytes; most of it is empty string space).  Each part gets its
 * expressions back as el_timex.  Not installed. */
#ifndef EL_EX_TIMEXES_H
#define EL_EX_TIMEXES_H

#include <stddef.h>
#include <stdint.h>

#include "eventline/tagger.h"

/* One expression: its span and type; its value, mod, quant and freq
 * fields follow one another at pool + str, each as a length byte and the
 * field's bytes up to its last non-zero one. */
typedef struct ex_tx {
    size_t start, end;
    uint32_t str;
    unsigned char type;
} ex_tx;

typedef struct ex_timexes {
    ex_tx *v;
    size_t n;
    char *pool;
} ex_timexes;

/* Copies tx[0..n) into *out.  0, or -1 when out of memory (or a pool past
 * 4 GiB); *out is then empty. */
int ex_timexes_pack(ex_timexes *out, const el_timex *tx, size_t n);
/* The expressions [from, to) as a new malloc'd el_timex array (*tx; NULL
 * when the range is empty), equal to the ones packed.  0 or -1. */
int ex_timexes_unpack(const ex_timexes *c, size_t from, size_t to, el_timex **tx);
void ex_timexes_free(ex_timexes *c);

#endif
