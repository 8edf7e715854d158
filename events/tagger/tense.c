/* tense.c: the tense of the clause around a time expression, from cue words
 * (no part-of-speech tagger).  The nearest cue before the expression inside
 * its clause wins; without one, the first cue after it.  Future: will,
 * would, shall, 'll, going to, plan/expect/schedule(d)/due/set + to|for.
 * Past: was, were, had, did, irregular past forms, regular -ed forms (not
 * after a determiner), has/have + participle (present perfect).
 */
#include <string.h>

#include "tagger_internal.h"

#define TENSE_WINDOW 10

/* True for tokens that end a clause for the purpose of tense. */
static bool is_boundary(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_END)
        return true;
    if (t->kind == TK_PUNCT)
        return t->c == ';' || t->c == ':' || t->c == '(' || t->c == ')' ||
               t->c == '"' || (t->flags & TF_SEND) != 0;
    if (t->flags & TF_PARA)
        return true;
    return el__tok_lex(x, i, LX_CLAUSE) != NULL;
}

/* Tense cue of token i alone (TN_NONE when none). */
static int cue_of(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_WORD)
        return TN_NONE;
    const el__lex *l = el__tok_lex(x, i, LX_TENSE);
    if (l) {
        if (l->val == TN_PERF_AUX) {
            /* has/have + a participle within two words: present perfect. */
            for (int k = i + 1; k <= i + 3; k++) {
                const el__tok *n = el__tk(x, k);
                if (n->kind != TK_WORD)
                    break;
                const el__lex *nl = el__tok_lex(x, k, LX_TENSE);
                if (nl && nl->val == TN_PAST)
                    return TN_PAST;
                if (n->len > 3 && memcmp(x->text + n->off + n->len - 2, "ed", 2) == 0)
                    return TN_PAST;
            }
            return TN_PRES;
        }
        if (l->val == TN_FUT) {
            /* may/set: only as future cue before "to" or a verb. */
            if (el__tok_is(x, i, "may"))
                return (t->flags & TF_CAP) ? TN_NONE : TN_FUT;
            /* planned, scheduled, slated, expected, due: what they govern
             * lies ahead, whatever the tense of the clause */
            /* "had been scheduled to expire", "as previously planned": a
             * plan made earlier for a time now past */
            if (el__tok_is(x, i - 1, "had") || el__tok_is(x, i - 1, "previously") ||
                el__tok_is(x, i - 1, "originally") || el__tok_is(x, i - 1, "initially") ||
                (el__tok_is(x, i - 1, "been") && el__tok_is(x, i - 2, "had")))
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
                /* "set to", "scheduled for", "set sentencing for Sept. 24" */
                for (int k = i + 1; k <= i + 3 && k < x->ntok; k++) {
                    if (el__tok_is(x, k, "to") || el__tok_is(x, k, "for"))
                        return TN_FUT;
                    if (x->tok[k].kind != TK_WORD)
                        break;
                }
                return (el__tok_is(x, i, "going") || el__tok_is(x, i, "planning")) ? TN_NONE
                                                                                  : TN_PAST;
            }
            return TN_FUT;
        }
        if (l->val == TN_EXCEPT_ED)
            return TN_NONE;
        /* "is to resume trading Tuesday": be + to + verb is a plan */
        if (l->val == TN_PRES && (el__tok_is(x, i, "is") || el__tok_is(x, i, "are")) &&
            el__tok_is(x, i + 1, "to") && el__tk(x, i + 2)->kind == TK_WORD &&
            !el__tok_lex(x, i + 2, LX_DET))
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

int el__tense_at(const el__ctx *x, int tb, int te)
{
    /* "as soon as Tuesday", "as early as next week" */
    if (el__tok_is(x, tb - 1, "as") && el__tok_is(x, tb - 3, "as") &&
        (el__tok_is(x, tb - 2, "soon") || el__tok_is(x, tb - 2, "early")))
        return TN_FUT;
    for (int i = tb - 1, n = 0; i >= 0 && n < TENSE_WINDOW; i--, n++) {
        if (is_boundary(x, i)) {
            /* "will leave at 4 in the morning (4 a.m. EDT Thursday)": an
             * expression opening a parenthesis restates one of the clause
             * around it */
            if (i == tb - 1 && el__tk(x, i)->kind == TK_PUNCT && el__tk(x, i)->c == '(')
                continue;
            break;
        }
        int c = cue_of(x, i);
        /* "will be held": a participle after "be" takes the tense of the
         * auxiliary before it */
        if (c == TN_PAST && el__tok_is(x, i - 1, "be"))
            continue;
        if (c != TN_NONE)
            return c;
    }
    for (int i = te, n = 0; i < x->ntok && n < TENSE_WINDOW; i++, n++) {
        if (is_boundary(x, i))
            break;
        int c = cue_of(x, i);
        if (c != TN_NONE)
            return c;
    }
    return TN_NONE;
}
