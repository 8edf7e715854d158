/* tagger_internal.h: types shared by the parts of the temporal tagger
 * (scanner, lexicon, matchers, tense, resolution, dateline).  Not installed.
 *
 * Pipeline: the text is scanned in blocks of tokens; at each token the
 * matchers try to build a candidate (el__cand) describing what was found in
 * typed fields; the longest candidate wins and is resolved against the DCT,
 * the last mentioned date and the clause tense into a TIMEX3 value.
 */
#ifndef EL_TAGGER_INTERNAL_H
#define EL_TAGGER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "eventline/tagger.h"

/* ---------------------------------------------------------------- tokens */

enum el__tok_kind {
    TK_END = 0,   /* sentinel past the last token */
    TK_WORD,      /* letters (and non-ASCII bytes) */
    TK_NUM,       /* a run of digits */
    TK_NUMSEP,    /* 2,011 or 3.5: a number that is never a year */
    TK_PUNCT      /* one punctuation character, in c */
};

enum el__tok_flag {
    TF_SPACE = 1u << 0, /* whitespace right before the token */
    TF_NL = 1u << 1,    /* a line break before it */
    TF_PARA = 1u << 2,  /* a blank line before it */
    TF_CAP = 1u << 3,   /* first letter upper case */
    TF_UPPER = 1u << 4, /* all letters upper case (and more than one) */
    TF_SEND = 1u << 5,  /* punctuation that ends a sentence */
    TF_START = 1u << 6, /* a word some matcher can start with */
    TF_CAND = 1u << 7   /* a token the matchers must be tried at: a number,
                           an apostrophe or a TF_START word */
};

typedef struct el__tok {
    size_t off;      /* byte offset in the text */
    uint32_t len;    /* byte length */
    uint32_t cls;    /* bit (1 << class) for every lexicon class of the word */
    int32_t num;     /* TK_NUM: value when ndig <= 9, else -1 */
    uint16_t lex;    /* first lexicon entry + 1, 0 when not in the lexicon */
    uint8_t nlex;    /* number of lexicon entries for this word */
    uint8_t kind;
    uint8_t flags;
    uint8_t ndig;    /* TK_NUM: number of digits (capped at 255) */
    char c;          /* TK_PUNCT: the character (curly quotes and dashes folded) */
} el__tok;

/* Scans tokens from text[pos..len) into toks[0..cap).  Returns the number of
 * tokens written; *next receives the byte offset where scanning stopped
 * (len when the text is done).  Never reads outside text[0..len). */
int el__scan(const char *text, size_t len, size_t pos, el__tok *toks, int cap,
             size_t *next);
/* el__scan that also copies each token's flags to fl[index] (fl has room
 * for cap), where the tagger looks for the next token to try sixteen
 * flags at a time. */
int el__scan_flags(const char *text, size_t len, size_t pos, el__tok *toks, int cap,
                   size_t *next, uint8_t *fl);

/* ---------------------------------------------------------------- lexicon */

enum el__lex_class {
    LX_MONTH = 1,  /* val 1..12; LF_ABBR */
    LX_WDAY,       /* val 1..7 (ISO, Monday = 1); LF_PLURAL, LF_ABBR */
    LX_UNIT,       /* val el__unit; LF_PLURAL */
    LX_NUMW,       /* number word: val */
    LX_ORDW,       /* ordinal word: val */
    LX_SEASON,     /* val 1 SP, 2 SU, 3 FA, 4 WI */
    LX_POD,        /* part of day: val el__pod */
    LX_DEIC,       /* deictic word: val el__deic */
    LX_REL,        /* this/next/last...: val el__rel */
    LX_MODW,       /* early/late/mid...: val el__modv */
    LX_APPROX,     /* about/around...: val el__modv */
    LX_FREQ,       /* daily/weekly...: val el__unit */
    LX_TZ,         /* time zone: val offset in minutes */
    LX_ERA,        /* val 1 BC, 2 AD */
    LX_TITLE,      /* Mrs, Theresa, Prime...: "May" after it is a name */
    LX_MEASURE,    /* km, percent, people...: a number before it is no year */
    LX_IDNOUN,     /* Flight, Room, Resolution...: a number after it is no year */
    LX_TENSE,      /* tense cue: val el__tense */
    LX_DECW,       /* decade word: val 2..9 (twenties..nineties) */
    LX_QUANTW,     /* several, few, many, some, couple: val 0 = X; half: 3 */
    LX_PREP,       /* in, on, at, since...: val el__prep */
    LX_DET,        /* the, a, an, this, his...: no plural-noun year rule */
    LX_CLAUSE,     /* that, which, but...: bounds a clause for tense */
    LX_HOLW,       /* first word of a holiday name */
    LX_VERB,       /* verb classes for tense: val el__verb_bits */
    LX_NUMADJ,     /* straight, trading, times...: may stand between a number
                      and its unit ("22 straight weeks", "150 times a day") */
    LX_GAME,       /* scored, touchdown, halftime...: words of a game's score */
    LX_BOOKS       /* profit, earnings, sales...: words of a company's books */
};

