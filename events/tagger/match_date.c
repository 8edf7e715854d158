/* match_date.c: matchers for calendar expressions written with numbers or
 * month names: ISO and slash dates, "July 4, 2018", "4 July", "Nov. 2011",
 * bare months, weekdays, clock times, years, decades, centuries, BC years,
 * quarters and halves, holidays.
 */
#include <stdio.h>
#include <string.h>

#include "eventline/date.h"
#include "match.h"

/* Month name at i (capitalised; an abbreviation may take a glued dot).
 * Returns the end token or 0. */
static int month_at(const el__ctx *x, int i, int *m, bool *risky, bool *abbr)
{
    const el__lex *l = el__tok_lex(x, i, LX_MONTH);
    if (!l || !el__cap(x, i))
        return 0;
    *m = l->val;
    *risky = (l->flags & LF_RISKY) != 0;
    *abbr = (l->flags & LF_ABBR) != 0;
    int j = i + 1;
    if (*abbr && el__punct(x, j, '.') && el__glued(x, j))
        j++;
    return j;
}

/* Day of month at i: 1..31 as digits (not part of a time or decimal) or an
 * ordinal.  Returns the end token or 0. */
static int day_at(const el__ctx *x, int i, int *d)
{
    const el__tok *t = el__tk(x, i);
    int v = 0;
    int e = el__parse_ord(x, i, &v);
    if (e && v >= 1 && v <= 31) {
        *d = v;
        return e;
    }
    if (t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31) {
        const el__tok *n = el__tk(x, i + 1);
        if (n->kind != TK_END && el__glued(x, i + 1)) {
            if (n->kind == TK_WORD || n->kind == TK_NUM)
                return 0;
            if (n->kind == TK_PUNCT && (((n->c == ':' || n->c == '/') && el__tk(x, i + 2)->kind == TK_NUM &&
                                         el__glued(x, i + 2)) || n->c == '%' ||
                                        (n->c == '.' && el__tk(x, i + 2)->kind == TK_NUM &&
                                         el__glued(x, i + 2))))
                return 0;
        }
        if (el__tok_lex(x, i + 1, LX_MEASURE) || el__tok_lex(x, i + 1, LX_UNIT))
            return 0;
        *d = t->num;
        return i + 1;
    }
    return 0;
}

/* "nineteen ninety-seven": a year written in words; returns the end or 0. */
static int word_year(const el__ctx *x, int i, int64_t *y)
{
    if (!el__tok_is(x, i, "nineteen"))
        return 0;
    int64_t v;
    int e = el__parse_num(x, i + 1, &v, false);
    if (e && v >= 10 && v <= 99) {
        *y = 1900 + v;
        return e;
    }
    return 0;
}

/* A year after a month/day: "2018", with the usual context checks. */
static int year_after(const el__ctx *x, int i, int64_t *y)
{
    int e = el__parse_year4(x, i, y);
    if (!e)
        return word_year(x, i, y);
    const el__tok *n = el__tk(x, e);
    if (n->kind != TK_END && el__glued(x, e) &&
        (n->kind == TK_WORD || n->kind == TK_NUM))
        return 0;
    if (el__tok_lex(x, e, LX_MEASURE))
        return 0;
    return e;
}

/* True when the lower-case word at k introduces a person rather than a
 * month: "said May, who signed", "her sister May", "named June". */
static bool name_before_month(const el__ctx *x, int k)
{
    return el__tok_is(x, k, "said") || el__tok_is(x, k, "says") || el__tok_is(x, k, "told") ||
           el__tok_is(x, k, "asked") || el__tok_is(x, k, "named") || el__tok_is(x, k, "called") ||
           el__tok_is(x, k, "sister") || el__tok_is(x, k, "brother") || el__tok_is(x, k, "wife") ||
           el__tok_is(x, k, "husband") || el__tok_is(x, k, "daughter") || el__tok_is(x, k, "son") ||
           el__tok_is(x, k, "mother") || el__tok_is(x, k, "father") || el__tok_is(x, k, "aunt") ||
           el__tok_is(x, k, "uncle") || el__tok_is(x, k, "coach") || el__tok_is(x, k, "pitcher") ||
           el__tok_is(x, k, "friend") || el__tok_is(x, k, "and");
}

/* Does a bare month name at i (month m) look like a date? */
static bool bare_month_ok(const el__ctx *x, int i, int e, bool risky, bool abbr)
{
    if (abbr)
        return false;
    const el__tok *t = el__tk(x, i);
    if (t->flags & TF_UPPER)
        return false;
    /* A capitalised word before it that is not sentence-initial: a name
     * ("Theresa May", "Mrs May", "Ben March"). */
    if (el__tok_lex(x, i - 1, LX_TITLE))
        return false;
    const el__tok *p = el__tk(x, i - 1);
    if (p->kind == TK_WORD && (p->flags & TF_CAP) && !el__tok_lex(x, i - 1, LX_PREP) &&
        !el__tok_lex(x, i - 1, LX_DET) && !el__tok_lex(x, i - 1, LX_REL) &&
        !el__tok_lex(x, i - 1, LX_MODW) && !el__tok_lex(x, i - 1, LX_MONTH))
        return false;
    /* A capitalised word after it: "August Wilson", "March Madness";
     * after a preposition the month is a date and the word the subject
     * ("In October Hollis went public"). */
    const el__tok *n = el__tk(x, e);
    if (n->kind == TK_WORD && (n->flags & TF_CAP) && !el__tok_lex(x, e, LX_PREP) &&
        !el__tok_lex(x, e, LX_MONTH) && !el__tok_lex(x, e, LX_WDAY) &&
        !(el__tok_lex(x, i - 1, LX_PREP) && !el__tok_is(x, i - 1, "and") && !el__tok_is(x, i - 1, "or") &&
          !el__cap(x, e + 1)) &&
        /* ... but "its January U.S. sales": an initialism after a determiner */
        !(n->len == 1 && el__punct(x, e + 1, '.') && el__glued(x, e + 1) &&
          (el__tok_lex(x, i - 1, LX_DET) || el__tok_is(x, i - 1, "its") || el__tok_is(x, i - 1, "their"))))
        return false;
    /* "June said.", "June taught piano lessons": a month does not speak
     * or teach; a person named June does ("a report issued in June said"
     * is the month's) */
    if (!el__tok_lex(x, i - 1, LX_PREP) && (el__tok_is(x, e, "said") || el__tok_is(x, e, "says") || el__tok_is(x, e, "told") ||
        el__tok_is(x, e, "recalled") || el__tok_is(x, e, "recalls") || el__tok_is(x, e, "added") ||
        el__tok_is(x, e, "laughed") || el__tok_is(x, e, "smiled") || el__tok_is(x, e, "taught") ||
        el__tok_is(x, e, "married") || el__tok_is(x, e, "wrote") || el__tok_is(x, e, "explained")))
        return false;
    /* "His wife, June, died": a month between commas after a noun is
     * someone's name */
    if (el__punct(x, i - 1, ',') && el__punct(x, e, ',') && el__tk(x, i - 2)->kind == TK_WORD &&
        !el__cap(x, i - 2) && !el__tok_lex(x, i - 2, LX_PREP) && !el__tok_lex(x, i - 2, LX_MONTH))
        return false;
    if (el__punct(x, e, '-') && el__glued(x, e))
        return false;
    if (risky) {
        /* May/March need a preposition, modifier or determiner before. */
        bool ok = el__tok_lex(x, i - 1, LX_PREP) || el__tok_lex(x, i - 1, LX_MODW) ||
                  el__tok_lex(x, i - 1, LX_REL) || el__tok_is(x, i - 1, "the") ||
                  el__tok_is(x, i - 1, "its") || el__tok_is(x, i - 1, "their") ||
                  (el__punct(x, i - 1, '-') && el__tok_is(x, i - 2, "mid")) ||
                  /* a capital inside a sentence after a lower-case word
                   * ("the coldest March", "compared with March", "will
                   * release March retail sales"); the verb and the modal
                   * are written in lower case */
                  (p->kind == TK_WORD && !(p->flags & TF_CAP) && !(t->flags & TF_SEND) && !el__in_title(x, i, e) &&
                   !name_before_month(x, i - 1)) ||
                  /* "March was 8.6 degrees above normal" */
                  ((i == 0 || (el__tk(x, i - 1)->flags & TF_SEND) || (t->flags & (TF_NL | TF_PARA))) &&
                   (el__tok_is(x, e, "was") || el__tok_is(x, e, "is") || el__tok_is(x, e, "has") ||
                    el__tok_is(x, e, "had")));
        if (!ok)
            return false;
        /* "to May", "and March" only after another month ("January and
         * March", "from May to July") or a span of time ("the three
         * months to March", "the year to May") */
        if ((el__tok_is(x, i - 1, "to") || el__tok_is(x, i - 1, "and")) &&
            !el__tok_lex(x, i - 2, LX_MONTH) && !el__tok_is(x, i - 2, "months") &&
            !el__tok_is(x, i - 2, "weeks") && !el__tok_is(x, i - 2, "year") &&
            !el__tok_is(x, i - 2, "quarter"))
            return false;
        /* "March for Our Lives", "March on Washington" ("released in
         * March on Sub Pop Records" is the month) */
        if ((el__tok_is(x, e, "for") || el__tok_is(x, e, "against") ||
             el__tok_is(x, e, "on") || el__tok_is(x, e, "to")) &&
            el__cap(x, e + 1) && !el__tok_lex(x, e + 1, LX_MONTH) &&
            !(el__tok_lex(x, i - 1, LX_PREP) && !el__tok_is(x, i - 1, "to")))
            return false;
    }
    return true;
}

/* "April 24 and 25", "Sept. 14-18": a day number after a month and day
 * takes that month.  Returns the end token or 0. */
