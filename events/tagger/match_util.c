/* match_util.c: small token predicates and number/ordinal/year parsers
 * shared by the matchers.  All of them are bounds-safe: a token index out of
 * range reads as the TK_END sentinel.
 */
#include <string.h>

#include "match.h"

const el__tok el__end_token = {0, 0, 0, -1, 0, 0, TK_END, 0, 0, 0};

const el__lex *el__tok_lex_slow(const el__ctx *x, int i, int cls)
{
    const el__tok *t = &x->tok[i];
    for (int k = 0; k < t->nlex; k++) {
        const el__lex *e = el__lex_at(t->lex - 1 + k);
        if (e->cls == cls)
            return e;
    }
    return NULL;
}


void el__cand_init(el__cand *c, int tb)
{
    memset(c, 0, sizeof *c);
    c->tb = tb;
    c->p.y = NOYEAR;
    c->p.hh = c->p.mi = c->p.ss = -1;
    c->p.tz = TZ_NONE;
    c->type = EL_TIMEX_DATE;
}

/* Small number words only (0..19 and tens), for hyphen compounds. */
static int numw_val(const el__ctx *x, int i)
{
    const el__lex *l = el__tok_lex(x, i, LX_NUMW);
    if (!l || l->val < 0 || l->val > 90)
        return -1;
    if (el__tok_is(x, i, "a") || el__tok_is(x, i, "an"))
        return -1;
    return l->val;
}

int el__parse_num(const el__ctx *x, int i, int64_t *val, bool allow_article)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_NUM) {
        if (t->num < 0)
            return 0;
        *val = t->num;
        return i + 1;
    }
    if (t->kind == TK_NUMSEP) {
        /* 1,000: digits with thousands groups (never a decimal). */
        const char *w = x->text + t->off;
        int64_t v = 0;
        for (uint32_t k = 0; k < t->len; k++) {
            if (w[k] == ',')
                continue;
            if (w[k] < '0' || w[k] > '9' || v > 100000000)
                return 0;
            v = v * 10 + (w[k] - '0');
        }
        *val = v;
        return i + 1;
    }
    if (t->kind != TK_WORD)
        return 0;
    int j = i;
    int64_t total = 0;
    bool any = false;
    if ((el__tok_is(x, j, "a") || el__tok_is(x, j, "an"))) {
        if (el__tok_is(x, j + 1, "hundred") || el__tok_is(x, j + 1, "thousand") ||
            el__tok_is(x, j + 1, "dozen")) {
            any = true;
            j++;
        } else if (allow_article) {
            *val = 1;
            return j + 1;
        } else {
            return 0;
        }
    }
    int64_t cur = any ? 1 : 0;
    any = false;
    for (int guard = 0; guard < 8; guard++) {
        int v = numw_val(x, j);
        if (v >= 0 && !el__tok_is(x, j, "hundred") && !el__tok_is(x, j, "thousand")) {
            /* "the big one sixty-five years ago": two numbers side by side
             * are two numbers, unless a hundred or thousand came first */
            if (any && cur % 100 != 0)
                break;
            if (v == 12 && el__tok_is(x, j, "dozen")) {
                cur = (cur ? cur : 1) * 12;
                any = true;
                j++;
                continue;
            }
            cur += v;
            any = true;
            j++;
            /* twenty-four / twenty four */
            if (v >= 20 && v % 10 == 0) {
                int k = j;
                if (el__punct(x, k, '-') && el__glued(x, k) && el__glued(x, k + 1))
                    k++;
                int u = numw_val(x, k);
                if (u >= 1 && u <= 9) {
                    cur += u;
                    j = k + 1;
                }
            }
            continue;
        }
        if (el__tok_is(x, j, "hundred") && (any || cur)) {
            cur = (cur ? cur : 1) * 100;
            any = true;
            j++;
            if (el__tok_is(x, j, "and") && numw_val(x, j + 1) > 0)
                j++;
            continue;
        }
        if (el__tok_is(x, j, "thousand") && (any || cur)) {
            total += (cur ? cur : 1) * 1000;
            cur = 0;
            any = true;
            j++;
            if (el__tok_is(x, j, "and") && numw_val(x, j + 1) > 0)
                j++;
            continue;
        }
        break;
    }
    if (!any)
        return 0;
    *val = total + cur;
    return j;
}

