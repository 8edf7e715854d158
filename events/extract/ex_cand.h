/* ex_cand.h: candidate events (found in a document part, not yet in the
 * timeline) and the extraction steps that make them.  Not installed. */
#ifndef EL_EX_CAND_H
#define EL_EX_CAND_H

#include <stdbool.h>
#include <stddef.h>

#include "eventline/date.h"
#include "eventline/model.h"
#include "events/extract/ex_internal.h"

#define NOTE_MAX 400 /* bytes of the sentence kept in a note */
#define FOLD_MAX 4   /* follow-up reports folded into the lead's note */

/* One event found in the document before it goes into the timeline. */
typedef struct cand {
    int tok;            /* event token */
    int sent;           /* sentence index */
    int timex;          /* timex index or -1 */
    char date[96];      /* EDTF */
    char label[256];
    char note[NOTE_MAX + 512];
    size_t after;       /* number N of the event "eN" this comes after, or 0 */
    int link_tok;       /* before numbering: +(tok+1) after / -(tok+1) before the event at tok */
    size_t before;      /* number of the event this comes before, or 0 */
    el_precision prec;
} cand;

typedef struct cand_vec {
    cand *v;
    int n, cap;
} cand_vec;

/* The last event of the previous part of a long document, which the first
 * implied event of the next part may follow. */
typedef struct carry {
    size_t id;          /* event number, 0 when none */
    char date[96];
    char label[256];
} carry;

/* Appends a zeroed candidate (no timex, no links); NULL when out of memory. */
cand *ex_cand_push(cand_vec *cv);
/* The main event verb of sentence s from token from, or -1. */
int ex_main_verb(const ex_doc *doc, int s, int from);
/* Precision of an EDTF date string (EL_PREC_NONE when it does not parse). */
el_precision ex_date_prec(const char *d);
/* "2018-07-05" -> "2018-07-05~"; intervals and qualified dates stay. */
void ex_approx_of(const char *d, char *buf, size_t size);
/* The sentence, trimmed, as a note. */
void ex_sentence_note(const ex_doc *doc, int s, char *buf, size_t size);
/* Appends prefix, text and suffix to a note when they fit. */
void ex_append_note(char *note, size_t size, const char *prefix, const char *text, const char *suffix);
/* True for verbs of state (be, seem, think, want, remain, ...). */
bool ex_stative(const char *w);
/* True when a label is worth a timeline entry. */
bool ex_label_usable(const ex_doc *doc, int ev, const char *label);

/* The dateline span [*s, *e) (both 0 when none); tag_s/tag_e: the tagger's. */
void ex_find_dateline(const char *t, size_t len, size_t tag_s, size_t tag_e, size_t *s, size_t *e);

/* Implied events; each returns 0 or -1 (out of memory).  tok_cand maps an
 * event token to its candidate (-1: none). */
int ex_later_events(const ex_doc *doc, const ex_anchor *an, cand_vec *cv, int *tok_cand, size_t base);
int ex_then_events(const ex_doc *doc, cand_vec *cv, int *tok_cand);
int ex_duration_events(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv, int *tok_cand);
/* cv must be in text order.  base: number of events in the timeline before
 * this part; cr: the last event of the previous part. */
int ex_implied_events(const ex_doc *doc, cand_vec *cv, const char *dct, size_t lead_from, bool first_part,
                      size_t base, const carry *cr);
int ex_duration_notes(const ex_doc *doc, cand_vec *cv);

#endif