static int second_day(const el__ctx *x, int i, el__cand *c)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_NUM || t->ndig > 2 || t->num < 1 || t->num > 31 || i < 3)
        return 0;
    if (!(el__tok_is(x, i - 1, "and") || el__tok_is(x, i - 1, "or") || el__tok_is(x, i - 1, "to") ||
          el__tok_is(x, i - 1, "through") || el__punct(x, i - 1, '-')))
        return 0;
    const el__tok *d0 = el__tk(x, i - 2);
    if (d0->kind != TK_NUM || d0->ndig > 2 || d0->num < 1 || d0->num >= t->num)
        return 0;
    int mi = i - 3;
    if (el__punct(x, mi, '.'))
        mi--;
    const el__lex *ml = el__tok_lex(x, mi, LX_MONTH);
    if (!ml || !el__cap(x, mi))
        return 0;
    /* not a clock time or a measure */
    if (el__glued(x, i + 1) && el__tk(x, i + 1)->kind != TK_PUNCT)
        return 0;
    if (el__punct(x, i + 1, ':') || el__tok_lex(x, i + 1, LX_MEASURE) || el__tok_lex(x, i + 1, LX_UNIT))
        return 0;
    el__cand_init(c, i);
    c->p.m = ml->val;
    c->p.d = t->num;
    c->p.gran = G_DAY;
    c->how = H_NOYEAR;
    int e = i + 1;
    int k = e;
    if (el__punct(x, k, ','))
        k++;
    int64_t y;
    int ye = el__parse_year4(x, k, &y);
    if (ye) {
        c->how = H_POINT;
        c->p.y = y;
        e = ye;
    }
    if (c->p.d > el_days_in_month(c->how == H_POINT ? c->p.y : 2000, c->p.m))
        return 0;
    return e;
}

/* "the first Monday in October", "the last Sunday of May 2014": an n-th
 * weekday of a month, resolved like a holiday.  Returns the end or 0. */
static int nth_weekday_at(const el__ctx *x, int i, el__cand *c)
{
    int j = i;
    if (el__tok_is(x, j, "the"))
        j++;
    int n = 0;
    int e = el__parse_ord(x, j, &n);
    if (!e && el__tok_is(x, j, "last")) {
        n = -1;
        e = j + 1;
    }
    if (!e || n == 0 || n > 5)
        return 0;
    const el__lex *w = el__tok_lex(x, e, LX_WDAY);
    if (!w || (w->flags & (LF_PLURAL | LF_ABBR)) || !(el__tok_is(x, e + 1, "in") || el__tok_is(x, e + 1, "of")))
        return 0;
    const el__lex *m = el__tok_lex(x, e + 2, LX_MONTH);
    if (!m || !el__cap(x, e + 2))
        return 0;
    int end = e + 3;
    if ((m->flags & LF_ABBR) && el__punct(x, end, '.'))
        end++;
    el__cand_init(c, i);
    c->how = H_HOLIDAY;
    c->hol = -1;
    c->nth = (el__holiday){"", HR_NTH, (int8_t)m->val, (int8_t)w->val, (int8_t)n};
    c->p.gran = G_DAY;
    int k = el__punct(x, end, ',') ? end + 1 : end;
    int64_t y;
    int ye = el__parse_year4(x, k, &y);
    if (ye) {
        c->p.y = y;
        end = ye;
    }
    return end;
}

int el__m_monthdate(const el__ctx *x, int i, el__cand *c)
{
    {
        int e = second_day(x, i, c);
        if (e)
            return e;
        e = nth_weekday_at(x, i, c);
        if (e)
            return e;
    }
    int j = i, wd = 0;
    const el__lex *w = el__tok_lex(x, j, LX_WDAY);
    if (w && !(w->flags & (LF_PLURAL | LF_ABBR)) && el__cap(x, j)) {
        wd = w->val;
        j++;
        if (el__punct(x, j, ','))
            j++;
    }
    int m = 0, d = 0;
    bool risky = false, abbr = false;
    int64_t y = NOYEAR;
    int e = month_at(x, j, &m, &risky, &abbr);
    int end = 0;
    if (e) {
        int k = e;
        if (el__tok_is(x, k, "the") && el__parse_ord(x, k + 1, &d))
            k++; /* "July the 4th" */
        int e2 = day_at(x, k, &d);
        if (e2) {
            end = e2;
            int k2 = e2;
            if (el__punct(x, k2, ','))
                k2++;
            int e3 = year_after(x, k2, &y);
            if (e3)
                end = e3;
        } else {
            int k2 = e;
            if (el__punct(x, k2, ',') || el__tok_is(x, k2, "of"))
                k2++;
            int e3 = year_after(x, k2, &y);
            if (e3) {
                if (risky && el__tok_lex(x, j - 1, LX_TITLE))
                    return 0;
                el__cand_init(c, i);
                c->how = H_POINT;
                c->p.y = y;
                c->p.m = m;
                c->p.gran = G_MONTH;
                return e3;
            }
            if (wd)
                return 0; /* "Friday, May": leave to the weekday matcher */
            if (!bare_month_ok(x, j, e, risky, abbr))
                return 0;
            el__cand_init(c, i);
            c->how = H_NOYEAR;
            c->p.m = m;
            c->p.gran = G_MONTH;
            return e;
        }
    } else {
        /* 4 July 2018, the 4th of July */
        int k = j;
        if (el__tok_is(x, k, "the"))
            k++;
        int e2 = day_at(x, k, &d);
        if (!e2)
            return 0;
        bool of = false;
        if (el__tok_is(x, e2, "of")) {
            e2++;
            of = true;
        }
        if (k > j && !of && el__tk(x, k)->kind == TK_NUM)
            return 0; /* "the 4 July" is unusual; avoid "the 5 May ..." lists */
        e = month_at(x, e2, &m, &risky, &abbr);
        if (!e)
            return 0;
        if (!of && el__tk(x, k)->kind == TK_WORD && !of)
            return 0; /* "fourth July" */
        end = e;
        int k2 = e;
        if (el__punct(x, k2, ','))
            k2++;
        int e3 = year_after(x, k2, &y);
        if (e3)
            end = e3;
    }
    int dim = el_days_in_month(y == NOYEAR ? 2000 : y, m);
    if (d < 1 || d > dim)
        return 0;
    if (y == NOYEAR && m == 9 && d == 11 && !wd &&
        (el__tok_is(x, end, "attacks") || el__tok_is(x, end, "attack") ||
         el__tok_is(x, end, "terrorist") || el__tok_is(x, end, "hijackings") ||
         el__tok_is(x, end, "commission")))
        y = 2001; /* the named date: "the Sept. 11 attacks" */
    el__cand_init(c, i);
    c->p.m = m;
    c->p.d = d;
    c->p.gran = G_DAY;
    c->wd = wd;
    if (y != NOYEAR) {
        c->how = H_POINT;
        c->p.y = y;
    } else {
        c->how = H_NOYEAR;
    }
    return el__m_attach_time(x, end, c);
}

/* Two-digit year to four digits. */
static int64_t year2(int v)
{
    return v < 50 ? 2000 + v : 1900 + v;
}

int el__m_numeric(const el__ctx *x, int i, el__cand *c)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_NUM)
        return 0;
    if (i > 0 && el__glued(x, i)) {
        const el__tok *p = el__tk(x, i - 1);
        if (p->kind == TK_WORD || p->kind == TK_NUM ||
            (p->kind == TK_PUNCT && (p->c == '/' || p->c == '-' || p->c == '.' || p->c == ':')))
            return 0;
    }
    /* 2018-07-04 [T14:30[:05]] */
    if (t->ndig == 4 && el__punct(x, i + 1, '-') && el__glued(x, i + 1) &&
        el__tk(x, i + 2)->kind == TK_NUM && el__glued(x, i + 2) &&
        el__punct(x, i + 3, '-') && el__glued(x, i + 3) &&
        el__tk(x, i + 4)->kind == TK_NUM && el__glued(x, i + 4)) {
        int64_t y = t->num;
        int m = el__tk(x, i + 2)->num, d = el__tk(x, i + 4)->num;
        if (el__tk(x, i + 2)->ndig > 2 || el__tk(x, i + 4)->ndig > 2)
            return 0;
        if (m < 1 || m > 12 || d < 1 || d > el_days_in_month(y, m))
            return 0;
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = y;
        c->p.m = m;
        c->p.d = d;
        c->p.gran = G_DAY;
        int e = i + 5;
        /* T14:30 */
        if (el__glued(x, e) && el__tk(x, e)->kind == TK_WORD &&
            (x->text[el__tk(x, e)->off] == 'T' || x->text[el__tk(x, e)->off] == 't') &&
            el__tk(x, e)->len == 1 && el__tk(x, e + 1)->kind == TK_NUM &&
            el__glued(x, e + 1) && el__punct(x, e + 2, ':') &&
            el__tk(x, e + 3)->kind == TK_NUM) {
            int hh = el__tk(x, e + 1)->num, mi = el__tk(x, e + 3)->num;
            if (hh >= 0 && hh <= 24 && mi >= 0 && mi <= 59) {
                c->p.hh = hh;
                c->p.mi = mi;
                c->type = EL_TIMEX_TIME;
                e += 4;
                if (el__punct(x, e, ':') && el__tk(x, e + 1)->kind == TK_NUM &&
                    el__tk(x, e + 1)->num <= 59) {
                    c->p.ss = el__tk(x, e + 1)->num;
                    e += 2;
                }
            }
        }
        return e;
    }
    /* 07/04/2018, 7/4/18, 25/12/2017 */
    if (t->ndig <= 2 && el__punct(x, i + 1, '/') && el__glued(x, i + 1) &&
        el__tk(x, i + 2)->kind == TK_NUM && el__tk(x, i + 2)->ndig <= 2 &&
        el__glued(x, i + 2)) {
        int a = t->num, b = el__tk(x, i + 2)->num;
        if (el__punct(x, i + 3, '/') && el__glued(x, i + 3) &&
            el__tk(x, i + 4)->kind == TK_NUM && el__glued(x, i + 4) &&
            (el__tk(x, i + 4)->ndig == 4 || el__tk(x, i + 4)->ndig == 2)) {
            const el__tok *yt = el__tk(x, i + 4);
            if (el__glued(x, i + 5) && (el__tk(x, i + 5)->kind == TK_NUM ||
                                        el__punct(x, i + 5, '/')))
                return 0;
            int64_t y = yt->ndig == 4 ? yt->num : year2(yt->num);
            int m = a, d = b;
            if (a > 12 && b <= 12) {
                m = b;
                d = a;
            }
            if (m < 1 || m > 12 || d < 1 || d > el_days_in_month(y, m))
                return 0;
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = y;
            c->p.m = m;
            c->p.d = d;
            c->p.gran = G_DAY;
            return el__m_attach_time(x, i + 5, c);
        }
        /* 9/11 is a named date */
        if (a == 9 && b == 11 && !(el__glued(x, i + 3) && el__tk(x, i + 3)->kind != TK_PUNCT) &&
            !el__punct(x, i + 3, '/')) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = 2001;
            c->p.m = 9;
            c->p.d = 11;
            c->p.gran = G_DAY;
            return i + 3;
        }
        return 0;
    }
    /* 20180704 */
    if (t->ndig == 8 && t->num >= 10000101) {
        int64_t y = t->num / 10000;
        int m = (t->num / 100) % 100, d = t->num % 100;
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > el_days_in_month(y, m))
            return 0;
        if (el__glued(x, i + 1))
            return 0;
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = y;
        c->p.m = m;
        c->p.d = d;
        c->p.gran = G_DAY;
        return i + 1;
    }
    return 0;
}

