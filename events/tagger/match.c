/* match.c: runs every matcher at a token and keeps the longest result;
 * handles the modifiers that may precede any expression (early, mid-,
 * late, the end of, about, more than, at least, nearly...) and a few
 * compositions (month + "last year", "later that year").
 */
#include <stdio.h>
#include <string.h>

#include "match.h"

typedef int (*matcher_fn)(const el__ctx *, int, el__cand *);

#define CL(c) (1u << (c))

/* The matchers, in tie-break order (the first with the longest span wins),
 * each with the lexicon classes its first token may have.  Tokens that are
 * not words (numbers, an apostrophe) and "the" go to the matchers marked
 * num/the. */
typedef struct matcher {
    matcher_fn fn;
    uint32_t classes;
    bool num;   /* may start with a number */
    bool the;   /* may start with "the" */
} matcher;

static const matcher matchers[] = {
    {el__m_holiday, CL(LX_HOLW) | CL(LX_REL), false, true},
    {el__m_quarter, CL(LX_ORDW) | CL(LX_REL), true, true},
    {el__m_monthdate, CL(LX_WDAY) | CL(LX_MONTH) | CL(LX_ORDW), true, true},
    {el__m_numeric, 0, true, false},
    {el__m_clock, CL(LX_POD) | CL(LX_NUMW), true, false},
    {el__m_century, CL(LX_ORDW) | CL(LX_NUMW), true, true},
    {el__m_set, CL(LX_NUMW) | CL(LX_FREQ) | CL(LX_DET) | CL(LX_PREP) | CL(LX_QUANTW), true, false},
    {el__m_duration, CL(LX_REL) | CL(LX_QUANTW) | CL(LX_NUMW) | CL(LX_UNIT) | CL(LX_ORDW), true, true},
    {el__m_rel, CL(LX_REL), false, true},
    {el__m_deic, CL(LX_DEIC) | CL(LX_PREP) | CL(LX_DET) | CL(LX_REL) | CL(LX_POD), false, true},
    {el__m_wday, CL(LX_WDAY), false, false},
    {el__m_year, CL(LX_ERA) | CL(LX_NUMW), true, true},
    {el__m_season, CL(LX_SEASON) | CL(LX_UNIT), false, true},
};

static int core_at(const el__ctx *x, int i, el__cand *best)
{
    const el__tok *t = el__tk(x, i);
    bool num = t->kind != TK_WORD;
    bool the = el__tok_is(x, i, "the");
    /* starter words outside the matchers' classes (Q3, FY, fiscal, right,
     * earlier, later) go to every matcher */
    const uint32_t all = CL(LX_HOLW) | CL(LX_REL) | CL(LX_ORDW) | CL(LX_WDAY) | CL(LX_MONTH) |
                         CL(LX_NUMW) | CL(LX_POD) | CL(LX_FREQ) | CL(LX_DET) | CL(LX_PREP) |
                         CL(LX_QUANTW) | CL(LX_UNIT) | CL(LX_DEIC) | CL(LX_ERA) | CL(LX_SEASON);
    bool other = !num && !(t->cls & all);
    int best_e = 0;
    el__cand c;
    /* The table's entries one by one, in its order: direct calls, which
     * the processor predicts far better than one indirect call site. */
#define TRY(k)                                                                         \
    do {                                                                               \
        const matcher *m = &matchers[k];                                               \
        if (other || (num && m->num) || (the && m->the) || (t->cls & m->classes)) {   \
            int e = m->fn(x, i, &c);                                                   \
            if (e > best_e) {                                                          \
                best_e = e;                                                            \
                *best = c;                                                             \
            }                                                                          \
        }                                                                              \
    } while (0)
    _Static_assert(sizeof matchers / sizeof matchers[0] == 13, "one TRY per matcher");
    TRY(0); TRY(1); TRY(2); TRY(3); TRY(4); TRY(5); TRY(6);
    TRY(7); TRY(8); TRY(9); TRY(10); TRY(11); TRY(12);
#undef TRY
    if (best_e)
        best->te = best_e;
    return best_e;
}

/* Prefix modifiers.  Returns the token after them (i when none) and the
 * modifier class in *mv. */