int el__parse_ord(const el__ctx *x, int i, int *val)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_NUM && t->num > 0 && t->num < 1000 && el__glued(x, i + 1)) {
        if (el__tok_is(x, i + 1, "th") || el__tok_is(x, i + 1, "st") ||
            el__tok_is(x, i + 1, "nd") || el__tok_is(x, i + 1, "rd")) {
            *val = t->num;
            return i + 2;
        }
        return 0;
    }
    const el__lex *l = el__tok_lex(x, i, LX_ORDW);
    if (l) {
        *val = l->val;
        return i + 1;
    }
    /* twenty-first, thirty first */
    const el__lex *n = el__tok_lex(x, i, LX_NUMW);
    if (n && n->val >= 20 && n->val <= 90 && n->val % 10 == 0) {
        int k = i + 1;
        if (el__punct(x, k, '-'))
            k++;
        const el__lex *o = el__tok_lex(x, k, LX_ORDW);
        if (o && o->val >= 1 && o->val <= 9) {
            *val = n->val + o->val;
            return k + 1;
        }
    }
    return 0;
}

/* True when token k names a kind of street ("Drive", "Avenue", "St.";
 * not "Court": "a 2005 Supreme Court order"). */
static bool street_word(const el__ctx *x, int k)
{
    return el__cap(x, k) &&
           (el__tok_is(x, k, "drive") || el__tok_is(x, k, "street") || el__tok_is(x, k, "avenue") ||
            el__tok_is(x, k, "road") || el__tok_is(x, k, "boulevard") || el__tok_is(x, k, "lane") ||
            el__tok_is(x, k, "terrace") || el__tok_is(x, k, "parkway") || el__tok_is(x, k, "st") ||
            el__tok_is(x, k, "ave") || el__tok_is(x, k, "rd") || el__tok_is(x, k, "blvd"));
}

/* Words after a number that make it a quantity, not a year. */
static bool measure_after(const el__ctx *x, int i)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_PUNCT)
        return t->c == '%';
    if (t->kind != TK_WORD)
        return false;
    if (el__tok_lex(x, i, LX_MEASURE) || el__tok_lex(x, i, LX_UNIT))
        return true;
    return false;
}

