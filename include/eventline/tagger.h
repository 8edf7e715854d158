/* eventline/tagger.h: the temporal tagger.  Finds time expressions in English
 * news text and normalises them to TimeML TIMEX3 (type, value, mod, quant,
 * freq), resolving relative ones against the document creation time (DCT)
 * and the last mentioned date.
 *
 * The library never reads the clock: "today" is a parameter, used only when
 * the DCT must be guessed from a dateline without a year or is missing.
 */
#ifndef EVENTLINE_TAGGER_H
#define EVENTLINE_TAGGER_H

#include <stddef.h>

#include "eventline/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum el_timex_type {
    EL_TIMEX_DATE = 0,
    EL_TIMEX_TIME,
    EL_TIMEX_DURATION,
    EL_TIMEX_SET
} el_timex_type;

/* One time expression.  Offsets are bytes into the input, end exclusive. */
typedef struct el_timex {
    size_t start;
    size_t end;
    el_timex_type type;
    char value[40];   /* "2018-07-07", "P3Y", "PAST_REF", "XXXX-WXX-1" */
    char mod[16];     /* "" or BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN
                         MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE START MID END APPROX */
    char quant[8];    /* "" or EVERY EACH */
    char freq[8];     /* "" or "2X" */
} el_timex;

/* Where the DCT came from. */
typedef enum el_dct_source {
    EL_DCT_GIVEN = 0,         /* options->dct */
    EL_DCT_DATELINE,          /* a dateline with a full date */
    EL_DCT_DATELINE_WEEKDAY,  /* dateline without a year; year from the lead's weekday */
    EL_DCT_DATELINE_TODAY,    /* dateline without a year and no weekday clue: today's year */
    EL_DCT_TODAY              /* no dateline: today */
} el_dct_source;

typedef struct el_tag_options {
    const char *dct;   /* "YYYY-MM-DD" or NULL to look for a dateline */
    const char *today; /* "YYYY-MM-DD"; required when dct is NULL */
    size_t max_input_bytes; /* 0: default 64 MiB */
} el_tag_options;

typedef struct el_tag_result {
    el_timex *timexes;      /* in text order, not overlapping; malloc'd */
    size_t n;
    char dct[16];           /* the DCT used, "YYYY-MM-DD" */
    el_dct_source dct_source;
    size_t dateline_start;  /* byte span of the dateline, if one was found */
    size_t dateline_end;    /* (both 0 when none) */
    char warning[256];      /* "" or a message such as: dateline "TRIPOLI, July 7":
                               assumed 2018, the latest year up to today in which
                               July 7 is a Saturday (the lead says "on Saturday") */
} el_tag_result;

/* Tags text[0..len) (any bytes: invalid UTF-8 and NULs are tolerated).
 * The date of a dateline ("TRIPOLI, July 7 (Xinhua) --") is reported as a
 * timex like any other, as TempEval-3 gold does; the DCT itself is not.
 * Extents and values follow TempEval-3 conventions where its gold is
 * consistent (e.g. "about" is left out of an extent, "two weeks later" is
 * the duration "two weeks").
 * Fills *out (the caller frees it with el_tag_result_free).  Returns EL_OK,
 * EL_ERR_USAGE for bad options (bad dct/today), EL_ERR_INPUT when the input
 * is over the size limit, EL_ERR_IO when out of memory. */
int el_tag(const char *text, size_t len, const el_tag_options *opt,
           el_tag_result *out, el_error *err);

void el_tag_result_free(el_tag_result *r);

/* Writes r as JSON (NUL-terminated, malloc'd; the caller frees it):
 *   {"dct": "YYYY-MM-DD", "dct_source": "given|dateline|dateline-weekday|
 *    dateline-today|today", ["warning": "...",] "timexes": [{"start": N,
 *    "end": N, "text": "...", "type": "DATE", "value": "...", "mod": "",
 *    ["quant": "EVERY",] ["freq": "2X"]}, ...]}
 * Offsets are bytes into text (the text the result was made from; the
 * "text" fields are copied from it, invalid UTF-8 written as U+FFFD).
 * Returns NULL when out of memory. */
char *el_tag_result_json(const char *text, const el_tag_result *r);

/* Flags for el_tag_result_json_ex. */
enum {
    EL_TAG_JSON_CHAR_OFFSETS = 1 /* start/end count Unicode code points (as
                                    Python's str and the TempEval scorer do)
                                    instead of bytes; the same on ASCII text */
};

/* Like el_tag_result_json, with flags; text[0..len) is the tagged text
 * (needed to convert offsets).  NULL when out of memory. */
char *el_tag_result_json_ex(const char *text, size_t len, const el_tag_result *r, unsigned flags);

/* The same JSON, byte for byte, handed to write(closure, data, n) in
 * chunks instead of collected in memory (write returns 0 when all n bytes
 * were taken, non-zero to stop).  Returns EL_OK, EL_ERR_IO when out of
 * memory or when write refused, EL_ERR_USAGE when write is NULL. */
int el_tag_result_json_write(const char *text, size_t len, const el_tag_result *r,
                             unsigned flags,
                             int (*write)(void *closure, const unsigned char *data, size_t len),
                             void *closure, el_error *err);

/* "DATE", "TIME", "DURATION" or "SET". */
const char *el_timex_type_name(el_timex_type t);

#ifdef __cplusplus
}
#endif
#endif
