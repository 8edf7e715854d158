/* tense.c: the tense of the clause around a time expression, from cue words
 * (no part-of-speech tagger).  The nearest cue before the expression inside
 * its clause wins; without one, the first cue after it.  Future: will,
 * would, shall, 'll, going to, plan/expect/schedule(d)/due/set + to|for, a
 * scheduled event in the present ("the summit opens Thursday"), a present
 * wish ("hopes to", "wants"), must/should/can, "starting", "ahead of",
 * a futures month ("for August delivery").  Past: was, were, had, did,
 * irregular past forms, regular -ed forms (a weak cue that an auxiliary
 * further back outranks), has/have + participle, "since".  "until" looks
 * ahead unless a past state lasted up to it.  The word classes are in
 * tense_words.c.
 */
#include <string.h>

#include "match.h"
#include "tagger_internal.h"
#include "tense_words.h"

/* Tokens looked at on each side of an expression for a cue, inside its
 * clause (25 reaches "will stage strikes over the next two weeks, starting
 * with a national walkout on Wednesday night"). */
#ifndef TENSE_WINDOW
#define TENSE_WINDOW 25
#endif

/* True when the form of "be" at token i opens a plan: "is expected to",
 * "were likely to", "is set/due/scheduled to", and with going "is going
 * to" (not "was going to", a plan that may have lapsed). */
static bool be_plan(const el__ctx *x, int i, bool going)
{
    return el__tok_is(x, i + 2, "to") &&
           ((going && el__tok_is(x, i + 1, "going")) || el__tok_is(x, i + 1, "expected") ||
            el__tok_is(x, i + 1, "set") || el__tok_is(x, i + 1, "due") || el__tok_is(x, i + 1, "likely") ||
            el__tok_is(x, i + 1, "scheduled"));
}

/* True when "that" at token i follows a verb of saying or a time word
 * ("said last week that rains in August ..."): a conjunction. */
static bool conjunction_that(const el__ctx *x, int i)
{
    return el__tok_is(x, i - 1, "said") || el__tok_is(x, i - 1, "says") || el__tok_is(x, i - 1, "say") ||
           el__tok_is(x, i - 1, "announced") || el__tok_is(x, i - 1, "warned") ||
           el__tok_is(x, i - 1, "reported") || el__tok_is(x, i - 1, "added") ||
           el__tok_is(x, i - 1, "noted") || el__tok_is(x, i - 1, "predicted") ||
           el__tok_lex(x, i - 1, LX_WDAY) || el__tok_lex(x, i - 1, LX_UNIT) || el__tok_lex(x, i - 1, LX_DEIC);
}

/* True for "runs", "lasts", "continues" at token i: a span still going on
 * ("the conference runs through Thursday"). */
static bool span_verb(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "runs") || el__tok_is(x, i, "lasts") || el__tok_is(x, i, "continues");
}

/* True when the quote mark at i opens or closes a few quoted words after
 * a determiner ('will hold a "rolling rally" of boats on Saturday'): a
 * name for something, not a quotation with its own tense ('described it
 * as "completely unjustified"' still ends the clause). */
static bool scare_quote(const el__ctx *x, int i)
{
    /* i closes: an opening mark a few words back */
    int o = i - 1;
    while (o >= 0 && o > i - 7 && (el__tk(x, o)->kind == TK_WORD || el__punct(x, o, '-')))
        o--;
    if (o < i - 1 && el__punct(x, o, '"') && el__tok_lex(x, o - 1, LX_DET))
        return true;
    /* i opens: a closing mark a few words on */
    if (!el__tok_lex(x, i - 1, LX_DET))
        return false;
    int k = i + 1;
    while (k < x->ntok && k < i + 7 && (el__tk(x, k)->kind == TK_WORD || el__punct(x, k, '-')))
        k++;
    return k > i + 1 && el__punct(x, k, '"');
}

/* True for tokens that end a clause for the purpose of tense. */
static bool is_boundary(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_END)
        return true;
    /* the colon of a clock time ("15:00") joins, it does not divide */
    if (t->kind == TK_PUNCT && t->c == ':' && el__tk(x, i - 1)->kind == TK_NUM &&
        el__tk(x, i + 1)->kind == TK_NUM && el__glued(x, i + 1))
        return false;
    if (t->kind == TK_PUNCT)
        return t->c == ';' || t->c == ':' || t->c == '(' || t->c == ')' ||
               (t->c == '"' && !scare_quote(x, i)) || (t->flags & TF_SEND) != 0;
    if (t->flags & TF_PARA)
        return true;
    /* "will release that report on Thursday": "that" before a noun and a
     * preposition is a determiner, not the start of a clause */
    if (el__tok_is(x, i, "that") && el__tk(x, i + 1)->kind == TK_WORD && !conjunction_that(x, i) &&
        !(el__tk(x, i + 1)->flags & TF_CAP) && !el__tok_lex(x, i + 1, LX_TENSE) &&
        !el__tok_lex(x, i + 1, LX_DET) && !el__tok_lex(x, i + 1, LX_CLAUSE) &&
        !el__tok_lex(x, i + 1, LX_VERB) && el__tok_lex(x, i + 2, LX_PREP))
        return false;
    /* "reported the outbreak to the WHO until February": an acronym */
    if ((t->flags & TF_UPPER) && t->len > 1)
        return false;
    return el__tok_lex(x, i, LX_CLAUSE) != NULL;
}

/* True when a preposition opens the words before token i in its clause
 * (up to eight): "Among the first three countries to accede on Friday",
 * where the -s word is a noun, not a verb. */
static bool prep_before(const el__ctx *x, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (el__tk(x, k)->kind != TK_WORD)
            return false;
        /* (a paragraph's first word is a boundary, and may be the one) */
        /* (the lexicon's prepositions have "at" and "over", not these) */
        if (el__tok_lex(x, k, LX_PREP) || el__tok_is(x, k, "among") || el__tok_is(x, k, "amongst") ||
            el__tok_is(x, k, "with") || el__tok_is(x, k, "under") || el__tok_is(x, k, "between") ||
            el__tok_is(x, k, "against"))
            return true;
        if (is_boundary(x, k))
            return false;
    }
    return false;
}

/* True when a weekday stands among tokens [tb, te). */
static bool weekday_in(const el__ctx *x, int tb, int te)
{
    return el__class_in(x, tb, te, LX_WDAY);
}

/* True for the past of a verb of hoping or promising (hoped, aimed,
 * wanted, intended, sought, promised, pledged, vowed, threatened,
 * offered, proposed): what it looks to
 * has not happened yet ("asked to rehear testimony on Wednesday" may
 * date the asking). */
static bool hope_word(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "hoped") || el__tok_is(x, i, "aimed") || el__tok_is(x, i, "wanted") ||
           el__tok_is(x, i, "intended") || el__tok_is(x, i, "sought") || el__tok_is(x, i, "promised") ||
           el__tok_is(x, i, "pledged") || el__tok_is(x, i, "vowed") || el__tok_is(x, i, "threatened") ||
           el__tok_is(x, i, "offered") || el__tok_is(x, i, "proposed");
}

/* True when a participle follows the has/have/had at i within three
 * words ("has been", "have already won", "had announced"). */
static bool perfect_after(const el__ctx *x, int i)
{
    for (int k = i + 1; k <= i + 3; k++) {
        const el__tok *n = el__tk(x, k);
        if (n->kind != TK_WORD)
            break;
        const el__lex *nl = el__tok_lex(x, k, LX_TENSE);
        if (nl && nl->val == TN_PAST)
            return true;
        if (n->len > 3 && memcmp(x->text + n->off + n->len - 2, "ed", 2) == 0)
            return true;
    }
    return false;
}

/* True when token i is a modal that takes a plain verb: would, could,
 * should, might, must, may. */
static bool modal_at(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "would") || el__tok_is(x, i, "could") || el__tok_is(x, i, "should") ||
           el__tok_is(x, i, "might") || el__tok_is(x, i, "must") || el__tok_is(x, i, "may");
}

/* True when token k is "will" or a modal_at one. */
static bool modal_or_will(const el__ctx *x, int k)
{
    return modal_at(x, k) || el__tok_is(x, k, "will");
}

/* True when a modal or "will" stands right before token i, or one word
 * before it with then, also, still, probably or likely between ("would
 * then have", "will also have"). */
static bool modal_before(const el__ctx *x, int i)
{
    return modal_or_will(x, i - 1) ||
           (modal_or_will(x, i - 2) &&
            (el__tok_is(x, i - 1, "then") || el__tok_is(x, i - 1, "also") || el__tok_is(x, i - 1, "still") ||
             el__tok_is(x, i - 1, "probably") || el__tok_is(x, i - 1, "likely")));
}

/* True when token i is a verb whose past is its plain form (cut, hit,
 * shut, cost, beat) right after a singular subject: he, she or it, or a
 * lower-case noun not in -s after a determiner or adjective, with an
 * object after the verb ("a severe storm cut power"; "a budget cut in
 * June" is a noun). */
