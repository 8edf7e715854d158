/* dateline.c: finds an agency dateline at the top of a news text, such as
 *   TRIPOLI, July 7 (Xinhua) --
 *   WASHINGTON (AP) --
 *   LONDON, March 3, 2013 (Reuters) -
 *   CANBERRA, Australia (AP)_
 * and the weekday the lead names for the report's day ("said on Saturday",
 * else the first weekday), which el_tag uses to pick the year of a dateline
 * without one.
 */
#include <stdio.h>
#include <string.h>

#include "eventline/date.h"
#include "match.h"

#define DL_TOKENS 96
#define DL_BYTES 2048

static bool is_dash(const el__ctx *x, int i)
{
    return el__punct(x, i, '-') || el__punct(x, i, '_');
}

/* True when a reporting verb stands just before the weekday at k, with at
 * most "on" between them: "said on Tuesday", "announced Tuesday". */
static bool reporting_verb_before(const el__ctx *x, int k)
{
    static const char *const verbs[] = {"said", "says", "announced", "told", "reported",
                                        "stated", "confirmed", "declared", "added"};
    int v = k - 1;
    if (v >= 0 && x->tok[v].kind == TK_WORD && x->tok[v].len == 2 &&
        strncmp(x->text + x->tok[v].off, "on", 2) == 0)
        v--;
    if (v < 0 || x->tok[v].kind != TK_WORD)
        return false;
    const char *w = x->text + x->tok[v].off;
    size_t len = x->tok[v].len;
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (strlen(verbs[i]) == len && strncmp(w, verbs[i], len) == 0)
            return true;
    return false;
}

void el__find_dateline(const char *text, size_t len, el__dateline *dl)
{
    memset(dl, 0, sizeof *dl);
    dl->y = NOYEAR;
    el__tok toks[DL_TOKENS];
    size_t next;
    size_t lim = len < DL_BYTES ? len : DL_BYTES;
    int n = el__scan(text, lim, 0, toks, DL_TOKENS, &next);
    el__ctx x = {text, lim, toks, n, EL__COUNTRY_US};
    int i = 0;
    /* The place: upper-case words (DAR ES SALAAM, O'SMACH, ST. LOUIS). */
    int upper = 0;
    while (i < n && i < 12) {
        const el__tok *t = &toks[i];
        if (t->kind == TK_WORD && ((t->flags & TF_UPPER) || (t->len == 1 && (t->flags & TF_CAP)))) {
            upper += (t->flags & TF_UPPER) ? 1 : 0;
            i++;
        } else if (t->kind == TK_PUNCT && (t->c == '\'' || t->c == '.') && i > 0 && el__glued(&x, i)) {
            i++;
        } else {
            break;
        }
    }
    if (upper == 0)
        return;
    int place_end = i;
    /* ", Country" or ", State Abbr." */
    int j = i;
    if (el__punct(&x, j, ',') && !el__tok_lex(&x, j + 1, LX_MONTH)) {
        int k = j + 1, words = 0;
        while (k < n && words < 4 && ((toks[k].kind == TK_WORD && (toks[k].flags & TF_CAP)) ||
                                      (el__punct(&x, k, '.') && el__glued(&x, k)))) {
            if (el__tok_lex(&x, k, LX_MONTH) && words > 0)
                break;
            if (toks[k].kind == TK_WORD)
                words++;
            k++;
        }
        if (words > 0 && !el__tok_lex(&x, j + 1, LX_MONTH))
            j = k;
    }
    /* ", Month Day[, Year]" */
    int m = 0, d = 0;
    int64_t y = NOYEAR;
    if (el__punct(&x, j, ',')) {
        const el__lex *ml = el__tok_lex(&x, j + 1, LX_MONTH);
        if (ml && el__cap(&x, j + 1)) {
            int k = j + 2;
            if (el__punct(&x, k, '.'))
                k++;
            if (toks[k < n ? k : 0].kind == TK_NUM && k < n && toks[k].num >= 1 && toks[k].num <= 31) {
                m = ml->val;
                d = toks[k].num;
                k++;
                if (el__punct(&x, k, ',') && k + 1 < n && toks[k + 1].kind == TK_NUM &&
                    toks[k + 1].ndig == 4) {
                    y = toks[k + 1].num;
                    k += 2;
                }
                j = k;
            }
        }
    }
    /* "(Agency)" */
    bool agency = false;
    if (el__punct(&x, j, '(')) {
        int k = j + 1;
        while (k < n && k < j + 6 && toks[k].kind == TK_WORD)
            k++;
        if (k > j + 1 && el__punct(&x, k, ')')) {
            agency = true;
            j = k + 1;
        }
    }
    bool dash = false;
    while (j < n && is_dash(&x, j)) {
        dash = true;
        j++;
    }
    if (!agency && !(m && dash))
        return;
    if (m && d > el_days_in_month(y == NOYEAR ? 2000 : y, m))
        m = d = 0, y = NOYEAR;
    dl->found = true;
    dl->start = toks[0].off;
    dl->end = j > 0 ? toks[j - 1].off + toks[j - 1].len : 0;
    dl->m = m;
    dl->d = d;
    dl->y = y;
    {
        size_t ps = toks[0].off, pe = toks[place_end - 1].off + toks[place_end - 1].len;
        size_t pl = pe - ps;
        if (pl >= sizeof dl->place)
            pl = sizeof dl->place - 1;
        memcpy(dl->place, text + ps, pl);
        dl->place[pl] = 0;
    }
    /* The weekday that names the report's own day: the one a reporting verb
     * governs ("said on Tuesday", "announced Tuesday"), else the first
     * weekday of the lead.  An event weekday ("tore through on Monday")
     * usually comes first in the lead, so a reporting one wins over it. */
    int first = -1, reported = -1;
    for (int k = j; k < n; k++) {
        const el__lex *w = el__tok_lex(&x, k, LX_WDAY);
        if (w && !(w->flags & (LF_PLURAL | LF_ABBR)) && el__cap(&x, k)) {
            if (first < 0)
                first = k;
            if (reported < 0 && reporting_verb_before(&x, k)) {
                reported = k;
                break;
            }
        }
        if (toks[k].flags & TF_PARA && k > j + 40)
            break;
    }
    int pick = reported >= 0 ? reported : first;
    if (pick >= 0) {
        dl->lead_wday = el__tok_lex(&x, pick, LX_WDAY)->val;
        size_t wl = toks[pick].len < sizeof dl->lead_wday_word - 1 ? toks[pick].len
                                                                   : sizeof dl->lead_wday_word - 1;
        memcpy(dl->lead_wday_word, text + toks[pick].off, wl);
        dl->lead_wday_word[wl] = 0;
    }
}
