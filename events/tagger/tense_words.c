/* tense_words.c: the word classes tense.c reads a clause with, guessed
 * from spelling and neighbours (no part-of-speech tagger): participles after
 * "be", infinitives, verbs of intending, of scheduling and of setting
 * deadlines, plural subjects, relative clauses, forward-looking modals.
 * Every function looks at the tokens of x around token i and owns nothing.
 */
#include <string.h>

#include "match.h"
#include "tagger_internal.h"
#include "tense_words.h"

/* The LX_VERB bits of token i (0 when it has none). */
static int verb_bits(const el__ctx *x, int i)
{
    const el__lex *l = el__tok_lex(x, i, LX_VERB);
    return l ? l->val : 0;
}

/* True when token i follows a form of "be" (be, is, are, am, been,
 * being) or a present "stay"/"remain", with at most an -ly adverb
 * between: "is heard", "are expected", "stay closed", "be fully
 * restored". */
bool el__after_be(const el__ctx *x, int i)
{
    /* "be fully restored", "is widely expected": past an -ly adverb */
    const el__tok *p = el__tk(x, i - 1);
    if (p->kind == TK_WORD && p->len > 4 && !(p->flags & TF_CAP) &&
        memcmp(x->text + p->off + p->len - 2, "ly", 2) == 0)
        i--;
    /* "be re-evaluated": the prefix and its hyphen */
    if (el__punct(x, i - 1, '-') && el__glued(x, i) && el__glued(x, i - 1) && el__tk(x, i - 2)->kind == TK_WORD)
        i -= 2;
    return el__tok_is(x, i - 1, "be") || el__tok_is(x, i - 1, "is") ||
           el__tok_is(x, i - 1, "are") || el__tok_is(x, i - 1, "am") ||
           el__tok_is(x, i - 1, "been") || el__tok_is(x, i - 1, "being") ||
           /* "will stay closed on Monday", "remain shut until" */
           el__tok_is(x, i - 1, "stay") || el__tok_is(x, i - 1, "stays") ||
           el__tok_is(x, i - 1, "remain") || el__tok_is(x, i - 1, "remains");
}

/* True when token i is a regular -ed form not listed in the tense
 * lexicon (its cue is a guess from the spelling). */
bool el__is_regular_ed(const el__ctx *x, int i)
{
    return el__tok_lex(x, i, LX_TENSE) == NULL;
}

/* True when the word at i governs the expression starting at tb directly
 * or through one preposition: "announced Wednesday", "closed on Friday". */
bool el__governs(const el__ctx *x, int i, int tb)
{
    return i == tb - 1 || (i == tb - 2 && el__tok_lex(x, tb - 1, LX_PREP));
}

/* True when token i is "to" before a lower-case word that is not a
 * determiner or a time word: an infinitive ("to admit"), not a
 * preposition ("to Paris", "to the court", "to March"). */
bool el__is_infinitive_to(const el__ctx *x, int i)
{
    if (!el__tok_is(x, i, "to"))
        return false;
    const el__tok *n = el__tk(x, i + 1);
    return n->kind == TK_WORD && !(n->flags & TF_CAP) && !el__tok_lex(x, i + 1, LX_DET) &&
           !el__tok_lex(x, i + 1, LX_MONTH) && !el__tok_lex(x, i + 1, LX_WDAY);
}

/* True when token i is a form of a verb of deciding or intending
 * (decided, agreed, voted, promised, pledged, vowed, hopes, wants, aims,
 * intends, seeks, prepared, offered, threatened, proposed, urged,
 * ordered, asked), which puts its infinitive after itself. */
bool el__is_intent_verb(const el__ctx *x, int i)
{
    return (verb_bits(x, i) & VB_INTENT) != 0;
}

/* True when token i ends in -ed or is "sought": the past form of an
 * intent verb ("voted to", not "votes to"). */
bool el__is_past_form(const el__ctx *x, int i)
{
    return (verb_bits(x, i) & VB_INTENT_PAST) != 0;
}

/* True when the word before token i looks like a plural noun, a subject
 * for a plain present verb ("Voters go", "leaders meet", "Strikers
 * plan"): ends in -s (not -ss, -us, -is), is no function word and has no
 * determiner right before it that would make it an object ("the votes"). */