/* A zone spelled out after a clock time: "local time", "Eastern time",
 * "Eastern Standard Time", "Central European Summer Time".  Most news
 * gold leaves it out of the extent; the date after it still dates the
 * clock time.  Its end, or 0. */
static int spelled_zone(const el__ctx *x, int i)
{
    if (el__tok_is(x, i, "local"))
        return el__tok_is(x, i + 1, "time") ? i + 2 : 0;
    if (!el__cap(x, i) ||
        !(el__tok_is(x, i, "eastern") || el__tok_is(x, i, "central") || el__tok_is(x, i, "pacific") ||
          el__tok_is(x, i, "mountain") || el__tok_is(x, i, "atlantic") || el__tok_is(x, i, "greenwich")))
        return 0;
    int k = i + 1;
    if (el__tok_is(x, k, "european") && el__cap(x, k))
        k++;
    if ((el__tok_is(x, k, "standard") || el__tok_is(x, k, "daylight") || el__tok_is(x, k, "summer") ||
         el__tok_is(x, k, "mean")) && el__cap(x, k))
        k++;
    return el__tok_is(x, k, "time") ? k + 1 : 0;
}

/* Reads a time zone after a clock time. */
static int tz_at(const el__ctx *x, int i, int *tz)
{
    const el__lex *l = el__tok_lex(x, i, LX_TZ);
    /* two letters ("4:25 p.m. ET", "7 p.m. PT") only in capitals */
    if (l && (el__tk(x, i)->flags & (el__tk(x, i)->len == 2 ? TF_UPPER : (TF_UPPER | TF_CAP)))) {
        *tz = l->val;
        return i + 1;
    }
    return 0;
}

/* True when number token t is written "H.MM" or "HH.MM" with H 1-12 and
 * MM 00-59 ("11.30"); the hour and minute go to *hh and *mi. */