static bool same_form_past(const el__ctx *x, int i)
{
    if (el__tk(x, i)->len > 4 || el__tk(x, i)->len < 3)
        return false;
    if (!(el__tok_is(x, i, "cut") || el__tok_is(x, i, "hit") || el__tok_is(x, i, "shut") ||
          el__tok_is(x, i, "cost") || el__tok_is(x, i, "beat")))
        return false;
    if (el__tok_is(x, i - 1, "he") || el__tok_is(x, i - 1, "she") || el__tok_is(x, i - 1, "it"))
        return true;
    /* an object follows ("a budget cut in June": the noun) */
    if (el__tk(x, i + 1)->kind != TK_WORD || el__tok_lex(x, i + 1, LX_PREP))
        return false;
    /* "The Federal Reserve cut its discount rate": a name not in -s */
    {
        const el__tok *n = el__tk(x, i - 1);
        if (n->kind == TK_WORD && (n->flags & TF_CAP) && n->len >= 3 && x->text[n->off + n->len - 1] != 's' &&
            !(n->flags & TF_SEND) && el__tok_lex(x, i + 1, LX_DET))
            return true;
    }
    const uint32_t function = (1u << LX_DET) | (1u << LX_PREP) | (1u << LX_TENSE) | (1u << LX_CLAUSE) |
                              (1u << LX_REL) | (1u << LX_WDAY) | (1u << LX_MONTH) | (1u << LX_UNIT);
    const el__tok *p = el__tk(x, i - 1);
    if (p->kind != TK_WORD || (p->flags & TF_CAP) || (p->cls & function) || p->len < 3 ||
        x->text[p->off + p->len - 1] == 's')
        return false;
    /* the noun phrase opens with a determiner within three words */
    for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
        if (el__tok_lex(x, k, LX_DET))
            return true;
        if (el__tk(x, k)->kind != TK_WORD || (el__tk(x, k)->cls & function))
            return false;
    }
    return false;
}

/* True for an adverb that makes the participle after it an adjective
 * ("newly built homes", "a widely used drug"). */
static bool participle_adverb(const el__ctx *x, int k)
{
    return el__tok_is(x, k, "newly") || el__tok_is(x, k, "recently") || el__tok_is(x, k, "previously") ||
           el__tok_is(x, k, "widely") || el__tok_is(x, k, "heavily") || el__tok_is(x, k, "poorly") ||
           el__tok_is(x, k, "highly") || el__tok_is(x, k, "densely") || el__tok_is(x, k, "freshly") ||
           el__tok_is(x, k, "publicly") || el__tok_is(x, k, "privately") || el__tok_is(x, k, "jointly") ||
           el__tok_is(x, k, "federally") || el__tok_is(x, k, "partially") || el__tok_is(x, k, "fully");
}

/* True when token i (a word of planning: planned, scheduled, set, ...)
 * tells of a plan made earlier: "had been scheduled", "had planned",
 * "as previously planned", "originally set". */
static bool earlier_plan_at(const el__ctx *x, int i)
{
    return el__tok_is(x, i - 1, "had") || el__tok_is(x, i - 1, "previously") ||
           el__tok_is(x, i - 1, "originally") || el__tok_is(x, i - 1, "initially") ||
           (el__tok_is(x, i - 1, "been") &&
            (el__tok_is(x, i - 2, "had") ||
             ((el__tok_is(x, i - 2, "originally") || el__tok_is(x, i - 2, "previously") ||
               el__tok_is(x, i - 2, "initially")) &&
              el__tok_is(x, i - 3, "had"))));
}

/* True when token i is a participle of planning after "had been" or
 * "had" ("work that had been scheduled to begin in February"). */
static bool earlier_plan(const el__ctx *x, int i)
{
    const el__lex *l = el__tok_lex(x, i, LX_TENSE);
    return l && l->val == TN_FUT && !el__tok_is(x, i, "may") && earlier_plan_at(x, i) &&
           (el__tok_is(x, i - 1, "had") || el__tok_is(x, i - 2, "had") || el__tok_is(x, i - 3, "had"));
}

/* Tense cue of token i alone (TN_NONE when none). */
static int cue_of(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_WORD)
        return TN_NONE;
    if (el__is_past_forecast(x, i))
        return TN_PAST;
    /* "at 8am on Monday": the clock's "am", not the verb */
    if ((el__tok_is(x, i, "am") || el__tok_is(x, i, "pm")) && el__tk(x, i - 1)->kind == TK_NUM)
        return TN_NONE;
    /* "won't": will not, not the past of "win" */
    if (el__tok_is(x, i, "won") && el__punct(x, i + 1, '\'') && el__glued(x, i + 1) && el__tok_is(x, i + 2, "t") &&
        el__glued(x, i + 2))
        return TN_FUT;
    const el__lex *l = el__tok_lex(x, i, LX_TENSE);
    if (l) {
        /* "will have an audience on Friday", "would then have a day to
         * recover": the modal decides ("would have won" is the perfect) */
        if (l->val == TN_PERF_AUX && (el__tok_is(x, i - 1, "will") || el__tok_is(x, i - 1, "ll") ||
                                      el__tok_is(x, i - 1, "shall")))
            return TN_NONE;
        if (l->val == TN_PERF_AUX && !perfect_after(x, i) && modal_before(x, i))
            return TN_NONE; /* "will also have Nov. 25 off" */
        if (l->val == TN_PERF_AUX) {
            /* has/have + a participle within two words: present perfect. */
            return perfect_after(x, i) ? TN_PAST : TN_PRES;
        }
        if (l->val == TN_FUT) {
            /* "a better-than-expected jobs report": a compound adjective */
            if (el__punct(x, i - 1, '-') && el__glued(x, i))
                return TN_NONE;
            /* may/set: only as future cue before "to" or a verb. */
            if (el__tok_is(x, i, "may"))
                return (t->flags & TF_CAP) ? TN_NONE : TN_FUT;
            /* planned, scheduled, slated, expected, due: what they govern
             * lies ahead, whatever the tense of the clause */
            /* "had been scheduled to expire", "as previously planned": a
             * plan made earlier for a time now past */
            if (earlier_plan_at(x, i))
                return TN_PAST;
            if ((el__tok_is(x, i, "planned") || el__tok_is(x, i, "scheduled") ||
                 el__tok_is(x, i, "slated") || el__tok_is(x, i, "expected") ||
                 el__tok_is(x, i, "due")) && !el__tok_lex(x, i - 1, LX_DET))
                return TN_FUT;
            if (el__tok_is(x, i, "set") || el__tok_is(x, i, "due") ||
                el__tok_is(x, i, "going") || el__tok_is(x, i, "plan") ||
                el__tok_is(x, i, "plans") || el__tok_is(x, i, "planning") ||
                el__tok_is(x, i, "expected") ||
                el__tok_is(x, i, "planned") || el__tok_is(x, i, "scheduled") ||
                el__tok_is(x, i, "slated"))
            {
                /* "set to", "scheduled for", "set sentencing for Sept. 24",
                 * "set February 2 for the start of the trial", "set a
                 * trial date of June 4" */
                for (int k = i + 1; k <= i + 4 && k < x->ntok; k++) {
                    if ((el__tok_is(x, k, "to") || el__tok_is(x, k, "for")) && k <= i + 3)
                        return TN_FUT;
                    /* "set Sept. 14 as the sentencing date" ("had ruled
                     * ... and set Friday as the deadline" may have passed) */
                    if (el__tok_is(x, k, "as") && el__tok_is(x, k + 1, "the") && el__tok_lex(x, i + 1, LX_MONTH))
                        return TN_FUT;
                    if (el__punct(x, k, '.') && el__glued(x, k))
                        continue; /* "Sept." */
                    if (el__tok_is(x, k, "date") && el__tok_is(x, k + 1, "of"))
                        return TN_FUT;
                    if (x->tok[k].kind != TK_WORD && x->tok[k].kind != TK_NUM)
                        break;
                }
                /* "Strikers plan a march on Saturday": the present plans
                 * ahead; "the plan" is a noun */
                if ((el__tok_is(x, i, "plan") || el__tok_is(x, i, "plans")) &&
                    (el__tok_lex(x, i + 1, LX_WDAY) || el__tok_lex(x, i + 1, LX_MONTH)))
                    return TN_NONE; /* "sent contingency plans Friday": the noun */
                if (el__tok_is(x, i, "plan") || el__tok_is(x, i, "plans"))
                    return el__tok_is(x, i - 1, "who") || el__tok_is(x, i - 1, "they") ||
                                   el__tok_is(x, i - 1, "we") || el__tok_is(x, i - 1, "he") ||
                                   el__tok_is(x, i - 1, "she") || el__after_plural_noun(x, i)
                               ? TN_FUT
                               : TN_NONE; /* "a rescue plan": a noun */
                return (el__tok_is(x, i, "going") || el__tok_is(x, i, "planning")) ? TN_NONE
                                                                                  : TN_PAST;
            }
            return TN_FUT;
        }
        if (l->val == TN_EXCEPT_ED) {
            /* "He first proposed the plan Feb. 6": after a pronoun, and
             * before its object, the past verb ("the proposed rule" is an
             * adjective) */
            bool pron = el__tok_is(x, i - 1, "he") || el__tok_is(x, i - 1, "she") || el__tok_is(x, i - 1, "they") ||
                        el__tok_is(x, i - 1, "we") || el__tok_is(x, i - 1, "i") ||
                        ((el__tok_is(x, i - 1, "first") || el__tok_is(x, i - 1, "also")) &&
                         (el__tok_is(x, i - 2, "he") || el__tok_is(x, i - 2, "she") || el__tok_is(x, i - 2, "they")));
            return pron && el__tok_lex(x, i + 1, LX_DET) ? TN_PAST : TN_NONE;
        }
        /* "get your shot by Halloween", "the fallen": after a determiner
         * a past form is a noun or an adjective */
        if (l->val == TN_PAST && el__tok_lex(x, i - 1, LX_DET))
            return TN_NONE;
        /* "will lay on a celebration", "could found a party": after a
         * modal a past form is a plain verb, and the modal decides */
        if (l->val == TN_PAST && modal_or_will(x, i - 1))
            return TN_NONE;
        /* "is to resume trading Tuesday": be + to + verb is a plan; so are
         * "H1 is going to be", "is expected to", "is set to" */
        if (l->val == TN_PRES && (el__tok_is(x, i, "is") || el__tok_is(x, i, "are")) &&
            el__tok_is(x, i + 1, "to") && el__tk(x, i + 2)->kind == TK_WORD &&
            !el__tok_lex(x, i + 2, LX_DET))
            return TN_FUT;
        if (l->val == TN_PRES && (el__tok_is(x, i, "is") || el__tok_is(x, i, "are")) && be_plan(x, i, true))
            return TN_FUT;
        return l->val;
    }
    /* Regular past: a lower-case word of 5+ letters ending in -ed that is
     * not right after a determiner ("the alleged"). */
    if (t->len >= 5 && !(t->flags & TF_CAP)) {
        const char *w = x->text + t->off;
        if (w[t->len - 1] == 'd' && w[t->len - 2] == 'e') {
            if (el__tok_lex(x, i - 1, LX_DET))
                return TN_NONE;
            return TN_PAST;
        }
    }
    return TN_NONE;
}

