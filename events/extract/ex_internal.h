/* ex_internal.h: private types shared by the extraction sources (tokens,
 * sentences, clauses, word classes, anchors).  Not installed. */
#ifndef EL_EX_INTERNAL_H
#define EL_EX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "eventline/tagger.h"

/* Token kinds. */
enum { EX_WORD = 0, EX_NUM, EX_PUNCT };

/* Token flags. */
enum {
    EX_F_CAP = 1u << 0,       /* starts with an upper-case letter */
    EX_F_UPPER = 1u << 1,     /* all upper case, at least two letters */
    EX_F_POSS = 1u << 2,      /* ends in 's or s' (possessive) */
    EX_F_SENT_START = 1u << 3,/* first token of its sentence */
    EX_F_HYPHEN = 1u << 4,    /* contains a hyphen ("eastern-based") */
    EX_F_ABBR = 1u << 5,      /* keeps an abbreviation dot ("Gen.", "U.S.") */
    EX_F_QUOTE_IN = 1u << 6   /* inside double quotes */
};

/* Word classes (bit set, from the lexicon and the verb guesser). */
enum {
    EX_C_DET = 1u << 0,       /* the a an this that these those its his ... */
    EX_C_PREP = 1u << 1,      /* in on at of with ... */
    EX_C_AUX = 1u << 2,       /* be/have/do forms */
    EX_C_MODAL = 1u << 3,     /* will would can could may might ... */
    EX_C_PRON = 1u << 4,      /* he she they it we ... */
    EX_C_REPORT = 1u << 5,    /* reporting verb form: said, told, announced */
    EX_C_VERB = 1u << 6,      /* a verb form acting as a predicate */
    EX_C_EVNOUN = 1u << 7,    /* event noun: attack, election, uprising */
    EX_C_CONJ = 1u << 8,      /* and or but */
    EX_C_REL = 1u << 9,       /* which who whom whose that (relative) */
    EX_C_TITLE = 1u << 10,    /* Minister President Gen. leader */
    EX_C_SUBORD = 1u << 11,   /* after before because while when although */
    EX_C_PAST = 1u << 12,     /* past tense or participle form */
    EX_C_PARTICIPLE = 1u << 13,/* past participle position (after have/be) */
    EX_C_BASE = 1u << 14,     /* base form after a modal/to/did */
    EX_C_ING = 1u << 15,      /* -ing form */
    EX_C_PLACE_NOUN = 1u << 16,/* capital city town province region country */
    EX_C_FILLER = 1u << 17,   /* also reportedly still just */
    EX_C_NEG = 1u << 18,      /* not never no */
    EX_C_PERFECT = 1u << 19,  /* participle after had (past perfect) */
    EX_C_LIGHT = 1u << 20     /* light verb: take make hold have give */
};

typedef struct ex_token {
    size_t start, end;   /* byte span in the document, end exclusive */
    /* Packed in one word: a 256 KB part has some 50,000 tokens. */
    unsigned kind : 2;   /* EX_WORD, EX_NUM, EX_PUNCT */
    unsigned flags : 8;  /* EX_F_* */
    unsigned cls : 22;   /* EX_C_* */
    int timex;           /* index of the timex covering it, or -1 */
    int sent;            /* sentence index */
    int clause;          /* clause index (global, increasing) */
    const char *low;     /* lower-case form without a possessive 's, truncated
                            to 31 bytes; points into the document's low_pool */
} ex_token;

/* Longest lower-case form kept for a token, with its NUL. */
#define EX_LOW_MAX 32

typedef struct ex_sentence {
    size_t start, end;   /* byte span, end exclusive, trimmed of spaces */
    int tok_first;       /* first token index */
    int tok_end;         /* one past the last token */
    int paragraph;       /* paragraph index (blank lines separate) */
} ex_sentence;

/* A tokenised document. */
typedef struct ex_doc {
    const char *text;
    size_t len;
    ex_token *toks;
    int n_toks;
    ex_sentence *sents;
    int n_sents;
    const el_timex *timexes; /* borrowed */
    int n_timexes;
    int *timex_first;    /* first token of each timex, -1 if none */
    int *timex_last;     /* last token of each timex (inclusive) */
    char *low_pool;      /* the tokens' lower-case forms, back to back (owned) */
} ex_doc;

/* Tokenises text, marks timex tokens, splits sentences and clauses and
 * assigns word classes.  Bytes in [skip_start, skip_end) (a dateline)
 * belong to no sentence and end the one before.  Returns 0, or -1 when out
 * of memory (doc is then freed). */
int ex_doc_build(ex_doc *doc, const char *text, size_t len,
                 const el_timex *tx, size_t n_tx, size_t skip_start, size_t skip_end);
/* The same for the part text[from..to) of a longer text: offsets stay
 * relative to text; tx are the expressions inside that part. */
int ex_doc_build_range(ex_doc *doc, const char *text, size_t from, size_t to,
                       const el_timex *tx, size_t n_tx, size_t skip_start, size_t skip_end);
void ex_doc_free(ex_doc *doc);

/* True for an -ly adverb ("recently"), not "family" or "Italy". */
bool ex_is_adverb(const ex_token *t);
/* True for adverbs that sit between an auxiliary and its verb ("was first
 * run", "had never met"). */