static bool dotted_clock(const el__ctx *x, const el__tok *t, int *hh, int *mi)
{
    const char *s = x->text + t->off;
    int n = t->len;
    if (n != 4 && n != 5)
        return false;
    int dot = n - 3;
    for (int k = 0; k < n; k++)
        if (k == dot ? s[k] != '.' : (s[k] < '0' || s[k] > '9'))
            return false;
    int h = dot == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
    int m = (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
    if (h < 1 || h > 12 || m > 59)
        return false;
    *hh = h;
    *mi = m;
    return true;
}

int el__m_clock(const el__ctx *x, int i, el__cand *c)
{
    const el__tok *t = el__tk(x, i);
    int hh = -1, mi = -1, ss = -1, tz = TZ_NONE;
    int j = i;
    bool dot_pm = false;
    if (t->kind == TK_NUM && t->ndig <= 2 && t->num <= 24) {
        if (i > 0 && el__glued(x, i) && el__tk(x, i - 1)->kind != TK_PUNCT)
            return 0;
        if (i > 0 && el__glued(x, i) && (el__punct(x, i - 1, ':') || el__punct(x, i - 1, '.') ||
                                        el__punct(x, i - 1, '$')))
            return 0;
        hh = t->num;
        j = i + 1;
        bool pm = false;
        int e;
        if (el__punct(x, j, ':') && el__glued(x, j) && el__tk(x, j + 1)->kind == TK_NUM &&
            el__glued(x, j + 1) && el__tk(x, j + 1)->ndig == 2 && el__tk(x, j + 1)->num <= 59) {
            mi = el__tk(x, j + 1)->num;
            j += 2;
            if (el__punct(x, j, ':') && el__glued(x, j) && el__tk(x, j + 1)->kind == TK_NUM &&
                el__tk(x, j + 1)->ndig == 2 && el__tk(x, j + 1)->num <= 59) {
                ss = el__tk(x, j + 1)->num;
                j += 2;
            }
            if (el__tk(x, j)->kind == TK_NUM && el__glued(x, j))
                return 0;
            if ((e = el__parse_ampm(x, j, &pm)) != 0) {
                if (hh < 1 || hh > 12)
                    return 0;
                hh = pm ? (hh % 12) + 12 : hh % 12;
                j = e;
            } else if (hh > 23) {
                return 0;
            } else {
                /* 24-hour time without am/pm: accept only with a zone or
                 * "hours"/"GMT" or after "at". */
                if (!el__tok_is(x, i - 1, "at") && !el__tok_lex(x, j, LX_TZ) &&
                    !el__tok_is(x, j, "hours") && !el__tok_is(x, j, "hrs") &&
                    !el__tok_is(x, j, "tomorrow") && !el__tok_is(x, j, "today") &&
                    !el__tok_is(x, j, "tonight") && !el__tok_is(x, j, "yesterday") &&
                    !(el__tok_is(x, j, "this") && el__tok_lex(x, j + 1, LX_POD)))
                    return 0;
            }
        } else if ((e = el__parse_ampm(x, j, &pm)) != 0) {
            if (hh < 1 || hh > 12)
                return 0;
            hh = pm ? (hh % 12) + 12 : hh % 12;
            mi = 0;
            j = e;
        } else if (el__tok_is(x, j, "o") && el__punct(x, j + 1, '\'') &&
                   el__tok_is(x, j + 2, "clock")) {
            if (hh < 1 || hh > 12)
                return 0;
            mi = 0;
            j += 3;
        } else if (hh == 12 && j == i + 1 && (el__tok_is(x, j, "noon") || el__tok_is(x, j, "midnight"))) {
            /* "12 noon IST", "12 midnight" */
            hh = el__tok_is(x, j, "noon") ? 12 : 24;
            mi = 0;
            j++;
        } else if (el__tok_is(x, j, "in") && el__tok_is(x, j + 1, "the") &&
                   el__tok_lex(x, j + 2, LX_POD) && hh >= 1 && hh <= 12) {
            int pv = el__tok_lex(x, j + 2, LX_POD)->val;
            if (pv == POD_AF || pv == POD_EV || pv == POD_NI)
                hh = (hh % 12) + 12;
            mi = 0;
            j += 3;
        } else {
            return 0;
        }
        int e2 = tz_at(x, j, &tz);
        if (e2)
            j = e2;
    } else if (t->kind == TK_NUMSEP && dotted_clock(x, t, &hh, &mi) && !el__punct(x, i - 1, '$') &&
               (j = el__parse_ampm(x, i + 1, &dot_pm)) != 0) {
        /* "11.30am", "6.58 pm": British copy writes a dot */
        hh = dot_pm ? (hh % 12) + 12 : hh % 12;
        int e2 = tz_at(x, j, &tz);
        if (e2)
            j = e2;
    } else if (t->kind == TK_NUM && t->ndig == 4 && t->num % 100 < 60 && t->num / 100 < 24 &&
               ((el__tok_lex(x, i + 1, LX_TZ) && (el__tk(x, i + 1)->flags & TF_UPPER)) ||
                (el__tok_is(x, i + 1, "local") && el__tok_is(x, i + 2, "time")))) {
        /* "(0830 GMT)", "at 0014 local time": a 24-hour clock time with a
         * zone */
        hh = t->num / 100;
        mi = t->num % 100;
        j = i + 1;
        int e2 = tz_at(x, j, &tz);
        if (e2)
            j = e2;
    } else if (t->kind == TK_WORD && el__tk(x, i + 1)->len == 1 && el__tok_is(x, i + 1, "o") &&
               el__punct(x, i + 2, '\'') && el__tok_is(x, i + 3, "clock") && el__tok_lex(x, i, LX_NUMW) &&
               el__tok_lex(x, i, LX_NUMW)->val >= 1 && el__tok_lex(x, i, LX_NUMW)->val <= 12) {
        /* "six o'clock" */
        hh = el__tok_lex(x, i, LX_NUMW)->val;
        mi = 0;
        j = i + 4;
    } else if (el__tok_is(x, i, "noon") || el__tok_is(x, i, "midday")) {
        hh = 12;
        mi = 0;
        j = i + 1;
    } else if (el__tok_is(x, i, "midnight")) {
        hh = 24;
        j = i + 1;
    } else {
        return 0;
    }
    /* An optional date right after: "10:30 a.m. Friday", "noon Sunday",
     * "9 a.m. tomorrow", "3 p.m. on July 4". */
    el__cand d;
    int k = j;
    int zone_end = spelled_zone(x, k); /* "6:15 a.m. local time on Sept. 20" */
    if (zone_end)
        k = zone_end;
    if (el__punct(x, k, ','))
        k++;
    bool on = el__tok_is(x, k, "on") || zone_end;
    if (el__tok_is(x, k, "on"))
        k++;
    int e3 = el__m_monthdate(x, k, &d);
    if (!e3)
        e3 = el__m_wday(x, k, &d);
    if (!e3 && on) /* "2am on New Year's Day" */
        e3 = el__m_holiday(x, k, &d);
    /* "5pm last Wednesday", "10 a.m. next Tuesday" */
    if (!e3 && (el__tok_is(x, k, "last") || el__tok_is(x, k, "next") || el__tok_is(x, k, "this")) &&
        el__tok_lex(x, k + 1, LX_WDAY))
        e3 = el__m_rel(x, k, &d);
    if (!e3 && (el__tok_is(x, k, "today") || el__tok_is(x, k, "yesterday") ||
                el__tok_is(x, k, "tomorrow") || el__tok_is(x, k, "tonight")))
        e3 = el__m_deic(x, k, &d);
    /* "6 a.m. this morning", "at nine this evening": the day is today's */
    if (!e3 && el__tok_is(x, k, "this") && el__tok_lex(x, k + 1, LX_POD) &&
        !(el__tok_lex(x, k + 1, LX_POD)->flags & LF_PLURAL)) {
        el__cand_init(&d, k);
        d.how = H_DCT_OFF;
        d.unit = U_DAY;
        d.n = 0;
        d.p.gran = G_DAY;
        e3 = k + 2;
        /* "4 o'clock this afternoon" is 16:00 */
        int pv = el__tok_lex(x, k + 1, LX_POD)->val;
        if ((pv == POD_AF || pv == POD_EV || pv == POD_NI) && hh >= 1 && hh < 12)
            hh += 12;
    }
    if (e3 && d.type != EL_TIMEX_SET && d.p.hh < 0 &&
        (d.how == H_WDAY || d.how == H_NOYEAR || d.how == H_POINT || d.how == H_DCT_OFF ||
         d.how == H_HOLIDAY) &&
        (d.p.gran == G_DAY || d.how == H_WDAY || d.how == H_DCT_OFF || d.how == H_HOLIDAY)) {
        /* "7:30 tomorrow evening" is 19:30 */
        if ((d.p.pod == POD_AF || d.p.pod == POD_EV || d.p.pod == POD_NI) && hh >= 1 && hh < 12 &&
            !el__tok_is(x, j - 1, "m") && !el__tok_is(x, j - 1, "am") && !el__tok_is(x, j - 1, "pm"))
            hh += 12;
        *c = d;
        c->tb = i;
        /* "3 p.m. on July 4": the day dates the clock time, but after
         * "on" it is an expression of its own (TimeML leaves the
         * preposition out of both) */
        if (!on)
            j = e3;
    } else {
        el__cand_init(c, i);
        c->how = H_TIMEONLY;
    }
    c->type = EL_TIMEX_TIME;
    c->p.hh = hh;
    c->p.mi = mi;
    c->p.ss = ss;
    c->p.tz = tz;
    c->p.pod = 0;
    return j;
}

int el__m_attach_time(const el__ctx *x, int te, el__cand *c)
{
    const el__lex *l = el__tok_lex(x, te, LX_POD);
    if (l && !(l->flags & LF_PLURAL) && l->val != POD_NOON && l->val != POD_MIDNIGHT &&
        !el__tok_is(x, te, "eve") && !el__tok_is(x, te, "sunrise") &&
        !el__tok_is(x, te, "sunset") && !el__tok_is(x, te, "dawn") &&
        !el__tok_is(x, te, "dusk") && !el__tok_is(x, te, "overnight") &&
        !el__tok_is(x, te, "lunchtime") && !el__tok_is(x, te, "daytime")) {
        c->p.pod = l->val;
        c->type = EL_TIMEX_TIME;
        return te + 1;
    }
    return te;
}

int el__m_wday(const el__ctx *x, int i, el__cand *c)
{
    const el__lex *w = el__tok_lex(x, i, LX_WDAY);
    if (!w || (w->flags & LF_ABBR))
        return 0;
    /* Lower-case weekday names are accepted; an all-caps one is a heading. */
    /* (a holiday's name: "Good Friday", "Black Friday"; "will close its
     * doors for good Sunday" is the weekday) */
    if ((el__tok_is(x, i - 1, "black") || el__tok_is(x, i - 1, "good") ||
         el__tok_is(x, i - 1, "bloody") || el__tok_is(x, i - 1, "ash") ||
         el__tok_is(x, i - 1, "palm") || el__tok_is(x, i - 1, "super") ||
         el__tok_is(x, i - 1, "cyber") || el__tok_is(x, i - 1, "easter")) &&
        !(el__tok_is(x, i - 1, "good") && !el__cap(x, i - 1) && el__tok_is(x, i - 2, "for")))
        return 0;
    /* "trucks arriving every Tuesday and Friday": both recur */
    if ((el__tok_is(x, i - 1, "and") || el__tok_is(x, i - 1, "or")) && el__tok_lex(x, i - 2, LX_WDAY) &&
        (el__tok_is(x, i - 3, "every") || el__tok_is(x, i - 3, "each")) && !(w->flags & LF_PLURAL)) {
        el__cand_init(c, i);
        c->type = EL_TIMEX_SET;
        c->how = H_FIXED;
        snprintf(c->value, sizeof c->value, "XXXX-WXX-%d", w->val);
        return i + 1;
    }
    /* "the Sunday Times", "Late Sunday Blues": a weekday inside a name,
     * between "the" or a capitalised word and a capitalised word */
    if (el__cap(x, i + 1) && el__tk(x, i + 1)->kind == TK_WORD && !el__glued(x, i + 1) &&
        !el__tok_lex(x, i + 1, LX_MONTH) && !el__tok_lex(x, i + 1, LX_POD) &&
        !el__tok_lex(x, i + 1, LX_PREP) && !el__tok_lex(x, i + 1, LX_TZ) &&
        (el__tok_is(x, i - 1, "the") ||
         (i >= 2 && el__cap(x, i - 1) && !el__tok_lex(x, i - 1, LX_PREP) &&
          !(el__tk(x, i - 2)->flags & TF_SEND) && !(el__tk(x, i - 1)->flags & (TF_NL | TF_PARA)))))
        return 0;
    el__cand_init(c, i);
    if (w->flags & LF_PLURAL) {
        c->type = EL_TIMEX_SET;
        c->how = H_FIXED;
        int e = i + 1;
        const el__lex *pl = el__tok_lex(x, e, LX_POD);
        static const char *const podc[] = {"", "MO", "AF", "EV", "NI", "DT", "", "", "MI"};
        if (pl && (pl->flags & LF_PLURAL) && pl->val < 9 && podc[pl->val][0]) {
            snprintf(c->value, sizeof c->value, "XXXX-WXX-%dT%s", w->val, podc[pl->val]);
            return e + 1;
        }
        snprintf(c->value, sizeof c->value, "XXXX-WXX-%d", w->val);
        return e;
    }
    {
        const el__lex *pl = el__tok_lex(x, i + 1, LX_POD);
        static const char *const podc2[] = {"", "MO", "AF", "EV", "NI", "DT", "", "", "MI"};
        if (pl && (pl->flags & LF_PLURAL) && pl->val < 9 && podc2[pl->val][0]) {
            /* "Monday nights": every Monday night */
            c->type = EL_TIMEX_SET;
            c->how = H_FIXED;
            snprintf(c->value, sizeof c->value, "XXXX-WXX-%dT%s", w->val, podc2[pl->val]);
            return i + 2;
        }
    }
    c->how = H_WDAY;
    c->wd = w->val;
    c->p.gran = G_DAY;
    int e = i + 1;
    /* "on Friday last" (South Asian and older British copy): the last one */
    if (el__tok_is(x, e, "last") && !el__tok_lex(x, e + 1, LX_UNIT) && !el__tok_lex(x, e + 1, LX_WDAY) &&
        (el__tk(x, e + 1)->kind == TK_PUNCT || el__tk(x, e + 1)->kind == TK_END || el__tok_lex(x, e + 1, LX_PREP) ||
         el__tok_lex(x, e + 1, LX_CLAUSE) || el__tok_is(x, e + 1, "and"))) {
        c->rel = RL_LAST;
        return e + 1;
    }
    /* "Monday, July 9" is the month-date matcher's; here only pods. */
    e = el__m_attach_time(x, e, c);
    /* TE3 gold gives "Friday night" and "Tuesday morning" mostly the plain
     * date (15 of 27, 5 of them leaving "night" out of the extent;
     * evenings and afternoons keep TEV/TAF): the words stay in the extent,
     * the value is the day. */
    if ((c->p.pod == POD_NI && el__tok_is(x, i + 1, "night")) ||
        (c->p.pod == POD_MO && el__tok_is(x, i + 1, "morning"))) {
        c->p.pod = 0;
        c->type = EL_TIMEX_DATE;
    }
    return e;
}

/* True when the words before token i (in its sentence) speak of
 * temperatures: "temperatures would climb into the 50s", "highs in the
 * 70s". */
static bool temperature_before(const el__ctx *x, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (el__tk(x, k)->flags & TF_SEND)
            return false;
        if (el__tok_is(x, k, "temperatures") || el__tok_is(x, k, "temperature") ||
            el__tok_is(x, k, "highs") || el__tok_is(x, k, "lows") || el__tok_is(x, k, "degrees") ||
            el__tok_is(x, k, "mercury") || el__tok_is(x, k, "thermometer") ||
            ((el__tok_is(x, k, "high") || el__tok_is(x, k, "low")) && k == i - 2 &&
             el__tok_is(x, k + 1, "in")))
            return true;
    }
    return false;
}

/* True for "fiscal year", "financial year" (and with calendar,
 * "calendar year") at token k: the words "the" may open. */
static bool kind_of_year(const el__ctx *x, int k, bool calendar)
{
    return (el__tok_is(x, k, "fiscal") || el__tok_is(x, k, "financial") ||
            (calendar && el__tok_is(x, k, "calendar"))) &&
           el__tok_is(x, k + 1, "year");
}

/* True when "BC", "BCE" or "B.C." starts at token k. */
static bool bc_era_at(const el__ctx *x, int k)
{
    if (el__tok_is(x, k, "bc") || el__tok_is(x, k, "bce"))
        return true;
    return el__tok_is(x, k, "b") && el__cap(x, k) && el__punct(x, k + 1, '.') && el__glued(x, k + 1) &&
           el__tok_is(x, k + 2, "c") && el__glued(x, k + 2);
}

/* The end of "last year", "a year earlier/ago/before", "the previous
 * year", "the year before" at token k, or 0: what puts "the same
 * quarter" a year back. */
