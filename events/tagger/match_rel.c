/* match_rel.c: matchers for relative and vague expressions, durations and
 * sets: today/yesterday/now, this/next/last + unit/month/weekday/season,
 * "the following day", "three years", "two weeks ago", "the past two
 * weeks", "every Monday", "twice a week", "daily".
 */
#include <stdio.h>
#include <string.h>

#include "eventline/date.h"
#include "match.h"

static const char *const pod_code[] = {"", "MO", "AF", "EV", "NI", "DT", "", "", "MI"};

static void set_fixed(el__cand *c, int type, const char *value)
{
    c->type = (uint8_t)type;
    c->how = H_FIXED;
    el__copy(c->value, sizeof c->value, value);
}

/* True when l is a part of the day that a date can carry (morning,
 * afternoon, evening, night), singular. */
static bool day_part(const el__lex *l)
{
    return l && !(l->flags & LF_PLURAL) &&
           (l->val == POD_MO || l->val == POD_AF || l->val == POD_EV || l->val == POD_NI);
}

/* Makes c, from token tb, part of the day pod of the day n days from the
 * date last named ("that evening", "the night before", "the next
 * morning"); returns end. */
static int ref_day_part(el__cand *c, int tb, int n, int pod, int end)
{
    el__cand_init(c, tb);
    c->how = H_REF_OFF;
    c->unit = U_DAY;
    c->n = n;
    c->type = EL_TIMEX_TIME;
    c->p.pod = pod;
    return end;
}

