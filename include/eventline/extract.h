/* eventline/extract.h: events from an article.  Runs the tagger, anchors each
 * date to the event it dates, labels it, and adds undated-but-implied events
 * with after/before links, appending them to a timeline.
 */
#ifndef EVENTLINE_EXTRACT_H
#define EVENTLINE_EXTRACT_H

#include <stddef.h>

#include "eventline/json.h"
#include "eventline/model.h"
#include "eventline/tagger.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct el_extract_options {
    const char *dct;       /* "YYYY-MM-DD" or NULL (dateline, else today) */
    const char *today;     /* "YYYY-MM-DD"; required when dct is NULL */
    const char *doc_name;  /* goes into evidence.doc; NULL -> "-" */
    size_t max_input_bytes;/* 0: default */
} el_extract_options;

typedef struct el_extract_info {
    char dct[16];          /* DCT used for this document */
    el_dct_source dct_source;
    char warning[256];     /* "" or a warning for the user (e.g. assumed year) */
} el_extract_info;

/* Extracts the events of one document and appends them to tl (ids continue
 * after the events already there).  Sets tl->dct if it is NULL.  info may be
 * NULL.  Any bytes are accepted; strings put into the model are valid UTF-8.
 * Returns EL_OK, EL_ERR_USAGE (missing text, options or timeline; bad
 * dct/today), EL_ERR_INPUT (over max_input_bytes) or EL_ERR_IO (out of
 * memory), with err filled. */
int el_extract(const char *text, size_t len, const el_extract_options *opt,
               el_timeline *tl, el_extract_info *info, el_error *err);

/* After one or more el_extract calls: merges duplicate events (same date and
 * near-identical label, across documents too, keeping all evidence in the
 * note; a coarse mention such as "2011" folds into a finer one such as
 * "2011-02" with a similar label), writes "before" links as "after" links on
 * the other event and drops any link that would close a cycle, then orders
 * the timeline chronologically (dated events by interval, implied ones by
 * their links, then by position).  docs/EXTRACTION.md has the details.
 * 0 or -1 (out of memory). */
int el_extract_finish(el_timeline *tl);

/* The same extraction for large inputs: el_extractor_add per document,
 * then el_extractor_finish, then el_extractor_write_json writes exactly the
 * bytes el_json_write would write for el_extract + el_extract_finish on an
 * empty timeline.  Events are held compactly (offsets into the texts rather
 * than copies) and written one at a time, so memory stays near the size of
 * the texts.  The extractor borrows each text given to el_extractor_add: it
 * must stay valid and unchanged until el_extractor_free. */
typedef struct el_extractor el_extractor;

/* A new, empty extractor, or NULL when out of memory. */
el_extractor *el_extractor_new(void);
/* Frees the extractor and everything it holds (not the borrowed texts). */
void el_extractor_free(el_extractor *x);
/* Extracts the events of one document; arguments and results as for
 * el_extract.  Not after el_extractor_finish (EL_ERR_USAGE). */
int el_extractor_add(el_extractor *x, const char *text, size_t len, const el_extract_options *opt,
                     el_extract_info *info, el_error *err);
/* Merges and orders the events as el_extract_finish does; *n_events (may
 * be NULL) receives how many remain.  0, or -1 (out of memory, or called
 * twice). */
int el_extractor_finish(el_extractor *x, size_t *n_events);
/* After el_extractor_finish: writes the eventline/1 JSON through fn in
 * pieces.  0, or -1 (fn failed, out of memory, or not finished). */
int el_extractor_write_json(el_extractor *x, el_json_sink fn, void *closure);

#ifdef __cplusplus
}
#endif
#endif
