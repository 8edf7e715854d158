/* tense_words.h: word classes for reading the tense of a clause
 * (tense_words.c).  Not installed. */
#ifndef EL_TENSE_WORDS_H
#define EL_TENSE_WORDS_H

#include <stdbool.h>

#include "tagger_internal.h"

/* True when token i follows a form of "be" (be, is, are, am, been,
 * being) or a present "stay"/"remain": "is heard", "stay closed". */
bool el__after_be(const el__ctx *x, int i);

/* True when token i is a regular -ed form not listed in the tense
 * lexicon (its cue is a guess from the spelling). */
bool el__is_regular_ed(const el__ctx *x, int i);

/* True when the word at i governs the expression starting at tb directly
 * or through one preposition: "announced Wednesday", "closed on Friday". */
bool el__governs(const el__ctx *x, int i, int tb);

/* True when token i is "to" before a lower-case word that is not a
 * determiner or a time word: an infinitive ("to admit"), not a
 * preposition ("to Paris", "to the court", "to March"). */
bool el__is_infinitive_to(const el__ctx *x, int i);

/* True when token i is a form of a verb of deciding or intending
 * (decided, agreed, voted, promised, pledged, vowed, hopes, wants, aims,
 * intends, seeks, prepared, offered, threatened, proposed, urged,
 * ordered, asked), which puts its infinitive after itself. */
bool el__is_intent_verb(const el__ctx *x, int i);

/* True when token i ends in -ed or is "sought": the past form of an
 * intent verb ("voted to", not "votes to"). */
bool el__is_past_form(const el__ctx *x, int i);

/* True when the word before token i looks like a plural noun, a subject
 * for a plain present verb ("Voters go", "leaders meet", "Strikers
 * plan"): ends in -s (not -ss, -us, -is), is no function word and has no
 * determiner right before it that would make it an object ("the votes"). */
bool el__after_plural_noun(const el__ctx *x, int i);

/* True when token i is a word ending in -s ("wants", "hopes"). */
bool el__ends_in_s(const el__ctx *x, int i);
/* True when token i is a word of five or more letters ending in -ing. */
bool el__ends_in_ing(const el__ctx *x, int i);

/* True when token i follows a relative clause set off by commas, whose
 * subject stands before it: "Schools, which closed Monday, reopen". */
bool el__after_relative_clause(const el__ctx *x, int i);

/* True when token i is the present tense of a verb news uses for a
 * scheduled event: the -s form ("opens", "meets", "testifies") not after
 * a determiner or a number (where it is a noun: "the votes", "two
 * meets"), or the plain form after who/they/we ("who play", "they meet"). */
bool el__is_scheduled_present(const el__ctx *x, int i);
/* True for the lower-case plain form of a verb the lexicon knows. */
bool el__is_plain_verb(const el__ctx *x, int i);

/* True when token i is must, should or can, not before "have" ("must
 * have known" looks back). */
bool el__is_forward_modal(const el__ctx *x, int i);

/* True when token i is a verb that sets or moves a deadline ("extended
 * ... until Tuesday", "gave them until mid-November", "postponed until"):
 * what follows "until" after it lies ahead even in a past clause. */
bool el__is_deadline_verb(const el__ctx *x, int i);

/* True when token i is a present-tense verb of forecasting (expect,
 * forecast, predict, anticipate) not after a determiner. */
bool el__is_forecast_verb(const el__ctx *x, int i);

/* True for "forecast" as the past form: after it/he/she ("it forecast
 * in July"), or a noun before "in" and a month ("forecast in May that"). */
bool el__is_past_forecast(const el__ctx *x, int i);

#endif
