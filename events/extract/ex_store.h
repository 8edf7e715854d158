/* ex_store.h: the events found so far, held compactly until they are
 * merged and written.  A record keeps the event's short strings (date,
 * label, timex value) in one shared arena and refers to the source text by
 * byte offsets for everything long (the evidence sentence, the timex text
 * and, when it is just the trimmed sentence, the note).  The texts are
 * borrowed: each must stay valid until the store is freed.  Not installed. */
#ifndef EL_EX_STORE_H
#define EL_EX_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "eventline/extract.h"
#include "eventline/model.h"
#include "events/extract/ex_cand.h"

/* The fields of a date that el_date_compare looks at, so that merging and
 * ordering need no full el_date per event. */
typedef struct ex_dkey {
    int64_t lo;              /* start.lo */
    int64_t hi;              /* end.hi */
    unsigned char sprec, eprec, interval, squal, equal;
} ex_dkey;

void ex_dkey_of(const el_date *d, ex_dkey *k);
/* Same order as el_date_compare on the dates the keys came from. */
int ex_dkey_cmp(const ex_dkey *a, const ex_dkey *b);

#define EX_NO_STR UINT32_MAX /* arena offset of an absent string */

/* One event. */
typedef struct ex_rec {
    size_t sent_start, sent_end;  /* evidence sentence in the text */
    size_t tx_start, tx_end;      /* its timex, when has_timex */
    size_t after, before;         /* event numbers this one comes after/before, or 0 */
    ex_dkey date;                 /* parsed date */
    uint32_t date_text, label;    /* arena offsets */
    uint32_t note;                /* arena offset, EX_NO_STR: the trimmed sentence */
    uint32_t tx_value, tx_mod;    /* arena offsets (tx_mod EX_NO_STR: none) */
    uint32_t doc;                 /* index into docs */
    unsigned char has_timex, tx_type;
} ex_rec;

/* One source text. */
typedef struct ex_store_doc {
    const char *text;  /* borrowed */
    size_t len;
    char *name;        /* valid UTF-8, owned */
} ex_store_doc;

typedef struct ex_store {
    ex_rec *recs;
    size_t n, cap;
    char *arena;       /* NUL-terminated strings back to back */
    size_t arena_len, arena_cap;
    ex_store_doc *docs;
    size_t n_docs, cap_docs;
    size_t base;       /* record i is event number base + i + 1 */
} ex_store;

/* Frees everything the store owns (not the texts); leaves it empty. */
void ex_store_free(ex_store *st);
/* Starts a new source text (borrowed) named name.  0 or -1 (out of memory). */
int ex_store_add_doc(ex_store *st, const char *text, size_t len, const char *name);
/* Appends the candidate c of the current (last added) document; doc is its
 * tokenised part.  0 or -1 (out of memory, or a candidate date that does not
 * parse, which the extraction never makes). */
int ex_store_add(ex_store *st, const ex_doc *doc, const cand *c);

/* Arena string at offset off (NULL for EX_NO_STR). */
const char *ex_store_str(const ex_store *st, uint32_t off);
/* The event id of record i ("e<N>") into buf. */
void ex_store_id(const ex_store *st, size_t i, char *buf, size_t size);
/* Appends record i's own after/before links (as "e<N>" ids) to the lists.
 * 0 or -1 (out of memory). */
int ex_store_links(const ex_store *st, size_t i, char ***after, size_t *n_after, char ***before,
                   size_t *n_before);

/* Materialising a record as model fields; each returns 0 or -1 (out of
 * memory).  The strings are malloc'd and valid UTF-8, exactly as the
 * extraction has always put them in the model. */
/* *note: the record's own note. */
int ex_store_note(const ex_store *st, size_t i, char **note);
/* *ev: a new evidence (caller frees it with the event). */
int ex_store_evidence(const ex_store *st, size_t i, el_evidence **ev);
/* *text: the record's evidence sentence. */
int ex_store_sentence(const ex_store *st, size_t i, char **text);
/* Fills the id, date, label and link fields of a zeroed event (no note,
 * no evidence); input_index is left to the caller. */
int ex_store_event_light(const ex_store *st, size_t i, el_event *ev);

/* Extracts the events of one document (tagging it first) into the store,
 * which borrows text from now on.  dct_out receives the DCT used ("" when
 * none).  Same results and errors as el_extract. */
int ex_extract_doc(ex_store *st, const char *text, size_t len, const el_extract_options *opt, char dct_out[16],
                   el_extract_info *info, el_error *err);

#endif