/* LX_VERB val bits (tense_words.c reads them). */
enum el__verb_bits {
    VB_SCHED_S = 1 << 0,     /* -s form of a scheduled-event verb: opens, meets */
    VB_SCHED_PLAIN = 1 << 1, /* its plain form: open, meet */
    VB_VERB_ONLY = 1 << 2,   /* a plain form that is never a noun: begin, arrive */
    VB_PLAIN_ONLY = 1 << 3,  /* a verb only in the plain form: strike, march */
    VB_INTENT = 1 << 4,      /* a verb of intending: decide, hopes, sought */
    VB_INTENT_PAST = 1 << 5, /* its past form: decided, sought */
    VB_DEADLINE = 1 << 6     /* sets or moves a deadline: extended, gave */
};

enum el__lex_flag {
    LF_ABBR = 1u << 0,
    LF_PLURAL = 1u << 1,
    LF_RISKY = 1u << 2, /* may, march: a month only with support */
    LF_LONG = 1u << 3   /* weeklong, yearlong: a unit's "-long" adjective */
};

enum el__unit {
    U_NONE = 0, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH,
    U_QUARTER, U_HALF, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM, U_WEEKEND,
    U_NIGHT
};

enum el__pod { POD_NONE = 0, POD_MO, POD_AF, POD_EV, POD_NI, POD_DT, POD_NOON,
               POD_MIDNIGHT, POD_MI };

enum el__deic {
    DX_TODAY = 1, DX_YESTERDAY, DX_TOMORROW, DX_TONIGHT, DX_NOW, DX_PAST_REF,
    DX_FUTURE_REF, DX_PRESENT_REF, DX_RECENT, DX_CURRENT, DX_FUTURE
};

enum el__rel {
    RL_THIS = 1, RL_NEXT, RL_LAST, RL_PAST, RL_PREVIOUS, RL_COMING,
    RL_FOLLOWING, RL_CURRENT, RL_LATEST, RL_RECENT, RL_SAME, RL_THAT
};

enum el__modv {
    MV_START = 1, MV_MID, MV_END, MV_APPROX, MV_LESS, MV_MORE, MV_EQ_LESS,
    MV_EQ_MORE, MV_NEARLY
};

enum el__tense { TN_NONE = 0, TN_PAST, TN_PRES, TN_FUT, TN_PERF_AUX,
                 TN_EXCEPT_ED };

enum el__prep {
    PR_IN = 1, PR_ON, PR_AT, PR_SINCE, PR_UNTIL, PR_BY, PR_DURING, PR_BEFORE,
    PR_AFTER, PR_FROM, PR_OF, PR_TO, PR_FOR, PR_OVER, PR_WITHIN, PR_THROUGH,
    PR_BETWEEN, PR_AND, PR_OR, PR_PER, PR_AS, PR_LIKE, PR_THAN
};

typedef struct el__lex {
    const char *w;
    uint8_t len;
    uint8_t cls;
    int16_t val;
    uint8_t flags;
    uint8_t starts;  /* a matcher may start at this word */
} el__lex;

/* Looks up the lower-cased word w[0..n); returns the index of the first
 * entry and stores how many consecutive entries share the word in *count,
 * or returns -1.  Entries live for the program (static const). */
int el__lex_find(const char *w, size_t n, int *count);

/* The lexicon's key of a lower-case word of at most 16 bytes: its bytes
 * packed little-endian into lo (bytes 0..7) and hi (8..15), zero-padded
 * (the key implies the length: no word holds a zero byte).  el__lex_mix
 * hashes it to 64 bits (two multiplicative hashes, whose top bits depend
 * on every bit of the key); el__lex_slot_of picks the word's slot from
 * the top bits; lexicon_sort.py computes the same. */
static inline uint64_t el__lex_mix(uint64_t lo, uint64_t hi)
{
    return lo * 0x9E3779B97F4A7C15ull ^ hi * 0xC2B2AE3D27D4EB4Full;
}
/* What the lexicon knows of one word: its first entry, number of
 * entries, class bits (1 << class) and whether a matcher may start at it. */