bool el__after_plural_noun(const el__ctx *x, int i)
{
    /* "The Owls (27-8) play Gonzaga on Thursday": past a team's record */
    if (el__punct(x, i - 1, ')')) {
        int j = i - 2;
        while (j > 0 && j >= i - 6 && (el__tk(x, j)->kind == TK_NUM || el__punct(x, j, '-')))
            j--;
        if (j < i - 2 && el__punct(x, j, '('))
            i = j;
    }
    const el__tok *p = el__tk(x, i - 1);
    /* "Sign-ups close Wednesday": a short last part of a compound */
    if (i < 1 || p->kind != TK_WORD || (p->len < 4 && !(el__glued(x, i - 1) && el__punct(x, i - 2, '-'))))
        return false;
    if (p->len < 2) /* "fenc-e go": no plural of one letter (len is unsigned) */
        return false;
    const char *w = x->text + p->off;
    char a = w[p->len - 2], b = w[p->len - 1];
    if (b != 's' || a == 's' || a == 'u' || a == 'i' || a == '\'')
        return false;
    return !el__tok_lex(x, i - 1, LX_TENSE) && !el__tok_lex(x, i - 1, LX_PREP) &&
           !el__tok_lex(x, i - 1, LX_DET) && !el__tok_lex(x, i - 1, LX_CLAUSE) &&
           !el__tok_lex(x, i - 1, LX_UNIT) && !el__tok_lex(x, i - 1, LX_WDAY);
}

/* True when token i is a word ending in -s ("wants", "hopes"). */
bool el__ends_in_s(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    return t->kind == TK_WORD && t->len > 2 && x->text[t->off + t->len - 1] == 's';
}

/* True when token i is a word of five or more letters ending in -ing
 * ("seeking", "adding"; not "king"). */
bool el__ends_in_ing(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    return t->kind == TK_WORD && t->len > 4 && memcmp(x->text + t->off + t->len - 3, "ing", 3) == 0;
}

/* True when token i follows a relative clause set off by commas, whose
 * subject stands before it: "Schools, which closed Monday, reopen". */
bool el__after_relative_clause(const el__ctx *x, int i)
{
    if (!el__punct(x, i - 1, ','))
        return false;
    for (int k = i - 2; k >= 0 && k >= i - 14; k--) {
        /* a hyphen inside a word ("the All-Star break") does not end it */
        if (el__punct(x, k, '-') && el__glued(x, k) && el__glued(x, k + 1))
            continue;
        if (el__tk(x, k)->kind == TK_PUNCT)
            return false;
        if (el__tok_is(x, k, "which") || el__tok_is(x, k, "who"))
            return el__punct(x, k - 1, ',');
    }
    return false;
}

/* True when the word before token i is a name ("He and Yasser Arafat
 * meet", "Redcastle host", "Ireland fly to Chennai"): with a plain verb
 * after it, a plural or a team. */
static bool after_name(const el__ctx *x, int i)
{
    const el__tok *p = el__tk(x, i - 1);
    if (i < 1 || p->kind != TK_WORD || !(p->flags & TF_CAP) || (p->flags & TF_UPPER))
        return false;
    /* "near the Boston Marathon finish line on April 15": a noun
     * compound, not "Redcastle host Chelsea on Saturday" */
    const el__tok *n = el__tk(x, i + 1);
    if (n->kind == TK_WORD && !(n->flags & TF_CAP) && !el__tok_lex(x, i + 1, LX_PREP) &&
        !el__tok_lex(x, i + 1, LX_DET) && el__tok_lex(x, i + 2, LX_PREP))
        return false;
    return !el__tok_lex(x, i - 1, LX_MONTH) && !el__tok_lex(x, i - 1, LX_WDAY) &&
           !el__tok_lex(x, i - 1, LX_DET) && !el__tok_lex(x, i - 1, LX_PREP) &&
           !el__tok_lex(x, i - 1, LX_TENSE);
}

/* True when a causative verb ("let", "made", "helped", "saw") and its
 * object of one to three words come right before token i: "let farmers
 * begin planting", "helped voters register" (a bare infinitive, not a
 * present tense). */
