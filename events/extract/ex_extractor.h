/* ex_extractor.h: the state of an el_extractor, shared by its two sources
 * (extractor.c: adding and merging; extractor_write.c: writing).  Not
 * installed. */
#ifndef EL_EX_EXTRACTOR_H
#define EL_EX_EXTRACTOR_H

#include "eventline/extract.h"
#include "events/extract/ex_merge.h"
#include "events/extract/ex_store.h"

/* A merge in the order notes are built: by absorbing event, then in the
 * order the merges happened. */
typedef struct ex_note_op {
    size_t into, from, seq;
} ex_note_op;

struct el_extractor {
    ex_store st;            /* every event found, borrowing the texts */
    char dct[16];           /* DCT of the first document that had one */
    bool finished;
    el_timeline *tl;        /* after finish: the remaining events in output
                               order, without notes and evidence (those are
                               made from st while writing); owned */
    ex_note_op *note_ops;   /* after finish: merges sorted by (into, seq); owned */
    size_t n_note_ops;
};

#endif