int el__m_deic(const el__ctx *x, int i, el__cand *c)
{
    /* "by late afternoon", "by midmorning", "until mid-morning", "in
     * early evening": a part of the day the text speaks of, after a
     * preposition and a modifier (a bare "by afternoon" too; "in
     * afternoon trading" is left alone) */
    {
        const el__lex *l = el__tok_lex(x, i, LX_POD);
        if (l && !(l->flags & LF_PLURAL) && !el__cap(x, i) &&
            (l->val == POD_MO || l->val == POD_AF || l->val == POD_EV)) {
            int k = i - 1;
            bool modified = false;
            if (el__punct(x, k, '-') && el__glued(x, i) && el__tok_is(x, k - 1, "mid")) {
                k -= 2;
                modified = true;
            } else if (el__tok_is(x, k, "late") || el__tok_is(x, k, "early") || el__tok_is(x, k, "mid")) {
                k--;
                modified = true;
            }
            if (modified && el__tok_is(x, k, "the")) /* "in the late afternoon" */
                k--;
            bool prep = el__tok_is(x, k, "by") || el__tok_is(x, k, "until") || el__tok_is(x, k, "since") ||
                        el__tok_is(x, k, "before") || el__tok_is(x, k, "after") ||
                        (modified && (el__tok_is(x, k, "in") || el__tok_is(x, k, "during") || el__tok_is(x, k, "at")));
            const el__tok *n = el__tk(x, i + 1);
            bool ends = n->kind == TK_END || (n->kind == TK_PUNCT && n->c != '-' && n->c != '\'') ||
                        el__tok_lex(x, i + 1, LX_PREP) || el__tok_lex(x, i + 1, LX_CLAUSE) ||
                        el__tok_is(x, i + 1, "and") || el__tok_is(x, i + 1, "trading");
            if (prep && ends) {
                /* dated like a clock time without a day: the day of the
                 * sentence or of the story told just before, else the DCT */
                el__cand_init(c, i);
                c->how = H_TIMEONLY;
                c->type = EL_TIMEX_TIME;
                c->p.pod = l->val;
                return i + 1;
            }
        }
    }
    /* "a week from Tuesday": a week after the coming Tuesday */
    if ((el__tok_is(x, i, "a") || el__tok_is(x, i, "one")) && el__tok_is(x, i + 1, "week") &&
        el__tok_is(x, i + 2, "from")) {
        const el__lex *w = el__tok_lex(x, i + 3, LX_WDAY);
        if (w && !(w->flags & (LF_ABBR | LF_PLURAL))) {
            el__cand_init(c, i);
            c->how = H_WDAY;
            c->wd = w->val;
            c->rel = RL_NEXT;
            c->n = 7;
            c->p.gran = G_DAY;
            return i + 4;
        }
    }
    /* "the Friday after Thanksgiving", "the Sunday before Christmas":
     * the first such weekday after (or the last before) a holiday or a
     * dated day */
    if (el__tok_is(x, i, "the") && el__tok_lex(x, i + 1, LX_WDAY) &&
        !(el__tok_lex(x, i + 1, LX_WDAY)->flags & (LF_ABBR | LF_PLURAL)) &&
        (el__tok_is(x, i + 2, "before") || el__tok_is(x, i + 2, "after"))) {
        el__cand in;
        if (el__match_at(x, i + 3, &in) && in.tb == i + 3 && in.type == EL_TIMEX_DATE && !in.mod[0] &&
            in.p.gran == G_DAY && (in.how == H_POINT || in.how == H_NOYEAR || in.how == H_HOLIDAY)) {
            int e = in.te;
            int wd = el__tok_lex(x, i + 1, LX_WDAY)->val;
            el__cand_init(c, i);
            c->how = H_SHIFT;
            c->inner = i + 3;
            c->wd = wd;
            c->n = el__tok_is(x, i + 2, "before") ? -1 : 1;
            c->p.gran = G_DAY;
            return e;
        }
    }
    /* the day before yesterday / the day after tomorrow */
    if (el__tok_is(x, i, "the") && el__tok_is(x, i + 1, "day")) {
        int n = 0;
        if (el__tok_is(x, i + 2, "before") && el__tok_is(x, i + 3, "yesterday"))
            n = -2;
        else if (el__tok_is(x, i + 2, "after") && el__tok_is(x, i + 3, "tomorrow"))
            n = 2;
        if (n) {
            el__cand_init(c, i);
            c->how = H_DCT_OFF;
            c->unit = U_DAY;
            c->n = n;
            return i + 4;
        }
        /* the day before July 4, the day after Christmas */
        /* (no chains: "the day before the day before ..." would recurse) */
        if ((el__tok_is(x, i + 2, "before") || el__tok_is(x, i + 2, "after")) &&
            !(el__tok_is(x, i + 3, "the") && el__tok_is(x, i + 4, "day"))) {
            el__cand in;
            if (el__match_at(x, i + 3, &in) && in.tb == i + 3 && in.type == EL_TIMEX_DATE &&
                !in.mod[0] &&
                ((in.p.gran == G_DAY && (in.how == H_POINT || in.how == H_NOYEAR ||
                                         in.how == H_HOLIDAY)) ||
                 in.how == H_WDAY)) {
                int e = in.te;
                el__cand_init(c, i);
                c->how = H_SHIFT;
                c->inner = i + 3;
                c->n = el__tok_is(x, i + 2, "before") ? -1 : 1;
                c->p.gran = G_DAY;
                return e;
            }
        }
        /* "had inspected the site the day before.": the day before the
         * date last named ("the day before authorities issued ..." and
         * "the day after his death" name their own reference) */
        if ((el__tok_is(x, i + 2, "before") || el__tok_is(x, i + 2, "after")) &&
            (el__tk(x, i + 3)->kind == TK_PUNCT || el__tk(x, i + 3)->kind == TK_END ||
             el__tok_is(x, i + 3, "and") || el__tok_is(x, i + 3, "but"))) {
            el__cand_init(c, i);
            c->how = H_REF_OFF;
            c->unit = U_DAY;
            c->n = el__tok_is(x, i + 2, "before") ? -1 : 1;
            return i + 3;
        }
    }
    /* "reported stolen the night before.", "the morning after,": that part
     * of the day before or after the date last named */
    if (el__tok_is(x, i, "the") && (el__tok_is(x, i + 2, "before") || el__tok_is(x, i + 2, "after")) &&
        (el__tk(x, i + 3)->kind == TK_PUNCT || el__tk(x, i + 3)->kind == TK_END || el__tok_is(x, i + 3, "and") ||
         el__tok_is(x, i + 3, "but"))) {
        const el__lex *l = el__tok_lex(x, i + 1, LX_POD);
        if (day_part(l))
            return ref_day_part(c, i, el__tok_is(x, i + 2, "before") ? -1 : 1, l->val, i + 3);
    }
    /* "agreed overnight", "Overnight, looters ...": the night of a day
     * named just before, else the night before the report (the coming one
     * in a future clause); "overnight rates" and "an overnight stay" are
     * adjectives */
    /* ("will not happen overnight": all at once, not a night) */
    if (el__tok_is(x, i, "overnight") && !el__tok_lex(x, i - 1, LX_DET) &&
        !el__tok_is(x, i - 1, "happen") && !el__tok_is(x, i - 1, "happens") &&
        !el__tok_is(x, i - 1, "change") && !el__tok_is(x, i - 1, "disappear") &&
        !el__tok_is(x, i - 1, "vanish") && !el__tok_is(x, i - 1, "succeed") &&
        (el__tk(x, i + 1)->kind != TK_WORD || el__tok_lex(x, i + 1, LX_PREP) ||
         el__tok_lex(x, i + 1, LX_CLAUSE) || el__tok_is(x, i + 1, "and") ||
         el__tok_is(x, i + 1, "to") || el__tok_is(x, i + 1, "with"))) {
        el__cand_init(c, i);
        c->how = H_TIMEONLY;
        c->n = el__tense_at(x, i, i + 1) == TN_FUT ? 0 : -1; /* without a day named */
        c->type = EL_TIMEX_TIME;
        c->p.pod = POD_NI;
        return i + 1;
    }
    if (el__tok_is(x, i, "right") && el__tok_is(x, i + 1, "now")) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if (el__tok_is(x, i, "as") && el__tok_is(x, i + 1, "soon") && el__tok_is(x, i + 2, "as") &&
        el__tok_is(x, i + 3, "possible")) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_DATE, "FUTURE_REF");
        return i + 4;
    }
    /* "Dealers placed heavy buy orders in the morning", "by the evening":
     * that part of the day the text speaks of (not "the evening news",
     * "the morning session", "the night of Oct. 23") */
    if (el__tok_is(x, i, "the") && (el__tok_is(x, i - 1, "in") || el__tok_is(x, i - 1, "during") ||
                                    el__tok_is(x, i - 1, "by") || el__tok_is(x, i - 1, "until") ||
                                    el__tok_is(x, i - 1, "through"))) {
        const el__lex *l = el__tok_lex(x, i + 1, LX_POD);
        const el__tok *n = el__tk(x, i + 2);
        if (day_part(l) && l->val != POD_NI && !el__cap(x, i + 1) &&
            (n->kind == TK_END || (n->kind == TK_PUNCT && n->c != '-' && n->c != '\'') ||
             (el__tok_lex(x, i + 2, LX_PREP) && !el__tok_is(x, i + 2, "of")) || el__tok_lex(x, i + 2, LX_CLAUSE) ||
             el__tok_is(x, i + 2, "and")))
            return ref_day_part(c, i, 0, l->val, i + 2);
    }
    /* "will soon begin", "may soon seek", "strike again soon": the near
     * future (FUTURE_REF); not "soon after", "as soon as", nor a past
     * clause ("was soon released", "soon became a flood") */
    if (el__tok_is(x, i, "soon") && !el__tok_is(x, i - 1, "as") && !el__tok_is(x, i - 1, "how") &&
        !el__tok_is(x, i - 1, "too") && !el__tok_is(x, i + 1, "after") && !el__tok_is(x, i + 1, "as") &&
        !el__tok_is(x, i + 1, "afterwards") && !el__tok_is(x, i + 1, "thereafter") &&
        !el__tok_is(x, i + 1, "enough") && el__tense_at(x, i, i + 1) != TN_PAST) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_DATE, "FUTURE_REF");
        return i + 1;
    }
    /* "current" before a noun ("current market conditions", "his current
     * wife") is the present in TimeML (PRESENT_REF; "then current" looks
     * back); "current account" is a term of trade, and a following unit
     * ("the current quarter") is another matcher's */
    if (el__tok_is(x, i, "current") && !(el__tk(x, i)->flags & TF_CAP) &&
        el__tk(x, i + 1)->kind == TK_WORD && !el__tok_lex(x, i + 1, LX_UNIT) &&
        !el__tok_lex(x, i + 1, LX_PREP) && !el__tok_lex(x, i + 1, LX_CLAUSE) &&
        !el__tok_is(x, i + 1, "account") && !el__tok_is(x, i + 1, "accounts") &&
        !el__tok_is(x, i + 1, "fiscal")) {
        bool then = el__tok_is(x, i - 1, "then");
        el__cand_init(c, then ? i - 1 : i);
        set_fixed(c, EL_TIMEX_DATE, then ? "PAST_REF" : "PRESENT_REF");
        return i + 1;
    }
    /* "in the near term", "over the short term", "at a later date":
     * the future (TE3 gold); "the long term" is left alone */
    if ((el__tok_is(x, i, "the") && (el__tok_is(x, i + 1, "near") || el__tok_is(x, i + 1, "short")) &&
         el__tok_is(x, i + 2, "term") && !(el__punct(x, i + 3, '-') && el__glued(x, i + 3)) &&
         el__tk(x, i + 3)->kind != TK_WORD) ||
        (el__tok_is(x, i, "a") && el__tok_is(x, i + 1, "later") && el__tok_is(x, i + 2, "date") &&
         el__tok_is(x, i - 1, "at"))) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_DATE, "FUTURE_REF");
        return i + 3;
    }
    if (el__tok_is(x, i, "these") && el__tok_is(x, i + 1, "days")) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if (el__tok_is(x, i, "the")) {
        int k = i + 1;
        bool adj = false;
        if (el__tok_is(x, k, "near") || el__tok_is(x, k, "foreseeable") ||
            el__tok_is(x, k, "distant") || el__tok_is(x, k, "immediate")) {
            k++;
            adj = true;
        }
        const el__tok *n = el__tk(x, k + 1);
        bool ends = n->kind != TK_WORD || el__tok_lex(x, k + 1, LX_PREP) ||
                    el__tok_lex(x, k + 1, LX_TENSE) || el__tok_lex(x, k + 1, LX_CLAUSE);
        if (el__tok_is(x, k, "future") && !el__tok_is(x, k + 1, "of") &&
            (ends || !el__cap(x, k + 1))) {
            el__cand_init(c, i);
            set_fixed(c, EL_TIMEX_DATE, "FUTURE_REF");
            return k + 1;
        }
        if (!adj && el__tok_is(x, k, "past") && !el__tok_is(x, k + 1, "of") &&
            (ends || !el__cap(x, k + 1))) {
            el__cand_init(c, i);
            set_fixed(c, EL_TIMEX_DATE, "PAST_REF");
            return k + 1;
        }
        if (!adj && el__tok_is(x, k, "present") && ends && !el__tok_is(x, k + 1, "of")) {
            el__cand_init(c, i);
            set_fixed(c, EL_TIMEX_DATE, "PRESENT_REF");
            return k + 1;
        }
        return 0;
    }
    const el__lex *l = el__tok_lex(x, i, LX_DEIC);
    if (!l)
        return 0;
    el__cand_init(c, i);
    int e = i + 1;
    switch (l->val) {
    case DX_TODAY:
        /* "today's world", "today's youth": the present age, which TE3
         * gold leaves untagged ("today's editions" is the DCT) */
        if (el__punct(x, e, '\'') && el__tok_is(x, e + 1, "s") &&
            (el__tok_is(x, e + 2, "world") || el__tok_is(x, e + 2, "youth") ||
             el__tok_is(x, e + 2, "society") || el__tok_is(x, e + 2, "generation") ||
             el__tok_is(x, e + 2, "young") || el__tok_is(x, e + 2, "children") ||
             el__tok_is(x, e + 2, "economy") || el__tok_is(x, e + 2, "culture") ||
             el__tok_is(x, e + 2, "technology") || el__tok_is(x, e + 2, "standards") ||
             el__tok_is(x, e + 2, "personal") || el__tok_is(x, e + 2, "modern") ||
             el__tok_is(x, e + 2, "global")))
            return 0;
        /* fall through */
    case DX_YESTERDAY:
    case DX_TOMORROW:
        c->how = H_DCT_OFF;
        c->unit = U_DAY;
        c->n = l->val == DX_TODAY ? 0 : l->val == DX_YESTERDAY ? -1 : 1;
        return el__m_attach_time(x, e, c);
    case DX_TONIGHT:
        c->how = H_DCT_OFF;
        c->unit = U_DAY;
        c->type = EL_TIMEX_TIME;
        c->p.pod = POD_NI;
        return e;
    case DX_NOW:
        /* "now" as a noun after "by/until/from/for" is still PRESENT_REF */
        set_fixed(c, EL_TIMEX_DATE, "PRESENT_REF");
        return e;
    case DX_PRESENT_REF:
        set_fixed(c, EL_TIMEX_DATE, "PRESENT_REF");
        return e;
    case DX_PAST_REF:
        /* "as recently as July": the date is the expression */
        if (el__tok_is(x, i - 1, "as") && el__tok_is(x, e, "as"))
            return 0;
        /* "most recently in May 2009": the date that follows is the
         * expression (TE3 gold) */
        if (el__tok_is(x, i - 1, "most") && el__tok_is(x, i, "recently") &&
            (el__tok_lex(x, e, LX_PREP) || el__tok_lex(x, e, LX_MONTH) || el__tk(x, e)->kind == TK_NUM))
            return 0;
        set_fixed(c, EL_TIMEX_DATE, "PAST_REF");
        return e;
    case DX_FUTURE_REF:
        set_fixed(c, EL_TIMEX_DATE, "FUTURE_REF");
        return e;
    default:
        return 0;
    }
}

/* The unit letter(s) of a duration value. */
/* Writes pre, then "X" (x) or v in decimal, then suf into buf[0..size)
 * (cut to fit, always terminated): snprintf(buf, size, "%s%lld%s") without
 * the format machinery. */