static bool after_causative(const el__ctx *x, int i)
{
    for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
        if (el__tk(x, k + 1)->kind == TK_PUNCT || (el__tk(x, k + 1)->flags & TF_SEND))
            return false;
        if (el__tok_is(x, k, "let") || el__tok_is(x, k, "lets") || el__tok_is(x, k, "make") ||
            el__tok_is(x, k, "makes") || el__tok_is(x, k, "made") || el__tok_is(x, k, "help") ||
            el__tok_is(x, k, "helps") || el__tok_is(x, k, "helped") || el__tok_is(x, k, "watch") ||
            el__tok_is(x, k, "watched") || el__tok_is(x, k, "saw") || el__tok_is(x, k, "see") ||
            el__tok_is(x, k, "heard") || el__tok_is(x, k, "hear"))
            return true;
    }
    return false;
}

/* True when token i is the present tense of a verb news uses for a
 * scheduled event: the -s form ("opens", "meets", "testifies") not after
 * a determiner or a number (where it is a noun: "the votes", "two
 * meets"), or the plain form after who/they/we ("who play", "they meet"). */
bool el__is_scheduled_present(const el__ctx *x, int i)
{
    /* "The fair runs Friday through Sunday", "runs from Thursday" ("runs"
     * is a noun too often to be listed: "production runs in June") */
    if (el__tok_is(x, i, "runs") && !el__tok_lex(x, i - 1, LX_DET) &&
        (el__tok_lex(x, i + 1, LX_WDAY) || (el__tok_is(x, i + 1, "from") && el__tok_lex(x, i + 2, LX_WDAY))))
        return true;
    int v = verb_bits(x, i);
    if (!(v & (VB_SCHED_S | VB_SCHED_PLAIN | VB_VERB_ONLY | VB_PLAIN_ONLY)) ||
        (el__tk(x, i)->flags & TF_CAP))
        return false;
    if (after_causative(x, i))
        return false;
    /* "sent contingency plans Friday": the noun before its date */
    if ((el__tok_is(x, i, "plans") || el__tok_is(x, i, "plan")) &&
        (el__tok_lex(x, i + 1, LX_WDAY) || el__tok_lex(x, i + 1, LX_MONTH)))
        return false;
    /* "the ends", "two ends": a noun; "fiscal 2013 ends in September":
     * a year is the subject */
    bool after_noun_marker = el__tok_lex(x, i - 1, LX_DET) ||
                             (el__tk(x, i - 1)->kind == TK_NUM && el__tk(x, i - 1)->ndig != 4) ||
                             el__tok_lex(x, i - 1, LX_NUMW);
    if ((v & VB_SCHED_S) && !after_noun_marker)
        return true; /* opens, launches, testifies */
    if ((v & (VB_SCHED_PLAIN | VB_PLAIN_ONLY)) &&
        (el__tok_is(x, i - 1, "who") || el__tok_is(x, i - 1, "whom") || el__tok_is(x, i - 1, "they") ||
         /* "the climate talks which open in Warsaw on Monday" */
         (el__tok_is(x, i - 1, "which") && el__after_plural_noun(x, i - 1)) ||
         el__tok_is(x, i - 1, "we") || el__after_plural_noun(x, i) ||
         /* "the cuts known as sequestration start on Friday" */
         (el__tok_is(x, i - 2, "as") && el__tok_is(x, i - 3, "known") && el__after_plural_noun(x, i - 3)) ||
         el__after_relative_clause(x, i) || after_name(x, i)))
        return true; /* "Voters go", "who play", "Schools, which ..., reopen",
                      * "He and Arafat meet", "Redcastle host" */
    return (v & VB_VERB_ONLY) && !el__tok_is(x, i - 1, "not") && !el__tok_is(x, i - 1, "t") &&
           !el__tok_is(x, i - 1, "did") && !el__tok_is(x, i - 1, "to") &&
           !el__tok_lex(x, i - 1, LX_TENSE);
}

/* True when token i is the plain form of a verb the lexicon knows
 * ("hold", "meet", "begin"), lower case. */