typedef struct el__lex_word {
    int first, count;
    uint32_t cls;
    bool starts;
} el__lex_word;
/* Looks up the word with key lo/hi (see el__lex_mix) of n bytes; false
 * when absent. */
bool el__lex_word_find(uint64_t lo, uint64_t hi, size_t n, el__lex_word *out);
const el__lex *el__lex_at(int index);
/* One slot of the lexicon's hash index (generated by lexicon_sort.py):
 * the word's key (lo/hi, see el__lex_mix), its class bits (1 << class),
 * 1 + its first entry (0: empty slot), its length, number of entries and
 * whether a matcher may start at it. */
typedef struct el__lex_slot {
    uint64_t lo, hi;
    uint32_t cls;
    uint16_t idx;
    uint8_t len, count, starts;
} el__lex_slot;
/* The index: EL__LEX_HASH_SIZE slots, one word each and no probing
 * (hash and displace): a word of the lexicon is at the slot its hash's
 * top 11 bits name plus the displacement of its bucket (the 8 bits below
 * them), which
 * lexicon_sort.py chose so that no two words collide; any other word finds
 * there a slot with another key or an empty one. */
#define EL__LEX_HASH_SIZE 2048
#define EL__LEX_HASH_PAD 128 /* slots past the last base slot: no wrap-around */
extern const el__lex_slot el__lex_hash[EL__LEX_HASH_SIZE + EL__LEX_HASH_PAD];
#define EL__LEX_BUCKETS 256
/* Each bucket's displacement in bytes (slots times sizeof(el__lex_slot)). */
extern const uint16_t el__lex_disp[EL__LEX_BUCKETS];
_Static_assert(sizeof(el__lex_slot) == 32, "lexicon_sort.py writes el__lex_disp for 32-byte slots");
/* The only slot where the word with key lo/hi of n bytes can be.  The
 * address is the base slot's byte offset (the top 11 bits of the hash
 * times 32) plus the displacement: the word's lookup waits on its
 * hash, one small table and the slot, nothing more. */
static inline const el__lex_slot *el__lex_slot_of(uint64_t lo, uint64_t hi, size_t n)
{
    (void)n; /* implied by the key */
    uint64_t h = el__lex_mix(lo, hi);
    size_t base = (size_t)(h >> 48) & ~(size_t)31; /* (h >> 53) * 32 */
    return (const el__lex_slot *)(const void *)((const char *)el__lex_hash + base +
                                                el__lex_disp[(h >> 45) & (EL__LEX_BUCKETS - 1)]);
}
/* True when slot sl holds the word with key lo/hi of n bytes. */
static inline bool el__lex_slot_is(const el__lex_slot *sl, uint64_t lo, uint64_t hi, size_t n)
{
    return ((sl->lo == lo) & (sl->hi == hi) & (sl->len == n)) != 0;
}
/* The slot of the word with key lo/hi of n bytes (1 <= n <= 16), or NULL:
 * el__lex_word_find inline. */
static inline const el__lex_slot *el__lex_slot_find(uint64_t lo, uint64_t hi, size_t n)
{
    const el__lex_slot *sl = el__lex_slot_of(lo, hi, n);
    return el__lex_slot_is(sl, lo, hi, n) ? sl : NULL;
}
/* Filter: bit (last - 'a') of el__lex_filter[n][first - 'a'] is set when
 * the lexicon has an all-letter word of n bytes with that first and last
 * letter (lower case).  Words that fail it need no lookup (the scanner's
 * fast path looks up every word instead: a branch less). */
#define EL__LEX_FILTER_LEN 16
extern const uint32_t el__lex_filter[EL__LEX_FILTER_LEN][26];
/* Index of the first entry out of order, or -1 when the table is sorted. */
int el__lex_check_sorted(void);

/* ---------------------------------------------------------------- calendar */

/* ISO week of y-m-d: *wy gets the ISO year, returns the week 1..53. */
int el__iso_week(int64_t y, int m, int d, int64_t *wy);
/* Days since 1970 of Monday of ISO week w of ISO year wy. */
int64_t el__iso_week_monday(int64_t wy, int w);
/* Easter Sunday of year y (Gregorian computus). */
void el__easter(int64_t y, int *m, int *d);
/* Orthodox Easter Sunday of year y, as a Gregorian date (Julian computus). */
void el__orthodox_easter(int64_t y, int *m, int *d);
/* Day of the n-th (n >= 1) or last (n == -1) weekday wd (1 = Monday) of y-m. */
int el__nth_weekday(int64_t y, int m, int wd, int n);
/* ISO weekday 1..7 of a day number. */
int el__iso_wday(int64_t days);