static int prefix_at(const el__ctx *x, int i, int *mv, bool *in_span)
{
    int j = i;
    *mv = 0;
    *in_span = true;
    if (x->tok[i].kind != TK_WORD)
        return i;
    /* the end of / the beginning of / the start of / the middle of */
    int k = j;
    if (el__tok_is(x, k, "the"))
        k++;
    if ((el__tok_is(x, k, "end") || el__tok_is(x, k, "beginning") || el__tok_is(x, k, "start") ||
         el__tok_is(x, k, "middle") || el__tok_is(x, k, "close") || el__tok_is(x, k, "turn")) &&
        el__tok_is(x, k + 1, "of")) {
        *mv = el__tok_is(x, k, "end") || el__tok_is(x, k, "close") ? MV_END
              : el__tok_is(x, k, "middle") ? MV_MID
                                           : MV_START;
        if (el__tok_is(x, k, "turn"))
            *mv = MV_START;
        return k + 2;
    }
    /* early / late / mid / mid- */
    k = j;
    if (el__tok_is(x, k, "the") && el__tok_lex(x, k + 1, LX_MODW))
        k++;
    const el__lex *m = el__tok_lex(x, k, LX_MODW);
    if (m && (el__tok_is(x, k, "early") || el__tok_is(x, k, "late") || el__tok_is(x, k, "mid"))) {
        *mv = m->val;
        k++;
        /* "late in the month", "early in the year" */
        if (k == j + 1 && !el__tok_is(x, j, "mid") && el__tok_is(x, k, "in") && el__tok_is(x, k + 1, "the") &&
            (el__tok_is(x, k + 2, "month") || el__tok_is(x, k + 2, "year")))
            return k + 1;
        if (el__punct(x, k, '-') && el__glued(x, k))
            k++;
        return k;
    }
    /* earlier / later + this|that|today|yesterday|weekday|in */
    if (el__tok_is(x, j, "earlier") || el__tok_is(x, j, "later")) {
        int n = j + 1;
        if (el__tok_is(x, n, "in") && (el__tok_is(x, n + 1, "the") || el__tok_lex(x, n + 1, LX_MONTH)))
            n++;
        if (el__tok_is(x, n, "this") || el__tok_is(x, n, "that") || el__tok_is(x, n, "today") ||
            el__tok_is(x, n, "yesterday") || el__tok_is(x, n, "tonight") ||
            el__tok_lex(x, n, LX_WDAY) || el__tok_is(x, n, "the") || el__tok_is(x, n, "last") ||
            el__tok_is(x, n, "next") || el__tok_lex(x, n, LX_MONTH)) {
            *mv = el__tok_is(x, j, "earlier") ? MV_START : MV_END;
            return n;
        }
        return i;
    }
    /* approximators and comparisons */
    if (el__tok_is(x, j, "more") || el__tok_is(x, j, "less") || el__tok_is(x, j, "fewer")) {
        if (el__tok_is(x, j + 1, "than")) {
            *mv = el__tok_is(x, j, "more") ? MV_MORE : MV_LESS;
            return j + 2;
        }
        return i;
    }
    if (el__tok_is(x, j, "no") && (el__tok_is(x, j + 1, "more") || el__tok_is(x, j + 1, "less")) &&
        el__tok_is(x, j + 2, "than")) {
        *mv = el__tok_is(x, j + 1, "more") ? MV_EQ_LESS : MV_EQ_MORE;
        return j + 3;
    }
    if (el__tok_is(x, j, "at") && (el__tok_is(x, j + 1, "least") || el__tok_is(x, j + 1, "most"))) {
        *mv = el__tok_is(x, j + 1, "least") ? MV_EQ_MORE : MV_EQ_LESS;
        return j + 2;
    }
    if (el__tok_is(x, j, "up") && el__tok_is(x, j + 1, "to")) {
        *mv = MV_EQ_LESS;
        return j + 2;
    }
    if (el__tok_is(x, j, "over") || el__tok_is(x, j, "under")) {
        const el__tok *n = el__tk(x, j + 1);
        if (n->kind == TK_NUM || (el__tok_lex(x, j + 1, LX_NUMW) && !el__tok_is(x, j + 1, "a") &&
                                  !el__tok_is(x, j + 1, "an"))) {
            *mv = el__tok_is(x, j, "over") ? MV_MORE : MV_LESS;
            /* TE3 gold leaves "over" out of the extent (19 of 21) */
            *in_span = false;
            return j + 1;
        }
        return i;
    }
    const el__lex *a = el__tok_lex(x, j, LX_APPROX);
    if (a && (a->val == MV_APPROX || a->val == MV_NEARLY) && !el__tok_is(x, j, "some")) {
        *mv = a->val;
        /* TE3 gold mostly leaves "about" and "almost" out of the extent and
         * keeps "nearly" and "around" in */
        *in_span = !(el__tok_is(x, j, "about") || el__tok_is(x, j, "almost") ||
                     el__tok_is(x, j, "approximately") || el__tok_is(x, j, "roughly"));
        return j + 1;
    }
    return i;
}