bool el__year_context_ok(const el__ctx *x, int i, int end)
{
    /* Glued neighbours: $2011, B-2000, 2011km, 12:2011, 2011.5 */
    if (i > 0 && el__glued(x, i)) {
        const el__tok *p = el__tk(x, i - 1);
        if (p->kind == TK_WORD || p->kind == TK_NUM || p->kind == TK_NUMSEP)
            return false;
        if (p->kind == TK_PUNCT && p->c != '(' && p->c != '"' && p->c != '\'' &&
            p->c != '[') {
            if (p->c != '-' && p->c != '/')
                return false;
            /* 1998-2011: a range is fine, B-2000 is not */
            const el__tok *pp = el__tk(x, i - 2);
            if (p->c == '-' && !(pp->kind == TK_NUM && pp->ndig == 4) &&
                !el__tok_is(x, i - 2, "mid") && !el__tok_is(x, i - 2, "post") && !el__tok_is(x, i - 2, "pre"))
                return false;
            if (p->c == '/')
                return false;
        }
    }
    /* "under 1300 East between 8600 South and 9400 South": a street of a
     * grid city, not a year ("in 1990 East Germany" is one) */
    if ((el__tok_is(x, end, "east") || el__tok_is(x, end, "west") || el__tok_is(x, end, "north") ||
         el__tok_is(x, end, "south")) &&
        el__cap(x, end) && !el__cap(x, end + 1) && el__tk(x, end + 1)->kind != TK_NUM)
        return false;
    const el__tok *n = el__tk(x, end);
    if (n->kind != TK_END && el__glued(x, end)) {
        if (n->kind == TK_WORD || n->kind == TK_NUM || n->kind == TK_NUMSEP)
            return false;
        if (n->kind == TK_PUNCT && (n->c == '.' || n->c == ',' || n->c == ':' ||
                                    n->c == '/') &&
            el__tk(x, end + 1)->kind == TK_NUM && el__glued(x, end + 1))
            return false;
        if (n->kind == TK_PUNCT && n->c == '%')
            return false;
        /* 2018-02-30, 1998-99: part of a numeric date or a code */
        if (n->kind == TK_PUNCT && n->c == '-' && el__tk(x, end + 1)->kind == TK_NUM &&
            el__glued(x, end + 1) && el__tk(x, end + 1)->ndig <= 2)
            return false;
    }
    if (el__tok_lex(x, i - 1, LX_IDNOUN))
        return false;
    /* "Local 1199" (a union), "Form 1099", "Proposition 2010": capitalised
     * names whose lower-case words may come before a year ("local 2011
     * elections") */
    if (el__cap(x, i - 1) && (el__tok_is(x, i - 1, "local") || el__tok_is(x, i - 1, "form") ||
                              el__tok_is(x, i - 1, "proposition") || el__tok_is(x, i - 1, "prop") ||
                              el__tok_is(x, i - 1, "post")))
        return false;
    /* "the Lumia 1020", "Model 1100": a number before the year 1500 right
     * after a capitalised name is a model, not a year (months and
     * "AD" still date it) */
    if (el__tk(x, i)->kind == TK_NUM && el__tk(x, i)->num < 1500 && el__cap(x, i - 1) &&
        el__tk(x, i - 1)->kind == TK_WORD && !el__tok_lex(x, i - 1, LX_MONTH) && !el__tok_lex(x, i - 1, LX_DET) &&
        !el__tok_lex(x, i - 1, LX_PREP) && !(el__tk(x, i - 1)->flags & TF_SEND) &&
        !(el__tk(x, i)->flags & (TF_NL | TF_PARA)) && !(el__tk(x, i - 1)->flags & TF_UPPER))
        return false;
    /* "lot codes that begin with 1209 or 1210": a number before the year
     * 1500 is a year only after a word that dates ("in 1215", "since
     * 1066", "of 1348", "the year 800") or before an era */
    if (el__tk(x, i)->kind == TK_NUM && el__tk(x, i)->num < 1500 && el__tk(x, i - 1)->kind == TK_WORD &&
        !el__tok_lex(x, i - 1, LX_MONTH) && !el__tok_lex(x, i - 1, LX_ERA) && !el__tok_lex(x, end, LX_ERA) &&
        (el__tok_is(x, i - 1, "with") || el__tok_is(x, i - 1, "or") || el__tok_is(x, i - 1, "code") ||
         el__tok_is(x, i - 1, "codes") || el__tok_is(x, i - 1, "lot") || el__tok_is(x, i - 1, "lots") ||
         el__tok_is(x, i - 1, "number") || el__tok_is(x, i - 1, "numbers") || el__tok_is(x, i - 1, "numbered")))
        return false;
    /* "at 1450 Riverfront Drive": a house number ("in 1999 Main Street
     * was closed" keeps its year) */
    if (el__cap(x, end) && el__tk(x, end)->kind == TK_WORD && street_word(x, end + 1) &&
        !el__tok_lex(x, i - 1, LX_DET) &&
        (!el__tok_lex(x, i - 1, LX_PREP) || el__tok_is(x, i - 1, "at") || el__tok_is(x, i - 1, "on")))
        return false;
    /* "the 1400 block of Wyoming Street", "1520 E. Main St.": addresses */
    if (el__tok_is(x, end, "block") ||
        (el__tk(x, end)->len == 1 && el__punct(x, end + 1, '.') &&
         (el__tok_is(x, end, "e") || el__tok_is(x, end, "w") || el__tok_is(x, end, "n") || el__tok_is(x, end, "s")) &&
         el__cap(x, end) && el__cap(x, end + 2)))
        return false;
    if (el__punct(x, i - 1, '$') || el__punct(x, i - 1, '#') || el__punct(x, i - 1, '+'))
        return false;
    /* "in 2014 dollars": money of that year's value, the year is a date */
    if (measure_after(x, end) && !(el__tok_is(x, i - 1, "in") && el__tok_is(x, end, "dollars")))
        return false;
    /* "2011 people were evacuated": a plural noun after a number with
     * nothing that introduces a date before it. */
    const el__tok *nx = el__tk(x, end);
    if (nx->kind == TK_WORD && !(nx->flags & TF_CAP) && nx->len >= 4) {
        const char *w = x->text + nx->off;
        if (w[nx->len - 1] == 's' && w[nx->len - 2] != 's' && w[nx->len - 2] != 'u' &&
            w[nx->len - 2] != 'i' && !el__tok_lex(x, end, LX_TENSE) &&
            !el__tok_lex(x, end, LX_PREP) && !el__tok_lex(x, end, LX_DET) &&
            !el__tok_lex(x, end, LX_CLAUSE)) {
            const el__tok *pv = el__tk(x, i - 1);
            bool introduced = pv->kind == TK_WORD &&
                              (el__tok_lex(x, i - 1, LX_PREP) || el__tok_lex(x, i - 1, LX_DET) ||
                               el__tok_lex(x, i - 1, LX_MONTH) || el__tok_lex(x, i - 1, LX_REL));
            /* "By mid-2012 rebels controlled": "mid-" introduces it; so
             * does a possessive ("the BBC's 1964 series") */
            if ((el__punct(x, i - 1, '-') && el__tok_is(x, i - 2, "mid")) ||
                (el__tok_is(x, i - 1, "s") && el__punct(x, i - 2, '\'') && el__glued(x, i - 1)))
                introduced = true;
            /* "expects 2005 earnings", "the 2011 elections", "below 1990
             * levels": nouns a year dates rather than counts */
            if (el__tk(x, i)->num >= 1900 &&
                (el__tok_is(x, end, "earnings") || el__tok_is(x, end, "sales") ||
                 el__tok_is(x, end, "profits") || el__tok_is(x, end, "revenues") ||
                 el__tok_is(x, end, "results") || el__tok_is(x, end, "elections") ||
                 el__tok_is(x, end, "figures") || el__tok_is(x, end, "forecasts") ||
                 el__tok_is(x, end, "estimates") || el__tok_is(x, end, "levels") ||
                 el__tok_is(x, end, "returns") || el__tok_is(x, end, "shipments")))
                introduced = true;
            if (!introduced)
                return false;
        }
    }
    return true;
}

