/* ex_merge.h: which events el_extract_finish merges, decided on date keys
 * and labels alone, so that a timeline and the compact store (ex_store.h)
 * merge the same way.  Not installed. */
#ifndef EL_EX_MERGE_H
#define EL_EX_MERGE_H

#include <stddef.h>

#include "events/extract/ex_store.h"

/* Event `from` merges into event `into` (its evidence goes into into's
 * note, its links into into's links). */
typedef struct ex_merge_op {
    size_t into, from;
} ex_merge_op;

/* The label of event i, or NULL when it never merges (no label or no id). */
typedef const char *(*ex_label_fn)(const void *ctx, size_t i);

/* Plans the merges of n events with date keys dk: same date and similar
 * labels, then a coarse date folding into a finer one inside it.  Fills
 * keep (n entries: i when event i stays, else the event that absorbed it;
 * follow with ex_merge_root) and sets *ops to the merges in the order they
 * happen (malloc'd, the caller frees; NULL when none).  0 or -1 (out of
 * memory). */
int ex_merge_plan(size_t n, const ex_dkey *dk, size_t dk_stride, ex_label_fn label, const void *ctx,
                  size_t *keep, ex_merge_op **ops, size_t *n_ops);

/* The event that finally holds event i. */
size_t ex_merge_root(const size_t *keep, size_t i);

/* Sets link *i of the list (*list)[0..*n) to `to` after a merge moved its
 * target (changed), or removes it when `to` is self or repeats an earlier
 * link, stepping *i back so the caller's loop sees the next one.  The list
 * owns its strings.  0, or -1 when out of memory. */
int ex_merge_relink_one(char ***list, size_t *n, size_t *i, const char *to, bool changed,
                        const char *self);

/* Appends "Also in DOC: TEXT" (TEXT cut to 300 bytes) to *note (which may
 * be NULL), unless the note would pass 8000 bytes.  *note is replaced by a
 * new malloc'd string.  0 or -1 (out of memory, *note unchanged). */
int ex_note_evidence(char **note, const char *doc, const char *text);

/* Turns every "x before y" into "y after x", then drops each "after" link
 * that closes a cycle.  0 or -1 (out of memory). */
int ex_break_link_cycles(el_timeline *tl);

#endif