static const char *mod_name(int mv, int type, bool point_from_duration)
{
    switch (mv) {
    case MV_START: return "START";
    case MV_MID: return "MID";
    case MV_END: return "END";
    case MV_APPROX: return "APPROX";
    case MV_NEARLY: return type == EL_TIMEX_DURATION ? "LESS_THAN" : "APPROX";
    case MV_MORE: return point_from_duration ? "BEFORE" : "MORE_THAN";
    case MV_LESS: return point_from_duration ? "AFTER" : "LESS_THAN";
    case MV_EQ_MORE: return point_from_duration ? "ON_OR_BEFORE" : "EQUAL_OR_MORE";
    case MV_EQ_LESS: return point_from_duration ? "ON_OR_AFTER" : "EQUAL_OR_LESS";
    default: return "";
    }
}

/* Compositions after a core match: "May last year", "the third quarter of
 * last year" are handled by the matchers; here a month or season without a
 * year followed by "last/next/this year". */
/* Reads a one-unit duration value ("P3Y", "PT10M") into its count, its
 * unit letter, whether it is a time part, and a rank that falls with the
 * unit's size (Y 0, M 1, W 2, D 3, H 4, M 5, S 6); false otherwise. */
static bool simple_duration(const char *v, long *n, char *unit, bool *time, int *rank)
{
    if (v[0] != 'P')
        return false;
    int k = 1;
    *time = v[k] == 'T';
    if (*time)
        k++;
    if (v[k] < '0' || v[k] > '9')
        return false;
    *n = 0;
    while (v[k] >= '0' && v[k] <= '9' && *n < 100000)
        *n = *n * 10 + (v[k++] - '0');
    *unit = v[k];
    if (v[k] == '\0' || v[k + 1] != '\0')
        return false;
    const char *order = *time ? "HMS" : "YMWD";
    const char *at = strchr(order, *unit);
    if (!at)
        return false;
    *rank = (int)(at - order) + (*time ? 4 : 0);
    return true;
}

/* "an hour and 10 minutes", "three years and two months", "1 hour 24
 * minutes", "15 hours, 10 minutes", "three hours 14 minutes 22 seconds":
 * one duration of all the
 * parts, each of a smaller unit than the one before (PT1H10M, P3Y2M,
 * PT3H14M22S). */
static void compose_durations(const el__ctx *x, el__cand *c)
{
    long n1;
    char u1;
    bool t1;
    int r1;
    if (c->type != EL_TIMEX_DURATION || c->how != H_FIXED || !simple_duration(c->value, &n1, &u1, &t1, &r1))
        return;
    char buf[sizeof c->value];
    int len = 0; /* buf is written once a second part is found */
    bool in_time = t1;
    int last_rank = r1, parts = 1;
    for (int more = 0; more < 2; more++) {
        /* "1 hour 24 minutes": a number right after is a next part too,
         * and after a comma ("daylight lasts 15 hours, 10 minutes") */
        bool joined = el__tok_is(x, c->te, "and");
        bool comma = el__punct(x, c->te, ',') && el__tk(x, c->te + 1)->kind == TK_NUM;
        if (!(joined || comma || (el__tk(x, c->te)->kind == TK_NUM && !el__glued(x, c->te))))
            break;
        el__cand d;
        long n2;
        char u2;
        bool t2;
        int r2;
        int e = el__m_duration(x, c->te + (joined || comma ? 1 : 0), &d);
        if (!e || d.type != EL_TIMEX_DURATION || d.how != H_FIXED || d.mod[0] ||
            /* a larger unit first; weeks (rank 2) stand alone in ISO 8601 */
            !simple_duration(d.value, &n2, &u2, &t2, &r2) || r2 <= last_rank || r2 == 2 || last_rank == 2 ||
            el__tok_is(x, e, "ago") || el__tok_is(x, e, "later") || el__tok_is(x, e, "earlier"))
            break;
        if (parts == 1)
            len = snprintf(buf, sizeof buf, "P%s%ld%c", t1 ? "T" : "", n1, u1);
        int w = snprintf(buf + len, sizeof buf - (size_t)len, "%s%ld%c", t2 && !in_time ? "T" : "", n2, u2);
        if (w < 0 || (size_t)w >= sizeof buf - (size_t)len)
            break;
        len += w;
        in_time = in_time || t2;
        last_rank = r2;
        parts++;
        c->te = e;
    }
    if (parts > 1)
        el__copy(c->value, sizeof c->value, buf);
}