/* A small word a title leaves in lower case ("Winter in Narva"). */
static bool title_small_word(const el__ctx *x, int k)
{
    const el__tok *t = el__tk(x, k);
    return t->len < 4 || el__tok_is(x, k, "with") || el__tok_is(x, k, "from") || el__tok_is(x, k, "into") ||
           el__tok_is(x, k, "over") || el__tok_is(x, k, "upon");
}

bool el__in_title(const el__ctx *x, int tb, int te)
{
    int open = -1, close = -1;
    for (int k = tb - 1; k >= 0 && k >= tb - 8; k--) {
        if (el__tk(x, k)->flags & TF_SEND)
            break;
        if (el__punct(x, k, '"')) {
            open = k;
            break;
        }
    }
    if (open < 0)
        return false;
    for (int k = te; k < x->ntok && k <= te + 8; k++) {
        if (el__punct(x, k, '"')) {
            close = k;
            break;
        }
        if (el__tk(x, k)->flags & TF_SEND)
            break;
    }
    if (close < 0)
        return false;
    /* every other word of four letters or more capitalised, and one at least */
    int words = 0;
    for (int k = open + 1; k < close; k++) {
        const el__tok *t = el__tk(x, k);
        if ((k >= tb && k < te) || t->kind != TK_WORD || title_small_word(x, k))
            continue;
        if (!(t->flags & TF_CAP))
            return false;
        words++;
    }
    return words > 0;
}

/* A score: "27-24", "98-31" (two numbers of at most three digits joined
 * by a hyphen, the first not a year). */
static bool score_at(const el__ctx *x, int k)
{
    const el__tok *a = el__tk(x, k), *b = el__tk(x, k + 2);
    return a->kind == TK_NUM && a->ndig <= 3 && el__punct(x, k + 1, '-') && el__glued(x, k + 1) &&
           b->kind == TK_NUM && b->ndig <= 3 && el__glued(x, k + 2);
}

/* Adds token k's game and books marks to *seen and *score (a '%' counts
 * as a word of the books). */
static void note_period_word(const el__ctx *x, int k, uint32_t *seen, bool *score)
{
    const el__tok *t = el__tk(x, k);
    *seen |= t->cls;
    if (t->kind == TK_PUNCT && t->c == '%')
        *seen |= 1u << LX_BOOKS;
    else
        *score = *score || score_at(x, k);
}

bool el__game_period(const el__ctx *x, int i)
{
    /* the lexicon marks the words (LX_GAME, LX_BOOKS): one test a token */
    uint32_t seen = 0;
    bool score = false;
    for (int k = i - 1, n = 0; k >= 0 && n < 40 && !(el__tk(x, k)->flags & TF_SEND); k--, n++) {
        note_period_word(x, k, &seen, &score);
        if (el__tk(x, k)->flags & TF_PARA)
            break;
    }
    for (int k = i + 1, n = 0; k < x->ntok && n < 40 && !(el__tk(x, k)->flags & TF_PARA); k++, n++) {
        note_period_word(x, k, &seen, &score);
        if (el__tk(x, k)->flags & TF_SEND)
            break;
    }
    return ((seen & (1u << LX_GAME)) || score) && !(seen & (1u << LX_BOOKS));
}

int el__parse_year4(const el__ctx *x, int i, int64_t *y)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_NUM || t->ndig != 4 || t->num < 1000 || t->num > 2100)
        return 0;
    *y = t->num;
    return i + 1;
}

int el__parse_ampm(const el__ctx *x, int i, bool *pm)
{
    /* am pm a.m. p.m. A.M. (optionally glued to the number) */
    if (el__tok_is(x, i, "am") || el__tok_is(x, i, "pm")) {
        if (el__tok_is(x, i, "am") && !el__glued(x, i) && el__cap(x, i))
            return 0; /* "AM" as a word: only glued or lower-case */
        *pm = el__tok_is(x, i, "pm");
        return i + 1;
    }
    if ((el__tok_is(x, i, "a") || el__tok_is(x, i, "p")) && el__punct(x, i + 1, '.') &&
        el__glued(x, i + 1) && el__tok_is(x, i + 2, "m") && el__glued(x, i + 2)) {
        *pm = el__tok_is(x, i, "p");
        int j = i + 3;
        if (el__punct(x, j, '.') && el__glued(x, j))
            j++;
        return j;
    }
    return 0;
}