/* True when the participle at i ("finished", "rebuilt", "done") follows
 * "want/wants/need/needs" (or "to have", "will get") and a short object,
 * and a deadline word stands before the expression at tb ("want the work finished by the end of
 * November"; not "wants its cut measured from its February output"). */
static bool wished_done(const el__ctx *x, int i, int tb)
{
    if (!(el__tok_is(x, tb - 1, "by") || el__tok_is(x, tb - 1, "before") || el__tok_is(x, tb - 1, "until")))
        return false;
    for (int k = i - 2; k >= 0 && k >= i - 8; k--) {
        if (el__tk(x, k)->kind != TK_WORD || is_boundary(x, k))
            return false;
        if (el__tok_is(x, k, "want") || el__tok_is(x, k, "wants") || el__tok_is(x, k, "need") ||
            el__tok_is(x, k, "needs"))
            return true;
        /* "expects to have most customers reconnected by Thursday", "will
         * get the line repaired by Friday": a result to be had */
        if ((el__tok_is(x, k, "have") || el__tok_is(x, k, "get")) &&
            (el__tok_is(x, k - 1, "to") || modal_or_will(x, k - 1)))
            return true;
    }
    return false;
}

/* True when a present -s verb (a lower-case word in -s after a noun or
 * pronoun: "it announces", "the market opens") stands in [a, b). */
static bool present_between(const el__ctx *x, int a, int b)
{
    for (int k = a + 1; k < b; k++) {
        const el__tok *t = el__tk(x, k), *p = el__tk(x, k - 1);
        if (el__ends_in_s(x, k) && !(t->flags & TF_CAP) && t->len > 3 && x->text[t->off + t->len - 2] != 's' &&
            p->kind == TK_WORD && !el__tok_lex(x, k - 1, LX_DET) &&
            !el__tok_lex(x, k - 1, LX_PREP) && !el__tok_lex(x, k, LX_UNIT))
            return true;
    }
    return false;
}

/* True when a comma stands between tokens a and b. */
static bool comma_between(const el__ctx *x, int a, int b)
{
    for (int k = a + 1; k < b; k++)
        if (el__punct(x, k, ','))
            return true;
    return false;
}

/* True for "warning", "warnings", "alert", "advisory", "watch" ("issued
 * a red heavy rain warning for Northland from 6pm Thursday", "posted a
 * blizzard watch for 14 counties from noon Saturday"). */
static bool warning_noun(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "warning") || el__tok_is(x, i, "warnings") || el__tok_is(x, i, "alert") ||
           el__tok_is(x, i, "advisory") || el__tok_is(x, i, "watch") || el__tok_is(x, i, "watches");
}

/* True for a noun of betting on, or warning of, the future followed by
 * what it is about ("bets on", "expectations of", "speculation that",
 * "a rain warning for Northland", "a 10 percent chance of a cut", "the
 * odds of acceptable weather Friday"). */
static bool forecast_noun(const el__ctx *x, int i)
{
    if (!el__tok_is(x, i + 1, "on") && !el__tok_is(x, i + 1, "of") && !el__tok_is(x, i + 1, "for") &&
        !el__tok_is(x, i + 1, "that"))
        return false;
    return el__tok_is(x, i, "bets") || el__tok_is(x, i, "wagers") || el__tok_is(x, i, "expectations") ||
           el__tok_is(x, i, "forecasts") || el__tok_is(x, i, "predictions") ||
           el__tok_is(x, i, "speculation") || el__tok_is(x, i, "chance") || el__tok_is(x, i, "chances") ||
           el__tok_is(x, i, "odds") || el__tok_is(x, i, "probability") || el__tok_is(x, i, "likelihood") ||
           warning_noun(x, i);
}

/* Can token i follow a present wish ("wants the bill signed", "hopes
 * to")?  Not what follows the noun ("kept their quarter-final hopes
 * alive", "hopes of a title", "their plans were dropped", "sent
 * contingency plans Friday"). */
static bool wish_object(const el__ctx *x, int i)
{
    return !el__tok_lex(x, i, LX_WDAY) && !el__tok_lex(x, i, LX_MONTH) && !el__tok_is(x, i, "alive") &&
           !el__tok_is(x, i, "of") && !el__tok_is(x, i, "were") && !el__tok_is(x, i, "are") &&
           !el__tok_is(x, i, "have") && !el__tok_is(x, i, "had");
}

/* True when a past verb stands among the three words before token i, in
 * its clause: "lifted evacuation orders", "began ordering blackouts". */
static bool past_verb_before(const el__ctx *x, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        if (el__tk(x, k)->kind != TK_WORD || (el__tk(x, k + 1)->flags & TF_SEND))
            return false;
        if (cue_of(x, k) == TN_PAST)
            return true;
    }
    return false;
}

/* True when a preposition other than "for" follows token i, past an -ly
 * adverb: "orders sharply in the fourth quarter". */
static bool prep_after(const el__ctx *x, int i)
{
    int k = i + 1;
    const el__tok *t = el__tk(x, k);
    if (t->kind == TK_WORD && t->len > 4 && !(t->flags & TF_CAP) && memcmp(x->text + t->off + t->len - 2, "ly", 2) == 0)
        k++;
    return el__tok_lex(x, k, LX_PREP) && !el__tok_is(x, k, "for");
}

/* True when the sentence of token k opens with "If" or "Unless" and no
 * past form ("was", "were", "had", "did", "would") stands between: "If
 * Henry has not acted by", "Unless the bill is signed by". */
static bool conditional_present(const el__ctx *x, int k)
{
    int j = k - 1;
    for (; j >= 0 && j >= k - 14; j--) {
        if (el__tok_is(x, j, "was") || el__tok_is(x, j, "were") || el__tok_is(x, j, "had") ||
            el__tok_is(x, j, "did") || el__tok_is(x, j, "would") || el__punct(x, j, ','))
            return false;
        if (j == 0 || (el__tk(x, j - 1)->flags & TF_SEND) || (el__tk(x, j)->flags & TF_PARA))
            break;
    }
    return j >= 0 && j >= k - 14 && (el__tk(x, j)->flags & TF_CAP) &&
           (el__tok_is(x, j, "if") || el__tok_is(x, j, "unless"));
}

/* The token after "until" when a clock time stands between it and "on"
 * at token on ("a vehicle ban until 6 a.m. on Friday", "until midnight
 * on Sunday"), else u. */