static int year_back(const el__ctx *x, int k)
{
    if ((el__tok_is(x, k, "last") || el__tok_is(x, k, "previous")) && el__tok_is(x, k + 1, "year"))
        return k + 2;
    if ((el__tok_is(x, k, "a") || el__tok_is(x, k, "one")) && el__tok_is(x, k + 1, "year") &&
        (el__tok_is(x, k + 2, "earlier") || el__tok_is(x, k + 2, "ago") || el__tok_is(x, k + 2, "before")))
        return k + 3;
    if (el__tok_is(x, k, "the") && el__tok_is(x, k + 1, "year") && el__tok_is(x, k + 2, "before"))
        return k + 3;
    if (el__tok_is(x, k, "the") && (el__tok_is(x, k + 1, "previous") || el__tok_is(x, k + 1, "prior")) &&
        el__tok_is(x, k + 2, "year"))
        return k + 3;
    return 0;
}

/* True when "in" and "earlier", "later", "early" or "late" come right
 * before token i: "earlier in the year", "late in the month". */
static bool in_relative(const el__ctx *x, int i)
{
    return el__tok_is(x, i - 1, "in") && (el__tok_is(x, i - 2, "earlier") || el__tok_is(x, i - 2, "later") ||
                                          el__tok_is(x, i - 2, "early") || el__tok_is(x, i - 2, "late"));
}

int el__m_year(const el__ctx *x, int i, el__cand *c)
{
    int64_t y = 0;
    int j = i;
    /* "the 2013-14 season", "the 2019/20 season", "financial year
     * 2022-23", "by 2027-28": a season or financial year across two
     * calendar years, dated by its first */
    {
        int k = i;
        /* "the financial year 2012-13" keeps its "the" (TE3: "the fiscal year 1989") */
        if (el__tok_is(x, k, "the") && kind_of_year(x, k + 1, false))
            k++;
        if ((el__tok_is(x, k, "financial") || el__tok_is(x, k, "fiscal")) && el__tok_is(x, k + 1, "year"))
            k += 2;
        else if (el__tok_is(x, k, "fiscal"))
            k++;
        bool the = k == i && el__tok_is(x, i, "the");
        if (the)
            k++;
        const el__tok *a = el__tk(x, k), *b = el__tk(x, k + 2);
        /* "the 2023 season": a sports season by its year */
        if (a->kind == TK_NUM && a->ndig == 4 && a->num >= 1800 && a->num <= 2099 && k == i + the &&
            el__tok_is(x, k + 1, "season")) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = a->num;
            c->p.gran = G_YEAR;
            return k + 2;
        }
        if (a->kind == TK_NUM && a->ndig == 4 && a->num >= 1800 && a->num <= 2099 &&
            (el__punct(x, k + 1, '-') || el__punct(x, k + 1, '/')) && el__glued(x, k + 1) &&
            b->kind == TK_NUM && el__glued(x, k + 2) &&
            !(el__glued(x, k + 3) && (el__tk(x, k + 3)->kind != TK_PUNCT || el__punct(x, k + 3, '-') ||
                                      el__punct(x, k + 3, '/'))) &&
            ((b->ndig == 2 && b->num == (a->num + 1) % 100) ||
             (b->ndig == 4 && b->num == a->num + 1 && el__punct(x, k + 1, '-') && el__tok_is(x, k + 3, "season")))) {
            bool season = el__tok_is(x, k + 3, "season");
            /* "the 2019-20 financial year", "the 2019-20 school year" */
            bool fy = (el__tok_is(x, k + 3, "financial") || el__tok_is(x, k + 3, "fiscal")) &&
                      el__tok_is(x, k + 4, "year");
            bool school = (el__tok_is(x, k + 3, "school") || el__tok_is(x, k + 3, "academic")) &&
                          el__tok_is(x, k + 4, "year");
            if (the && !season && !fy && !school)
                return 0; /* "the 2017/18 budget": the year alone, from k */
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = a->num;
            c->p.gran = G_YEAR;
            c->span_year = school;
            return season ? k + 4 : fy || school ? k + 5 : k + 3;
        }
    }
    /* the year 2000 / the year two thousand */
    if (el__tok_is(x, i, "the") && el__tok_is(x, i + 1, "year")) {
        int e = el__parse_year4(x, i + 2, &y);
        if (!e) {
            int64_t v;
            e = el__parse_num(x, i + 2, &v, false);
            if (e && v >= 1000 && v <= 2099)
                y = v;
            else
                e = 0;
        }
        if (e) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = y;
            c->p.gran = G_YEAR;
            return e;
        }
    }
    /* fiscal 1998, fiscal year 1998, the fiscal year 1989, financial year
     * 2012, calendar 2001, FY1998, FY 98 */
    int f = el__tok_is(x, i, "the") && kind_of_year(x, i + 1, true) ? i + 1 : i;
    if (el__tok_is(x, f, "fiscal") || el__tok_is(x, f, "fy") || el__tok_is(x, f, "calendar") ||
        (el__tok_is(x, f, "financial") && el__tok_is(x, f + 1, "year"))) {
        int k = f + 1;
        if (el__tok_is(x, k, "year"))
            k++;
        int e = el__parse_year4(x, k, &y);
        if (!e && el__tk(x, k)->kind == TK_NUM && el__tk(x, k)->ndig == 2 &&
            (el__tok_is(x, f, "fy") || el__punct(x, k - 1, '\''))) {
            y = year2(el__tk(x, k)->num);
            e = k + 1;
        }
        if (e && !(el__glued(x, e) && el__tk(x, e)->kind == TK_WORD)) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = y;
            c->p.gran = G_YEAR;
            return e;
        }
        return 0;
    }
    /* AD 44 / 44 BC / 44 B.C. / 1066 AD */
    if (el__tok_is(x, i, "ad") && el__cap(x, i) && el__tk(x, i + 1)->kind == TK_NUM &&
        el__tk(x, i + 1)->ndig <= 4 && el__tk(x, i + 1)->num > 0) {
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = el__tk(x, i + 1)->num;
        c->p.gran = G_YEAR;
        return i + 2;
    }
    const el__tok *t = el__tk(x, i);
    if (t->kind == TK_NUM && t->ndig <= 4 && t->num > 0) {
        int k = i + 1;
        bool bc = false, era = false;
        if (el__tok_is(x, k, "bc") || el__tok_is(x, k, "bce")) {
            bc = era = true;
            k++;
        } else if (el__tok_is(x, k, "ad") && el__cap(x, k) && t->ndig >= 3) {
            era = true;
            k++;
        } else if ((el__tok_is(x, k, "b") || el__tok_is(x, k, "a")) && el__cap(x, k) &&
                   el__punct(x, k + 1, '.') && el__glued(x, k + 1) &&
                   (el__tok_is(x, k + 2, "c") || el__tok_is(x, k + 2, "d")) &&
                   el__glued(x, k + 2)) {
            bc = el__tok_is(x, k, "b");
            era = true;
            k += 3;
            if (el__punct(x, k, '.') && el__glued(x, k))
                k++;
        }
        /* "between 1700 and 1600 B.C.", "(1600-1046 B.C.)": the start of
         * a range counted down to a year B.C. is B.C. too */
        bool range_bc = !era && (el__tok_is(x, k, "and") || el__tok_is(x, k, "to") || el__punct(x, k, '-')) &&
                        el__tk(x, k + 1)->kind == TK_NUM && el__tk(x, k + 1)->ndig <= 4 &&
                        el__tk(x, k + 1)->num < t->num && bc_era_at(x, k + 2);
        if (range_bc || (era && (bc || !el__tok_is(x, i + 1, "a")))) {
            if (i > 0 && el__glued(x, i) && el__tk(x, i - 1)->kind != TK_PUNCT)
                return 0;
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = t->num;
            c->p.bc = bc || range_bc;
            c->p.gran = G_YEAR;
            return range_bc ? i + 1 : k; /* the range's start alone */
        }
    }
    /* 1990s, 1990's, '90s, the 90s */
    if (t->kind == TK_NUM && t->ndig == 4 && t->num % 10 == 0 && t->num >= 1000 &&
        t->num <= 2090) {
        int k = i + 1;
        if (el__punct(x, k, '\'') && el__glued(x, k))
            k++;
        const el__tok *after = el__tk(x, k + 1);
        if (el__tok_is(x, k, "s") && el__glued(x, k) &&
            !(el__glued(x, k + 1) && (after->kind == TK_WORD || after->kind == TK_NUM))) {
            if (i > 0 && el__glued(x, i) && el__tk(x, i - 1)->kind == TK_WORD)
                return 0;
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = t->num;
            /* "the 1800s" is the century; "the 2000s" the decade */
            c->p.gran = t->num % 100 == 0 && t->num < 2000 ? G_CENTURY : G_DECADE;
            return k + 1;
        }
    }
    if (el__punct(x, i, '\'') && el__tk(x, i + 1)->kind == TK_NUM && el__glued(x, i + 1) &&
        el__tk(x, i + 1)->ndig == 2 && el__tk(x, i + 1)->num % 10 == 0 &&
        el__tok_is(x, i + 2, "s") && el__glued(x, i + 2)) {
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = 1900 + el__tk(x, i + 1)->num;
        c->p.gran = G_DECADE;
        return i + 3;
    }
    /* "back in '91", "In '87": a clipped year after a preposition */
    if (el__punct(x, i, '\'') && el__tk(x, i + 1)->kind == TK_NUM && el__glued(x, i + 1) &&
        el__tk(x, i + 1)->ndig == 2 && el__tok_lex(x, i - 1, LX_PREP) && !el__glued(x, i) &&
        !(el__glued(x, i + 2) && el__tk(x, i + 2)->kind != TK_PUNCT) && !el__punct(x, i + 2, '\'')) {
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = year2(el__tk(x, i + 1)->num);
        c->p.gran = G_YEAR;
        return i + 2;
    }
    if (el__tok_is(x, i, "the")) {
        const el__tok *n = el__tk(x, i + 1);
        /* "the 1990s", "the '80s": TE3 gold keeps "the" (5 of 7) */
        if (n->kind == TK_NUM || el__punct(x, i + 1, '\'')) {
            el__cand d;
            int e = el__m_year(x, i + 1, &d);
            if (e && (d.p.gran == G_DECADE || d.p.gran == G_CENTURY) && d.tb == i + 1) {
                *c = d;
                c->tb = i;
                return e;
            }
        }
        if (n->kind == TK_NUM && n->ndig == 2 && n->num % 10 == 0 && n->num >= 20 &&
            el__tok_is(x, i + 2, "s") && el__glued(x, i + 2) && !temperature_before(x, i)) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = 1900 + n->num;
            c->p.gran = G_DECADE;
            return i + 3;
        }
        const el__lex *dw = el__tok_lex(x, i + 1, LX_DECW);
        if (dw) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = 1900 + 10 * dw->val;
            c->p.gran = G_DECADE; /* "the nineties": 199 (TE3 gold) */
            return i + 2;
        }
    }
    /* nineteen ninety-one, nineteen eighty four */
    {
        int e = word_year(x, i, &y);
        if (e) {
            el__cand_init(c, i);
            c->how = H_POINT;
            c->p.y = y;
            c->p.gran = G_YEAR;
            return e;
        }
    }
    /* A plain four-digit year. */
    int e = el__parse_year4(x, j, &y);
    if (!e)
        return 0;
    if (!el__year_context_ok(x, j, e))
        return 0;
    el__cand_init(c, i);
    c->how = H_POINT;
    c->p.y = y;
    c->p.gran = G_YEAR;
    return e;
}

