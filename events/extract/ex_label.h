/* ex_label.h: the label under construction, shared by the three files
 * that build a headline-style label: ex_label.c (the verb or noun of the
 * event and the whole label), ex_label_subject.c (the subject and the
 * person a pronoun names) and ex_label_words.c (objects, shortening,
 * word limits, the final text).  Not installed. */
#ifndef EL_EX_LABEL_H
#define EL_EX_LABEL_H

#include <stdbool.h>
#include <stddef.h>

#include "events/extract/ex_internal.h"

#define MAX_ITEMS 96
#define MAX_WORDS 12

/* One word of a label: a token, optionally with replacement text. */
typedef struct item {
    int tok;
    char repl[32]; /* "" or text used instead of the token */
    bool subject;  /* part of the subject (for name shortening) */
    bool drop;
} item;

typedef struct label {
    item it[MAX_ITEMS];
    int n;
    bool plural;   /* the subject is plural */
    int place;     /* a place named after the pronoun's antecedent, or -1 */
} label;

static inline const ex_token *T(const ex_doc *doc, int i) { return &doc->toks[i]; }


static inline bool is_word(const ex_doc *doc, int i) { return T(doc, i)->kind == EX_WORD; }

static inline bool punct_is(const ex_doc *doc, int i, char c)
{
    return T(doc, i)->kind == EX_PUNCT && T(doc, i)->low[0] == c;
}

static inline bool is_ly_adverb(const ex_token *t) { return ex_is_adverb(t); }

/* Appends token tok to lb (with replacement text repl, or NULL), marked
 * as part of the subject when subj; a full label is left as it is. */
void ex_lb_add(label *lb, int tok, const char *repl, bool subj);

/* ex_label_subject.c */

/* The first token of the subject of the clause of event token ev. */
int ex_lb_subject_start(const ex_doc *doc, int ev);
/* Adds the subject tokens [a, ev) to lb. */
void ex_lb_add_subject(const ex_doc *doc, label *lb, int a, int ev);
/* Adds a noun phrase of at most max words ending before token end. */
void ex_lb_add_np_before(const ex_doc *doc, label *lb, int end, int max);
/* Is the word at i a plural subject ("farmers", "the Democrats")? */
bool ex_lb_plural_subject(const ex_doc *doc, int i);
/* Replaces the pronoun at item first (token pron) with what it names. */
void ex_lb_resolve_pronoun(const ex_doc *doc, label *lb, int first, int pron);
/* Is the subject collected in lb plural? */
bool ex_lb_subject_plural(const ex_doc *doc, const label *lb);
/* Does the comma at c close a relative clause ("..., who ..., said")? */
bool ex_lb_closes_relative(const ex_doc *doc, int c);

/* ex_label_words.c */

/* Adds the object of the verb, from token a. */
void ex_lb_add_object(const ex_doc *doc, label *lb, int a);
/* As ex_lb_add_object; with reported set, a starts a reported clause. */
void ex_lb_add_object_from(const ex_doc *doc, label *lb, int a, bool reported);
/* Drops articles, attributions and appositions; shortens names. */
void ex_lb_shorten(const ex_doc *doc, label *lb);
/* Keeps the label within MAX_WORDS words. */
void ex_lb_limit_words(const ex_doc *doc, label *lb);
/* Writes the label's text to buf (NUL-terminated); returns its length. */
size_t ex_lb_render(const ex_doc *doc, const label *lb, char *buf, size_t size);
/* Number of words the label shows. */
int ex_lb_count_words(const ex_doc *doc, const label *lb);

#endif