static void dur_fmt(char *buf, size_t size, const char *pre, bool x, long long v, const char *suf)
{
    char tmp[48];
    size_t k = 0;
    for (; *pre; pre++)
        tmp[k++] = *pre;
    if (x) {
        tmp[k++] = 'X';
    } else {
        unsigned long long u = (unsigned long long)v;
        if (v < 0) {
            tmp[k++] = '-';
            u = 0ull - u;
        }
        char d[24];
        int nd = 0;
        do {
            d[nd++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        while (nd > 0)
            tmp[k++] = d[--nd];
    }
    for (; *suf; suf++)
        tmp[k++] = *suf;
    tmp[k] = 0;
    el__copy(buf, size, tmp);
}

static void duration_value(char *buf, size_t size, int unit, int64_t n, bool x)
{
    switch (unit) {
    case U_SEC: dur_fmt(buf, size, "PT", x, (long long)n, "S"); return;
    case U_MIN: dur_fmt(buf, size, "PT", x, (long long)n, "M"); return;
    case U_HOUR: dur_fmt(buf, size, "PT", x, (long long)n, "H"); return;
    case U_DAY: case U_NIGHT: dur_fmt(buf, size, "P", x, (long long)n, "D"); return;
    case U_WEEK: dur_fmt(buf, size, "P", x, (long long)n, "W"); return;
    case U_FORTNIGHT: dur_fmt(buf, size, "P", x, (long long)(2 * n), "W"); return;
    case U_WEEKEND: dur_fmt(buf, size, "P", x, (long long)(2 * n), "D"); return;
    case U_MONTH: dur_fmt(buf, size, "P", x, (long long)n, "M"); return;
    case U_QUARTER: dur_fmt(buf, size, "P", x, (long long)n, "Q"); return;
    case U_HALF: dur_fmt(buf, size, "P", x, (long long)(6 * n), "M"); return;
    case U_YEAR: dur_fmt(buf, size, "P", x, (long long)n, "Y"); return;
    case U_DECADE:
        if (x) el__copy(buf, size, "PXDE");
        else dur_fmt(buf, size, "P", false, (long long)(10 * n), "Y");
        return;
    case U_CENTURY:
        if (x) el__copy(buf, size, "PXCE");
        else dur_fmt(buf, size, "P", false, (long long)(100 * n), "Y");
        return;
    case U_MILLENNIUM:
        if (x) el__copy(buf, size, "PXML");
        else dur_fmt(buf, size, "P", false, (long long)(1000 * n), "Y");
        return;
    default:
        el__copy(buf, size, "PXX");
        return;
    }
}

/* A unit word usable in durations at i: returns the unit or 0. */
static int unit_at(const el__ctx *x, int i, bool *plural)
{
    const el__lex *l = el__tok_lex(x, i, LX_UNIT);
    if (!l || l->val == U_NONE || (l->flags & LF_LONG))
        return 0;
    *plural = (l->flags & LF_PLURAL) != 0;
    return l->val;
}

/* "-old" or "old" after an age-like duration. */
static bool is_age(const el__ctx *x, int e)
{
    if (el__punct(x, e, '-') && el__tok_is(x, e + 1, "old"))
        return true;
    if (el__tok_is(x, e, "old") || el__tok_is(x, e, "older"))
        return true;
    /* "at 1 year of age", "children 6 months and older" */
    if ((el__tok_is(x, e, "of") && el__tok_is(x, e + 1, "age")) ||
        (el__tok_is(x, e, "and") && (el__tok_is(x, e + 1, "older") || el__tok_is(x, e + 1, "up") ||
                                     el__tok_is(x, e + 1, "younger"))))
        return true;
    return false;
}

/* Reads "a few", "several", "many", "a couple of", "dozens of" before a
 * plural unit; returns the end (value X, or 2 for a couple) or 0. */
static int quant_at(const el__ctx *x, int i, int64_t *n, bool *isx)
{
    int j = i;
    if (el__tok_is(x, j, "a") && (el__tok_is(x, j + 1, "few") || el__tok_is(x, j + 1, "couple")))
        j++;
    const el__lex *q = el__tok_lex(x, j, LX_QUANTW);
    if (!q || q->val == 3)
        return 0; /* "half" (3) is read by el__m_duration itself */
    /* "some years", "many years": vague, the caller wants a plural unit */
    j++;
    /* "dozens of", "thousands of", "tens of millions of" */
    while (el__tok_is(x, j - 1, "couple") || el__tok_is(x, j - 1, "dozens") ||
           el__tok_is(x, j - 1, "hundreds") || el__tok_is(x, j - 1, "thousands") ||
           el__tok_is(x, j - 1, "millions") || el__tok_is(x, j - 1, "billions") ||
           el__tok_is(x, j - 1, "tens")) {
        if (!el__tok_is(x, j, "of"))
            return 0;
        j++;
        const el__lex *more = el__tok_lex(x, j, LX_QUANTW);
        if (!more || more->val != 0 || el__tok_is(x, j - 2, "couple"))
            break;
        j++;
    }
    if (q->val == 2) {
        *n = 2;
        *isx = false;
    } else {
        *isx = true;
        *n = 0;
    }
    return j;
}

/* Converts a duration candidate plus "ago/later/earlier/from now" into a
 * point; returns the new end or 0 when no such word follows. */
static int point_suffix(const el__ctx *x, int e, int unit, int64_t n, bool isx,
                        el__cand *c)
{
    int dir = 0, anchor = 0; /* anchor 1 DCT, 2 REF */
    int k = e;
    /* "a week or so ago": the same point, approximately */
    bool or_so = el__tok_is(x, k, "or") && el__tok_is(x, k + 1, "so") &&
                 (el__tok_is(x, k + 2, "ago") || el__tok_is(x, k + 2, "earlier"));
    if (or_so)
        k += 2;
    bool today = false; /* "a hundred years ago today", "a week from today" */
    if (el__tok_is(x, k, "ago")) {
        dir = -1;
        anchor = 1;
        k++;
        if (el__tok_is(x, k, "today") && !or_so) {
            today = true;
            k++;
        } else if (!or_so && unit == U_YEAR && el__tok_lex(x, k, LX_WDAY) &&
                   !(el__tok_lex(x, k, LX_WDAY)->flags & (LF_ABBR | LF_PLURAL)) && !el__punct(x, k + 1, '\'')) {
            /* "A year ago Saturday, the river broke through": the day
             * that many years before the weekday near the report */
            c->keep_gran = G_DAY;
            c->inner = k;
            c->wd = el__tok_lex(x, k, LX_WDAY)->val;
            k++;
        } else if (!or_so && el__tok_is(x, k, "this") && unit == U_YEAR &&
                   (el__tok_is(x, k + 1, "week") || el__tok_is(x, k + 1, "month"))) {
            /* "Fifty years ago this week": that week, so many years back */
            c->keep_gran = el__tok_is(x, k + 1, "week") ? G_WEEK : G_MONTH;
            k += 2;
        }
    } else if (el__tok_is(x, c->tb - 1, "in") && el__punct(x, k, '\'') &&
               (el__tok_is(x, k + 1, "time") ||
                (el__tok_is(x, k + 1, "s") && el__tok_is(x, k + 2, "time")))) {
        /* "in four years' time", "in a week's time": so long from now */
        dir = 1;
        anchor = 1;
        k += el__tok_is(x, k + 1, "time") ? 2 : 3;
    } else if (el__tok_is(x, k, "from") && el__tok_is(x, k + 1, "today")) {
        dir = 1;
        anchor = 1;
        today = true;
        k += 2;
    } else if (el__tok_is(x, k, "earlier")) {
        dir = -1;
        anchor = 2;
        k++;
    } else if (el__tok_is(x, k, "from") && el__tok_is(x, k + 1, "now")) {
        dir = 1;
        anchor = 1;
        k += 2;
    } else if (el__tok_is(x, k, "hence")) {
        dir = 1;
        anchor = 1;
        k++;
    } else if ((el__tok_is(x, k, "before") || el__tok_is(x, k, "after")) &&
               /* "had defended the law for 22 years before that decision",
                * "call witnesses for roughly a week after that": a length */
               !el__tok_is(x, c->tb - 1, "for") &&
               !(el__tok_lex(x, c->tb - 1, LX_APPROX) && el__tok_is(x, c->tb - 2, "for")) &&
               /* "Twenty years after \"The Salt House\" became a
                * phenomenon": a quote mark opens what it is after */
               ((el__tk(x, k + 1)->kind == TK_PUNCT && el__tk(x, k + 1)->c != '"' && el__tk(x, k + 1)->c != '\'') ||
                el__tk(x, k + 1)->kind == TK_END || el__tok_lex(x, k + 1, LX_CLAUSE) ||
                el__tok_lex(x, k + 1, LX_PREP))) {
        dir = el__tok_is(x, k, "before") ? -1 : 1;
        anchor = 2;
        k++;
    }
    if (!dir)
        return 0;
    if (isx && anchor == 2)
        return 0; /* "a few days earlier": TE3 keeps the duration */
    c->type = EL_TIMEX_DATE;
    if (or_so)
        el__copy(c->mod, sizeof c->mod, "APPROX");
    if (isx || n > 100000) {
        c->how = H_FIXED;
        el__copy(c->value, sizeof c->value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        return k;
    }
    if (unit == U_FORTNIGHT) {
        unit = U_WEEK;
        n *= 2;
    }
    if (unit == U_HOUR || unit == U_MIN || unit == U_SEC) {
        /* "two hours ago": keep it at the day (TE3 rarely writes clock times) */
        c->how = anchor == 1 ? H_DCT_OFF : H_REF_OFF;
        c->unit = unit;
        c->n = (int)(dir * n);
        return k;
    }
    if (today && (unit == U_WEEK || unit == U_DAY)) {
        /* the day itself: "a week from today" is seven days ahead */
        n *= unit == U_WEEK ? 7 : 1;
        unit = U_DAY;
    } else if (today && unit == U_YEAR) {
        c->keep_gran = G_DAY;
    } else if (today) {
        return 0;
    }
    c->how = anchor == 1 ? H_DCT_OFF : H_REF_OFF;
    c->unit = unit;
    c->n = (int)(dir * n);
    c->quarter_ctx = (unit == U_YEAR && n == 1 && !today);
    if (unit == U_DECADE || unit == U_CENTURY)
        c->vague_x = true;
    return k;
}

/* "a quarter century", "the past half-century", "a quarter-century ago":
 * 25 or 50 years, a point with "ago" or "later".  Returns the end or 0. */
static int part_century(const el__ctx *x, int i, el__cand *c)
{
    /* the fraction second ("a quarter") or third ("the past half"):
     * looked at first, as most words start neither */
    int k = el__tok_is(x, i + 1, "quarter") || el__tok_is(x, i + 1, "half")   ? i + 1
            : el__tok_is(x, i + 2, "quarter") || el__tok_is(x, i + 2, "half") ? i + 2
                                                                                : 0;
    if (!k)
        return 0;
    bool the = k == i + 2;
    if (the ? !(el__tok_is(x, i, "the") &&
                (el__tok_is(x, i + 1, "past") || el__tok_is(x, i + 1, "last") || el__tok_is(x, i + 1, "next") ||
                 el__tok_is(x, i + 1, "previous") || el__tok_is(x, i + 1, "following")))
            : !(el__tok_is(x, i, "a") || el__tok_is(x, i, "an")))
        return 0; /* "the half-century mark", "a quarter-century-old" */
    bool quarter = el__tok_is(x, k, "quarter");
    int m = k + 1;
    if (el__punct(x, m, '-') && el__glued(x, m))
        m++;
    if (!el__tok_is(x, m, "century") || (el__punct(x, m + 1, '-') && el__glued(x, m + 1)))
        return 0;
    el__cand_init(c, i);
    c->type = EL_TIMEX_DURATION;
    c->how = H_FIXED;
    el__copy(c->value, sizeof c->value, quarter ? "P25Y" : "P50Y");
    int e = the ? 0 : point_suffix(x, m + 1, U_YEAR, quarter ? 25 : 50, false, c);
    return e ? e : m + 1;
}

/* "<n> quarter(s) of a|an <unit>" starting at token i, where token a is
 * the article: fills c with the duration n/4 of the unit makes and returns
 * the token after the unit; 0 when the words after "of" are no single unit
 * or the fraction has no simple value. */
static int quarter_fraction(const el__ctx *x, int i, int a, int64_t n, el__cand *c)
{
    if (!(el__tok_is(x, a, "a") || el__tok_is(x, a, "an")) || n < 1 || n > 3)
        return 0;
    bool plural = false;
    int u = unit_at(x, a + 1, &plural);
    if (!u || plural || (el__punct(x, a + 2, '-') && el__glued(x, a + 2)))
        return 0;
    char v[16];
    switch (u) {
    case U_MILLENNIUM: snprintf(v, sizeof v, "P%lldY", (long long)(n * 250)); break;
    case U_CENTURY: snprintf(v, sizeof v, "P%lldY", (long long)(n * 25)); break;
    case U_YEAR: snprintf(v, sizeof v, "P%lldM", (long long)(n * 3)); break;
    case U_DAY: snprintf(v, sizeof v, "PT%lldH", (long long)(n * 6)); break;
    case U_HOUR: snprintf(v, sizeof v, "PT%lldM", (long long)(n * 15)); break;
    case U_MIN: snprintf(v, sizeof v, "PT%lldS", (long long)(n * 15)); break;
    default: return 0;
    }
    el__cand_init(c, i);
    c->type = EL_TIMEX_DURATION;
    c->how = H_FIXED;
    el__copy(c->value, sizeof c->value, v);
    return a + 2;
}

/* True when token i is a verb whose object is a length of time:
 * "would last weeks", "took years", "spent months", "waited hours". */
static bool takes_duration(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "last") || el__tok_is(x, i, "lasted") ||
           el__tok_is(x, i, "lasts") || el__tok_is(x, i, "lasting") ||
           el__tok_is(x, i, "take") || el__tok_is(x, i, "took") || el__tok_is(x, i, "takes") ||
           el__tok_is(x, i, "taking") || el__tok_is(x, i, "spent") ||
           el__tok_is(x, i, "spend") || el__tok_is(x, i, "waited");
}

/* True when token i starts a sentence or a line. */
static bool sentence_initial(const el__ctx *x, int i)
{
    return i == 0 || (el__tk(x, i - 1)->flags & TF_SEND) ||
           (el__tk(x, i)->flags & (TF_NL | TF_PARA));
}

/* True when token i is a modal, "to" or a form of "do" that a bare verb
 * follows ("would last", "to last", "did not last" is not matched). */
static bool is_verb_slot(const el__ctx *x, int i)
{
    return el__tok_is(x, i, "will") || el__tok_is(x, i, "would") || el__tok_is(x, i, "could") ||
           el__tok_is(x, i, "can") || el__tok_is(x, i, "may") || el__tok_is(x, i, "might") ||
           el__tok_is(x, i, "should") || el__tok_is(x, i, "must") || el__tok_is(x, i, "to") ||
           el__tok_is(x, i, "ll") || el__tok_is(x, i, "does") || el__tok_is(x, i, "do") ||
           el__tok_is(x, i, "did");
}

/* Fills c as a vague duration of unit u starting at token i ("months",
 * "the days ahead": PXM, PXD) and returns end, the token after it. */
static int vague_duration(el__cand *c, int i, int u, int end)
{
    el__cand_init(c, i);
    c->type = EL_TIMEX_DURATION;
    c->how = H_FIXED;
    duration_value(c->value, sizeof c->value, u, 0, true);
    return end;
}

/* "half a decade", "half an hour": half of one unit as a duration value,
 * or NULL for units without a simple half. */
static const char *half_of(int u)
{
    switch (u) {
    case U_CENTURY: return "P50Y";
    case U_DECADE: return "P5Y";
    case U_YEAR: return "P6M";
    case U_MONTH: return "P2W";
    case U_DAY: return "PT12H";
    case U_HOUR: return "PT30M";
    case U_MIN: return "PT30S";
    default: return NULL;
    }
}

/* "by year-end", "by year end", "since year's end": the end of the DCT's
 * year (of the year before after "since"/"after").  TE3 gold writes the
 * hyphenated form as its last day and the others as the year.  Returns
 * the end token or 0. */
static int year_end(const el__ctx *x, int i, el__cand *c)
{
    if (!el__tok_is(x, i, "year") || !el__tok_lex(x, i - 1, LX_PREP))
        return 0;
    int e = 0;
    bool day = false;
    if (el__punct(x, i + 1, '-') && el__glued(x, i + 1) && el__tok_is(x, i + 2, "end") && el__glued(x, i + 2)) {
        e = i + 3;
        day = true;
    } else if (el__tok_is(x, i + 1, "end")) {
        e = i + 2;
    } else if (el__punct(x, i + 1, '\'') && el__tok_is(x, i + 2, "s") && el__tok_is(x, i + 3, "end")) {
        e = i + 4;
    }
    /* "year-end bonuses", "year end results": an adjective */
    if (!e || (el__tk(x, e)->kind == TK_WORD && !el__tok_lex(x, e, LX_PREP) && !el__tok_lex(x, e, LX_CLAUSE) &&
               !el__tok_is(x, e, "and")))
        return 0;
    bool before = el__tok_is(x, i - 1, "since") || el__tok_is(x, i - 1, "after");
    el__cand_init(c, i);
    c->how = H_DCT_OFF;
    c->unit = U_YEAR;
    c->n = before ? -1 : 0;
    c->p.gran = G_YEAR;
    if (day) {
        c->keep_gran = G_DAY;
        c->p.m = 12;
        c->p.d = 31;
    }
    return e;
}

/* True when "a quarter" (singular, its unit word ending before token ue)
 * is a share, not three months: "a quarter inch of rain", "a quarter
 * point", "up from a quarter two years ago", "more than a quarter",
 * "about a quarter of Bramwell's revenue", "cut by a quarter" ("from a
 * quarter earlier" is the period).  article: "a" or "an" came first;
 * hyph: "quarter" was joined by a hyphen; i: the expression's first token. */
static bool quarter_share(const el__ctx *x, int i, int ue, bool article, bool hyph)
{
    if (article && (el__tok_is(x, i - 1, "by") || (el__tok_lex(x, i - 1, LX_APPROX) && el__tok_is(x, i - 2, "by"))))
        return true;
    if (hyph)
        return false;
    if (el__tok_is(x, ue, "inch") || el__tok_is(x, ue, "mile") || el__tok_is(x, ue, "point") ||
        el__tok_is(x, ue, "pound") || el__tok_is(x, ue, "percent") || el__tok_is(x, ue, "percentage") ||
        el__tok_is(x, ue, "ton") || el__tok_is(x, ue, "tonne") || el__tok_is(x, ue, "acre") ||
        el__tok_is(x, ue, "cup") || el__tok_is(x, ue, "million") || el__tok_is(x, ue, "billion"))
        return true;
    if (!article)
        return false;
    if ((el__tok_is(x, i - 1, "from") || el__tok_is(x, i - 1, "than")) && !el__tok_is(x, ue, "earlier") &&
        !el__tok_is(x, ue, "ago") && !el__tok_is(x, ue, "before") && !el__tok_is(x, ue, "later"))
        return true;
    return el__tok_is(x, ue, "of") && el__tk(x, ue + 1)->kind == TK_WORD;
}

/* "5.5 years", "1.5 seconds", "47.84 seconds": a decimal amount of a
 * unit of a day or less, or of weeks, months or years (ISO 8601 lets the
 * last number have a fraction: P5.5Y, PT1.5S).  Not "a 2.5-hour" (a
 * hyphened adjective is read elsewhere) nor four or more digits before
 * the point.  Returns the end token, or 0. */
static int decimal_duration(const el__ctx *x, int i, el__cand *c)
{
    const el__tok *t = el__tk(x, i);
    if (t->kind != TK_NUMSEP || t->len > 6)
        return 0;
    const char *s = x->text + t->off;
    const char *dot = memchr(s, '.', t->len);
    if (!dot || dot == s || dot - s > 3 || (size_t)(s + t->len - dot - 1) > 2)
        return 0;
    bool pl = false;
    int u = unit_at(x, i + 1, &pl);
    static const char *const letter[] = {[U_SEC] = "S", [U_MIN] = "M", [U_HOUR] = "H", [U_DAY] = "D",
                                         [U_WEEK] = "W", [U_MONTH] = "M", [U_YEAR] = "Y"};
    if (u <= 0 || u > U_YEAR || !letter[u] || el__punct(x, i + 2, '-') || el__punct(x, i + 1, '-'))
        return 0;
    /* "the average workweek was 34.5 hours": a statistic, not a span */
    for (int k = i - 1; k >= 0 && k >= i - 5; k--)
        if (el__tok_is(x, k, "workweek") || el__tok_is(x, k, "average") || el__tok_is(x, k, "averaged"))
            return 0;
    el__cand_init(c, i);
    c->type = EL_TIMEX_DURATION;
    c->how = H_FIXED;
    snprintf(c->value, sizeof c->value, "P%s%.*s%s", u <= U_HOUR ? "T" : "", (int)t->len, s, letter[u]);
    return i + 2;
}

int el__m_duration(const el__ctx *x, int i, el__cand *c)
{
    /* Every duration this reads has a unit word ("two and a half years",
     * "the past 2 1/2 years"): without one in the next ten tokens there
     * is nothing to read, and most starts ("the", numbers) end here. */
    {
        int k = i, end = i + 10 < x->ntok ? i + 10 : x->ntok;
        while (k < end && !(x->tok[k].cls & (1u << LX_UNIT)))
            k++;
        if (k == end)
            return 0;
    }
    int j = i;
    {
        int e = decimal_duration(x, i, c);
        if (e)
            return e;
    }
    /* "a weeklong festival", "an hourlong debate" (AP's one word) */
    {
        const el__lex *l = el__tok_lex(x, i, LX_UNIT);
        if (l && (l->flags & LF_LONG)) {
            el__cand_init(c, i);
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            duration_value(c->value, sizeof c->value, l->val, 1, false);
            return i + 1;
        }
    }
    /* "a month-long campaign", "the decades-long conflict": the
     * compound alone, a vague amount when plural */
    if (el__punct(x, i + 1, '-') && el__glued(x, i + 1) && el__tok_is(x, i + 2, "long") && el__glued(x, i + 2)) {
        bool pl = false;
        int u = unit_at(x, i, &pl);
        if (u && u != U_WEEKEND && u != U_NIGHT) {
            el__cand_init(c, i);
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            /* "decades-long": TE3 gold writes years of unknown number */
            if (pl && (u == U_DECADE || u == U_CENTURY))
                el__copy(c->value, sizeof c->value, "PXY");
            else
                duration_value(c->value, sizeof c->value, u, 1, pl);
            return i + 3;
        }
    }
    /* "cooks only on weekends": every weekend, as "on Tuesdays" */
    if (el__tok_is(x, i, "weekends") && (el__tok_is(x, i - 1, "on") || el__tok_is(x, i - 1, "at"))) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_SET, "XXXX-WXX-WE");
        return i + 1;
    }
    {
        int e = year_end(x, i, c);
        if (e)
            return e;
    }
    /* "the days ahead", "the weeks ahead": a vague stretch to come */
    if (el__tok_is(x, i, "the") && el__tok_is(x, i + 2, "ahead")) {
        bool pl = false;
        int u = unit_at(x, i + 1, &pl);
        if (u && pl && u != U_WEEKEND) {
            return vague_duration(c, i, u, i + 3);
        }
    }
    int pe = part_century(x, i, c);
    if (pe)
        return pe;
    if (el__tok_is(x, i, "half") && (el__tok_is(x, i + 1, "a") || el__tok_is(x, i + 1, "an"))) {
        bool pl = false;
        const char *v = half_of(unit_at(x, i + 2, &pl));
        if (v && !pl && !(el__punct(x, i + 3, '-') && el__glued(x, i + 3))) {
            el__cand_init(c, i);
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            el__copy(c->value, sizeof c->value, v);
            /* "half a century ago": 50 years back */
            int u = unit_at(x, i + 2, &pl);
            int e = u == U_CENTURY || u == U_DECADE
                        ? point_suffix(x, i + 3, U_YEAR, u == U_CENTURY ? 50 : 5, false, c)
                        : 0;
            return e ? e : i + 3;
        }
    }
    bool the = false, relw = false, recent = false, coming = false;
    if (el__tok_is(x, j, "the")) {
        the = true;
        j++;
    }
    if (el__tok_is(x, j, "past") || el__tok_is(x, j, "last") || el__tok_is(x, j, "next") ||
        el__tok_is(x, j, "first") || el__tok_is(x, j, "final") || el__tok_is(x, j, "previous") ||
        el__tok_is(x, j, "following") || el__tok_is(x, j, "initial") ||
        el__tok_is(x, j, "coming") || el__tok_is(x, j, "recent") || el__tok_is(x, j, "latest") ||
        el__tok_is(x, j, "upcoming") || el__tok_is(x, j, "ensuing") || el__tok_is(x, j, "preceding")) {
        /* "would last weeks", "to last days": the verb, whose object is
         * the duration */
        if (!the && el__tok_is(x, j, "last") && is_verb_slot(x, j - 1))
            return 0;
        relw = true;
        recent = el__tok_is(x, j, "recent");
        /* "lost the final two years ago": "the final" is a noun */
        if (el__tok_is(x, j, "final") || el__tok_is(x, j, "first")) {
            int q = j + 1;
            while (q < j + 4 && (el__tk(x, q)->kind == TK_NUM || el__tok_lex(x, q, LX_NUMW)))
                q++;
            if (q > j + 1 && el__tok_lex(x, q, LX_UNIT) && el__tok_is(x, q + 1, "ago"))
                return 0;
        }
        coming = el__tok_is(x, j, "coming") || el__tok_is(x, j, "upcoming");
        j++;
    }
    int64_t n = 0;
    bool isx = false, article = false, half_frac = false;
    int e = 0;
    /* "resigned in as many days": a count, not a length of time */
    if (el__tok_is(x, j - 1, "as") && (el__tok_is(x, j, "many") || el__tok_is(x, j, "few")))
        return 0;
    if (!relw && !the && el__tok_lex(x, j, LX_QUANTW))
        e = quant_at(x, j, &n, &isx);
    else if (!the && !relw && el__tok_is(x, j, "a") &&
             (el__tok_is(x, j + 1, "few") || el__tok_is(x, j + 1, "couple")))
        e = quant_at(x, j, &n, &isx);
    else if (relw && (el__tok_is(x, j, "few") || el__tok_is(x, j, "several") ||
                      el__tok_is(x, j, "couple"))) {
        e = quant_at(x, j, &n, &isx);
        if (e && isx && !el__tok_is(x, j - 1, "first")) {
            bool pl = false;
            int u = unit_at(x, e, &pl);
            if (u && pl && u != U_WEEKEND) {
                return vague_duration(c, i, u, e + 1);
            }
        }
    }
    if (!e) {
        e = el__parse_num(x, j, &n, !the && !relw);
        if (e && e == j + 1 && (el__tok_is(x, j, "a") || el__tok_is(x, j, "an")))
            article = true;
        if (e && el__tk(x, j)->kind == TK_NUM) {
            /* not a part of a longer number/time: 10:30, 2.5, 1/2 */
            if (el__glued(x, j) && j > 0 && el__tk(x, j - 1)->kind != TK_PUNCT)
                return 0;
            if (el__glued(x, j) && (el__punct(x, j - 1, '.') || el__punct(x, j - 1, ':') ||
                                    el__punct(x, j - 1, '/') || el__punct(x, j - 1, '$')))
                return 0;
        }
        /* "2 1/2 years" */
        if (e && el__tk(x, j)->kind == TK_NUM && el__tk(x, e)->kind == TK_NUM &&
            el__tk(x, e)->num == 1 && el__punct(x, e + 1, '/') && el__glued(x, e + 1) &&
            el__tk(x, e + 2)->num == 2 && el__glued(x, e + 2)) {
            half_frac = true;
            e += 3;
        }
        if (e && el__tok_is(x, e, "and") && el__tok_is(x, e + 1, "a") &&
            el__tok_is(x, e + 2, "half")) {
            /* "two and a half years": keep the whole number part */
            e += 3;
        }
    }
    if (!e && !the && !relw) {
        bool pl = false;
        int u = unit_at(x, j, &pl);
        if (u && pl && u != U_WEEKEND && u != U_SEC) {
            if (el__tok_is(x, j + 1, "ago")) {
                el__cand_init(c, i);
                c->how = H_FIXED;
                el__copy(c->value, sizeof c->value, "PAST_REF");
                return j + 2;
            }
            /* "for years", "within hours", "in minutes", "months of
             * protests", "days later", "hours after the attack"; not
             * "days of the week", "minutes of the meeting", "his years",
             * "the early hours of", "the first days after" */
            bool of_what = el__tok_is(x, j + 1, "of") && !el__tok_lex(x, j + 2, LX_DET) && !is_age(x, j + 1);
            bool after = el__tok_is(x, j + 1, "later") || el__tok_is(x, j + 1, "after") ||
                         el__tok_is(x, j + 1, "earlier") || el__tok_is(x, j + 1, "before") ||
                         /* "booked months in advance", "decades in the making" */
                         (el__tok_is(x, j + 1, "in") &&
                          (el__tok_is(x, j + 2, "advance") ||
                           (el__tok_is(x, j + 2, "the") && el__tok_is(x, j + 3, "making"))));
            bool lead = el__tok_is(x, i - 1, "for") || el__tok_is(x, i - 1, "over") ||
                        el__tok_is(x, i - 1, "within") || el__tok_is(x, i - 1, "in") ||
                        takes_duration(x, i - 1);
            if ((lead ? !el__tok_is(x, j + 1, "of") : (of_what || after)) &&
                !el__tok_lex(x, i - 1, LX_DET) && !el__tok_lex(x, i - 1, LX_MODW) &&
                !el__tok_lex(x, i - 1, LX_ORDW) &&
                (!(el__tk(x, j)->flags & TF_CAP) || sentence_initial(x, j)) &&
                !(el__punct(x, j + 1, '-') && el__glued(x, j + 1))) {
                return vague_duration(c, i, u, j + 1);
            }
        }
    }
    if (!e) {
        /* "recent weeks", "the coming months", "the past years" */
        if (relw && (recent || coming || el__tok_is(x, j - 1, "past") ||
                     el__tok_is(x, j - 1, "last") || el__tok_is(x, j - 1, "next"))) {
            bool pl = false;
            int u = unit_at(x, j, &pl);
            if (u && pl && u != U_WEEKEND) {
                /* "recent weeks", "the coming months": a vague duration
                 * (TE3 gold has PXW more often than PAST_REF); "recent
                 * years", "past decades" stand for the past itself */
                el__cand_init(c, i);
                if ((u == U_YEAR || u == U_DECADE || u == U_CENTURY) && !coming &&
                    !el__tok_is(x, j - 1, "next")) {
                    c->how = H_FIXED;
                    el__copy(c->value, sizeof c->value, "PAST_REF");
                    return j + 1;
                }
                c->type = EL_TIMEX_DURATION;
                c->how = H_FIXED;
                duration_value(c->value, sizeof c->value, u, 0, true);
                return j + 1;
            }
        }
        return 0;
    }
    int k = e;
    bool hyph = false;
    if (el__punct(x, k, '-') && el__glued(x, k) && el__glued(x, k + 1)) {
        k++;
        hyph = true;
    } else if (el__tok_is(x, k, "more") || el__tok_is(x, k, "additional") ||
               el__tok_is(x, k, "full") || el__tok_is(x, k, "straight") ||
               el__tok_is(x, k, "consecutive") || el__tok_is(x, k, "long") ||
               el__tok_is(x, k, "extra") || el__tok_is(x, k, "successive") ||
               el__tok_is(x, k, "further") || el__tok_is(x, k, "trading") ||
               el__tok_is(x, k, "business") || el__tok_is(x, k, "working")) {
        /* "two more weeks", "an additional year", "eight trading days" */
        if (!article || el__tok_is(x, k, "additional") || el__tok_is(x, k, "full") ||
            el__tok_is(x, k, "further") || el__tok_is(x, k, "extra"))
            k++;
    }
    bool plural = false;
    int u = unit_at(x, k, &plural);
    if (!u || u == U_WEEKEND)
        return 0;
    if (isx && !plural)
        return 0;
    int ue = k + 1;
    /* "a quarter of its value", "three quarters of the vote": a fraction;
     * "a quarter of a century", "three quarters of an hour": a fraction of
     * a unit, the duration it makes (untagged when it has no simple value) */
    if (u == U_QUARTER && !hyph && el__tok_is(x, ue, "of") && el__tok_lex(x, ue + 1, LX_DET))
        return quarter_fraction(x, i, ue + 1, n, c);
    if (u == U_QUARTER && !plural && quarter_share(x, i, ue, article, hyph))
        return 0;
    /* "195 miles an hour", "315 kilometres (195 miles) an hour": a
     * speed, not a time */
    if (u == U_HOUR && !plural && article &&
        (el__tok_lex(x, i - 1, LX_MEASURE) ||
         (el__punct(x, i - 1, ')') && el__tok_lex(x, i - 2, LX_MEASURE))))
        return 0;
    /* "a year-earlier quarter", "the year-ago period": not durations */
    if (el__punct(x, ue, '-') && el__glued(x, ue) && !el__tok_is(x, ue + 1, "old") &&
        !el__tok_is(x, ue + 1, "long"))
        return 0;
    /* "a month-long campaign": the compound is read at its unit */
    if (el__punct(x, ue, '-') && el__glued(x, ue) && el__tok_is(x, ue + 1, "long") && k == j + 1 && article)
        return 0;
    if (is_age(x, ue))
        return 0;
    /* "60 Minutes", "24 Hours of Le Mans": a capitalised unit after a
     * number inside a sentence is a title */
    if (el__cap(x, k) && k > j && !(el__tk(x, k)->flags & TF_UPPER) && !el__cap(x, j) &&
        i > 0 && !(el__tk(x, i - 1)->flags & TF_SEND) && !(el__tk(x, i)->flags & (TF_NL | TF_PARA)))
        return 0;
    /* "the 1988 quarter", "10 percent": digits > 1 need a plural unit */
    if (!plural && !hyph && n > 1 && el__tk(x, j)->kind != TK_WORD)
        return 0;
    /* "a second term", "the second round": "second" is an ordinal there */
    if (u == U_SEC && !plural && (article || the || relw))
        return 0;
    if (hyph && plural)
        return 0;
    /* "one day" opening a story is a vague date, leave it */
    el__cand_init(c, i);
    c->type = EL_TIMEX_DURATION;
    c->how = H_FIXED;
    /* "a year and a half", "an hour and a half" */
    bool half = false;
    if (el__tok_is(x, ue, "and") && el__tok_is(x, ue + 1, "a") && el__tok_is(x, ue + 2, "half")) {
        half = true;
        ue += 3;
    }
    bool frac_num = half_frac ||
                    (e > j + 2 && el__tok_is(x, e - 1, "half") && el__tok_is(x, e - 3, "and"));
    if (half || frac_num) {
        int64_t whole = n;
        switch (u) {
        case U_YEAR: snprintf(c->value, sizeof c->value, "P%lldY6M", (long long)whole); break;
        case U_MONTH: snprintf(c->value, sizeof c->value, "P%lldW", (long long)(whole * 4 + 2)); break;
        case U_DAY: snprintf(c->value, sizeof c->value, "PT%lldH", (long long)(whole * 24 + 12)); break;
        case U_HOUR: snprintf(c->value, sizeof c->value, "PT%lldH30M", (long long)whole); break;
        case U_MIN: snprintf(c->value, sizeof c->value, "PT%lldM30S", (long long)whole); break;
        case U_DECADE: snprintf(c->value, sizeof c->value, "P%lldY", (long long)(whole * 10 + 5)); break;
        default: duration_value(c->value, sizeof c->value, u, whole, false); break;
        }
        return ue;
    }
    if (n > 100000)
        isx = true;
    duration_value(c->value, sizeof c->value, u, n, isx);
    if (!the && !relw && !hyph) {
        int pe = point_suffix(x, ue, u, n, isx, c);
        if (pe)
            return pe;
    }
    if (hyph && el__tok_is(x, ue, "old"))
        return 0;
    if (hyph && the && !relw)
        c->tb = i + 1; /* "the eight-year [term]": the article is the noun's */
    return ue;
}