int el__m_century(const el__ctx *x, int i, el__cand *c)
{
    int j = i;
    if (el__tok_is(x, j, "the"))
        j++;
    int ord = 0;
    int e = el__parse_ord(x, j, &ord);
    if (!e || ord < 1 || ord > 30)
        return 0;
    bool adjective = el__punct(x, e, '-') && el__glued(x, e);
    if (adjective)
        e++;
    if (!el__tok_is(x, e, "century"))
        return 0;
    /* "the 17th-century church": "the" belongs to the noun */
    if (adjective && j > i && el__tk(x, e + 1)->kind == TK_WORD && !el__tok_lex(x, e + 1, LX_PREP) &&
        !el__tok_lex(x, e + 1, LX_CLAUSE) && !el__tok_lex(x, e + 1, LX_ERA))
        i = j;
    el__cand_init(c, i);
    c->how = H_POINT;
    c->p.y = (int64_t)(ord - 1) * 100;
    c->p.gran = G_CENTURY;
    e++;
    if (el__tok_is(x, e, "bc") || el__tok_is(x, e, "bce")) {
        c->p.bc = true;
        e++;
    } else if ((el__tok_is(x, e, "ad") || el__tok_is(x, e, "ce")) && (el__tk(x, e)->flags & TF_UPPER)) {
        e++; /* "the second century AD" */
    } else if (el__tok_is(x, e, "b") && el__cap(x, e) && el__punct(x, e + 1, '.') && el__glued(x, e + 1) &&
               el__tok_is(x, e + 2, "c") && el__glued(x, e + 2)) {
        /* "the fifth century B.C." */
        c->p.bc = true;
        e += 3;
        if (el__punct(x, e, '.') && el__glued(x, e))
            e++;
    }
    return e;
}

/* Ends candidate c at token e: with the year written there ("Q3 2014",
 * "the first half of August 2007") it is that year's (H_POINT), else one
 * whose year the context gives (H_NOYEAR).  Returns the end token. */
static int with_written_year(const el__ctx *x, int e, el__cand *c)
{
    int64_t y;
    int ye = el__parse_year4(x, e, &y);
    if (!ye) {
        c->how = H_NOYEAR;
        return e;
    }
    c->how = H_POINT;
    c->p.y = y;
    return ye;
}

/* Reads a year reference for quarters: 2017, this year's, last year's.
 * Sets *y (absolute) or *rel (-1, 0, 1 with *has_rel).  Returns the end. */
static int quarter_year(const el__ctx *x, int i, int64_t *y, int *rel, bool *has_rel)
{
    int e = el__parse_year4(x, i, y);
    if (e) {
        if (el__punct(x, e, '\'') && el__tok_is(x, e + 1, "s"))
            e += 2;
        return e;
    }
    int r = 99;
    if (el__tok_is(x, i, "this") || el__tok_is(x, i, "current"))
        r = 0;
    else if (el__tok_is(x, i, "last") || el__tok_is(x, i, "previous"))
        r = -1;
    else if (el__tok_is(x, i, "next"))
        r = 1;
    if (r != 99 && el__tok_is(x, i + 1, "year")) {
        e = i + 2;
        if (el__punct(x, e, '\'') && el__tok_is(x, e + 1, "s"))
            e += 2;
        *rel = r;
        *has_rel = true;
        return e;
    }
    return 0;
}

int el__m_quarter(const el__ctx *x, int i, el__cand *c)
{
    int j = i;
    bool the = false;
    int64_t y = NOYEAR;
    int rel = 0;
    bool has_rel = false;
    /* Q3, Q3 2017, H1 2019 */
    bool half = el__tok_is(x, i, "h");
    if ((el__tok_is(x, i, "q") || half) && el__cap(x, i) && el__tk(x, i + 1)->kind == TK_NUM &&
        el__glued(x, i + 1) && el__tk(x, i + 1)->num >= 1 &&
        el__tk(x, i + 1)->num <= (half ? 2 : 4) &&
        (!el__glued(x, i + 2) || el__punct(x, i + 2, '.') || el__punct(x, i + 2, ',') ||
         el__punct(x, i + 2, ';') || el__punct(x, i + 2, ':') || el__punct(x, i + 2, ')'))) {
        el__cand_init(c, i);
        c->p.part = el__tk(x, i + 1)->num;
        c->p.gran = half ? G_HALF : G_QUARTER;
        return with_written_year(x, i + 2, c);
    }
    if (el__tok_is(x, j, "the")) {
        the = true;
        j++;
    }
    /* "the June quarter", "the December 2014 quarter": the quarter that
     * ends in that month */
    if (the && el__tok_lex(x, j, LX_MONTH) && el__tok_lex(x, j, LX_MONTH)->val % 3 == 0) {
        int m = el__tok_lex(x, j, LX_MONTH)->val;
        int k = j + 1;
        int64_t yy = NOYEAR;
        int e2 = el__parse_year4(x, k, &yy);
        if (e2)
            k = e2;
        if (el__tok_is(x, k, "quarter") && !(el__punct(x, k + 1, '-') && el__glued(x, k + 1))) {
            el__cand_init(c, i);
            c->p.part = m / 3;
            c->p.gran = G_QUARTER;
            c->how = e2 ? H_POINT : H_NOYEAR;
            c->p.y = e2 ? yy : NOYEAR;
            return k + 1;
        }
    }
    /* "the April-June period", "the July-September quarter": a calendar
     * quarter named by its months */
    if (the && el__tok_lex(x, j, LX_MONTH) && el__punct(x, j + 1, '-') &&
        el__tok_lex(x, j + 2, LX_MONTH) &&
        (el__tok_is(x, j + 3, "quarter") || el__tok_is(x, j + 3, "period"))) {
        int m1 = el__tok_lex(x, j, LX_MONTH)->val, m2 = el__tok_lex(x, j + 2, LX_MONTH)->val;
        if (m1 % 3 == 1 && m2 == m1 + 2) {
            el__cand_init(c, i);
            c->p.part = (m1 + 2) / 3;
            c->p.gran = G_QUARTER;
            c->how = H_NOYEAR;
            return j + 4;
        }
    }
    int e = quarter_year(x, j, &y, &rel, &has_rel);
    if (e)
        j = e;
    if (el__tok_is(x, j, "fiscal"))
        j++;
    /* "the 1988 quarter", "the 1988 period": that year's quarter as the
     * last mentioned one */
    if (the && y != NOYEAR && !has_rel && (el__tok_is(x, j, "quarter") || el__tok_is(x, j, "period")) &&
        !(el__punct(x, j + 1, '-') && el__glued(x, j + 1))) {
        el__cand_init(c, i);
        c->how = H_QUARTER_REF;
        c->p.gran = G_QUARTER;
        c->p.y = y;
        return j + 1;
    }
    /* "the quarter", "the latest quarter", "the year-ago quarter" */
    if (the && !has_rel && y == NOYEAR) {
        int k = j;
        bool latest = false, yearago = false;
        if (el__tok_is(x, k, "latest") || el__tok_is(x, k, "current") || el__tok_is(x, k, "same") ||
            el__tok_is(x, k, "recent") || el__tok_is(x, k, "comparable"))
            latest = true, k++;
        if (el__tok_is(x, k, "comparable"))
            k++;
        if (el__tok_is(x, k, "year") && el__punct(x, k + 1, '-') &&
            (el__tok_is(x, k + 2, "ago") || el__tok_is(x, k + 2, "earlier"))) {
            yearago = true;
            k += 3;
            /* "the year-ago third quarter": that quarter of the year before */
            int ord = 0, oe = el__parse_ord(x, k, &ord);
            if (!latest && oe && ord >= 1 && ord <= 4 && el__tok_is(x, oe, "quarter") &&
                !(el__punct(x, oe + 1, '-') && el__glued(x, oe + 1))) {
                el__cand_init(c, i);
                c->how = H_DCT_OFF;
                c->unit = U_YEAR;
                c->n = -1;
                c->p.gran = G_QUARTER;
                c->p.part = ord;
                c->keep_gran = G_QUARTER;
                return oe + 1;
            }
        }
        bool unit = el__tok_is(x, k, "quarter") ||
                    ((latest || yearago) && el__tok_is(x, k, "period"));
        if (unit && !el__tok_is(x, k + 1, "of") && !el__tok_is(x, k + 1, "century") &&
            !(el__punct(x, k + 1, '-') && el__glued(x, k + 1))) {
            if (!latest && !yearago && k == j && el__tok_is(x, k, "quarter") &&
                !(el__tok_is(x, k + 1, "ended") || el__punct(x, k + 1, ',') ||
                  el__punct(x, k + 1, '.') || el__tok_lex(x, k + 1, LX_PREP) ||
                  /* "The quarter's results were affected by" */
                  (el__punct(x, k + 1, '\'') && el__glued(x, k + 1) && el__tok_is(x, k + 2, "s")) ||
                  el__tok_lex(x, k + 1, LX_TENSE) || el__tok_lex(x, k + 1, LX_CLAUSE)))
                return 0;
            el__cand_init(c, i);
            if (el__tok_is(x, j, "current") && !yearago) {
                /* "the current quarter" is the one under way at the DCT,
                 * not the one just reported on */
                c->how = H_DCT_OFF;
                c->unit = U_QUARTER;
                c->n = 0;
                return k + 1;
            }
            c->how = H_QUARTER_REF;
            c->p.gran = G_QUARTER;
            c->n = yearago ? -4 : 0;
            c->period = el__tok_is(x, k, "period") && el__tok_is(x, j, "same");
            /* "the same period last year", "the same quarter a year
             * earlier": one expression, a year back */
            int back = latest && el__tok_is(x, j, "same") && !yearago ? year_back(x, k + 1) : 0;
            if (back) {
                c->n = -4;
                return back;
            }
            return k + 1;
        }
    }
    int ord = 0;
    int oe = el__parse_ord(x, j, &ord);
    if (!oe && (el__tok_is(x, j, "last") || el__tok_is(x, j, "latter")) &&
        el__tok_is(x, j + 1, "half")) {
        ord = 2; /* "the last half of 1989" */
        oe = j + 1;
    }
    if (!oe && (el__tok_is(x, j, "last") || el__tok_is(x, j, "final")) &&
        el__tok_is(x, j + 1, "quarter") && el__tok_is(x, j + 2, "of") &&
        (el__tk(x, j + 3)->kind == TK_NUM || el__tok_is(x, j + 3, "fiscal"))) {
        ord = 4; /* "the last quarter of 2017"; "the last quarter" alone is relative */
        oe = j + 1;
    }
    if (!oe || ord < 1 || ord > 4)
        return 0;
    int k = oe;
    bool hyph = false;
    if (el__punct(x, k, '-') && el__glued(x, k)) {
        k++;
        hyph = true;
    }
    if (el__tok_is(x, k, "fiscal"))
        k++;
    int gran;
    if (el__tok_is(x, k, "quarter"))
        gran = G_QUARTER;
    else if (el__tok_is(x, k, "half") && ord <= 2)
        gran = G_HALF;
    else
        return 0;
    /* "in the first half of August": that month, its start or end */
    const el__lex *hm = el__tok_lex(x, k + 2, LX_MONTH);
    if (gran == G_HALF && y == NOYEAR && !has_rel && !hyph && el__tok_is(x, k + 1, "of") && hm &&
        el__cap(x, k + 2) && !(hm->flags & LF_ABBR) && !(el__tk(x, k + 3)->kind == TK_NUM && el__tk(x, k + 3)->ndig <= 2)) {
        el__cand_init(c, i);
        c->p.m = hm->val;
        c->p.gran = G_MONTH;
        el__copy(c->mod, sizeof c->mod, ord == 1 ? "START" : "END");
        return with_written_year(x, k + 3, c);
    }
    /* "outscored 98-31 in the fourth quarter": a period of play */
    if (y == NOYEAR && !has_rel && el__game_period(x, k))
        return 0;
    /* "hurt in the fourth quarter of Saturday night's loss": a game's */
    if (y == NOYEAR && !has_rel && el__tok_is(x, k + 1, "of") &&
        (el__tok_lex(x, k + 2, LX_WDAY) || el__tok_is(x, k + 2, "tonight") || el__tok_is(x, k + 2, "yesterday") ||
         el__tok_is(x, k + 2, "today")))
        return 0;
    k++;
    /* "of 2017", "2017", "of this year", "of fiscal 1990" */
    if (y == NOYEAR && !has_rel) {
        int k2 = k;
        if (el__tok_is(x, k2, "of") || el__punct(x, k2, ',') || el__tok_is(x, k2, "in"))
            k2++;
        if (el__tok_is(x, k2, "fiscal"))
            k2++;
        int64_t yy;
        int e2 = el__parse_year4(x, k2, &yy);
        if (e2 && !el__tok_lex(x, e2, LX_MEASURE)) {
            y = yy;
            k = e2;
        } else if ((el__tok_is(x, k, "of") || el__tok_is(x, k, "in")) &&
                   (el__tok_is(x, k + 1, "this") || el__tok_is(x, k + 1, "last") ||
                    el__tok_is(x, k + 1, "next")) &&
                   el__tok_is(x, k + 2, "year")) {
            has_rel = true;
            rel = el__tok_is(x, k + 1, "this") ? 0 : el__tok_is(x, k + 1, "last") ? -1 : 1;
            k += 3;
        }
    }
    el__cand_init(c, i);
    if (hyph && the && j == i + 1)
        c->tb = i + 1; /* "the third-quarter [loss]" */
    c->p.gran = gran;
    c->p.part = ord;
    if (y != NOYEAR) {
        c->how = H_POINT;
        c->p.y = y;
    } else if (has_rel) {
        c->how = H_DCT_OFF;
        c->unit = U_YEAR;
        c->n = rel;
        c->keep_gran = gran;
    } else {
        c->how = H_NOYEAR;
    }
    return k;
}