static void compose_after(const el__ctx *x, el__cand *c)
{
    compose_durations(x, c);
    /* "the next year or so", "two weeks or so": about that long (TE3 gold
     * keeps "or so" in the extent) */
    if (el__tok_is(x, c->te, "or") && el__tok_is(x, c->te + 1, "so") && !c->mod[0] &&
        (c->type == EL_TIMEX_DURATION || c->how == H_DCT_OFF || c->how == H_REF_OFF)) {
        c->te += 2;
        el__copy(c->mod, sizeof c->mod, "APPROX");
        return;
    }
    /* "Easter week", "Christmas week": the ISO week of the holiday;
     * "Labor Day weekend": the weekend next to it */
    if (c->how == H_HOLIDAY && el__tok_is(x, c->te, "week") && !el__cap(x, c->te + 1)) {
        c->week_of = G_WEEK;
        c->te++;
    } else if (c->how == H_HOLIDAY && el__tok_is(x, c->te, "weekend") && !el__cap(x, c->te + 1)) {
        c->week_of = G_WEEKEND;
        c->te++;
    } else if (c->how == H_HOLIDAY && el__tok_is(x, c->te, "long") && el__tok_is(x, c->te + 1, "weekend")) {
        c->week_of = G_WEEKEND; /* "the Family Day long weekend" */
        c->te += 2;
    }
    /* "the Easter weekend", "the Thanksgiving week": the article is part
     * of the expression once the holiday names a week or weekend */
    if (c->week_of && !c->rel && c->tb > 0 && el__tok_is(x, c->tb - 1, "the") && !c->hol_day)
        c->tb--;
    /* "Ramadan next year", "Christmas last year" */
    if (c->how == H_HOLIDAY && c->p.y == NOYEAR && !c->rel) {
        int k = c->te, n = 99;
        if (el__tok_is(x, k, "last"))
            n = -1;
        else if (el__tok_is(x, k, "next"))
            n = 1;
        else if (el__tok_is(x, k, "this"))
            n = 0;
        if (n != 99 && el__tok_is(x, k + 1, "year")) {
            c->year_rel = n;
            c->has_year_rel = true;
            c->te = k + 2;
        }
        return;
    }
    if (c->how == H_NOYEAR && !c->rel && (c->p.gran == G_MONTH || c->p.gran == G_DAY ||
                                         c->p.gran == G_SEASON || c->p.gran == G_QUARTER ||
                                         c->p.gran == G_HALF)) {
        int k = c->te;
        if (el__punct(x, k, ','))
            k++;
        if (el__tok_is(x, k, "of"))
            k++;
        int n = 99;
        if (el__tok_is(x, k, "last") || el__tok_is(x, k, "previous"))
            n = -1;
        else if (el__tok_is(x, k, "next"))
            n = 1;
        else if (el__tok_is(x, k, "this"))
            n = 0;
        /* "the second half of the year": this year's */
        else if (el__tok_is(x, k, "the") && k > c->te && (c->p.gran == G_HALF || c->p.gran == G_QUARTER) &&
                 !(el__punct(x, k + 2, '-') && el__glued(x, k + 2)))
            n = 0;
        /* "February of that year", "November of the following year":
         * counted from the year last talked about */
        bool ref = false;
        /* ... and "in November that year" */
        bool bare_that = k == c->te && el__tok_is(x, k, "that") && el__tok_is(x, k + 1, "year") &&
                         !el__punct(x, k + 2, '\'');
        if (n == 99 && (k > c->te || bare_that)) {
            int k2 = el__tok_is(x, k, "the") ? k + 1 : k;
            if (k2 == k && el__tok_is(x, k, "that"))
                n = 0;
            else if (k2 > k && el__tok_is(x, k2, "same"))
                n = 0;
            else if (k2 > k && el__tok_is(x, k2, "following"))
                n = 1;
            else if (k2 > k && el__tok_is(x, k2, "previous"))
                n = -1;
            ref = n != 99;
            k = k2;
        }
        if (n != 99 && el__tok_is(x, k + 1, "year")) {
            c->how = ref ? H_REF_OFF : H_DCT_OFF;
            c->unit = U_YEAR;
            c->n = n;
            c->keep_gran = c->p.gran;
            c->te = k + 2;
        }
    }
}