int el__m_set(const el__ctx *x, int i, el__cand *c)
{
    /* Determiners and prepositions reach this matcher for "a", "an",
     * "per", "every" and "each" only: the others leave at once. */
    const el__tok *t0 = el__tk(x, i);
    if ((t0->cls & ((1u << LX_DET) | (1u << LX_PREP))) && !el__tok_is(x, i, "a") &&
        !el__tok_is(x, i, "an") && !el__tok_is(x, i, "per") && !el__tok_is(x, i, "every") &&
        !el__tok_is(x, i, "each") && !el__tok_lex(x, i, LX_FREQ) && !el__tok_lex(x, i, LX_NUMW) &&
        !el__tok_lex(x, i, LX_QUANTW))
        return 0;
    /* Every set this reads names a unit, day, month, season, holiday,
     * part of day or frequency within ten tokens ("every other week",
     * "150 times a day", "quarterly"): without one, nothing to read. */
    {
        const uint32_t set_words = (1u << LX_UNIT) | (1u << LX_WDAY) | (1u << LX_MONTH) | (1u << LX_HOLW) |
                                   (1u << LX_SEASON) | (1u << LX_POD) | (1u << LX_FREQ);
        int k = i, end = i + 10 < x->ntok ? i + 10 : x->ntok;
        while (k < end && !(x->tok[k].cls & set_words))
            k++;
        if (k == end && !el__tok_is(x, i, "quarterly"))
            return 0;
    }
    /* every/each [other|N|ordinal] unit|weekday|month|season|pod */
    if (el__tok_is(x, i, "every") || el__tok_is(x, i, "each")) {
        bool each = el__tok_is(x, i, "each");
        int j = i + 1;
        int64_t n = 1;
        bool vague = false, ordinal = false; /* "every third year": singular */
        if (el__tok_is(x, j, "single") && !each) /* "every single day" */
            j++;
        if (el__tok_is(x, j, "other")) {
            if (each)
                return 0; /* "saw each other Sunday night" */
            n = 2;
            j++;
        } else if (el__tok_is(x, j, "few") || el__tok_is(x, j, "several")) {
            vague = true; /* "every few weeks": SET PXW */
            j++;
        } else {
            int e = el__parse_num(x, j, &n, false);
            if (e) {
                j = e;
            } else {
                int ord = 0;
                e = el__parse_ord(x, j, &ord);
                /* "every second week", "every second Monday" (but
                 * "every second" alone is the unit) */
                bool unit_after = false;
                bool pl_after = false;
                if (e && el__tok_is(x, j, "second"))
                    unit_after = unit_at(x, e, &pl_after) || el__tok_lex(x, e, LX_WDAY);
                if (e && ord >= 2 && (!el__tok_is(x, j, "second") || unit_after)) {
                    ordinal = true;
                    n = ord;
                    j = e;
                }
            }
        }
        el__cand_init(c, i);
        c->type = EL_TIMEX_SET;
        c->how = H_FIXED;
        el__copy(c->quant, sizeof c->quant, each ? "EACH" : "EVERY");
        bool plural = false;
        int u = unit_at(x, j, &plural);
        if (u && u != U_WEEKEND) {
            if ((n > 1 || vague) != plural && !el__tok_is(x, i + 1, "other") && !ordinal)
                return 0;
            duration_value(c->value, sizeof c->value, u, vague ? 0 : n, vague);
            return j + 1;
        }
        if (vague)
            return 0;
        if (u == U_WEEKEND) {
            el__copy(c->value, sizeof c->value, "XXXX-WXX-WE");
            return j + 1;
        }
        const el__lex *l;
        /* "every other Tuesday", "every second Monday": that weekday */
        if (n != 1 && n <= 4 && (l = el__tok_lex(x, j, LX_WDAY)) && !(l->flags & LF_ABBR)) {
            snprintf(c->value, sizeof c->value, "XXXX-WXX-%d", l->val);
            return j + 1;
        }
        if (n != 1)
            return 0;
        if ((l = el__tok_lex(x, j, LX_WDAY)) && !(l->flags & LF_ABBR)) {
            snprintf(c->value, sizeof c->value, "XXXX-WXX-%d", l->val);
            const el__lex *pl = el__tok_lex(x, j + 1, LX_POD);
            if (pl && pl->val < 9 && pod_code[pl->val][0]) {
                snprintf(c->value, sizeof c->value, "XXXX-WXX-%dT%s", l->val, pod_code[pl->val]);
                return j + 2;
            }
            return j + 1;
        }
        if ((l = el__tok_lex(x, j, LX_MONTH)) && el__cap(x, j)) {
            /* an abbreviation only with its day: "every Nov. 11" */
            int dj = (l->flags & LF_ABBR) && el__punct(x, j + 1, '.') && el__glued(x, j + 1) ? j + 2 : j + 1;
            const el__tok *d = el__tk(x, dj);
            if (d->kind == TK_NUM && d->ndig <= 2 && d->num >= 1 &&
                d->num <= el_days_in_month(2000, l->val) &&
                !(el__glued(x, dj + 1) && el__tk(x, dj + 1)->kind != TK_PUNCT)) {
                /* "every May 9": that day every year */
                snprintf(c->value, sizeof c->value, "XXXX-%02d-%02d", l->val, (int)d->num);
                return dj + 1;
            }
            if (!(l->flags & LF_ABBR)) {
                snprintf(c->value, sizeof c->value, "XXXX-%02d", l->val);
                return j + 1;
            }
        }
        /* "every Christmas Eve": that day every year */
        if (el__tok_lex(x, j, LX_HOLW) && el__cap(x, j)) {
            int he = 0;
            int h = el__holiday_match(x, j, &he);
            if (h >= 0 && el__holiday_at(h)->rule == HR_FIXED) {
                snprintf(c->value, sizeof c->value, "XXXX-%02d-%02d", el__holiday_at(h)->a, el__holiday_at(h)->b);
                return he;
            }
        }
        if ((l = el__tok_lex(x, j, LX_SEASON))) {
            static const char *const sc[] = {"", "SP", "SU", "FA", "WI"};
            snprintf(c->value, sizeof c->value, "XXXX-%s", sc[l->val]);
            return j + 1;
        }
        if ((l = el__tok_lex(x, j, LX_POD)) && l->val < 9 && pod_code[l->val][0]) {
            snprintf(c->value, sizeof c->value, "XXXX-XX-XXT%s", pod_code[l->val]);
            return j + 1;
        }
        return 0;
    }
    /* "meets quarterly.": the adverb (TE3 leaves "quarterly results" out) */
    if (el__tok_is(x, i, "quarterly") &&
        (el__tk(x, i + 1)->kind == TK_PUNCT || el__tk(x, i + 1)->kind == TK_END)) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_SET, "P3M");
        return i + 1;
    }
    /* daily, weekly, annually... */
    const el__lex *f = el__tok_lex(x, i, LX_FREQ);
    /* a growth rate rather than a recurrence: "rise 8.5% annually" (TE3
     * gold leaves these out) */
    if (f && (el__punct(x, i - 1, '%') || el__tok_is(x, i - 1, "percent")))
        f = NULL;
    if (f) {
        el__cand_init(c, i);
        set_fixed(c, EL_TIMEX_SET, "");
        if (f->val == U_QUARTER)
            el__copy(c->value, sizeof c->value, "P3M");
        else if (f->val == U_NIGHT)
            el__copy(c->value, sizeof c->value, "XXXX-XX-XXTNI");
        else
            duration_value(c->value, sizeof c->value, f->val, 1, false);
        return i + 1;
    }
    /* once/twice/N times a|per|each unit */
    {
        int j = i;
        int64_t n = 0;
        if (el__tok_is(x, j, "once")) {
            n = 1;
            j++;
        } else if (el__tok_is(x, j, "twice")) {
            n = 2;
            j++;
        } else if (el__tok_is(x, j, "thrice")) {
            n = 3;
            j++;
        } else if ((el__tok_is(x, j, "several") || el__tok_is(x, j, "many") ||
                    el__tok_is(x, j, "few")) && el__tok_is(x, j + 1, "times")) {
            n = -1; /* "several times a day": no count */
            j += 2;
        } else {
            int e = el__parse_num(x, j, &n, false);
            if (e && el__tok_is(x, e, "times"))
                j = e + 1;
            else
                n = 0;
        }
        if (n != 0 && (el__tok_is(x, j, "a") || el__tok_is(x, j, "an") || el__tok_is(x, j, "per") ||
                      el__tok_is(x, j, "each") || el__tok_is(x, j, "every"))) {
            bool plural = false;
            int u = unit_at(x, j + 1, &plural);
            if (u && !plural && u != U_WEEKEND) {
                el__cand_init(c, i);
                set_fixed(c, EL_TIMEX_SET, "");
                duration_value(c->value, sizeof c->value, u, 1, false);
                if (n > 0)
                    snprintf(c->freq, sizeof c->freq, "%dX", (int)(n > 999 ? 999 : n));
                return j + 2;
            }
        }
    }
    /* "three days a week", "24 hours a day": so many units in every
     * larger one is a set of the larger one */
    if (el__tk(x, i)->kind == TK_NUM || el__tok_lex(x, i, LX_NUMW)) {
        int64_t n = 0;
        int e = el__parse_num(x, i, &n, false);
        bool pl = false, pl2 = false;
        int u = e ? unit_at(x, e, &pl) : 0;
        if (u && pl && u != U_WEEKEND &&
            (el__tok_is(x, e + 1, "a") || el__tok_is(x, e + 1, "an") || el__tok_is(x, e + 1, "per"))) {
            int u2 = unit_at(x, e + 2, &pl2);
            if (u2 && !pl2 && u2 != U_WEEKEND && u2 != U_NIGHT && u2 > (u == U_NIGHT ? U_DAY : u) &&
                !el__tok_is(x, e + 3, "ago") && !el__tok_is(x, e + 3, "earlier") &&
                !el__tok_is(x, e + 3, "later")) {
                el__cand_init(c, i);
                set_fixed(c, EL_TIMEX_SET, "");
                duration_value(c->value, sizeof c->value, u2, 1, false);
                return e + 3;
            }
        }
    }
    /* "$5 a year", "100 miles per hour": a rate after a quantity */
    if ((el__tok_is(x, i, "a") || el__tok_is(x, i, "per") || el__tok_is(x, i, "an")) && i > 0) {
        const el__tok *p = el__tk(x, i - 1);
        /* (a measure word after a number: "500 marks a year"; "Saturday
         * marks a decade since" is the verb) */
        const el__tok *pp = el__tk(x, i - 2);
        bool counted = pp->kind == TK_NUM || pp->kind == TK_NUMSEP || el__tok_lex(x, i - 2, LX_NUMW) ||
                       el__tok_lex(x, i - 2, LX_QUANTW) || el__tok_lex(x, i - 2, LX_DET);
        bool qty = p->kind == TK_NUM || p->kind == TK_NUMSEP || (el__tok_lex(x, i - 1, LX_MEASURE) && counted) ||
                   el__tok_is(x, i - 1, "dollars") || el__tok_is(x, i - 1, "cents");
        bool plural = false;
        int u = unit_at(x, i + 1, &plural);
        if (qty && u && !plural && u != U_WEEKEND && u != U_SEC && u != U_MIN && u != U_HOUR) {
            el__cand_init(c, i);
            set_fixed(c, EL_TIMEX_SET, "");
            duration_value(c->value, sizeof c->value, u, 1, false);
            return i + 2;
        }
    }
    return 0;
}