static int until_clock_before(const el__ctx *x, int on, int u)
{
    for (int k = on - 1; k >= 0 && k >= on - 6; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind == TK_NUM || el__punct(x, k, ':') || el__punct(x, k, '.'))
            continue;
        if (t->kind != TK_WORD || (t->flags & TF_SEND))
            return u;
        if (el__tok_is(x, k, "until") || el__tok_is(x, k, "till"))
            return k < on - 1 ? k + 1 : u;
        if (!(el__tok_is(x, k, "a") || el__tok_is(x, k, "p") || el__tok_is(x, k, "m") || el__tok_is(x, k, "am") ||
              el__tok_is(x, k, "pm") || el__tok_is(x, k, "noon") || el__tok_is(x, k, "midnight") ||
              el__tok_is(x, k, "local") || el__tok_is(x, k, "time") || el__tok_lex(x, k, LX_TZ)))
            return u;
    }
    return u;
}

/* The tense cues of the clause around tokens [tb, te): the nearest one
 * before the expression, else the first after it; *cue gets the cue's
 * token (-1 when none decided). */
static int clause_tense(const el__ctx *x, int tb, int te, int *cue)
{
    int weak = TN_NONE, weak_at = -1;
    for (int i = tb - 1, n = 0; i >= 0 && n < TENSE_WINDOW; i--, n++) {
        /* "would cut a hotline, after the council approved sanctions on
         * Thursday": a weak cue is not outranked from another clause */
        if (weak != TN_NONE && el__punct(x, i, ','))
            break;
        /* "left in the state, and on Saturday it will throw open its
         * doors": a clause joined by ", and" has a tense of its own */
        if (el__tok_is(x, i, "and") && el__punct(x, i - 1, ',') && i < tb - 1) {
            /* "... will visit graves on Thursday, and hold open houses on
             * Friday": a plain verb after ", and" shares the modal before */
            if (el__is_plain_verb(x, i + 1))
                for (int k = i - 2; k >= 0 && k >= i - 12 && !is_boundary(x, k); k--)
                    if (modal_or_will(x, k))
                        return TN_FUT;
            break;
        }
        if (is_boundary(x, i)) {
            /* "when it announces its decision on Thursday": a present
             * (no cue before the expression) after "when" lies ahead */
            if (weak == TN_NONE && el__tok_is(x, i, "when") && present_between(x, i + 1, tb))
                return TN_FUT;
            /* "will leave at 4 in the morning (4 a.m. EDT Thursday)": an
             * expression opening a parenthesis restates one of the clause
             * around it */
            if (i == tb - 1 && el__tk(x, i)->kind == TK_PUNCT && el__tk(x, i)->c == '(')
                continue;
            /* "close at 15:00 local time (14:00 GMT) on Monday": a short
             * aside in brackets is stepped over */
            if (el__punct(x, i, ')')) {
                int k = i - 1;
                while (k > i - 8 && k >= 0 && !el__punct(x, k, '(') && !el__punct(x, k, ')') &&
                       !(el__tk(x, k)->flags & TF_SEND))
                    k--;
                if (k >= 0 && el__punct(x, k, '(')) {
                    i = k;
                    continue;
                }
            }
            break;
        }
        /* "has decided to admit them in early March": the expression
         * dates the infinitive's event, which the tense of the verb before
         * "to" does not place; a plan cue before it ("plans to", "is to")
         * still does */
        if (el__is_infinitive_to(x, i)) {
            int c = cue_of(x, i - 1);
            *cue = i - 1;
            /* "The winner advances to play Saturday", "returns to face
             * Chelsea on Sunday": a weekday after a present verb's
             * infinitive lies ahead */
            if (c == TN_NONE && el__ends_in_s(x, i - 1) && !(el__tk(x, i - 1)->flags & TF_CAP) &&
                !el__tok_lex(x, i - 1, LX_UNIT) && !el__tok_lex(x, i - 2, LX_DET) &&
                !el__tok_lex(x, i - 2, LX_PREP) && !el__tok_lex(x, i - 2, LX_NUMW) &&
                el__tk(x, i - 2)->kind == TK_WORD && !prep_before(x, i - 1) && weekday_in(x, tb, te))
                return TN_FUT;
            /* "agreed on Sunday to cut output in May": the verb before
             * the date of its own */
            int v = i - 1;
            while (v > i - 4 && v > 0 && (el__tok_lex(x, v, LX_WDAY) || el__tok_is(x, v, "on") ||
                                          el__tok_is(x, v, "yesterday") || el__tok_is(x, v, "today")))
                v--;
            if (v < i - 1 && el__is_intent_verb(x, v) && !el__tok_lex(x, v - 1, LX_DET)) {
                *cue = v;
                return el__is_past_form(x, v) && !hope_word(x, v) ? TN_NONE : TN_FUT;
            }
            if (c == TN_FUT)
                return c;
            if (el__tok_is(x, i - 1, "is") || el__tok_is(x, i - 1, "are"))
                return TN_FUT;
            /* "died Wednesday ... and was to appear Saturday at a film
             * festival": the day of a plan cut short lies ahead */
            if ((el__tok_is(x, i - 1, "was") || el__tok_is(x, i - 1, "were")) && weekday_in(x, tb, te))
                return TN_FUT;
            /* "the plan was to play four events before the spring" */
            if ((el__tok_is(x, i - 1, "was") || el__tok_is(x, i - 1, "were")) &&
                (el__tok_is(x, i - 2, "plan") || el__tok_is(x, i - 2, "aim") || el__tok_is(x, i - 2, "goal") ||
                 el__tok_is(x, i - 2, "idea") || el__tok_is(x, i - 2, "intention") ||
                 el__tok_is(x, i - 2, "target")))
                return TN_FUT;
            /* "was on track to raise them in December" */
            if (el__tok_is(x, i - 1, "track") && el__tok_is(x, i - 2, "on"))
                return TN_FUT;
            /* "economists expected the Fed to raise rates in September",
             * "urged Congress to act by March": what was expected of
             * someone lies ahead of the expecting */
            for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
                if (is_boundary(x, k) || el__tk(x, k)->kind != TK_WORD)
                    break;
                if (el__tok_is(x, k, "expected") || el__tok_is(x, k, "predicted") ||
                    el__tok_is(x, k, "forecast") || el__tok_is(x, k, "urged") ||
                    el__tok_is(x, k, "asked") || el__tok_is(x, k, "wanted") || el__tok_is(x, k, "told") ||
                    el__tok_is(x, k, "ordered") || el__tok_is(x, k, "invited") || el__tok_is(x, k, "allowed")) {
                    /* ... which may since have passed ("had expected the
                     * Fed to act in September, but it held off", said in
                     * December): a weekday lies ahead unless "had" looks
                     * back, a month is the nearest one */
                    *cue = k;
                    if (el__tok_is(x, k - 1, "had")) /* "had expected ... on Tuesday" */
                        return TN_NONE;
                    for (int w = tb; w < te; w++)
                        if (el__tok_lex(x, w, LX_WDAY))
                            return TN_FUT;
                    return TN_NONE;
                }
            }
            /* "their offers to acquire": after a determiner, a noun; "has
             * promised to publish": a promise still standing looks ahead */
            /* ... and "hoped to restore power by Tuesday evening": the
             * weekday of a past intention is still ahead ("had hoped"
             * looks back), a month the nearest one */
            if (el__is_intent_verb(x, i - 1) && !el__tok_lex(x, i - 2, LX_DET)) {
                if (!el__is_past_form(x, i - 1) || el__tok_is(x, i - 2, "has") || el__tok_is(x, i - 2, "have") ||
                    el__tok_is(x, i - 2, "ve"))
                    return TN_FUT;
                if (el__tok_is(x, i - 2, "had") || !hope_word(x, i - 1))
                    return TN_NONE;
                return weekday_in(x, tb, te) ? TN_FUT : TN_NONE;
            }
            *cue = -1;
        }
        /* "just ahead of the state's primary on Tuesday", "in preparation
         * for the summit on Thursday" ("prepared for the exam on Tuesday"
         * may tell when) */
        if (weak == TN_NONE &&
            ((el__tok_is(x, i, "ahead") && el__tok_is(x, i + 1, "of")) ||
             (el__tok_is(x, i + 1, "for") && i + 1 < tb - 1 &&
              (el__tok_is(x, i, "preparation") || el__tok_is(x, i, "preparations")))) &&
            !comma_between(x, i, tb)) {
            *cue = i;
            return TN_FUT;
        }
        /* "pared bets on another rise before Christmas", "fuelled
         * expectations of a cut in March": what is bet on lies ahead */
        if (weak == TN_NONE && i + 2 < tb && forecast_noun(x, i) &&
            /* a warning's period ("from 6pm Thursday"), not the time it was
             * issued ("had issued a storm warning at 6 p.m. Monday") */
            (!warning_noun(x, i) || el__tok_is(x, tb - 1, "from") || el__tok_is(x, tb - 1, "until") ||
             el__tok_is(x, tb - 1, "through") || el__tok_is(x, tb - 1, "till"))) {
            *cue = i;
            return TN_FUT;
        }
        /* "He said the shift in Easter, which falls on April 15": a
         * report before a clause of its own does not date that clause */
        if (weak == TN_NONE && (el__tok_is(x, i, "said") || el__tok_is(x, i, "says")) &&
            i + 1 < tb && el__tok_lex(x, i + 1, LX_DET) && !el__tok_lex(x, i + 1, LX_PREP))
            break;
        /* "If crude stays above $50 through the winter": a condition
         * with no tense cue before the expression lies ahead */
        if (weak == TN_NONE && (el__tok_is(x, i, "if") || el__tok_is(x, i, "unless"))) {
            *cue = i;
            return TN_FUT;
        }
        /* "hoped for a federal decision by the second quarter", "pressed
         * for a vote by Friday": what was hoped or pressed for lies ahead
         * (a weekday) or is the nearest ("had hoped for" looks back) */
        if (weak == TN_NONE && el__tok_is(x, i + 1, "for") &&
            (el__tok_is(x, i, "hoped") || el__tok_is(x, i, "hoping") || el__tok_is(x, i, "pressed") ||
             el__tok_is(x, i, "pushed") || el__tok_is(x, i, "pushing") || el__tok_is(x, i, "pressing")) &&
            !el__tok_is(x, i - 1, "had")) {
            *cue = i;
            return weekday_in(x, tb, te) ? TN_FUT : TN_NONE;
        }
        /* "The National Weather Service predicted more snow Sunday night
         * and Monday": what was forecast lies after the forecast, ahead
         * for a weekday or a weekend ("had predicted" and "as predicted"
         * look back) */
        /* ... with what is forecast between ("Cuba predicted Wednesday":
         * the day of the forecast) */
        if (weak == TN_NONE && tb > i + 2 && el__tk(x, i)->len >= 8 &&
            (el__tok_is(x, i, "predicted") || el__tok_is(x, i, "forecast") || el__tok_is(x, i, "projected")) &&
            !el__tok_is(x, i - 1, "had") && !el__tok_is(x, i - 1, "as") && !el__after_be(x, i) &&
            !el__tok_lex(x, i - 1, LX_DET) && (weekday_in(x, tb, te) || el__tok_is(x, te - 1, "weekend")) &&
            !comma_between(x, i, tb) && !el__tok_is(x, i + 1, "on") &&
            /* "projected Florida for Gore at 7:50 p.m. Tuesday": a clock
             * time dates the call itself */
            !(el__tk(x, tb)->kind == TK_NUM && el__tok_is(x, tb - 1, "at"))) {
            *cue = i;
            return TN_FUT;
        }
        int c = cue_of(x, i);
        /* "will report sales of newly built homes for April on
         * Thursday": a participle after a determiner or preposition and
         * an -ly adverb, before its noun, is an adjective */
        if (c == TN_PAST && (el__tok_lex(x, i - 2, LX_DET) || el__tok_lex(x, i - 2, LX_PREP)) &&
            participle_adverb(x, i - 1) && el__tk(x, i + 1)->kind == TK_WORD && !(el__tk(x, i + 1)->flags & TF_CAP) &&
            !el__tok_lex(x, i + 1, LX_PREP) && !el__tok_lex(x, i + 1, LX_DET) && !el__tok_lex(x, i + 1, LX_TENSE))
            continue;
        /* "the cuts known as sequestration start on Friday": a participle
         * that names, no past */
        if (c == TN_PAST && el__tok_is(x, i + 1, "as") &&
            (el__tok_is(x, i, "known") || el__tok_is(x, i, "called") || el__tok_is(x, i, "dubbed")) &&
            !el__after_be(x, i))
            c = TN_NONE;
        /* "In June, a severe storm cut power": a verb whose past is its
         * plain form, after a singular subject, is past (the present
         * would be "cuts") */
        if (c == TN_NONE && same_form_past(x, i))
            c = TN_PAST;
        *cue = i;
        /* "work that had been scheduled to begin in February", said in
         * November: a plan made earlier, for a time just past or still
         * ahead: the nearest */
        if (c == TN_PAST && earlier_plan(x, i))
            return TN_NONE;
        /* "The summit opens Thursday", "Chelsea, who play at home on
         * Saturday": a scheduled event in the present tense lies ahead */
        if (c == TN_NONE && el__is_scheduled_present(x, i)) {
            /* ... but not over a past verb nearer the expression ("It
             * comes after Sandy flooded the shore in October") */
            if (weak == TN_PAST)
                break;
            return TN_FUT;
        }
        /* "he wants the bill signed by Memorial Day": a present wish (not
         * a noun after a verb, "received orders on Friday", "pushed out
         * offers in the fourth quarter": a wish has its object or "for") */
        if (c == TN_NONE && el__is_intent_verb(x, i) && el__ends_in_s(x, i) &&
            !el__tok_lex(x, i - 1, LX_DET) && el__tk(x, i - 1)->kind == TK_WORD &&
            !(el__tk(x, i)->flags & TF_CAP) && wish_object(x, i + 1) && !past_verb_before(x, i) &&
            !prep_after(x, i))
            return TN_FUT;
        /* "barnstormed through towns Saturday, seeking a second term
         * Tuesday": what one is seeking or hoping for on a weekday lies
         * ahead */
        if (c == TN_NONE && el__is_intent_verb(x, i) && el__ends_in_ing(x, i) && !el__tok_lex(x, i - 1, LX_DET) &&
            weekday_in(x, tb, te) && !past_verb_before(x, i))
            return TN_FUT;
        /* "must recover for the trip on Sunday": an obligation or
         * ability lies ahead ("must have" does not) */
        if (el__is_forward_modal(x, i))
            return TN_FUT;
        /* "which diplomats said could be in place by July": a possibility
         * lies ahead ("could have" looks back) */
        if ((el__tok_is(x, i, "could") || el__tok_is(x, i, "might")) && !el__tok_is(x, i + 1, "have") &&
            !el__tok_is(x, i + 2, "have") &&
            /* ("could not be reached for comment Wednesday": a past try) */
            !(el__tok_is(x, i, "could") && (el__tok_is(x, i + 3, "reached") || el__tok_is(x, i + 4, "reached"))))
            return TN_FUT;
        /* "more severe weather was possible Friday", "was unlikely to
         * reopen before the weekend" */
        if ((el__tok_is(x, i, "possible") || el__tok_is(x, i, "likely") || el__tok_is(x, i, "unlikely")) &&
            (el__tok_is(x, i - 1, "was") || el__tok_is(x, i - 1, "were") || el__tok_is(x, i - 1, "is") ||
             el__tok_is(x, i - 1, "are") || el__tok_is(x, i - 1, "be") ||
             /* "Landfall looks most likely early Thursday" */
             ((el__tok_is(x, i - 1, "most") || el__tok_is(x, i - 1, "more")) &&
              (el__tok_is(x, i - 2, "looks") || el__tok_is(x, i - 2, "seems") || el__tok_is(x, i - 2, "is"))) ||
             el__tok_is(x, i - 1, "looks") || el__tok_is(x, i - 1, "seems") || el__tok_is(x, i - 1, "appears")))
            return TN_FUT;
        /* "when the new rankings are published on Monday": a present
         * passive dated by the expression is a scheduled event */
        if (c == TN_PAST && (el__tok_is(x, i - 1, "is") || el__tok_is(x, i - 1, "are")) &&
            el__governs(x, i, tb) && el__is_regular_ed(x, i))
            return TN_FUT;
        /* "Forecasters expect ...", "rain is forecast for Friday": a
         * forecast looks ahead */
        if (el__is_forecast_verb(x, i))
            return TN_FUT;
        /* "Officials want the work finished by the end of November": a
         * participle after a present wish and its object lies ahead */
        if (c == TN_PAST && wished_done(x, i, tb))
            return TN_FUT;
        /* "will be held", "when the case is heard": a participle after a
         * form of "be" takes the tense of the auxiliary before it */
        if (c == TN_PAST && el__after_be(x, i))
            continue;
        /* "would be paid on a still unspecified date": a regular -ed
         * form may be an adjective, so an auxiliary or modal further
         * back in the clause outranks it */
        if (c == TN_PAST && el__is_regular_ed(x, i) && !el__governs(x, i, tb)) {
            /* "plays fifth-seeded Cal Coastal on Thursday": a hyphened
             * -ed word away from the expression is an adjective */
            if (el__punct(x, i - 1, '-') && el__glued(x, i) && el__glued(x, i - 1))
                continue;
            /* "a fire knocked out power early Sunday": a particle after it
             * makes it a verb */
            if (el__tok_is(x, i + 1, "out") || el__tok_is(x, i + 1, "off") || el__tok_is(x, i + 1, "down") ||
                el__tok_is(x, i + 1, "up") || el__tok_is(x, i + 1, "away"))
                return c;
            /* ... and so does an object after it ("would keep up air
             * strikes after its jets pounded their strongholds over the
             * weekend"); an adjective comes before its noun */
            if (el__tok_lex(x, i + 1, LX_DET) && !el__tok_is(x, i + 1, "that") && !el__tok_is(x, i + 1, "every") &&
                !el__tok_is(x, i + 1, "each") && !el__after_be(x, i))
                return c;
            /* ... and so does a relative pronoun before it ("the crash of
             * a Superjet that slammed into a volcano in May", after "would
             * publish") */
            if ((el__tok_is(x, i - 1, "that") || el__tok_is(x, i - 1, "which") || el__tok_is(x, i - 1, "who")) &&
                (el__tok_lex(x, i + 1, LX_DET) || el__tok_lex(x, i + 1, LX_PREP)))
                return c;
            if (weak == TN_NONE) {
                weak = c;
                weak_at = i;
            }
            continue;
        }
        if (c != TN_NONE)
            return c;
    }
    *cue = weak_at;
    if (weak != TN_NONE)
        return weak;
    for (int i = te, n = 0; i < x->ntok && n < TENSE_WINDOW; i++, n++) {
        /* "the bombings on April 15, which killed three people": a
         * relative clause right after the expression tells of what it
         * dates */
        if (i == te + 1 && el__punct(x, te, ',') && el__tok_is(x, i, "which")) {
            for (int k = i + 1; k < x->ntok && k <= i + 3 && !is_boundary(x, k); k++) {
                int c = cue_of(x, k);
                if (c != TN_NONE) {
                    *cue = k;
                    return c;
                }
            }
        }
        if (is_boundary(x, i))
            break;
        /* "a hard freeze in April could injure the heads, as happened in
         * 2007": a possibility after the expression lies ahead, whatever
         * comes after it ("The verdict, read out on Friday afternoon,
         * could lead to a ban": not past a comma) */
        if ((el__tok_is(x, i, "could") || el__tok_is(x, i, "might")) && !el__tok_is(x, i + 1, "have") &&
            !el__tok_is(x, i + 2, "have") && !comma_between(x, te - 1, i)) {
            *cue = i;
            return TN_FUT;
        }
        int c = cue_of(x, i);
        if (c == TN_NONE && same_form_past(x, i))
            c = TN_PAST;
        /* "A federal judge on Tuesday set Sept. 14 as the sentencing
         * date": what "set" looks ahead to comes after it; the day before
         * it is the day it was set */
        if (c == TN_FUT && el__tok_is(x, i, "set") && !el__tok_lex(x, i - 1, LX_TENSE))
            c = TN_PAST;
        /* "The stretch between Christmas and New Year's Day typically
         * brings in 15 percent of revenue, operators said": a habit is
         * told in the present */
        if (c == TN_NONE && el__tk(x, i)->len >= 7 && (el__tok_is(x, i, "typically") || el__tok_is(x, i, "usually") ||
                             el__tok_is(x, i, "normally") || el__tok_is(x, i, "generally")) &&
            el__ends_in_s(x, i + 1) && el__tk(x, i + 1)->kind == TK_WORD)
            c = TN_PRES;
        /* "rains in August and September were likely to be below
         * normal": a past "be" before likely/expected/due to looks ahead */
        if (c == TN_PAST && (el__tok_is(x, i, "was") || el__tok_is(x, i, "were")) && be_plan(x, i, false))
            c = TN_FUT;
        if (c != TN_NONE) {
            *cue = i;
            return c;
        }
    }
    *cue = -1;
    return TN_NONE;
}