bool el__match_at(const el__ctx *x, int i, el__cand *c)
{
    return el__may_start(x, i) && el__match_started(x, i, c);
}

/* "the week of March 6", "the weekend of Oct. 12": a day date after
 * "the week of" names its ISO week.  Fills *c and returns true on a
 * match. */
static bool week_of_at(const el__ctx *x, int i, el__cand *c)
{
    /* "the week ended July 15": the week that closed on that day */
    bool ended = el__tok_is(x, i + 2, "ended") || el__tok_is(x, i + 2, "ending");
    if (!el__tok_is(x, i, "the") || !(el__tok_is(x, i + 2, "of") || ended))
        return false;
    int g = el__tok_is(x, i + 1, "week") ? G_WEEK : el__tok_is(x, i + 1, "weekend") ? G_WEEKEND : 0;
    if (!g || !el__may_start(x, i + 3))
        return false;
    el__cand d;
    if (!core_at(x, i + 3, &d) || d.type != EL_TIMEX_DATE || d.p.gran != G_DAY ||
        !(d.how == H_POINT || d.how == H_NOYEAR))
        return false;
    compose_after(x, &d);
    if (d.p.gran != G_DAY)
        return false;
    d.tb = i;
    d.week_of = g;
    *c = d;
    return true;
}

bool el__match_started(const el__ctx *x, int i, el__cand *c)
{
    if (week_of_at(x, i, c))
        return true;
    int mv = 0;
    bool in_span = true;
    int j = prefix_at(x, i, &mv, &in_span);
    el__cand best;
    int e = 0;
    if (j > i) {
        e = core_at(x, j, &best);
        if (e) {
            bool dur = best.type == EL_TIMEX_DURATION;
            bool set = best.type == EL_TIMEX_SET;
            bool point_from_dur = !dur && !set && (best.how == H_DCT_OFF || best.how == H_REF_OFF ||
                                                   best.how == H_FIXED) &&
                                  best.unit != 0 && best.te > j + 1;
            bool ok;
            if (mv == MV_START || mv == MV_MID || mv == MV_END)
                ok = !dur && !set && strcmp(best.value, "PRESENT_REF") != 0;
            else if (mv == MV_APPROX || mv == MV_NEARLY)
                ok = !set && best.how != H_WDAY && /* "thinking about Saturday" */
                     !(el__tok_is(x, i, "about") && (best.how == H_HOLIDAY || best.rel == RL_THAT ||
                                                     best.from_ref)); /* "talked about that Easter" */
            else
                ok = dur || point_from_dur || (best.how == H_FIXED && best.value[0] == 'P' &&
                                               best.value[1] == 'A');
            if (ok) {
                /* TE3 gold leaves "earlier"/"later" out before a weekday
                 * and "this week" ("Earlier Friday", "earlier this week":
                 * 8 of 9) but keeps it before a month or year */
                if ((el__tok_is(x, i, "earlier") || el__tok_is(x, i, "later")) &&
                    (best.how == H_WDAY || (best.unit == U_WEEK && best.how == H_DCT_OFF)))
                    in_span = false;
                if (in_span)
                    best.tb = i;
                el__copy(best.mod, sizeof best.mod,
                         mod_name(mv, best.type, point_from_dur || (best.how == H_FIXED &&
                                                                    best.type == EL_TIMEX_DATE)));
                compose_after(x, &best);
                *c = best;
                return true;
            }
        }
    }
    e = core_at(x, i, &best);
    if (!e)
        return false;
    compose_after(x, &best);
    *c = best;
    return true;
}