/* Maps a this/next/last word to an offset and an anchor.  *ref is true for
 * anaphoric ones (the following, the previous, that, the same). */
static bool rel_offset(int rel, bool the, int *n, bool *ref)
{
    *ref = false;
    switch (rel) {
    case RL_THIS: case RL_CURRENT: *n = 0; return !the || rel == RL_CURRENT;
    case RL_NEXT: *n = 1; *ref = the; return true;
    case RL_COMING: *n = 1; return true;
    case RL_LAST: case RL_PAST: *n = -1; return true;
    case RL_PREVIOUS: *n = -1; *ref = true; return true;
    case RL_FOLLOWING: *n = 1; *ref = true; return the;
    case RL_SAME: *n = 0; *ref = true; return the;
    case RL_THAT: *n = 0; *ref = true; return !the;
    case RL_LATEST: *n = 0; return the;
    default: return false;
    }
}

int el__m_rel(const el__ctx *x, int i, el__cand *c)
{
    int j = i;
    bool the = false;
    if (el__tok_is(x, j, "the")) {
        the = true;
        j++;
    }
    /* "review security again in the new year": the year to come (not
     * "New Year's Day") */
    if (the && el__tok_is(x, j, "new") && !el__cap(x, j) && el__tok_is(x, j + 1, "year") &&
        !el__punct(x, j + 2, '\'')) {
        el__cand_init(c, i);
        c->how = H_DCT_OFF;
        c->unit = U_YEAR;
        c->n = 1;
        return j + 2;
    }
    const el__lex *r = el__tok_lex(x, j, LX_REL);
    if (!r)
        return 0;
    int rel = r->val;
    j++;
    /* this past weekend, this coming week */
    if (rel == RL_THIS && !the && (el__tok_is(x, j, "past") || el__tok_is(x, j, "coming"))) {
        rel = el__tok_is(x, j, "past") ? RL_LAST : RL_NEXT;
        j++;
    }
    if (rel == RL_RECENT)
        return 0;
    /* "This Week", "Next Year": both capitalised and not at the start of
     * a sentence (or after a quote mark): a title */
    if (el__cap(x, j - 1) && el__cap(x, j) && !(el__tk(x, j - 1)->flags & TF_UPPER)) {
        bool initial = j - 2 < 0 || (el__tk(x, j - 2)->flags & TF_SEND) ||
                       (el__tk(x, j - 1)->flags & (TF_NL | TF_PARA));
        if (!initial)
            return 0;
    }
    int n = 0;
    bool ref = false;
    if (!rel_offset(rel, the, &n, &ref))
        return 0;
    bool plural = false;
    const el__lex *l;
    if (el__tok_is(x, j, "fiscal") && el__tok_is(x, j + 1, "year"))
        j++; /* "the current fiscal year", "last fiscal year" */
    int u = unit_at(x, j, &plural);
    if (u && !plural) {
        if (el__punct(x, j + 1, '-') && el__glued(x, j + 1))
            return 0; /* "last year-end"? leave compound adjectives */
        el__cand_init(c, i);
        if (u == U_DAY) {
            if (!ref || el__tok_is(x, j - 1, "this"))
                return 0; /* "last day", "this day": not dates */
            c->how = H_REF_OFF;
            c->unit = U_DAY;
            c->n = n;
            return el__m_attach_time(x, j + 1, c);
        }
        if (u == U_QUARTER && rel == RL_LATEST) {
            c->how = H_QUARTER_REF;
            c->p.gran = G_QUARTER;
            return j + 1;
        }
        /* "in the next hour", "over the past hour": an hour from now
         * or back to now */
        if (u == U_HOUR && the && (rel == RL_NEXT || rel == RL_PAST || rel == RL_LAST || rel == RL_COMING)) {
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            duration_value(c->value, sizeof c->value, u, 1, false);
            return j + 1;
        }
        if (u == U_SEC || u == U_MIN || u == U_HOUR)
            return 0;
        if ((u == U_DECADE || u == U_CENTURY) && rel == RL_PAST) {
            c->type = EL_TIMEX_DURATION;
            c->how = H_FIXED;
            duration_value(c->value, sizeof c->value, u, 1, false);
            return j + 1;
        }
        if (u == U_FORTNIGHT || u == U_MILLENNIUM || u == U_HALF)
            return 0;
        if (rel == RL_LATEST)
            return 0;
        c->how = ref ? H_REF_OFF : H_DCT_OFF;
        c->unit = u;
        c->n = n;
        if (u == U_WEEKEND)
            c->p.gran = G_WEEKEND;
        return j + 1;
    }
    if (ref && day_part(l = el__tok_lex(x, j, LX_POD)))
        return ref_day_part(c, i, n, l->val, j + 1); /* the next morning, the following night, that evening */
    /* "the following February", "that summer", "the previous spring":
     * counted from the date last mentioned ("that May" is more often "said
     * that May ...", so months need "the") */
    if (ref && (((l = el__tok_lex(x, j, LX_MONTH)) && el__cap(x, j) && !(l->flags & LF_ABBR) &&
                 (the || el__that_refers(x, i, l->val))) ||
                el__tok_lex(x, j, LX_SEASON))) {
        bool season = el__tok_lex(x, j, LX_SEASON) != NULL;
        if (!season && el__tk(x, j + 1)->kind == TK_NUM && el__tk(x, j + 1)->ndig <= 2)
            return 0; /* "the following May 3": the date is "May 3" */
        el__cand_init(c, i);
        c->how = H_NOYEAR;
        c->from_ref = true;
        c->rel = n > 0 ? RL_NEXT : n < 0 ? RL_LAST : RL_THIS;
        c->p.gran = season ? G_SEASON : G_MONTH;
        if (season)
            c->p.part = el__tok_lex(x, j, LX_SEASON)->val;
        else
            c->p.m = l->val;
        return j + 1;
    }
    /* "a vote could come that Thursday": the one in the week of the day
     * last talked about; "the following Friday", "the next Monday": the
     * first one after it; "the previous Friday": the last one before it */
    bool that_day = rel == RL_THAT, following_day = the && ref && n == 1, previous_day = the && ref && n == -1;
    if ((that_day || following_day || previous_day) && (l = el__tok_lex(x, j, LX_WDAY)) && !(l->flags & (LF_ABBR | LF_PLURAL)) &&
        el__cap(x, j) && !(el__punct(x, j + 1, '\'') && el__glued(x, j + 1))) {
        el__cand_init(c, i);
        c->how = H_WDAY;
        c->wd = l->val;
        c->rel = that_day ? RL_THAT : previous_day ? RL_PREVIOUS : RL_FOLLOWING;
        c->p.gran = G_DAY;
        return el__m_attach_time(x, j + 1, c);
    }
    if (the || ref)
        return 0;
    if ((l = el__tok_lex(x, j, LX_MONTH)) && el__cap(x, j)) {
        int e = j + 1;
        if ((l->flags & LF_ABBR) && el__punct(x, e, '.'))
            e++;
        if (el__tk(x, e)->kind == TK_NUM && el__tk(x, e)->ndig <= 2)
            return 0; /* "last Oct. 23": the date is "Oct. 23" */
        el__cand_init(c, i);
        c->how = H_NOYEAR;
        c->rel = rel == RL_COMING ? RL_NEXT : rel == RL_PAST ? RL_LAST : rel;
        c->p.m = l->val;
        c->p.gran = G_MONTH;
        return e;
    }
    if ((l = el__tok_lex(x, j, LX_WDAY)) && !(l->flags & (LF_ABBR | LF_PLURAL))) {
        el__cand_init(c, i);
        c->how = H_WDAY;
        c->wd = l->val;
        c->rel = rel == RL_COMING ? RL_NEXT : rel == RL_PAST ? RL_LAST : rel;
        c->p.gran = G_DAY;
        return el__m_attach_time(x, j + 1, c);
    }
    if ((l = el__tok_lex(x, j, LX_SEASON))) {
        el__cand_init(c, i);
        c->how = H_NOYEAR;
        c->rel = rel == RL_COMING ? RL_NEXT : rel == RL_PAST ? RL_LAST : rel;
        c->p.part = l->val;
        c->p.gran = G_SEASON;
        return j + 1;
    }
    if ((l = el__tok_lex(x, j, LX_POD)) && !(l->flags & LF_PLURAL)) {
        el__cand_init(c, i);
        c->how = H_DCT_OFF;
        c->unit = U_DAY;
        c->type = EL_TIMEX_TIME;
        if (rel == RL_THIS && (l->val == POD_MO || l->val == POD_AF || l->val == POD_EV ||
                               l->val == POD_NI)) {
            c->n = 0;
        } else if (rel == RL_LAST && (l->val == POD_NI || l->val == POD_EV)) {
            c->n = -1;
        } else if (rel == RL_NEXT && (l->val == POD_MO || l->val == POD_NI)) {
            c->n = 1;
        } else {
            return 0;
        }
        c->p.pod = l->val;
        return j + 1;
    }
    return 0;
}