bool el__is_plain_verb(const el__ctx *x, int i)
{
    return (verb_bits(x, i) & (VB_SCHED_PLAIN | VB_VERB_ONLY | VB_PLAIN_ONLY)) != 0 &&
           !(el__tk(x, i)->flags & TF_CAP);
}

/* True when token i is must, should or can, not before "have" ("must
 * have known" looks back). */
bool el__is_forward_modal(const el__ctx *x, int i)
{
    if (!el__tok_is(x, i, "must") && !el__tok_is(x, i, "should") && !el__tok_is(x, i, "can"))
        return false;
    return !el__tok_is(x, i + 1, "have") && !el__tok_is(x, i + 2, "have");
}

/* True when token i is a verb that sets or moves a deadline ("extended
 * ... until Tuesday", "gave them until mid-November", "postponed until"):
 * what follows "until" after it lies ahead even in a past clause. */
bool el__is_deadline_verb(const el__ctx *x, int i)
{
    return (verb_bits(x, i) & VB_DEADLINE) != 0;
}

/* True for "forecast" after a singular pronoun ("the $3.25 it forecast in
 * July"): without -s, the past form, no forecast looking ahead. */
bool el__is_past_forecast(const el__ctx *x, int i)
{
    if (!el__tok_is(x, i, "forecast"))
        return false;
    /* "the attache forecast in May that ...": when it was made, not
     * what it foretells ("forecast for May") */
    if (el__tok_is(x, i + 1, "in") && el__tok_lex(x, i + 2, LX_MONTH) && !el__tok_lex(x, i - 1, LX_DET) &&
        !el__tok_is(x, i - 1, "is") && !el__tok_is(x, i - 1, "are") && !el__tok_is(x, i - 1, "will"))
        return true;
    return el__tok_is(x, i - 1, "it") || el__tok_is(x, i - 1, "he") || el__tok_is(x, i - 1, "she");
}

/* True when token i is a present-tense verb of forecasting (expect,
 * forecast, predict, anticipate and their -s forms) not after a
 * determiner ("the forecast for Friday" is a noun). */
bool el__is_forecast_verb(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    /* "Environment Canada is calling for a high of 29 C on Sunday" */
    if (el__tok_is(x, i, "calling") && el__tok_is(x, i + 1, "for") &&
        (el__tok_is(x, i - 1, "is") || el__tok_is(x, i - 1, "are")))
        return true;
    /* "Forecasters call for sunshine Saturday" */
    if ((el__tok_is(x, i, "call") || el__tok_is(x, i, "calls")) && el__tok_is(x, i + 1, "for") &&
        (el__tok_is(x, i - 1, "forecasters") || el__tok_is(x, i - 1, "forecast")))
        return true;
    if (t->kind != TK_WORD || t->len < 6 || t->len > 11)
        return false;
    char c0 = (char)(x->text[t->off] | 0x20); /* a cheap first filter */
    if (c0 != 'e' && c0 != 'f' && c0 != 'p' && c0 != 'a')
        return false;
    if (!(el__tok_is(x, i, "expect") || el__tok_is(x, i, "expects") ||
          el__tok_is(x, i, "forecast") || el__tok_is(x, i, "forecasts") ||
          el__tok_is(x, i, "predict") || el__tok_is(x, i, "predicts") ||
          el__tok_is(x, i, "anticipate") || el__tok_is(x, i, "anticipates") ||
          el__tok_is(x, i, "forecasting") || el__tok_is(x, i, "predicting")))
        return false;
    /* "is forecasting rain Friday" looks ahead; "after forecasting
     * revenue below expectations late Thursday" is a past act */
    if ((el__tok_is(x, i, "forecasting") || el__tok_is(x, i, "predicting")) &&
        !(el__tok_is(x, i - 1, "is") || el__tok_is(x, i - 1, "are") || el__tok_is(x, i - 1, "was") ||
          el__tok_is(x, i - 1, "were")))
        return false;
    if (el__is_past_forecast(x, i))
        return false;
    return !el__tok_lex(x, i - 1, LX_DET) && !el__tok_is(x, i - 1, "had") &&
           !el__tok_is(x, i - 1, "weather") && el__tk(x, i - 1)->kind == TK_WORD;
}