enum el__holiday_rule { HR_FIXED = 1, HR_NTH, HR_EASTER, HR_TABLE, HR_YEAR,
                        HR_THANKS_AFTER, HR_ELECTION,
                        HR_BANK_MONDAY, /* "bank holiday Monday": one of England's four */
                        HR_ORTHODOX_EASTER /* Orthodox Easter plus a days */ };

typedef struct el__holiday {
    const char *phrase;  /* lower-case tokens separated by spaces */
    uint8_t rule;
    int8_t a, b, c;      /* FIXED: month, day; NTH: month, weekday, n;
                            EASTER: offset in days (a) ; TABLE: table id */
} el__holiday;

/* Countries whose holidays of the same name fall on other days than the
 * United States' (the default): Thanksgiving, Independence Day, and
 * Christmas where the Orthodox church keeps it (EL__COUNTRY_ORTHODOX:
 * Russia, Belarus, Serbia). */
enum { EL__COUNTRY_US, EL__COUNTRY_CA, EL__COUNTRY_IN, EL__COUNTRY_PK, EL__COUNTRY_PH,
       EL__COUNTRY_MX, EL__COUNTRY_ID, EL__COUNTRY_GH, EL__COUNTRY_NG, EL__COUNTRY_ORTHODOX };
/* The country a dateline in the first 300 bytes of text names
 * ("WINNIPEG, Manitoba", "NEW DELHI", "PATNA, India"), or EL__COUNTRY_US. */
int el__dateline_country(const char *text, size_t len);
/* h as kept in country (Canada's Thanksgiving is in October, India's
 * Independence Day on Aug. 15): h itself, or *tmp filled with the local
 * rule. */
const el__holiday *el__holiday_local(const el__holiday *h, int country, el__holiday *tmp);

/* The bank holiday Mondays of England and Wales in year y (Easter Monday,
 * early May, spring, summer), as days since the epoch, into days[4]. */
void el__bank_mondays(int64_t y, int64_t days[4]);

int el__holiday_count(void);
/* Longest holiday phrase starting at token j (index, end in *end) or -1. */
struct el__ctx;
int el__holiday_match(const struct el__ctx *x, int j, int *end);
const el__holiday *el__holiday_at(int i);
/* Date of holiday h in year y; returns false when unknown (outside the
 * lunar table) or when the rule gives a year only (HR_YEAR). */
bool el__holiday_date(const el__holiday *h, int64_t y, int *m, int *d);

/* ---------------------------------------------------------------- candidates */

enum el__gran {
    G_NONE = 0, G_CENTURY, G_DECADE, G_YEAR, G_HALF, G_SEASON, G_QUARTER,
    G_MONTH, G_WEEK, G_WEEKEND, G_DAY
};

/* How a candidate gets its value. */
enum el__how {
    H_FIXED = 1,   /* value string already final (durations, sets, X_REF) */
    H_POINT,       /* p fully known (year given) */
    H_NOYEAR,      /* p without a year: year from DCT and tense */
    H_DCT_OFF,     /* DCT shifted by n units (this/last/next, ago, in N) */
    H_REF_OFF,     /* last mentioned date shifted by n units (later, that) */
    H_WDAY,        /* a weekday: rel/tense around the DCT */
    H_HOLIDAY,     /* holiday hol; year by tense unless p.y given */
    H_DAYONLY,     /* "the 4th": the DCT month */
    H_QUARTER_REF, /* "the quarter", "the latest quarter": last quarter
                      mentioned, else by tense */
    H_TIMEONLY,    /* a clock time with no date: REF day, else DCT */
    H_WEEKEND,     /* "the weekend": last one (past, no tense) or this one */
    H_SHIFT        /* "the day before July 4": the day expression at token
                      `inner`, shifted by n units (days) */
};

/* A (partial) calendar point. */
typedef struct el__point {
    int64_t y;       /* year; NOYEAR when unknown */
    int gran;        /* el__gran */
    int m, d;        /* month, day (0 when not set) */
    int part;        /* quarter, half, season, ISO week */
    int hh, mi, ss;  /* -1 when not set */
    int pod;         /* el__pod, 0 none */
    int tz;          /* minutes east of UTC, TZ_NONE when not set */
    bool xdigit;     /* decade written "199X" */
    bool tz_in_value; /* append the zone to the value (off: TE3 style) */
    bool bc;         /* year is BC (y positive) */
} el__point;

#define NOYEAR INT64_MIN
#define TZ_NONE (-100000)