/* True when "the end of", "the start of", "the turn of" ... comes right
 * before token i. */
static bool part_of(const el__ctx *x, int i)
{
    return el__tok_is(x, i - 1, "of") &&
           (el__tok_is(x, i - 2, "end") || el__tok_is(x, i - 2, "beginning") ||
            el__tok_is(x, i - 2, "start") || el__tok_is(x, i - 2, "middle") ||
            el__tok_is(x, i - 2, "close") || el__tok_is(x, i - 2, "turn"));
}

int el__m_season(const el__ctx *x, int i, el__cand *c)
{
    int j = i;
    bool the = false;
    if (el__tok_is(x, j, "the")) {
        the = true;
        j++;
    }
    /* "the weekend": the last one in past or untensed clauses */
    if (the && el__tok_is(x, j, "weekend")) {
        el__cand_init(c, i);
        c->how = H_WEEKEND;
        c->p.gran = G_WEEKEND;
        return j + 1;
    }
    /* "the year ended Sept. 30" (a fiscal year: a duration), "for the
     * year," and "of the year" (the year last mentioned, else the DCT's) */
    /* "the full year": the whole year the text speaks of */
    bool full = the && el__tok_is(x, j, "full") && el__tok_is(x, j + 1, "year");
    if (full)
        j++;
    /* "for the fiscal year", "in the fiscal year": as "the year" */
    bool fiscal = the && !full && el__tok_is(x, j, "fiscal") && el__tok_is(x, j + 1, "year");
    if (fiscal)
        j++;
    /* "for the week," "of the week": the week the text speaks of */
    if (the && !full && !fiscal && el__tok_is(x, j, "week")) {
        const el__tok *n = el__tk(x, j + 1);
        bool ends = n->kind == TK_END || (n->kind == TK_PUNCT && n->c != '-' && n->c != '\'') ||
                    el__tok_lex(x, j + 1, LX_CLAUSE) || el__tok_is(x, j + 1, "and");
        if (ends && (el__tok_is(x, i - 1, "for") || el__tok_is(x, i - 1, "of"))) {
            el__cand_init(c, i);
            c->how = H_REF_OFF;
            c->unit = U_WEEK;
            c->n = 0;
            return j + 1;
        }
    }
    if (the && el__tok_is(x, j, "year") && !(el__punct(x, j + 1, '-') && el__glued(x, j + 1))) {
        if (el__tok_is(x, j + 1, "ended") || el__tok_is(x, j + 1, "ending")) {
            el__cand_init(c, i);
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            el__copy(c->value, sizeof c->value, "P1Y");
            return j + 1;
        }
        const el__tok *n = el__tk(x, j + 1);
        bool ends = n->kind == TK_END || (n->kind == TK_PUNCT && n->c != '-') ||
                    el__tok_lex(x, j + 1, LX_CLAUSE) || el__tok_is(x, j + 1, "and");
        /* "earlier in the year", "later in the year"; "the end of the
         * year", whatever follows */
        bool in_rel = in_relative(x, i) || part_of(x, i);
        if (full || in_rel || (fiscal && el__tok_is(x, i - 1, "in")) ||
            (ends && (el__tok_is(x, i - 1, "for") || el__tok_is(x, i - 1, "of") ||
                      el__tok_is(x, i - 1, "through") || el__tok_is(x, i - 1, "during")))) {
            el__cand_init(c, i);
            /* the full year is the reporting year, the DCT's; "by the end of
             * the year" is the year of its own sentence, else the DCT's */
            c->how = full ? H_DCT_OFF : H_REF_OFF;
            c->full_year = full;
            c->ref_nearby = part_of(x, i);
            c->unit = U_YEAR;
            c->n = 0;
            return j + 1;
        }
    }
    /* "late in the month", "earlier in the month": the month last named */
    if (the && el__tok_is(x, j, "month") && in_relative(x, i)) {
        el__cand_init(c, i);
        c->how = H_REF_OFF;
        c->unit = U_MONTH;
        c->n = 0;
        return j + 1;
    }
    /* "the end of the month", "the middle of the week": the month or week
     * the text speaks of (the one last named, else the DCT's); "the end of
     * the century", "the turn of the decade": the DCT's; "the month" alone
     * is too vague to tag */
    int part_unit = !the || !part_of(x, i)              ? 0
                    : el__tok_is(x, j, "month")         ? U_MONTH
                    : el__tok_is(x, j, "week")          ? U_WEEK
                    : el__tok_is(x, j, "century")       ? U_CENTURY
                    : el__tok_is(x, j, "decade")        ? U_DECADE
                                                        : 0;
    if (part_unit && !(el__punct(x, j + 1, '-') && el__glued(x, j + 1)) &&
        !(el__punct(x, j + 1, '\'') && el__glued(x, j + 1))) {
        el__cand_init(c, i);
        c->how = part_unit == U_MONTH || part_unit == U_WEEK ? H_REF_OFF : H_DCT_OFF;
        c->unit = part_unit;
        c->n = 0;
        /* "by the end of the month": a month named in its own sentence,
         * else the DCT's (not one from a sentence before) */
        c->ref_nearby = part_unit == U_MONTH;
        return j + 1;
    }
    /* "year-end": December 31 of the year the clause speaks of */
    if (el__tok_is(x, j, "year") && el__punct(x, j + 1, '-') && el__glued(x, j + 1) &&
        el__tok_is(x, j + 2, "end") && el__glued(x, j + 2)) {
        el__cand_init(c, j);
        c->how = H_NOYEAR; /* the year by tense, like a month and day */
        c->p.gran = G_DAY;
        c->p.m = 12;
        c->p.d = 31;
        return j + 3;
    }
    /* "year-earlier", "year-ago" used as adjectives */
    if (el__tok_is(x, j, "year") && el__punct(x, j + 1, '-') && el__glued(x, j + 1) &&
        (el__tok_is(x, j + 2, "earlier") || el__tok_is(x, j + 2, "ago"))) {
        el__cand_init(c, j);
        c->how = H_REF_OFF;
        c->unit = U_YEAR;
        c->n = -1;
        c->quarter_ctx = true;
        return j + 3;
    }
    const el__lex *s = el__tok_lex(x, j, LX_SEASON);
    if (!s)
        return 0;
    /* "the Arab Spring", "the Prague Spring": a name after a capitalised
     * word inside a sentence */
    if (j == i && el__cap(x, j) && !(el__tk(x, j)->flags & TF_UPPER) && j > 0 &&
        el__tk(x, j - 1)->kind == TK_WORD && el__cap(x, j - 1) && !(el__tk(x, j - 1)->flags & (TF_NL | TF_PARA)) &&
        !(j >= 2 && (el__tk(x, j - 2)->flags & TF_SEND)) && j >= 2 && !el__tok_lex(x, j - 1, LX_MONTH) &&
        !el__tok_lex(x, j - 1, LX_PREP) && !el__tok_lex(x, j - 1, LX_DET) && !el__tok_lex(x, j - 1, LX_REL) &&
        !el__tok_lex(x, j - 1, LX_MODW))
        return 0;
    /* "SILVER SPRING, Md.": a place in a capitalised dateline */
    if ((el__tk(x, j)->flags & TF_UPPER) && el__tk(x, j - 1)->kind == TK_WORD && (el__tk(x, j - 1)->flags & TF_UPPER))
        return 0;
    bool risky = (s->flags & LF_RISKY) != 0;
    int e = j + 1;
    /* "the fall semester", "spring term": a school term by its season */
    if (el__tok_is(x, e, "semester") || el__tok_is(x, e, "term")) {
        el__cand_init(c, i);
        c->how = H_NOYEAR;
        c->p.part = s->val;
        c->p.gran = G_SEASON;
        return e + 1;
    }
    int k = e;
    if (el__tok_is(x, k, "of"))
        k++;
    int64_t y;
    int ye = el__parse_year4(x, k, &y);
    if (!ye)
        ye = word_year(x, k, &y);
    if (ye && !el__tok_lex(x, ye, LX_MEASURE)) {
        /* "prices fall 2010"? a verb; "in fall 2010", "since fall 2008":
         * the season */
        if (risky && !the && !el__cap(x, j) && k == e &&
            !(el__tok_is(x, i - 1, "in") || el__tok_is(x, i - 1, "since") || el__tok_is(x, i - 1, "by") ||
              el__tok_is(x, i - 1, "until") || el__tok_is(x, i - 1, "during") || el__tok_is(x, i - 1, "from") ||
              el__tok_is(x, i - 1, "through") || el__tok_is(x, i - 1, "before") || el__tok_is(x, i - 1, "after") ||
              /* "Applications for fall 2009", "enrollment of fall 2017" */
              el__tok_is(x, i - 1, "for") || el__tok_is(x, i - 1, "of")))
            return 0;
        el__cand_init(c, i);
        c->how = H_POINT;
        c->p.y = y;
        c->p.part = s->val;
        c->p.gran = G_SEASON;
        return ye;
    }
    if (risky) {
        /* "the fall" only when nothing suggests the verb or "the fall of X" */
        if (!the || el__tok_is(x, e, "of") || el__tok_is(x, i - 1, "after") ||
            el__tok_is(x, i - 1, "since") || el__tok_is(x, i - 1, "to") ||
            el__tok_is(x, i - 1, "before"))
            return 0;
        if (!(el__tok_is(x, i - 1, "in") || el__tok_is(x, i - 1, "by") ||
              el__tok_is(x, i - 1, "until") || el__tok_is(x, i - 1, "during") ||
              el__tok_is(x, i - 1, "this") || el__tok_is(x, i - 1, "through")))
            return 0;
    }
    if (el__tok_is(x, e, "of") || (el__punct(x, e, '-') && el__glued(x, e)))
        return 0;
    /* "spring water", "summer camp", "a winter storm", the song "Spring
     * Water": a season before a noun qualifies it; "the winter wheat
     * crop" even after "the" */
    if (el__tok_is(x, e, "wheat") || el__tok_is(x, e, "crop") || el__tok_is(x, e, "crops") ||
        el__tok_is(x, e, "barley") || el__tok_is(x, e, "rapeseed") || el__tok_is(x, e, "coat") ||
        el__tok_is(x, e, "coats") || el__tok_is(x, e, "tyres") || el__tok_is(x, e, "tires"))
        return 0;
    /* "the Spring Festival", "the Winter Olympics": a name */
    if (el__cap(x, j) && el__cap(x, e) && el__tk(x, e)->kind == TK_WORD &&
        !el__tok_lex(x, e, LX_MONTH) && !(el__tk(x, e)->flags & TF_UPPER))
        return 0;
    bool adverbial = el__tok_is(x, i - 1, "in") || el__tok_is(x, i - 1, "during") ||
                     el__tok_is(x, i - 1, "since") || el__tok_is(x, i - 1, "until") ||
                     el__tok_is(x, i - 1, "through") || el__tok_is(x, i - 1, "by");
    /* "with winter approaching", "before winter closes the passes": the
     * season coming, this year's (in January, the one under way) */
    bool coming = !the && !el__cap(x, e) &&
                  (el__tok_is(x, e, "approaching") || el__tok_is(x, e, "approaches") ||
                   el__tok_is(x, e, "arrives") || el__tok_is(x, e, "arriving") || el__tok_is(x, e, "nears") ||
                   el__tok_is(x, e, "closes") || el__tok_is(x, e, "sets") || el__tok_is(x, e, "looms"));
    if (coming) {
        el__cand_init(c, i);
        c->how = H_NOYEAR;
        c->rel = RL_THIS;
        c->p.part = s->val;
        c->p.gran = G_SEASON;
        return e;
    }
    if (!the && !adverbial && el__tk(x, e)->kind == TK_WORD && !el__glued(x, e) &&
        (el__cap(x, e) ? el__cap(x, j) && !el__tok_lex(x, e, LX_MONTH)
                       : !el__tok_lex(x, e, LX_PREP) && !el__tok_lex(x, e, LX_CLAUSE) &&
                             !el__tok_lex(x, e, LX_TENSE) && !el__tok_is(x, e, "and") &&
                             !el__tok_is(x, e, "or") && !el__tok_lex(x, e, LX_REL) &&
                             !el__tok_lex(x, e, LX_UNIT)))
        return 0;
    el__cand_init(c, i);
    c->how = H_NOYEAR;
    c->p.part = s->val;
    c->p.gran = G_SEASON;
    return e;
}