bool ex_is_verb_adverb(const char *w);
/* True for a word that may stand between "and" and a second verb ("and
 * then released", "and later resigned", "and first asked"). */
bool ex_is_clause_adverb(const ex_token *t);
/* True when "that" at token i points at a noun ("rejected that deal on
 * Tuesday") rather than opening a clause ("said that prices rose"). */
bool ex_that_is_determiner(const ex_doc *doc, int i);

/* Lexicon lookups; low is a lower-case word. */
unsigned ex_lex_class(const char *low);
/* The headline (3rd person present) form of a verb form such as "met",
 * "handed", "has taken"; writes into buf and returns true, or false when the
 * form is not known well enough to convert. */
bool ex_lex_present(const char *low, char *buf, size_t size);
/* The base form of a verb form ("took" -> "take", "raised" -> "raise");
 * false when the form is not known well enough. */
bool ex_lex_base(const char *low, char *buf, size_t size);
/* True for an irregular past or participle form (took, taken, met). */
bool ex_lex_irregular_past(const char *low);
/* True for an irregular participle that is never a simple past ("taken"). */
bool ex_lex_participle_only(const char *low);
/* True for a word ending in -ed that is not a verb form (need, hundred). */
bool ex_lex_ed_exception(const char *low);
/* Headline abbreviation for a title phrase ("foreign minister" -> "FM"). */
const char *ex_lex_title_abbrev(const char *low1, const char *low2);
/* Returns the name of the first unsorted lexicon table or NULL (tests). */
const char *ex_lex_check_sorted(void);

/* Anchoring.  How the timex relates to its event. */
typedef enum ex_rel {
    EX_REL_INCLUDED = 0, /* the event happened at that time */
    EX_REL_BEFORE,       /* "before X": the event is before the time */
    EX_REL_AFTER,        /* "after X", "since X" */
    EX_REL_NONE
} ex_rel;

/* Which rule chose the anchor (for measurement). */
typedef enum ex_rule {
    EX_RULE_NONE = 0,
    EX_RULE_NP,          /* timex inside the event's noun phrase */
    EX_RULE_PREP,        /* event + preposition + timex */
    EX_RULE_ADJACENT,    /* verb next to the timex */
    EX_RULE_REPORT,      /* reporting verb next to the timex */
    EX_RULE_CLAUSE,      /* nearest event in the clause */
    EX_RULE_SENTENCE     /* nearest event in the sentence */
} ex_rule;

typedef struct ex_anchor {
    int event_tok;       /* token of the event word, -1 when none */
    ex_rel rel;
    ex_rule rule;
    bool report;         /* the anchor is a reporting verb */
    int reported_tok;    /* for a report: main event of the reported clause, or -1 */
} ex_anchor;

/* Chooses the event each timex dates.  anchors has doc->n_timexes entries. */
void ex_anchor_all(const ex_doc *doc, ex_anchor *anchors);

/* True for "said", "told", "according": reports that are not events of
 * their own ("announced", "declared" are). */
bool ex_is_pure_report(const ex_token *t);

/* True when token i can be an event (verb predicate or event noun). */
bool ex_is_event_tok(const ex_doc *doc, int i);

/* Builds a headline label (4-12 words when the text allows) for the event
 * at token ev, leaving out the tokens of timex skip_tx (-1: none).  Writes a
 * NUL-terminated string into buf.  Returns its length. */
size_t ex_label(const ex_doc *doc, int ev, int skip_tx, char *buf, size_t size);

/* Writes the sentence text trimmed to at most max bytes on a word boundary
 * (with "..." when cut) into buf. */
size_t ex_note_text(const char *s, size_t n, size_t max, char *buf, size_t size);

/* Replaces invalid UTF-8 in a malloc'd model string (*field may be
 * reallocated) by U+FFFD.  0, or -1 when out of memory (*field unchanged). */
int ex_utf8_fix(char **field);

/* Turns a timex into an EDTF date string the model parses, relative to the
 * DCT ("YYYY-MM-DD").  text is the timex text.  Returns true and fills buf,
 * or false when the timex gives no usable date. */
bool ex_timex_to_edtf(const el_timex *tx, const char *text, size_t text_len,
                      const char *dct, char *buf, size_t size);

/* Shifts an exact date ("2018-07-05", "2018-07", "2018") by a duration
 * ("P2D", "P3W", "P1M", "P10Y") times sign, keeping its precision.
 * Returns false when the combination makes no sense. */
bool ex_edtf_shift(const char *date, const char *duration, int sign, char *buf, size_t size);

/* Shifts an EDTF year/month/day date string by -years (used for "N years
 * after X").  Returns true on success. */
bool ex_edtf_shift_years(const char *date, int years, char *buf, size_t size);

/* A date told relative to the text's previous date rather than the DCT:
 * "the following day/week/month/year", "the next day" and "(November of)
 * that year" after an earlier date prev ("2017-03", "2012").  val holds
 * the tagger's value on entry and the corrected value on success; approx
 * is set when the result is only known to the precision of prev. */
bool ex_anaphoric_value(const char *text, size_t n, const char *prev, char *val, size_t size, bool *approx);
/* True for "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
bool ex_is_calendar_value(const char *v);

#endif