typedef struct el__cand {
    int tb, te;        /* token span [tb, te) in the block */
    uint8_t type;      /* el_timex_type */
    uint8_t how;       /* el__how */
    el__point p;
    int unit, n;       /* H_DCT_OFF/H_REF_OFF: unit and signed count */
    int wd;            /* H_WDAY: 1..7; H_SHIFT: a weekday after or before the inner day */
    int rel;           /* H_WDAY, H_NOYEAR: el__rel (0: by tense) */
    int hol;           /* H_HOLIDAY: index, or -1 for the rule in nth */
    el__holiday nth;   /* H_HOLIDAY with hol -1: "the first Monday in October" */
    int year_rel;      /* H_HOLIDAY: year = DCT year + year_rel when has_year_rel */
    int hol_day;       /* H_HOLIDAY: "the second day of Eid" 2, else 0 */
    bool span_year;    /* H_POINT: a school year across two calendar years */
    int inner;         /* H_SHIFT: first token of the shifted expression;
                          "a year ago Saturday": the weekday's token */
    bool has_year_rel;
    int keep_gran;     /* offset result granularity, 0 = from unit */
    bool vague_x;      /* result decade/century with X digits */
    bool quarter_ctx;  /* "a year ago" may use the quarter of the ref */
    int week_of;       /* "the week of March 6": G_WEEK or G_WEEKEND, else 0 */
    bool from_ref;     /* H_NOYEAR rel counts from the last mention ("the following May") */
    bool ref_nearby;   /* H_REF_OFF: the last mention only in the same sentence, else the DCT */
    bool full_year;    /* "the full year" (H_DCT_OFF, U_YEAR) */
    bool period;       /* H_QUARTER_REF: "the same period" (a quarter only if one was named) */
    char value[40];    /* H_FIXED */
    char mod[16];
    char quant[8];
    char freq[8];
} el__cand;

/* Tokens of one block plus the text, as the matchers see them. */
typedef struct el__ctx {
    const char *text;
    size_t len;
    const el__tok *tok;
    int ntok;
    int country; /* EL__COUNTRY_*: where the dateline puts the story */
} el__ctx;

/* Tries every matcher at token i; on success fills *c (the longest match)
 * and returns true. */
bool el__match_at(const el__ctx *x, int i, el__cand *c);
/* el__match_at for a token that passed el__may_start. */
bool el__match_started(const el__ctx *x, int i, el__cand *c);

/* Tense of the clause around tokens [tb, te). */
int el__tense_at(const el__ctx *x, int tb, int te);

/* Resolution state: DCT and the last mentioned dates. */
typedef struct el__refs {
    int64_t dct_y;
    int dct_m, dct_d;
    bool have[G_DAY + 1];   /* have a last mention at this granularity */
    el__point last[G_DAY + 1];
    int quarter_age;           /* timexes since the last quarter mention */
    long quarter_sentence;     /* sentence of the last quarter mention */
    bool have_period;          /* a quarter or half with its year was named */
    el__point period;          /* the last such ("the first half of 2014") */
    bool have_any_period;      /* a quarter or half was named, its year guessed or not */
    el__point any_period;      /* the last such */
    long any_period_sentence;  /* its sentence */
    long period_sentence;      /* its sentence */
    bool have_past_quarter;    /* a quarter before the DCT's was named */
    el__point past_quarter;    /* the last such: what "a year ago" compares */
    long sentence;             /* index of the current sentence */
    long day_sentence;         /* sentence of the last day mention */
    long month_sentence;       /* sentence of the last mention with a month */
    bool have_named_year;      /* a year was written out ("For 2008 as a whole") */
    int64_t named_year;        /* the last such */
    long named_year_sentence;  /* its sentence */
    bool have_clock;           /* a clock time on a known day was named */
    el__point clock;           /* the last such ("10 p.m. Tuesday") */
    long clock_sentence;       /* its sentence */
    bool have_any_clock;       /* a clock time on a known day, restatements too */
    el__point any_clock;       /* the last such ("(0400 GMT": a range's start) */
    long any_clock_sentence;   /* its sentence */
    bool have_event_day;       /* a day was named other than as a report's */
    el__point event_day;       /* the last such ("sank Monday", not "said Tuesday") */
    long event_day_sentence;   /* its sentence */
    bool event_day_night;      /* it was named as a night ("Thursday night",
                                  "late Thursday"): a small hour after it is
                                  the next day's */
    bool event_day_framed;     /* the event day was named after "since" or
                                  "of" ("closed since the morning of Sept.
                                  11", "the slide of Oct. 27, 1997"): a
                                  frame, not the day a clock time tells of */
    bool have_past_event_day;  /* an event day on or before the DCT was named */
    el__point past_event_day;  /* the last such */
    bool have_prev_event_day;  /* the event day before the last one */
    el__point prev_event_day;  /* that day */
    long prev_event_day_sentence; /* its sentence */
    bool have_month_named;     /* a month was named as a month ("in April") */
    el__point month_named;     /* the last such */
    long month_named_sentence; /* its sentence */
    bool have_named_event;     /* a day named an event ("Monday's earthquake") */
    el__point named_event_day; /* that day */
    long named_event_sentence; /* its sentence */
    size_t named_event_off;    /* byte offset and length of the event's noun */
    size_t named_event_len;    /* ("earthquake") in the text */
    bool have_span;            /* a school year (current or next) was named */
    int64_t span_y;            /* its first year ("the 2019-20 school year": 2019) */
    long span_sentence;        /* its sentence */
    long year_sentence;        /* sentence of the last mention with a year */
    size_t year_end;           /* byte offset where that mention ends */
} el__refs;