int el__m_holiday(const el__ctx *x, int i, el__cand *c)
{
    int j = i, rel = 0, day = 0;
    /* "the first day of Ramadan", "the second day of Eid al-Adha" */
    if (el__tok_is(x, j, "the") && el__tok_is(x, j + 2, "day") && el__tok_is(x, j + 3, "of")) {
        day = el__tok_is(x, j + 1, "first") ? 1 : el__tok_is(x, j + 1, "second") ? 2
              : el__tok_is(x, j + 1, "third") ? 3 : 0;
        if (day)
            j += 4;
    }
    if (day) {
    } else if (el__tok_is(x, j, "last"))
        rel = RL_LAST, j++;
    else if (el__tok_is(x, j, "next"))
        rel = RL_NEXT, j++;
    else if (el__tok_is(x, j, "this"))
        rel = RL_THIS, j++;
    else if (el__tok_is(x, j, "that")) /* "talked about that Easter" */
        rel = RL_THAT, j++;
    const el__tok *t = el__tk(x, j);
    if (t->kind != TK_WORD || !el__tok_lex(x, j, LX_HOLW))
        return 0;
    /* "Super Tuesday": the Tuesday of the year's biggest primary day,
     * dated as a weekday by its clause */
    if (j == i && el__tok_is(x, j, "super") && el__cap(x, j) && el__tok_is(x, j + 1, "tuesday") && el__cap(x, j + 1)) {
        el__cand_init(c, i);
        c->how = H_WDAY;
        c->wd = 2;
        c->p.gran = G_DAY;
        return j + 2;
    }
    bool the = el__tok_is(x, j, "the");
    /* "bank holiday Monday" is written in lower case */
    if (!(t->flags & TF_CAP) && !the && !(el__tok_is(x, j, "bank") && el__tok_is(x, j + 1, "holiday")))
        return 0;
    int best = 0;
    int besth = el__holiday_match(x, j, &best);
    if (besth < 0)
        return 0;
    /* "the Tet Offensive" names a campaign, not the holiday */
    if (el__tok_is(x, j, "tet") && (el__tok_is(x, best, "offensive") || el__tok_is(x, j - 1, "the")))
        return 0;
    el__cand_init(c, i);
    c->how = H_HOLIDAY;
    c->hol = besth;
    c->rel = rel;
    c->hol_day = day;
    /* "Holy Week": the week of the day the table gives */
    if (el__tok_is(x, best - 1, "week"))
        c->week_of = G_WEEK;
    c->p.gran = G_DAY;
    int64_t y;
    int e = el__parse_year4(x, best, &y);
    if (e && !rel) {
        c->p.y = y;
        return e;
    }
    if (!rel && el__punct(x, best, '\'') && el__tk(x, best + 1)->kind == TK_NUM &&
        el__tk(x, best + 1)->ndig == 2 && el__glued(x, best + 1)) {
        c->p.y = year2(el__tk(x, best + 1)->num);
        return best + 2;
    }
    return best;
}