/* True when a verb that moves a date ("moved", "pushing", "put",
 * "extended", "postponed") stands among the n words from token k back,
 * with no punctuation between. */
static bool rescheduled_before(const el__ctx *x, int k, int n)
{
    for (int end = k - n; k >= 0 && k > end && el__tk(x, k)->kind == TK_WORD; k--)
        if (el__tok_is(x, k, "moved") || el__tok_is(x, k, "moving") || el__tok_is(x, k, "pushed") ||
            el__tok_is(x, k, "pushing") || el__tok_is(x, k, "put") || el__tok_is(x, k, "putting") ||
            el__tok_is(x, k, "extended") || el__tok_is(x, k, "shifted") || el__tok_is(x, k, "postponed") ||
            el__tok_is(x, k, "delayed"))
            return true;
    return false;
}

int el__tense_at(const el__ctx *x, int tb, int te)
{
    /* "starting Saturday", "effective Monday", "beginning next week": a
     * change takes effect ahead */
    if ((el__tok_is(x, tb - 1, "starting") || el__tok_is(x, tb - 1, "beginning") ||
         el__tok_is(x, tb - 1, "effective")) &&
        !(el__tk(x, tb - 1)->flags & TF_CAP)) {
        /* ... unless a past clause tells of what started then ("had
         * trouble playing videos starting Monday afternoon"; "called for
         * daily protests starting Friday" asks for what is ahead) */
        int cue = -1;
        bool past_start = clause_tense(x, tb, te, &cue) == TN_PAST && cue >= 0 && cue < tb - 1 &&
                          el__tok_is(x, tb - 1, "starting") &&
                          /* "declared three days of national mourning
                           * starting Saturday" sets what is ahead */
                          !el__is_deadline_verb(x, cue) && !el__tok_is(x, cue, "declared") &&
                          !el__tok_is(x, cue, "announced");
        for (int k = cue + 1; past_start && k < tb - 1; k++)
            if (el__tok_is(x, k, "for") || el__tok_is(x, k, "to") ||
                /* "were expecting strong demand during the holidays
                 * starting Saturday" */
                el__tok_is(x, k, "expecting") || el__tok_is(x, k, "planning") || el__tok_is(x, k, "preparing"))
                past_start = false;
        if (!past_start)
            return TN_FUT;
    }
    /* "as soon as Tuesday", "as early as next week"; "stores opened as
     * early as Thanksgiving Day" tells what was */
    if (el__tok_is(x, tb - 1, "as") && el__tok_is(x, tb - 3, "as") &&
        (el__tok_is(x, tb - 2, "soon") || el__tok_is(x, tb - 2, "early") ||
         /* "returns postmarked as late as Monday" */
         (el__tok_is(x, tb - 2, "late") && weekday_in(x, tb, te)))) {
        int cue = -1;
        bool was = el__tok_is(x, tb - 2, "early") && clause_tense(x, tb, te, &cue) == TN_PAST && cue >= 0;
        /* ... but "showed support for slowing the program as early as
         * June", "were willing to reduce it as early as June" plan ahead */
        for (int k = cue + 1; was && k < tb - 3; k++)
            if (el__tok_is(x, k, "for") || el__tok_is(x, k, "to"))
                was = false;
        if (!was)
            return TN_FUT;
    }
    /* "extended the deadline until Tuesday", "gave them until
     * mid-November", "wait until after the Nov. 5 election": a deadline
     * after "until" lies ahead ("not until", "up until" and a
     * sentence-initial "Until" look back); u: the token after "until" */
    int u = tb;
    if (el__tok_is(x, tb - 1, "the") && el__tok_is(x, tb - 2, "after") && el__tok_is(x, tb - 3, "until"))
        u = tb - 2;
    else if (el__tok_is(x, tb - 1, "after") && el__tok_is(x, tb - 2, "until"))
        u = tb - 1;
    else if (el__tok_is(x, tb - 1, "on"))
        u = until_clock_before(x, tb - 1, u);
    if ((el__tok_is(x, u - 1, "until") || el__tok_is(x, u - 1, "till") ||
         /* "canceled its next 12 voyages, through mid-April"; not a
          * weekday ("flown at half-staff through Friday" is measured
          * worse), and "runs through" has its own rule below */
         (el__tok_is(x, tb - 1, "through") && !el__tok_lex(x, tb, LX_WDAY) && !span_verb(x, tb - 2) &&
          /* "the 12 months through May were the wettest": a period of
           * data, not a deadline */
          !el__tok_lex(x, tb - 2, LX_UNIT) && !el__tok_is(x, tb - 2, "period"))) &&
        !(el__tk(x, u - 1)->flags & TF_CAP) && !el__tok_is(x, u - 2, "not") &&
        !el__tok_is(x, u - 2, "up")) {
        /* "warning that he had until Wednesday to give a final answer":
         * time left before a deadline */
        if ((el__tok_is(x, u - 2, "has") || el__tok_is(x, u - 2, "have") ||
             /* "Underclassmen had until May 12 to make themselves
              * eligible": a date whichever side is nearer */
             (el__tok_is(x, u - 2, "had") && weekday_in(x, tb, te))) &&
            el__tok_is(x, u - 1, "until"))
            return TN_FUT;
        if (el__tok_is(x, u - 2, "had") && el__tok_is(x, u - 1, "until"))
            return TN_NONE;
        /* "join Fulham on loan until January", "a curfew until Monday": a
         * term that runs up to the date */
        if (el__tok_is(x, u - 1, "until") &&
            (el__tok_is(x, u - 2, "loan") || el__tok_is(x, u - 2, "contract") || el__tok_is(x, u - 2, "ban") ||
             el__tok_is(x, u - 2, "suspension") || el__tok_is(x, u - 2, "curfew") ||
             el__tok_is(x, u - 2, "ceasefire") || el__tok_is(x, u - 2, "moratorium") ||
             el__tok_is(x, u - 2, "lockdown")))
            return TN_FUT;
        /* "began on Wednesday and runs until Sunday": a present state
         * lasts until a day ahead */
        if (el__tok_is(x, u - 1, "until") &&
            (el__tok_is(x, u - 2, "runs") || el__tok_is(x, u - 2, "lasts") || el__tok_is(x, u - 2, "continues") ||
             el__tok_is(x, u - 2, "remains") || el__tok_is(x, u - 2, "stays")))
            return TN_FUT;
        /* ... but "held the town until late April", "remained in custody
         * until Friday": a past state that lasted up to it */
        int cue = -1;
        int t = clause_tense(x, tb, te, &cue);
        /* "Follow-up counts at 83 sites through late June found that": a
         * span inside the subject of a past verb */
        if (t == TN_PAST && cue >= te && el__tok_is(x, tb - 1, "through") && !el__is_deadline_verb(x, cue))
            return TN_PAST;
        if (t != TN_PAST || cue < 0 || cue >= tb || el__is_deadline_verb(x, cue) ||
            /* "has cancelled all sailings until Saturday": a present
             * perfect still in force */
            ((el__tok_is(x, cue - 1, "has") || el__tok_is(x, cue - 1, "have") || el__tok_is(x, cue, "has") ||
              el__tok_is(x, cue, "have")) &&
             weekday_in(x, tb, te)))
            return TN_FUT;
        /* "canceled the semester and postponed commencement until
         * August", "has extended loans through January": a deadline verb
         * after the past cue sets the date too, the nearer one ("was
         * postponed until after Eid al-Adha", said a month after it); not
         * a past perfect ("had been given until 5pm on Thursday") nor
         * "setting records through August" */
        for (int k = cue + 1; k < u - 1; k++)
            if (el__is_deadline_verb(x, k) && !el__tok_lex(x, k - 1, LX_DET) && !el__tok_is(x, k - 1, "had") &&
                !(el__tok_is(x, k - 1, "been") && el__tok_is(x, k - 2, "had")) &&
                !(el__tok_is(x, tb - 1, "through") && (el__tok_is(x, k, "setting") || el__tok_is(x, k, "set"))))
                return weekday_in(x, tb, te) ? TN_FUT : TN_NONE;
        /* "did not report the outbreak to the WHO until February": what
         * did not happen before it happened then */
        for (int k = cue + 1; k < tb - 1; k++) {
            /* "fishermen have been warned not to venture out till
             * Wednesday": an instruction still in force */
            if (el__tok_is(x, k, "not") && el__tok_is(x, k + 1, "to"))
                return TN_FUT;
            if (el__tok_is(x, k, "not") || el__tok_is(x, k, "never"))
                return TN_PAST;
        }
        /* "said it could take until Christmas": a modal after the cue;
         * "ordered flags lowered until Friday": a directive before it */
        for (int k = cue + 1; k < tb - 1; k++)
            if (el__tok_is(x, k, "could") || el__tok_is(x, k, "would") ||
                el__tok_is(x, k, "might") || el__tok_is(x, k, "may") || el__tok_is(x, k, "can"))
                return TN_FUT;
        for (int k = cue - 1; k >= 0 && k >= cue - 4 && !is_boundary(x, k); k--)
            if (el__is_deadline_verb(x, k))
                return TN_FUT;
        /* "would keep him sidelined until January": a modal governs the
         * participle */
        for (int k = cue - 1; k >= 0 && k >= cue - 5 && !is_boundary(x, k); k--)
            if (el__tok_is(x, k, "would") || el__tok_is(x, k, "will") || el__tok_is(x, k, "ll") ||
                el__tok_is(x, k, "could") || el__tok_is(x, k, "might"))
                return TN_FUT;
        return TN_PAST;
    }
    /* "for the rule to take effect Jan. 1", "the law takes effect on
     * Monday": an effective date lies ahead ("took effect" looks back),
     * and so does a deadline that "runs out" */
    {
        int k = el__tok_is(x, tb - 1, "on") || el__tok_is(x, tb - 1, "at") ? tb - 2 : tb - 1;
        if (el__tok_is(x, k, "effect") &&
            (el__tok_is(x, k - 1, "take") || el__tok_is(x, k - 1, "takes") || el__tok_is(x, k - 1, "taking")))
            return TN_FUT;
        /* "the government's funding runs out on Monday" ("ran out" looks back) */
        if (el__tok_is(x, k, "out") && (el__tok_is(x, k - 1, "runs") || el__tok_is(x, k - 1, "run")) &&
            !el__tok_lex(x, k - 2, LX_DET))
            return TN_FUT;
    }
    /* "The state pension rises by 2.8% from Monday", "schools are
     * closed from Monday": a change in the present from a day on */
    if (el__tok_is(x, tb - 1, "from") && el__tok_lex(x, tb, LX_WDAY)) {
        int cue = -1;
        int t = clause_tense(x, tb, te, &cue);
        if (t == TN_PRES || (t == TN_NONE && present_between(x, tb - 8 > 0 ? tb - 8 : 0, tb - 1)))
            return TN_FUT;
    }
    /* "on Wednesday and Thursday": the second takes the first's tense */
    if ((el__tok_is(x, tb - 1, "and") || el__tok_is(x, tb - 1, "or")) && tb >= 2 &&
        (el__tok_lex(x, tb - 2, LX_WDAY) || el__tok_lex(x, tb - 2, LX_MONTH)))
        return el__tense_at(x, tb - 2, tb - 1);
    /* "crude for August delivery", "the March contract", "December
     * heating oil rose": a futures month is still to come */
    if (el__tok_lex(x, te - 1, LX_MONTH) &&
        (el__tok_is(x, te, "delivery") || el__tok_is(x, te, "contract") ||
         el__tok_is(x, te, "futures") || el__tok_is(x, te, "crude") || el__tok_is(x, te, "gasoline") ||
         el__tok_is(x, te, "gold") || el__tok_is(x, te, "wheat") || el__tok_is(x, te, "corn") ||
         el__tok_is(x, te, "soybeans") || el__tok_is(x, te, "copper") || el__tok_is(x, te, "silver") ||
         (el__tok_is(x, te, "heating") && el__tok_is(x, te + 1, "oil")) ||
         (el__tok_is(x, te, "natural") && el__tok_is(x, te + 1, "gas"))))
        return TN_FUT;
    /* "has pushed the film from Nov. 3 to next summer": the date moved
     * from is still ahead when the move is news ("has pushed"), else the
     * nearest one ("elections postponed from April 20", said in May:
     * just passed); the clause's past tense
     * does not place it (a weekday moved from has mostly passed:
     * "postponed from Wednesday because of heavy rain") */
    if (el__tok_is(x, tb - 1, "from") && !el__tok_lex(x, tb, LX_WDAY))
        for (int k = tb - 2; k >= 0 && k >= tb - 12 && !(el__tk(x, k)->flags & TF_SEND); k--)
            if (el__tok_is(x, k, "pushed") || el__tok_is(x, k, "moved") || el__tok_is(x, k, "postponed") ||
                el__tok_is(x, k, "delayed") || el__tok_is(x, k, "rescheduled") || el__tok_is(x, k, "shifted"))
                return el__tok_is(x, k - 1, "has") || el__tok_is(x, k - 1, "have") ? TN_FUT : TN_NONE;
    /* "was pushed back to Monday", "postponed until Friday", "rescheduled
     * for June": a new date, still ahead ("stretching back to Boxing
     * Day" looks back) */
    /* "pushed back a month, to November": the new date after the delay */
    if (el__tok_is(x, tb - 1, "to") && el__punct(x, tb - 2, ',')) {
        for (int k = tb - 3; k >= 0 && k >= tb - 7; k--)
            if (el__tok_is(x, k, "back") && (el__tok_is(x, k - 1, "pushed") || el__tok_is(x, k - 1, "moved") ||
                                             el__tok_is(x, k - 1, "put")))
                return TN_FUT;
    }
    if ((el__tok_is(x, tb - 1, "to") || el__tok_is(x, tb - 1, "until") ||
         el__tok_is(x, tb - 1, "till") || el__tok_is(x, tb - 1, "for")) &&
        ((el__tok_is(x, tb - 2, "back") &&
          (el__tok_is(x, tb - 3, "pushed") || el__tok_is(x, tb - 3, "moved") ||
           el__tok_is(x, tb - 3, "put") || el__tok_is(x, tb - 3, "pushes"))) ||
         el__tok_is(x, tb - 2, "postponed") ||
         el__tok_is(x, tb - 2, "delayed") || el__tok_is(x, tb - 2, "rescheduled") ||
         el__tok_is(x, tb - 2, "deferred") || el__tok_is(x, tb - 2, "adjourned") ||
         /* "the bank holiday has been moved to Monday this year" */
         ((el__tok_is(x, tb - 2, "moved") || el__tok_is(x, tb - 2, "shifted")) && el__tok_is(x, tb - 1, "to"))))
        return TN_FUT;
    /* "has called both sides to a meeting on Wednesday", "invited them
     * for talks on Friday": a meeting someone is called to lies ahead */
    if (el__tok_is(x, tb - 1, "on")) {
        /* ... "to a meeting in Lima on Friday afternoon" */
        int m = tb - 2;
        if (el__cap(x, m) && el__tok_is(x, m - 1, "in"))
            m -= 2;
        if ((el__tok_is(x, m, "meeting") || el__tok_is(x, m, "talks")) &&
            (el__tok_is(x, m - 1, "a") || el__tok_is(x, m - 1, "for") || el__tok_is(x, m - 1, "to")) &&
            (el__tok_is(x, m - 2, "to") || el__tok_is(x, m - 2, "for") || el__tok_is(x, m - 1, "for") ||
             el__tok_is(x, m - 1, "to")))
            return TN_FUT;
    }
    /* "The festival runs from 10 a.m. to 6 p.m. Saturday": the hours of
     * an event ahead (a month is not: "a programme which runs from
     * November to March" is running) */
    if ((el__tok_is(x, tb - 1, "to") || el__tok_is(x, tb - 1, "from")) && weekday_in(x, tb, te))
        for (int k = tb - 1; k >= 0 && k >= tb - 16; k--)
            if (el__tok_is(x, k, "runs") && el__tok_is(x, k + 1, "from") && !el__tok_lex(x, k - 1, LX_DET)) {
                bool bounded = false;
                for (int b = k + 1; b < tb && !bounded; b++)
                    bounded = is_boundary(x, b);
                if (!bounded)
                    return TN_FUT;
                break;
            }
    /* "nearly fully booked for December", "bookings for July and August" */
    if (el__tok_is(x, tb - 1, "for") &&
        (el__tok_is(x, tb - 2, "booked") || el__tok_is(x, tb - 2, "bookings") ||
         el__tok_is(x, tb - 2, "reservations")))
        return TN_FUT;
    /* "pushing the Brexit deadline back to Oct. 31" */
    if (el__tok_is(x, tb - 1, "to") && el__tok_is(x, tb - 2, "back") && rescheduled_before(x, tb - 3, 5))
        return TN_FUT;
    /* "with Christmas coming up", "with the deadline approaching" */
    if ((el__tok_is(x, te, "coming") && el__tok_is(x, te + 1, "up")) || el__tok_is(x, te, "approaching") ||
        el__tok_is(x, te, "looming"))
        return TN_FUT;
    /* "had already moved its state deadline to June 15" */
    if (el__tok_is(x, tb - 1, "to") && el__tok_is(x, tb - 2, "deadline") && rescheduled_before(x, tb - 3, 4))
        return TN_FUT;
    /* "a second screening had been added for Saturday afternoon", "the
     * vote was set for Tuesday": a day something is booked for lies
     * ahead */
    if (el__tok_is(x, tb - 1, "for") && el__tok_lex(x, tb, LX_WDAY)) {
        /* ... unless the booking was an earlier one ("the deadline,
         * previously set for Friday, passed", "had been scheduled for
         * Sunday"; "said a screening had been added for Saturday" is
         * reported speech) */
        /* "had already missed a deadline they set for Thursday": a day
         * set and missed has passed */
        for (int k = tb - 2; k >= 0 && k >= tb - 6 && !is_boundary(x, k); k--)
            if (el__tok_is(x, k, "missed"))
                return TN_PAST;
        /* "Shanghai reported 3,450 asymptomatic cases and 50 symptomatic
         * cases for Sunday": the data of a day */
        for (int k = tb - 2; k >= 0 && k >= tb - 14 && !(el__tk(x, k + 1)->flags & TF_SEND); k--) {
            if (el__tok_is(x, k, "that") || el__tok_is(x, k, "set") || el__tok_is(x, k, "scheduled") ||
                el__tok_is(x, k, "planned") || el__tok_is(x, k, "slated") || el__tok_is(x, k, "booked"))
                break;
            if (el__tok_is(x, k, "reported") || el__tok_is(x, k, "recorded") || el__tok_is(x, k, "logged"))
                return TN_PAST;
        }
        /* "The daily average for Thursday was 400.03 ppm": a noun's day
         * before the past verb of its sentence, the nearest */
        if (cue_of(x, te) == TN_PAST && !el__tok_lex(x, tb - 2, LX_TENSE))
            return TN_NONE;
        bool earlier_plan = false;
        for (int k = tb - 2; k >= 0 && k >= tb - 5 && !is_boundary(x, k); k--)
            if (el__tok_is(x, k, "previously") || el__tok_is(x, k, "originally") ||
                el__tok_is(x, k, "initially") || el__tok_is(x, k, "once") ||
                /* "the race, which had been scheduled for Sunday" */
                (el__tok_is(x, k, "had") && el__tok_is(x, k + 1, "been") &&
                 (el__tok_is(x, k + 2, "scheduled") || el__tok_is(x, k + 2, "set") ||
                  el__tok_is(x, k + 2, "planned") || el__tok_is(x, k + 2, "slated"))))
                earlier_plan = true;
        if (!earlier_plan)
            return TN_FUT;
    }
    /* "The anniversary falls on Wednesday": where a date falls in the
     * week is ahead ("fell on" looks back) */
    if (el__tok_is(x, tb - 1, "on") && el__tok_is(x, tb - 2, "falls") && el__tok_lex(x, tb, LX_WDAY))
        return TN_FUT;
    /* "the conference runs through Thursday": a span still going on */
    if (el__tok_is(x, tb - 1, "through") && span_verb(x, tb - 2))
        return TN_FUT;
    /* "dating back to 1990", "stretching back to Boxing Day": a start
     * already passed */
    if (el__tok_is(x, tb - 1, "to") && el__tok_is(x, tb - 2, "back") &&
        (el__tok_is(x, tb - 3, "dating") || el__tok_is(x, tb - 3, "dates") ||
         el__tok_is(x, tb - 3, "stretching") || el__tok_is(x, tb - 3, "stretches") ||
         el__tok_is(x, tb - 3, "going") || el__tok_is(x, tb - 3, "goes") ||
         el__tok_is(x, tb - 3, "tracing") || el__tok_is(x, tb - 3, "traces")))
        return TN_PAST;
    /* "Monday is the one that matters", "Thursday marks six months
     * since the collapse": a day named as the subject of "is" lies ahead */
    if ((el__tok_is(x, te, "is") || el__tok_is(x, te, "marks")) && el__tok_lex(x, te - 1, LX_WDAY) && tb == te - 1 &&
        (tb == 0 || (el__tk(x, tb - 1)->flags & TF_SEND) || el__punct(x, tb - 1, '"') ||
         /* "NEW YORK, Sept 10 (Reuters) - Saturday marks a decade" */
         el__punct(x, tb - 1, '-') || (el__tk(x, tb)->flags & TF_PARA)))
        return TN_FUT;
    /* "its highest level since October": a start already passed */
    if (el__tok_is(x, tb - 1, "since"))
        return TN_PAST;
    /* "with temperatures back in the high 30s by Friday": a weekday after
     * "by" in a clause with no verb of its own lies ahead */
    if (el__tok_is(x, tb - 1, "by") && el__tok_lex(x, tb, LX_WDAY)) {
        int cue = -1;
        if (clause_tense(x, tb, te, &cue) == TN_NONE && cue < 0)
            return TN_FUT;
    }
    /* "If Henry has not acted by Thursday afternoon, the execution will
     * go forward": a condition's deadline lies ahead */
    if (el__tok_is(x, tb - 1, "by") && conditional_present(x, tb - 1))
        return TN_FUT;
    /* "ahead of the June 30 deadline", "ahead of Sunday's vote",
     * "looking ahead to the November elections" */
    if ((el__tok_is(x, tb - 1, "the") && el__tok_is(x, tb - 2, "to") && el__tok_is(x, tb - 3, "ahead")) ||
        (el__tok_is(x, tb - 1, "to") && el__tok_is(x, tb - 2, "ahead")) ||
        (el__tok_is(x, tb - 1, "of") && el__tok_is(x, tb - 2, "ahead")) ||
        (el__tok_is(x, tb - 1, "the") && el__tok_is(x, tb - 2, "of") &&
         el__tok_is(x, tb - 3, "ahead")))
        return TN_FUT;
    /* "were set to begin Friday after the Senate on Thursday rejected
     * both plans": a subject, the day, then its own past verb */
    if ((el__tok_is(x, tb - 1, "on") || (el__tk(x, tb - 1)->flags & TF_CAP)) && el__tk(x, tb - 1)->kind == TK_WORD &&
        el__tk(x, tb - 2)->kind == TK_WORD && !(el__tk(x, te)->flags & TF_CAP) && cue_of(x, te) == TN_PAST &&
        el__tok_lex(x, tb, LX_WDAY))
        return TN_PAST;
    int cue = -1;
    return clause_tense(x, tb, te, &cue);
}