void el__refs_init(el__refs *r, int64_t y, int m, int d);

/* Resolves c into t (value, mod, quant, freq, type) using tense and refs;
 * updates refs with the result.  Returns false when the candidate should be
 * dropped (no sensible value). */
bool el__resolve(const el__ctx *x, el__cand *c, el__refs *refs, el_timex *t);

/* Formats point p (granularity p->gran, time fields) into buf. */
void el__format_point(const el__point *p, char *buf, size_t size);

/* ---------------------------------------------------------------- helpers */

/* Copies the string src into dst[0..size), cut to fit and always
 * terminated (size > 0): snprintf(dst, size, "%s", src) without the
 * format machinery, for the hot path. */
static inline void el__copy(char *dst, size_t size, const char *src)
{
    size_t k = 0;
    while (k + 1 < size && src[k]) {
        dst[k] = src[k];
        k++;
    }
    dst[k] = 0;
}

/* The TK_END token returned for indexes out of range. */
extern const el__tok el__end_token;

/* The token at i, or a TK_END sentinel when out of range. */
static inline const el__tok *el__tk(const el__ctx *x, int i)
{
    return (i < 0 || i >= x->ntok) ? &el__end_token : &x->tok[i];
}

/* True when tokens [tb, te) stand in a short quoted title, every other
 * longer word of which is capitalised ("Seven Mondays", "The Long Noon",
 * "Zone 2049"): a name, not a time. */
bool el__in_title(const el__ctx *x, int tb, int te);

/* Inlined at every call even where the compiler would rather call: the
 * matchers test words with chains of el__tok_is, whose literals then fold
 * into the compare. */
#if defined(__GNUC__) || defined(__clang__)
#define EL__HOT_INLINE inline __attribute__((always_inline))
#else
#define EL__HOT_INLINE inline
#endif

/* Case-insensitive compare of token i of x with lower-case s[0..n). */
static EL__HOT_INLINE bool el__tok_is_n(const el__ctx *x, int i, const char *s, size_t n)
{
    if (i < 0 || i >= x->ntok || x->tok[i].len != n)
        return false;
    const char *w = x->text + x->tok[i].off;
    for (size_t k = 0; k < n; k++) {
        char c = w[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != s[k])
            return false;
    }
    return true;
}

/* el__tok_is_n for a literal s of n bytes whose first eight are packed
 * little-endian in key (EL__LIT_KEY).  When s holds lower-case letters and
 * bytes 0x20..0x3F only (safe, EL__LIT_SAFE), OR-ing 0x20 into a token
 * byte maps A-Z to a-z and turns no other token byte (never a control
 * byte) into one of s, so when eight bytes are readable a token of the
 * right length is compared in one test instead of a loop of unpredictable
 * branches.  key and safe are constants the compiler folds. */
static EL__HOT_INLINE bool el__tok_is_k(const el__ctx *x, int i, const char *s, size_t n,
                                        uint64_t key, bool safe)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n <= 8 && safe) {
        if (i < 0 || i >= x->ntok || x->tok[i].len != n)
            return false;
        if (x->tok[i].off + 8 <= x->len) {
            uint64_t v, mask = n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
            memcpy(&v, x->text + x->tok[i].off, 8);
            return (((v | 0x2020202020202020ull) ^ key) & mask) == 0;
        }
    }
#else
    (void)key;
    (void)safe;
#endif
    return el__tok_is_n(x, i, s, n);
}

/* Byte k of a string literal as bits 8k.. of its key (0 past its end). */
#define EL__LIT_BYTE(lit, k) \
    (sizeof(lit) - 1 > (k) ? (uint64_t)(unsigned char)(lit)[sizeof(lit) - 1 > (k) ? (k) : 0] << (8 * (k)) : 0)
