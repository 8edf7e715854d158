/* eventline/model.h: the event-list model (eventline/1), shared by the
 * extractor, the importers, the renderer and the CLI.
 *
 * Ownership: an el_timeline owns everything reachable from it.  Every char *
 * field is either NULL (absent) or a NUL-terminated UTF-8 string allocated
 * with malloc and freed by el_timeline_free.  To fill a field, use
 * el_set_str(&field, text) which frees the old value and copies the new one.
 */
#ifndef EVENTLINE_MODEL_H
#define EVENTLINE_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "eventline/date.h"
#include "eventline/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The time expression an event was dated by. */
typedef struct el_timex_ref {
    char *text;     /* "on Saturday" */
    char *type;     /* "DATE", "TIME", "DURATION", "SET" */
    char *value;    /* TIMEX3 value, "2018-07-07" */
    char *mod;      /* TIMEX3 mod or NULL */
    size_t start;   /* byte offsets of the timex in the document, end exclusive */
    size_t end;
} el_timex_ref;

/* Where in which document an event was found. */
typedef struct el_evidence {
    char *doc;      /* document name (file name, or "-" for stdin) */
    size_t start;   /* byte offsets of the sentence, end exclusive */
    size_t end;
    char *text;     /* the sentence */
    bool has_timex;
    el_timex_ref timex;
} el_evidence;

typedef struct el_event {
    char *id;          /* never NULL once read or added: input "id" or "e<N>" */
    char *date_text;   /* the date as given, e.g. "2018-07-07" or "2018~" */
    el_date date;      /* parsed date_text */
    char *end_text;    /* NULL: not a span */
    el_date end;       /* parsed end_text when end_text != NULL */
    char *label;       /* required */
    char *note;        /* optional */
    char *display_date;/* optional text shown instead of the formatted date */
    char *group;       /* optional */
    char *color;       /* optional "#rrggbb" */
    char **after;      /* ids this event comes after */
    size_t n_after;
    char **before;     /* ids this event comes before */
    size_t n_before;
    el_evidence *evidence; /* NULL when none */
    size_t input_index;    /* 0-based position in the input (stable tie-break) */
} el_event;

/* A named period drawn as a band behind the events. */
typedef struct el_era {
    char *date_text;
    el_date date;      /* usually an interval */
    char *label;
    char *color;       /* optional */
} el_era;

typedef struct el_timeline {
    char *title;
    char *subtitle;
    char *source;
    char *dct;         /* report date, "2018-07-07", or NULL */
    el_event *events;
    size_t n_events;
    size_t cap_events;
    el_era *eras;
    size_t n_eras;
    size_t cap_eras;
} el_timeline;

/* Limits applied while reading input; zero fields mean "use the default". */
typedef struct el_limits {
    size_t max_input_bytes;   /* default 64 MiB */
    size_t max_events;        /* default 100000 */
    size_t max_label_bytes;   /* default 1000 */
    size_t max_note_bytes;    /* default 10000 */
    int max_depth;            /* JSON nesting, default 64 */
} el_limits;

#define EL_DEFAULT_MAX_INPUT_BYTES ((size_t)64 << 20)
#define EL_DEFAULT_MAX_EVENTS ((size_t)100000)
#define EL_DEFAULT_MAX_LABEL_BYTES ((size_t)1000)
#define EL_DEFAULT_MAX_NOTE_BYTES ((size_t)10000)
#define EL_DEFAULT_MAX_DEPTH 64

/* Fills zero fields of *lim with the defaults above. */
void el_limits_fill_defaults(el_limits *lim);

/* Allocates an empty timeline; NULL when out of memory. */
el_timeline *el_timeline_new(void);
/* Frees tl and everything it owns; NULL is fine. */
void el_timeline_free(el_timeline *tl);

/* Appends a zeroed event (input_index set to its position) and returns it,
 * or NULL when out of memory.  The pointer is valid until the next append. */
el_event *el_timeline_add_event(el_timeline *tl);
/* Appends a zeroed era, as above. */
el_era *el_timeline_add_era(el_timeline *tl);

/* Replaces *field with a copy of s (NULL clears it).  Returns 0, or -1 when
 * out of memory (the old value is kept then). */
int el_set_str(char **field, const char *s);
/* Same for a byte range that is not NUL-terminated. */
int el_set_strn(char **field, const char *s, size_t n);
/* Appends a copy of id to a list (after/before).  0 or -1 (out of memory). */
int el_strlist_add(char ***list, size_t *n, const char *id);

/* Deep copy of one event into a fresh zeroed *dst (dst is not freed first).
 * 0 or -1 (out of memory; *dst is left empty then). */
int el_event_copy(el_event *dst, const el_event *src);
/* Frees what ev owns and zeroes it. */
void el_event_clear(el_event *ev);

/* Checks the model: every event has a label and a parsable date, ids are
 * unique, after/before name existing ids and do not form a cycle, end is not
 * before date, colours are #rgb or #rrggbb; eras have a label and a date;
 * dct parses.  Fills default ids "e<N>" (N = input position + 1) for events
 * without one, and (re)parses date_text/end_text into date/end.  Returns
 * EL_OK, EL_ERR_INPUT with err->msg naming the path, e.g.
 * 'events[2].after[0]: unknown id "e9"', or EL_ERR_IO (out of memory). */
int el_timeline_validate(el_timeline *tl, el_error *err);

/* Sorts events into chronological order: by date interval (el_date_compare);
 * events whose dates compare equal follow their after/before links (a
 * topological order, earlier input first among free choices; links never
 * override different dates); then input_index.  Stable and deterministic;
 * works on unvalidated models too (events in a cycle keep input order).
 * When memory is short it still sorts, by date and input_index only. */
void el_timeline_sort(el_timeline *tl);

#ifdef __cplusplus
}
#endif
#endif