/* The first eight bytes of a string literal packed little-endian: a
 * constant the compiler folds. */
#define EL__LIT_KEY(lit)                                                           \
    (EL__LIT_BYTE(lit, 0) | EL__LIT_BYTE(lit, 1) | EL__LIT_BYTE(lit, 2) | EL__LIT_BYTE(lit, 3) | \
     EL__LIT_BYTE(lit, 4) | EL__LIT_BYTE(lit, 5) | EL__LIT_BYTE(lit, 6) | EL__LIT_BYTE(lit, 7))

/* Byte k of a string literal (0 past its end) is one el__tok_is_k can
 * compare by OR-ing 0x20: a lower-case letter or 0x20..0x3F. */
#define EL__LIT_OK(lit, k)                                                                  \
    (sizeof(lit) - 1 <= (k) ||                                                              \
     ((lit)[sizeof(lit) - 1 > (k) ? (k) : 0] >= 'a' && (lit)[sizeof(lit) - 1 > (k) ? (k) : 0] <= 'z') || \
     ((lit)[sizeof(lit) - 1 > (k) ? (k) : 0] >= 0x20 && (lit)[sizeof(lit) - 1 > (k) ? (k) : 0] <= 0x3F))
#define EL__LIT_SAFE(lit)                                                                    \
    (EL__LIT_OK(lit, 0) && EL__LIT_OK(lit, 1) && EL__LIT_OK(lit, 2) && EL__LIT_OK(lit, 3) && \
     EL__LIT_OK(lit, 4) && EL__LIT_OK(lit, 5) && EL__LIT_OK(lit, 6) && EL__LIT_OK(lit, 7))

/* The same for a string literal (its length is known at compile time). */
#define el__tok_is(x, i, lit) \
    el__tok_is_k((x), (i), "" lit, sizeof(lit) - 1, EL__LIT_KEY("" lit), EL__LIT_SAFE("" lit))

/* Lexicon entry of class cls for token i, or NULL. */
const el__lex *el__tok_lex_slow(const el__ctx *x, int i, int cls);
static inline const el__lex *el__tok_lex(const el__ctx *x, int i, int cls)
{
    if (i < 0 || i >= x->ntok || !(x->tok[i].cls & (1u << cls)))
        return NULL;
    return el__tok_lex_slow(x, i, cls);
}
/* True when a token of lexicon class cls stands among tokens [tb, te). */
static inline bool el__class_in(const el__ctx *x, int tb, int te, int cls)
{
    for (int k = tb; k < te; k++)
        if (el__tok_lex(x, k, cls))
            return true;
    return false;
}
/* True when token i starts right where token i-1 ends (no space). */
static inline bool el__glued(const el__ctx *x, int i)
{
    if (i <= 0 || i >= x->ntok)
        return false;
    const el__tok *a = &x->tok[i - 1], *b = &x->tok[i];
    return a->off + a->len == b->off;
}

/* True when "that" at token i refers back ("that June": the June of the
 * year last talked about; "that Thursday", "that Easter" pass month 0):
 * after a preposition ("by that June"), at the start of a sentence ("That December, he ...") or when the month ends
 * the phrase ("arrested that June and charged"); otherwise it is mostly
 * a conjunction ("said that June would ..."), and "May" needs the
 * preposition ("That May be ..."). */
static inline bool el__that_refers(const el__ctx *x, int i, int month)
{
    if (!el__tok_is(x, i, "that"))
        return false;
    if (el__tok_lex(x, i - 1, LX_PREP))
        return true;
    if (month == 5)
        return false;
    bool initial = i == 0 || (el__tk(x, i - 1)->flags & TF_SEND) || (el__tk(x, i)->flags & TF_PARA);
    /* "was arrested that June and charged": the month ends a phrase */
    const el__tok *n = el__tk(x, i + 2);
    bool closes = (n->kind == TK_PUNCT && (n->c == ',' || n->c == '.' || n->c == ';')) ||
                  el__tok_is(x, i + 2, "and") || n->kind == TK_END ||
                  ((n->cls & (1u << LX_PREP)) && !el__tok_is(x, i + 2, "to"));
    return initial || closes;
}

/* Quick test: can any matcher start at token i?  (el__match_at begins
 * with it; the tagger's loop calls it first to save the call.) */
static inline bool el__may_start(const el__ctx *x, int i)
{
    const el__tok *t = &x->tok[i];
    if (t->kind == TK_NUM || t->kind == TK_NUMSEP) {
        /* A number starts an expression only as a year or date (4+
         * digits) or before punctuation, another number, a word glued to
         * it (4th, 1990s, 5pm), a short word (p.m.) or a word of the
         * lexicon that may follow a number in an expression; "42 people"
         * and "1.5 million" start nothing. */
        if (t->kind == TK_NUM && t->ndig >= 4)
            return true;
        const el__tok *n = el__tk(x, i + 1);
        if (n->kind != TK_WORD)
            return true;
        const uint32_t after_num = ~((1u << LX_MEASURE) | (1u << LX_TITLE) |
                                     (1u << LX_IDNOUN) | (1u << LX_TENSE));
        return (n->cls & after_num) != 0 || n->len <= 2 || el__glued(x, i + 1) ||
               /* "Feb. 13 and 14 unless ...": a second day after a first */
               (t->ndig <= 2 && el__tk(x, i - 2)->kind == TK_NUM &&
                (el__tok_is(x, i - 1, "and") || el__tok_is(x, i - 1, "to") ||
                 el__tok_is(x, i - 1, "through") || el__tok_is(x, i - 1, "or")));
    }
    if (t->kind == TK_PUNCT) {
        /* '98, '80s: an apostrophe glued to a number */
        return t->c == '\'' && el__tk(x, i + 1)->kind == TK_NUM && el__glued(x, i + 1);
    }
    if (t->kind == TK_WORD && !(t->flags & TF_START))
        return false;
    if (t->flags & TF_START) {
        /* Frequent words that start an expression only before certain
         * words: a cheap look at the next token saves the matchers. */
        const el__tok *n = el__tk(x, i + 1);
        bool next_start = n->kind == TK_NUM || n->kind == TK_NUMSEP || (n->flags & TF_START) ||
                          (n->kind == TK_PUNCT && n->c == '\'');
        switch (t->len) {
        case 1:
            /* "a full month", "a further year" */
            if (el__tok_is(x, i, "a"))
                return next_start || el__tok_is(x, i + 1, "full") || el__tok_is(x, i + 1, "further");
            break;
        case 2:
            /* "an additional year", "an extra day" */
            if (el__tok_is(x, i, "an"))
                return next_start || el__tok_is(x, i + 1, "additional") || el__tok_is(x, i + 1, "extra");
            if (el__tok_is(x, i, "as"))
                return next_start || el__tok_is(x, i + 1, "soon");
            if (el__tok_is(x, i, "at"))
                return el__tok_is(x, i + 1, "least") || el__tok_is(x, i + 1, "most");
            if (el__tok_is(x, i, "up"))
                return el__tok_is(x, i + 1, "to");
            if (el__tok_is(x, i, "no"))
                return el__tok_is(x, i + 1, "more") || el__tok_is(x, i + 1, "less");
            break;
        case 3:
            if (el__tok_is(x, i, "the"))
                return next_start || el__tok_is(x, i + 1, "fiscal") ||
                       (el__tok_is(x, i + 1, "full") && el__tok_is(x, i + 2, "year"));
            if (el__tok_is(x, i, "all"))
                return el__tok_is(x, i + 1, "saints");
            break;
        case 4:
            if (el__tok_is(x, i, "that"))
                return (n->cls & ((1u << LX_UNIT) | (1u << LX_POD) | (1u << LX_SEASON))) != 0 ||
                       ((n->cls & (1u << LX_MONTH)) && el__that_refers(x, i, el__tok_lex(x, i + 1, LX_MONTH)->val)) ||
                       ((n->cls & ((1u << LX_WDAY) | (1u << LX_HOLW))) && (n->flags & TF_CAP) &&
                        el__that_refers(x, i, 0));
            if (el__tok_is(x, i, "more") || el__tok_is(x, i, "less"))
                return el__tok_is(x, i + 1, "than");
            if (el__tok_is(x, i, "over") || el__tok_is(x, i, "some"))
                return next_start;
            break;
        case 5:
            if (el__tok_is(x, i, "fewer"))
                return next_start || el__tok_is(x, i + 1, "than");
            if (el__tok_is(x, i, "about") || el__tok_is(x, i, "under"))
                return next_start;
            break;
        default:
            break;
        }
        return true;
    }
    return false;
}

/* Finds a dateline at the top of text; see dateline.c. */
typedef struct el__dateline {
    size_t start, end;    /* byte span of the whole dateline header */
    int m, d;             /* month/day named (0 when none) */
    int64_t y;            /* year named, NOYEAR when none */
    bool found;
    int lead_wday;        /* ISO weekday named in the lead, 0 none */
    char place[48];
    char lead_wday_word[16];
} el__dateline;

void el__find_dateline(const char *text, size_t len, el__dateline *dl);

#endif
