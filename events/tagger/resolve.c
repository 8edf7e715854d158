/* resolve.c: turns a matched candidate into a TIMEX3 value.  Relative
 * expressions are computed from the DCT (this/last/next, ago, today) or
 * from the last mentioned date (the following day, a year later, that
 * year); month/day/season/quarter/holiday without a year take the DCT year
 * moved by the clause tense; bare weekdays follow the tense rules of news
 * (same weekday as the DCT = the DCT; past: the most recent one; future:
 * the next one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/date.h"
#include "match.h"
#include "tagger_internal.h"
#include "tense_words.h"

static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};
static const char *const pod_code[] = {"", "MO", "AF", "EV", "NI", "DT", "", "", "MI"};

void el__refs_init(el__refs *r, int64_t y, int m, int d)
{
    memset(r, 0, sizeof *r);
    r->quarter_sentence = -1;
    r->dct_y = y;
    r->dct_m = m;
    r->dct_d = d;
}

/* A bounded string writer for el__format_point: appends never overflow
 * buf[0..size); `full` records that something was cut. */
typedef struct outbuf {
    char *buf;
    size_t size, n;
    bool full;
} outbuf;

static void put_str(outbuf *o, const char *s)
{
    for (; *s; s++) {
        if (o->n + 1 >= o->size) {
            o->full = true;
            break;
        }
        o->buf[o->n++] = *s;
    }
    o->buf[o->n < o->size ? o->n : o->size - 1] = 0;
}

/* Appends v (>= 0) in decimal, zero-padded to at least width digits. */
static void put_num(outbuf *o, int64_t v, int width)
{
    if (v >= 0 && v < 10000 && width <= 4) {
        /* years, months, days and clock fields: at most four digits */
        int u = (int)v;
        int nd = u >= 1000 ? 4 : u >= 100 ? 3 : u >= 10 ? 2 : 1;
        if (nd < width)
            nd = width;
        char d[5];
        for (int p = nd - 1; p >= 0; p--) {
            d[p] = (char)('0' + u % 10);
            u /= 10;
        }
        d[nd] = 0;
        put_str(o, d);
        return;
    }
    char tmp[24];
    int k = 0;
    uint64_t u = v < 0 ? 0 : (uint64_t)v;
    do {
        tmp[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u && k < 20);
    while (k < width && k < 20)
        tmp[k++] = '0';
    char out[24];
    for (int i = 0; i < k; i++)
        out[i] = tmp[k - 1 - i];
    out[k] = 0;
    put_str(o, out);
}

void el__format_point(const el__point *p, char *buf, size_t size)
{
    if (!size)
        return;
    outbuf o = {buf, size, 0, false};
    buf[0] = 0;
    if (p->bc) {
        put_str(&o, "BC");
        if (p->gran == G_CENTURY)
            put_num(&o, p->y / 100, 2);
        else
            put_num(&o, p->y, 4);
        return;
    }
    switch (p->gran) {
    case G_CENTURY:
        put_num(&o, p->y / 100, 2);
        break;
    case G_DECADE:
        put_num(&o, p->y / 10, 3);
        if (p->xdigit)
            put_str(&o, "X");
        break;
    case G_YEAR:
        put_num(&o, p->y, 4);
        break;
    case G_HALF:
        put_num(&o, p->y, 4);
        put_str(&o, "-H");
        put_num(&o, p->part, 1);
        break;
    case G_SEASON:
        put_num(&o, p->y, 4);
        put_str(&o, "-");
        put_str(&o, season_code[p->part >= 1 && p->part <= 4 ? p->part : 0]);
        break;
    case G_QUARTER:
        put_num(&o, p->y, 4);
        put_str(&o, "-Q");
        put_num(&o, p->part, 1);
        break;
    case G_MONTH:
        put_num(&o, p->y, 4);
        put_str(&o, "-");
        put_num(&o, p->m, 2);
        break;
    case G_WEEK:
    case G_WEEKEND:
        put_num(&o, p->y, 4);
        put_str(&o, "-W");
        put_num(&o, p->part, 2);
        if (p->gran == G_WEEKEND)
            put_str(&o, "-WE");
        break;
    default:
        if (p->y == NOYEAR)
            put_str(&o, "XXXX");
        else
            put_num(&o, p->y, 4);
        put_str(&o, "-");
        put_num(&o, p->m, 2);
        put_str(&o, "-");
        put_num(&o, p->d, 2);
        break;
    }
    if (o.full || p->gran != G_DAY)
        return;
    if (p->hh >= 0) {
        if (p->hh == 24 && p->mi <= 0) {
            put_str(&o, "T24");
        } else {
            put_str(&o, "T");
            put_num(&o, p->hh, 2);
            if (p->mi >= 0) {
                put_str(&o, ":");
                put_num(&o, p->mi, 2);
                if (p->ss >= 0) {
                    put_str(&o, ":");
                    put_num(&o, p->ss, 2);
                }
            }
        }
        if (p->tz != TZ_NONE && p->tz_in_value) {
            int a = p->tz < 0 ? -p->tz : p->tz;
            if (p->tz == 0) {
                put_str(&o, "Z");
            } else {
                put_str(&o, p->tz < 0 ? "-" : "+");
                put_num(&o, a / 60, 2);
                if (a % 60) {
                    put_str(&o, ":");
                    put_num(&o, a % 60, 2);
                }
            }
        }
    } else if (p->pod > 0 && p->pod < 9 && pod_code[p->pod][0]) {
        put_str(&o, "T");
        put_str(&o, pod_code[p->pod]);
    }
}

static void point_day(el__point *p, int64_t days)
{
    int64_t y;
    int m, d;
    el_civil_from_days(days, &y, &m, &d);
    p->y = y;
    p->m = m;
    p->d = d;
    p->gran = G_DAY;
}

static el__point dct_point(const el__refs *r)
{
    el__point p;
    memset(&p, 0, sizeof p);
    p.y = r->dct_y;
    p.m = r->dct_m;
    p.d = r->dct_d;
    p.gran = G_DAY;
    p.hh = p.mi = p.ss = -1;
    p.tz = TZ_NONE;
    return p;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b) != 0 && a < 0)
        q--;
    return q;
}

/* Shifts base by n units; the result has the unit's granularity. */
static el__point shift(el__point base, int unit, int64_t n)
{
    el__point p = base;
    p.hh = p.mi = p.ss = -1;
    p.pod = 0;
    p.tz = TZ_NONE;
    p.xdigit = false;
    int bm = base.m ? base.m : 1;
    int bd = base.d ? base.d : 1;
    if (base.gran == G_QUARTER && !base.m)
        bm = (base.part - 1) * 3 + 1;
    if (base.gran == G_HALF && !base.m)
        bm = (base.part - 1) * 6 + 1;
    switch (unit) {
    case U_SEC: case U_MIN: case U_HOUR:
        point_day(&p, el_days_from_civil(base.y, bm, bd));
        break;
    case U_DAY: case U_NIGHT:
        point_day(&p, el_days_from_civil(base.y, bm, bd) + n);
        break;
    case U_WEEK: case U_FORTNIGHT: case U_WEEKEND: {
        int64_t days = el_days_from_civil(base.y, bm, bd);
        if (base.gran == G_WEEK || base.gran == G_WEEKEND)
            days = el__iso_week_monday(base.y, base.part);
        days += 7 * n * (unit == U_FORTNIGHT ? 2 : 1);
        int64_t y;
        int m, d;
        el_civil_from_days(days, &y, &m, &d);
        int64_t wy;
        p.part = el__iso_week(y, m, d, &wy);
        p.y = wy;
        p.gran = unit == U_WEEKEND ? G_WEEKEND : G_WEEK;
        break;
    }
    case U_MONTH: {
        int64_t idx = base.y * 12 + (bm - 1) + n;
        p.y = floor_div(idx, 12);
        p.m = (int)(idx - p.y * 12) + 1;
        p.gran = G_MONTH;
        break;
    }
    case U_QUARTER: {
        int q = base.gran == G_QUARTER ? base.part : (bm - 1) / 3 + 1;
        int64_t idx = base.y * 4 + (q - 1) + n;
        p.y = floor_div(idx, 4);
        p.part = (int)(idx - p.y * 4) + 1;
        p.gran = G_QUARTER;
        break;
    }
    case U_HALF: {
        int h = base.gran == G_HALF ? base.part : (bm - 1) / 6 + 1;
        int64_t idx = base.y * 2 + (h - 1) + n;
        p.y = floor_div(idx, 2);
        p.part = (int)(idx - p.y * 2) + 1;
        p.gran = G_HALF;
        break;
    }
    case U_YEAR:
        p.y = base.y + n;
        p.gran = G_YEAR;
        break;
    case U_DECADE:
        p.y = (floor_div(base.y, 10) + n) * 10;
        p.gran = G_DECADE;
        break;
    case U_CENTURY:
        p.y = (floor_div(base.y, 100) + n) * 100;
        p.gran = G_CENTURY;
        break;
    case U_MILLENNIUM:
        p.y = base.y + 1000 * n;
        p.gran = G_YEAR;
        break;
    default:
        break;
    }
    return p;
}

/* Granularity a REF lookup needs for a unit. */
static int ref_gran(int unit)
{
    switch (unit) {
    case U_SEC: case U_MIN: case U_HOUR: case U_DAY: case U_NIGHT: return G_DAY;
    case U_WEEK: case U_FORTNIGHT: case U_WEEKEND: return G_DAY;
    case U_MONTH: return G_MONTH;
    case U_QUARTER: return G_QUARTER;
    case U_HALF: return G_QUARTER;
    default: return G_YEAR;
    }
}

static int season_of(int m, int64_t y, int64_t *sy)
{
    *sy = y;
    if (m >= 3 && m <= 5)
        return 1;
    if (m >= 6 && m <= 8)
        return 2;
    if (m >= 9 && m <= 11)
        return 3;
    if (m <= 2)
        *sy = y - 1;
    return 4;
}

/* Year for a value without one, from the DCT, the rel word and the tense.
 * cmp: <0 when the value (in the DCT year) lies before the DCT, >0 after,
 * 0 when it contains it. */
static int64_t year_by_tense(const el__refs *r, int cmp, int tense)
{
    if (tense == TN_PAST && cmp > 0)
        return r->dct_y - 1;
    if (tense == TN_FUT && cmp < 0)
        return r->dct_y + 1;
    return r->dct_y;
}

/* Days a wrong-side date costs when picking the year of a month or day
 * without one: a date after the DCT in a past-tense clause (or before it
 * in a future one) is only chosen when the other years are this much
 * farther away.  Tense cues without a parser are noisy, so distance to the
 * DCT counts as well. */
#ifndef EL_UNTENSED_PENALTY
#define EL_UNTENSED_PENALTY 0
#endif
#ifndef EL_FUTURE_PENALTY
#define EL_FUTURE_PENALTY 300
#endif
#ifndef EL_MONTH_PENALTY
#define EL_MONTH_PENALTY 400
#endif
#ifndef EL_TENSE_PENALTY
#define EL_TENSE_PENALTY 250
#endif

/* Year among DCT-1..DCT+1 that puts day number days_of(y) nearest the DCT,
 * with the tense penalty. */
static int64_t nearest_year(const el__refs *r, int m, int d, int tense, int penalty)
{
    int64_t dct = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
    int64_t best = r->dct_y, best_cost = INT64_MAX;
    for (int64_t y = r->dct_y - 1; y <= r->dct_y + 1; y++) {
        int dd = d ? d : 15;
        if (dd > el_days_in_month(y, m))
            dd = el_days_in_month(y, m);
        int64_t diff = el_days_from_civil(y, m, dd) - dct;
        if (!d && y == r->dct_y && m == r->dct_m)
            diff = 0;
        int64_t cost = diff < 0 ? -diff : diff;
        if (tense == TN_PAST && diff > 0)
            cost += penalty;
        else if (tense == TN_FUT && diff < 0)
            cost += EL_FUTURE_PENALTY;
        else if (tense == TN_NONE && diff > 0)
            cost += EL_UNTENSED_PENALTY; /* news tells more of the past */
        if (cost < best_cost) {
            best_cost = cost;
            best = y;
        }
    }
    return best;
}

/* The month and year (*y) that "next", "last" and "this" count from for a
 * month or season without a year: the DCT's, or for "the following
 * February", "that summer", "the previous spring" the date last mentioned.
 * A mention with only a year counts from its end (next), its start (last)
 * or its middle (that). */
static int anchor_month(const el__refs *r, const el__cand *c, int64_t *y)
{
    if (!c->from_ref || !r->have[G_NONE]) {
        *y = r->dct_y;
        return r->dct_m;
    }
    const el__point *b = &r->last[G_NONE];
    *y = b->y;
    if (b->gran >= G_MONTH && b->m)
        return b->m;
    if (b->gran == G_QUARTER)
        return (b->part - 1) * 3 + 2;
    return c->rel == RL_NEXT ? 12 : c->rel == RL_LAST ? 1 : 6;
}

static int cmp3(int64_t a, int64_t b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

/* True when "by the end of the year" speaks of the year now although
 * its sentence named another: a present clause ("a program that expires
 * at the end of the month", after "will begin in January"), or a future
 * one after a past year ("sold 2.5 million vehicles last year, expects
 * inventories to shrink by the end of the year"). */
static bool ahead_of_nearby_ref(const el__ctx *x, const el__cand *c, const el__refs *r, int g)
{
    int tense = el__tense_at(x, c->tb, c->te);
    if (tense == TN_PRES)
        return true;
    if (tense != TN_FUT)
        return false;
    const el__point *q = &r->last[g];
    return q->y < r->dct_y || (g == G_MONTH && q->y == r->dct_y && q->m < r->dct_m);
}

/* True when the day c names is a night: "Thursday night", "tonight",
 * "late Thursday", "overnight". */
static bool named_as_night(const el__ctx *x, const el__cand *c)
{
    return el__tok_is(x, c->te - 1, "night") || el__tok_is(x, c->te - 1, "tonight") ||
           el__tok_is(x, c->te - 1, "overnight") || el__tok_is(x, c->tb, "late");
}

/* True when the date at token tb is a record's baseline: "the highest
 * since March 2008", "the first time since 2010", "its worst month since
 * June".  The story does not move there, so the date is no reference for
 * the ones after it, unless a clause about it follows ("the worst since
 * 1980, when the Panorama fire destroyed 284 homes in November of that
 * year"). */
static bool record_baseline(const el__ctx *x, int tb, int te)
{
    /* "its worst flu season since the 2009 swine flu pandemic" */
    int since = el__tok_is(x, tb - 1, "the") ? tb - 2 : tb - 1;
    if (!el__tok_is(x, since, "since") || (el__punct(x, te, ',') && el__tok_is(x, te + 1, "when")) ||
        el__tok_is(x, te, "when"))
        return false;
    for (int k = since - 1; k >= 0 && k >= since - 4; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind != TK_WORD || (t->flags & TF_SEND))
            return false;
        const char *w = x->text + t->off;
        if ((t->len > 4 && memcmp(w + t->len - 3, "est", 3) == 0) || el__tok_is(x, k, "first") ||
            el__tok_is(x, k, "worst") || el__tok_is(x, k, "best") || el__tok_is(x, k, "most") ||
            el__tok_is(x, k, "least") || el__tok_is(x, k, "record"))
            return true;
    }
    return false;
}

/* True when the day at token tb dates a report, not what is reported:
 * "officials said on Tuesday", "said Tuesday", "told reporters on
 * Tuesday". */
static bool report_day(const el__ctx *x, int tb)
{
    int k = tb - 1;
    if (el__tok_is(x, k, "on"))
        k--;
    for (int n = 0; n < 4 && k >= 0; n++, k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind != TK_WORD || (t->flags & TF_SEND))
            return false;
        if (el__tok_is(x, k, "told") || el__tok_is(x, k, "tells"))
            return true;
        if (n == 0 && (el__tok_is(x, k, "said") || el__tok_is(x, k, "says") ||
                       el__tok_is(x, k, "added") || el__tok_is(x, k, "stated")))
            return true;
    }
    return false;
}

/* True when "said" or "says" stands among the ten words before the clock
 * time at tb, in its sentence: "..., Norvale said in a statement issued
 * at 4:15 p.m." */
static bool report_clause_before(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k >= 0 && k >= tb - 10; k--) {
        if (el__tok_is(x, k, "said") || el__tok_is(x, k, "says"))
            return true;
        if (k > 0 && (el__tk(x, k - 1)->flags & TF_SEND))
            break;
    }
    return false;
}

/* Makes quarter q the one "a year earlier" compares with. */
static void note_quarter(el__refs *r, const el__point *q)
{
    r->quarter_sentence = r->sentence;
    r->have[G_QUARTER] = true;
    r->last[G_QUARTER] = *q;
    r->last[G_QUARTER].gran = G_QUARTER;
    r->quarter_age = 0;
    if (q->y * 4 + q->part < r->dct_y * 4 + (r->dct_m - 1) / 3 + 1) {
        r->have_past_quarter = true;
        r->past_quarter = r->last[G_QUARTER];
    }
}

/* True when "three months to", "three months ended" or "three months
 * through" comes right before token tb: the month after it closes a
 * quarter ("in the three months to June ... a year earlier"). */
static bool quarter_months_before(const el__ctx *x, int tb)
{
    int k = tb - 1;
    if (!(el__tok_is(x, k, "to") || el__tok_is(x, k, "ended") || el__tok_is(x, k, "ending") ||
          el__tok_is(x, k, "through")))
        return false;
    return el__tok_is(x, k - 1, "months") && (el__tok_is(x, k - 2, "three") ||
                                              (el__tk(x, k - 2)->kind == TK_NUM && el__tk(x, k - 2)->num == 3));
}

/* Makes p the date last mentioned (by granularity); a day also becomes
 * the day the story is on unless report (a report's day, a look back),
 * and night tells whether it was named as a night. */
static void update_refs(el__refs *r, const el__point *p, bool report, bool night)
{
    if (p->y == NOYEAR || p->bc || p->gran < G_YEAR)
        return;
    el__point q = *p;
    q.hh = q.mi = q.ss = -1;
    q.pod = 0;
    q.tz = TZ_NONE;
    r->have[G_YEAR] = true;
    r->year_sentence = r->sentence;
    r->last[G_YEAR] = q;
    r->last[G_YEAR].gran = G_YEAR;
    if (p->gran == G_QUARTER)
        note_quarter(r, &q);
    if (p->gran == G_MONTH || p->gran == G_DAY) {
        r->month_sentence = r->sentence;
        r->have[G_MONTH] = true;
        r->last[G_MONTH] = q;
        r->last[G_MONTH].gran = G_MONTH;
    }
    if (p->gran == G_DAY) {
        r->have[G_DAY] = true;
        r->last[G_DAY] = q;
        r->day_sentence = r->sentence;
        if (!report) {
            if (r->have_event_day) {
                r->have_prev_event_day = true;
                r->prev_event_day = r->event_day;
                r->prev_event_day_sentence = r->event_day_sentence;
            }
            r->have_event_day = true;
            r->event_day = q;
            r->event_day_sentence = r->sentence;
            if (el_days_from_civil(q.y, q.m, q.d) <= el_days_from_civil(r->dct_y, r->dct_m, r->dct_d)) {
                r->have_past_event_day = true;
                r->past_event_day = q;
            }
            r->event_day_night = night && p->hh < 0;
        }
    }
    r->have[G_NONE] = true;
    r->last[G_NONE] = q; /* the most recent mention, any granularity */
}

/* Moves the reference date by a duration value ("P2Y", "P3M", "P10D",
 * "P2W") times sign, as "two years later" does: the date last mentioned,
 * shifted by shift() at the granularity of the unit (a month shift needs
 * a month, a day or week shift a day). */
static void shift_refs(el__refs *r, const char *value, int sign)
{
    if (!r->have[G_NONE] || value[0] != 'P' || value[1] < '1' || value[1] > '9')
        return;
    int64_t n = 0;
    int k = 1;
    while (value[k] >= '0' && value[k] <= '9' && n < 10000)
        n = n * 10 + (value[k++] - '0');
    if (value[k + 1] != '\0')
        return;
    el__point q = r->last[G_NONE];
    bool day = q.gran == G_DAY, month = day || q.gran == G_MONTH;
    int unit = value[k] == 'Y' ? U_YEAR : value[k] == 'M' ? U_MONTH : value[k] == 'W' || value[k] == 'D' ? U_DAY : 0;
    if (!unit || (unit == U_MONTH && !month) || (unit == U_DAY && !day))
        return;
    q = shift(q, unit, sign * n * (value[k] == 'W' ? 7 : 1));
    if (unit == U_YEAR)
        q.m = q.part = 0;
    if (unit != U_DAY)
        q.d = 0;
    if (q.y < 1 || q.y > 9999)
        return;
    update_refs(r, &q, false, false);
}

/* A clock time with no date takes a day named at most this many sentences
 * before it: of any age in the sentence just before ("A hundred years ago
 * today, Britain declared war.  The ultimatum expired at 11pm"), else only
 * a day of the fortnight around the DCT. */
#ifndef EL_TIME_DAY_SENTENCES
#define EL_TIME_DAY_SENTENCES 3
#endif
/* Days before or after the report within which a day named a few
 * sentences back is news that a bare clock time may belong to. */
#ifndef EL_TIME_RECENT_DAYS
#define EL_TIME_RECENT_DAYS 14
#endif
/* Sentences after a clock time on a known day within which a bare clock
 * time is on that day too (a story told hour by hour). */
#ifndef EL_TIME_CLOCK_SENTENCES
#define EL_TIME_CLOCK_SENTENCES 6
#endif
#ifndef EL_TIME_ANY_DAY_SENTENCES
#define EL_TIME_ANY_DAY_SENTENCES 1
#endif

/* "a year ago" compares with a quarter mentioned at most this many
 * expressions before. */
#ifndef QUARTER_CONTEXT
#define QUARTER_CONTEXT 3
#endif

static bool year_sane(int64_t y)
{
    return y >= 1 && y <= 9999;
}

/* True when the words before token tb look forward to it: "ahead of
 * Friday's summit", "awaiting Tuesday's ruling", "preparations for
 * Tuesday's transit" ("before Friday's purchases" may look back). */
static bool awaited(const el__ctx *x, int tb)
{
    /* "preparations for Tuesday's transit", "in time for Saturday's game",
     * "ready for Friday's final" */
    if (el__tok_is(x, tb - 1, "for") &&
        (el__tok_is(x, tb - 2, "preparations") || el__tok_is(x, tb - 2, "preparing") ||
         el__tok_is(x, tb - 2, "prepare") || el__tok_is(x, tb - 2, "prepares") || el__tok_is(x, tb - 2, "ready") ||
         (el__tok_is(x, tb - 2, "time") && el__tok_is(x, tb - 3, "in"))))
        return true;
    /* "The winner advances to Saturday's second round" */
    if (el__tok_is(x, tb - 1, "to") &&
        (el__tok_is(x, tb - 2, "advances") || el__tok_is(x, tb - 2, "advance") || el__tok_is(x, tb - 2, "advancing")))
        return true;
    return (el__tok_is(x, tb - 1, "of") && el__tok_is(x, tb - 2, "ahead")) ||
           el__tok_is(x, tb - 1, "awaiting") || el__tok_is(x, tb - 1, "await") ||
           el__tok_is(x, tb - 1, "awaits");
}

/* True when a present verb in -s ("loses", "opens"; not "was", "has")
 * with its object stands among the four words from token k, after its
 * subject. */
static bool when_present(const el__ctx *x, int k)
{
    for (int j = k + 1; j < k + 5; j++) {
        const el__tok *t = el__tk(x, j);
        if (t->kind != TK_WORD)
            return false;
        /* the verb takes its object ("loses its authority", "opens the
         * doors"); a plural noun does not ("officials ordered") */
        if (el__ends_in_s(x, j) && !(t->flags & TF_CAP) && t->len > 3 && !el__tok_is(x, j, "was") &&
            !el__tok_is(x, j, "has") && !el__tok_is(x, j, "this") && !el__tok_lex(x, j - 1, LX_DET) &&
            !el__tok_lex(x, j, LX_UNIT) && el__tok_lex(x, j + 1, LX_DET))
            return true;
    }
    return false;
}

/* True when "will" or "expected" stands in the twelve words from token k,
 * in its sentence: "on Monday, when Notts County will be presented with
 * the trophy", "on Thursday, when a crowd of 40,000 is expected". */
static bool when_ahead(const el__ctx *x, int k)
{
    for (int j = k; j < k + 12 && el__tk(x, j)->kind != TK_END; j++) {
        if (el__tok_is(x, j, "will") || el__tok_is(x, j, "expected"))
            return true;
        if (el__tk(x, j)->flags & TF_SEND)
            break;
    }
    return false;
}

/* True when a relative clause right after "<weekday>'s <noun>" tells
 * that the event is still to come: "Saturday's ceremony, which begins at
 * 11 a.m.", "Thursday's session, which falls on St. Patrick's Day"
 * ("which" or "that", then will, is, falls or a scheduled present). */
static bool scheduled_after(const el__ctx *x, int te)
{
    /* te is the "'" of "Saturday's": the noun, then the comma */
    int k = te + 3;
    if (!el__punct(x, k, ',') || !(el__tok_is(x, k + 1, "which") || el__tok_is(x, k + 1, "that")))
        return false;
    return el__tok_is(x, k + 2, "begins") || el__tok_is(x, k + 2, "starts") || el__tok_is(x, k + 2, "opens") ||
           el__tok_is(x, k + 2, "will") || el__tok_is(x, k + 2, "is") || el__tok_is(x, k + 2, "falls") ||
           el__is_scheduled_present(x, k + 2);
}

/* True when "will", "shall" or "'ll" stands in the ten words before token
 * tb, within its sentence ("will be available for Saturday's match"). */
static bool will_before(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k >= 0 && k >= tb - 10; k--) {
        if (el__tk(x, k)->flags & TF_SEND)
            return false;
        if (el__tok_is(x, k, "will") || el__tok_is(x, k, "shall") || el__tok_is(x, k, "ll"))
            return true;
    }
    return false;
}

#ifndef EL_PRESENT_BE_AHEAD
#define EL_PRESENT_BE_AHEAD 1
#endif

/* True when a present form of "be" (is, are, 're, am) governs the
 * expression at [tb, te) as a copula, not as an auxiliary of a participle:
 * "Thursday and Good Friday are public holidays", "we're back in training
 * on Tuesday" (a weekday in such a clause lies ahead). */
static bool present_be(const el__ctx *x, int tb, int te)
{
    for (int k = tb - 1; k >= 0 && k >= tb - 6; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind == TK_PUNCT && (t->flags & TF_SEND))
            break;
        if (el__tok_is(x, k, "is") || el__tok_is(x, k, "are") || el__tok_is(x, k, "re") ||
            (el__tok_is(x, k, "am") && el__tk(x, k - 1)->kind == TK_WORD)) { /* not "4:40 am" */
            const el__tok *n = el__tk(x, k + 1);
            if (n->kind != TK_WORD || n->len < 4)
                return true;
            const char *w = x->text + n->off;
            bool ed = w[n->len - 2] == 'e' && w[n->len - 1] == 'd';
            bool ing = n->len > 4 && w[n->len - 3] == 'i' && w[n->len - 2] == 'n' && w[n->len - 1] == 'g';
            return !ed && !ing;
        }
    }
    /* "Thursday is", "Thursday and Good Friday are" */
    for (int k = te; k < te + 5 && el__tk(x, k)->kind != TK_END; k++) {
        if (el__tk(x, k)->kind == TK_PUNCT)
            break;
        if (el__tok_is(x, k, "is") || el__tok_is(x, k, "are"))
            return true;
    }
    return false;
}

static bool possessive_after(const el__ctx *x, int te);

/* True when a present progressive ("is adding", "are holding") stands in
 * the six words before token tb, with no comma between. */
static bool progressive_before(const el__ctx *x, int tb)
{
    int reach = 6;
    for (int k = tb - 1; k >= 1 && k >= tb - reach; k--) {
        const el__tok *t = el__tk(x, k);
        /* (a possessive's "'s" between: "watching the Fed's meeting") */
        if (possessive_after(x, k)) {
            reach += 2;
            continue;
        }
        if (t->kind != TK_WORD)
            return false;
        if (el__ends_in_ing(x, k) && (el__tok_is(x, k - 1, "is") || el__tok_is(x, k - 1, "are")))
            return true;
    }
    return false;
}

/* The day number of weekday wd (1 = Monday) on or after / on or before
 * day number day. */
static int64_t weekday_on_or_after(int64_t day, int wd)
{
    return day + (wd - el__iso_wday(day) + 7) % 7;
}

static int64_t weekday_on_or_before(int64_t day, int wd)
{
    return day - (el__iso_wday(day) - wd + 7) % 7;
}

/* The day number of weekday wd nearest day number day (the later one on
 * a tie). */
static int64_t weekday_nearest(int64_t day, int wd)
{
    int64_t after = weekday_on_or_after(day, wd), before = weekday_on_or_before(day, wd);
    return after - day <= day - before ? after : before;
}

/* Sentences after "the 2019-20 school year" within which a month named
 * without a year falls in that school year. */
#ifndef EL_SPAN_SENTENCES
#define EL_SPAN_SENTENCES 12
#endif

/* Days ahead of the report within which a date keeps its own year inside
 * a school year named lately. */
#ifndef EL_SPAN_NEAR_DAYS
#define EL_SPAN_NEAR_DAYS 45
#endif

/* Sets *y to the year of month m (day d, or 0) inside the school year named lately,
 * when one was, the report's or the next (August to December: its first
 * year; January to July: the second); returns whether it did ("the
 * 2019-20 school year ... winter break from Dec. 23 to Jan. 3").  A
 * sports season is not such a frame: "since the 2008-09 season" tells
 * history, and its months straddle the break. */
static bool span_year_of(const el__refs *r, int m, int d, int64_t *y)
{
    if (!r->have_span || r->sentence - r->span_sentence > EL_SPAN_SENTENCES || r->span_y < r->dct_y - 1)
        return false;
    int64_t sy = m >= 8 ? r->span_y : r->span_y + 1;
    /* ... but a date a few weeks ahead of the report is that one, not
     * one a year later ("starting with the 2014-15 school year. The
     * comment period runs through Oct. 28", said in September; "adopt a
     * budget by June 30", said in June; a calendar's "the week of March
     * 16", said in April, is still next year's) */
    int64_t dct = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
    for (int64_t yy = r->dct_y; yy <= r->dct_y + 1; yy++) {
        int64_t ahead = el_days_from_civil(yy, m, d > 0 ? d : 1) - dct;
        if (yy != sy && ahead >= 0 && ahead <= EL_SPAN_NEAR_DAYS)
            return false;
    }
    *y = sy;
    return true;
}

/* Days around the report within which a holiday named without a year is
 * the one of those days, whatever the tense ("had appealed for a truce
 * before Eid al-Fitr", said the day before it). */
#ifndef EL_HOLIDAY_NEAR_DAYS
#define EL_HOLIDAY_NEAR_DAYS 10
#endif

#ifndef EL_HOLIDAY_DEADLINE_DAYS
#define EL_HOLIDAY_DEADLINE_DAYS 60
#endif

/* Sets *y to the year (the report's, the one before or after) whose
 * holiday h falls within EL_HOLIDAY_NEAR_DAYS of day number dct (the
 * report's day, r's DCT), or up to EL_HOLIDAY_DEADLINE_DAYS ahead of it when
 * the holiday is a deadline ("before Christmas"), when one does; returns
 * whether it did.  A future clause does not take one just past ("Parades
 * will mark Independence Day" said on July 7 is next year's). */
static bool holiday_near(const el__holiday *h, const el__refs *r, int64_t dct, int tense, bool deadline, int64_t *y)
{
    const int64_t ys[3] = {r->dct_y, r->dct_y - 1, r->dct_y + 1};
    for (int k = 0; k < 3; k++) {
        int m, d;
        if (!el__holiday_date(h, ys[k], &m, &d))
            continue;
        int64_t off = el_days_from_civil(ys[k], m, d) - dct;
        if ((llabs(off) <= EL_HOLIDAY_NEAR_DAYS && !(tense == TN_FUT && off < 0)) ||
            (deadline && off > 0 && off <= EL_HOLIDAY_DEADLINE_DAYS)) {
            *y = ys[k];
            return true;
        }
    }
    return false;
}

/* True when "'s" follows token te - 1 ("Wednesday's ruling",
 * "September's inflation figure"). */
static bool possessive_after(const el__ctx *x, int te)
{
    return el__punct(x, te, '\'') && el__glued(x, te) && el__tok_is(x, te + 1, "s") && el__glued(x, te + 1);
}

/* True when the expression at tb is what a figure is compared with:
 * "from", "than" or "with" in the five words before, no punctuation
 * between ("fell 1.1% from November", "from 4 million in January",
 * "higher than in April 2011", "compared with March"). */
static bool compared_with(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k >= 0 && k >= tb - 5; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind == TK_PUNCT && t->c != '$' && t->c != '%' && t->c != '.')
            return false;
        if (el__tok_is(x, k, "from") || el__tok_is(x, k, "than") || el__tok_is(x, k, "with"))
            return true;
    }
    return false;
}

/* True when the day at token tb is named as a frame: after "since"
 * ("closed since the morning of Sept. 11") or as a noun's date ("the
 * slide of Oct. 27, 1997"; "on the night of Aug. 9" is a day itself). */
static bool day_framed(const el__ctx *x, int tb)
{
    int k = tb - 1;
    if (el__tok_is(x, k, "of") && el__tok_lex(x, k - 1, LX_POD)) {
        k -= 2;
        if (el__tok_is(x, k, "the"))
            k--;
        return el__tok_is(x, k, "since");
    }
    /* ("ahead of Sunday's elections", "as of yesterday" are no frames) */
    return el__tok_is(x, k, "since") ||
           (el__tok_is(x, k, "of") && !el__tok_is(x, k - 1, "ahead") && !el__tok_is(x, k - 1, "as"));
}

/* The head noun of "Monday's earthquake in ...", "Tuesday's deadly
 * attack on ...": the last of at most three words after the "'s" at te,
 * when a preposition, a clause word or a punctuation mark ends them.  Its
 * token index, or -1. */
static int possessed_noun(const el__ctx *x, int te)
{
    if (!possessive_after(x, te))
        return -1;
    int k = te + 2;
    for (int n = 0; n < 3; n++, k++) {
        const el__tok *t = el__tk(x, k);
        if (t->kind != TK_WORD || (t->flags & TF_SEND))
            return -1;
        const el__tok *next = el__tk(x, k + 1);
        if (next->kind == TK_PUNCT || next->kind == TK_END || el__tok_lex(x, k + 1, LX_PREP) ||
            el__tok_lex(x, k + 1, LX_CLAUSE) || el__tok_is(x, k + 1, "and"))
            return t->len >= 4 ? k : -1;
    }
    return -1;
}

/* True when word a[0..na) names the same thing as b[0..nb), ignoring
 * case, a plural s and a longer compound: "quake" and "earthquakes". */
static bool same_noun(const char *a, size_t na, const char *b, size_t nb)
{
    if (na && (a[na - 1] == 's' || a[na - 1] == 'S'))
        na--;
    if (nb && (b[nb - 1] == 's' || b[nb - 1] == 'S'))
        nb--;
    if (na > nb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na < 4 || (na < nb && na < 5))
        return false;
    for (size_t k = 0; k < na; k++) {
        char c = a[na - 1 - k], d = b[nb - 1 - k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (d >= 'A' && d <= 'Z')
            d = (char)(d + 32);
        if (c != d)
            return false;
    }
    return true;
}

/* True when the clause before the clock time at tb, in its sentence,
 * speaks of the event a possessive day named in the two sentences before
 * ("The death toll from Monday's earthquake rose on Wednesday.  The quake
 * struck at 4:31 a.m."): the clock time is that day's. */
static bool names_dated_event(const el__ctx *x, int tb, const el__refs *r)
{
    long back = r->sentence - r->named_event_sentence;
    if (!r->have_named_event || back < 1 || back > 2 || r->named_event_off + r->named_event_len > x->len)
        return false;
    for (int k = tb - 1; k >= 0 && k >= tb - 12; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind == TK_WORD &&
            same_noun(x->text + t->off, t->len, x->text + r->named_event_off, r->named_event_len))
            return el__tense_at(x, tb, tb + 1) == TN_PAST;
        if (k > 0 && (el__tk(x, k - 1)->flags & TF_SEND))
            break;
    }
    return false;
}

/* The token of "before" or "after" that opens a noun phrase ending in
 * "on" before the weekday at tb ("after the collapse of Silicon Valley
 * Bank on Friday"), or -1: at most nine words, no punctuation, no verb
 * of its own. */
static int before_after_noun(const el__ctx *x, int tb)
{
    if (!el__tok_is(x, tb - 1, "on"))
        return -1;
    for (int k = tb - 2; k >= 0 && k >= tb - 10; k--) {
        const el__tok *t = el__tk(x, k);
        if (t->kind != TK_WORD || el__tok_lex(x, k, LX_TENSE) || el__tok_lex(x, k, LX_CLAUSE) ||
            el__tok_lex(x, k, LX_VERB) || (t->len > 3 && !memcmp(x->text + t->off + t->len - 2, "ed", 2)))
            return -1;
        if (el__tok_is(x, k, "before") || el__tok_is(x, k, "after"))
            return el__tok_lex(x, k + 1, LX_DET) ? k : -1;
    }
    return -1;
}

/* Day number of weekday wd (1 = Monday) for the expression at tokens
 * [tb, te): next/last as rel says, else the DCT itself when it is that
 * weekday, the coming one in a future clause, the latest one before. */
static int64_t weekday_day(const el__ctx *x, int tb, int te, int wd, int rel, const el__refs *r)
{
    int64_t dd = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
    if (rel == RL_NEXT)
        return weekday_on_or_after(dd + 1, wd);
    if (rel == RL_LAST)
        return weekday_on_or_before(dd - 1, wd);
    /* "that Thursday": on or after the day last talked about; "the
     * following Friday": after it */
    if ((rel == RL_THAT || rel == RL_FOLLOWING) && r->have[G_DAY]) {
        /* ... the day of the events, not a look back or a report's day
         * ("aired at 5:16 p.m. on Nov 23, 1963, a day after Kennedy's
         * assassination the previous day. ... repeated the following
         * Saturday") */
        const el__point *b = r->have_event_day && r->sentence - r->event_day_sentence <= 3 ? &r->event_day
                                                                                          : &r->last[G_DAY];
        return weekday_on_or_after(el_days_from_civil(b->y, b->m, b->d) + (rel == RL_FOLLOWING), wd);
    }
    if (rel == RL_FOLLOWING)
        return weekday_on_or_after(dd + 1, wd);
    /* "the previous Friday": before the day last talked about */
    if (rel == RL_PREVIOUS)
        return weekday_on_or_before((r->have[G_DAY] ? el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m,
                                                                          r->last[G_DAY].d)
                                                    : dd) - 1,
                                    wd);
    /* "Because April 15 falls on a Sunday": the day just named */
    int fk = el__tok_is(x, tb - 1, "a") ? tb - 2 : tb - 1;
    if (el__tok_is(x, fk, "on") &&
        (el__tok_is(x, fk - 1, "falls") || el__tok_is(x, fk - 1, "fell") || el__tok_is(x, fk - 1, "fall")) &&
        r->have[G_DAY] && r->day_sentence == r->sentence) {
        int64_t named = el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m, r->last[G_DAY].d);
        if (el__iso_wday(named) == wd)
            return named;
    }
    /* "... starting at 9 a.m. ET Wednesday.  It added a queue for
     * Wednesday's sale": an event named by a weekday just named is on
     * that day */
    if (el__tok_lex(x, te - 1, LX_WDAY) && possessive_after(x, te) && r->have[G_DAY] &&
        r->sentence - r->day_sentence <= 2) {
        int64_t named = el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m, r->last[G_DAY].d);
        if (el__iso_wday(named) == wd && llabs(named - dd) <= 6)
            return named;
    }
    /* "has declared public holidays from Monday to Wednesday", "had
     * earlier announced Eid holidays from Tuesday": days off or a curfew
     * from a day, the nearest such day */
    if (el__tok_is(x, tb - 1, "from") &&
        (el__tok_is(x, tb - 2, "holidays") || el__tok_is(x, tb - 2, "holiday") || el__tok_is(x, tb - 2, "curfew") ||
         /* "has issued a wind chill warning from noon Thursday" */
         el__tok_is(x, tb - 2, "warning") || el__tok_is(x, tb - 2, "watch") || el__tok_is(x, tb - 2, "advisory"))) {
        return weekday_nearest(dd, wd);
    }
    /* "an exercise that runs from Monday to Friday", "The fair runs Friday
     * through Sunday": the days of this week a span covers */
    if (el__tok_is(x, tb - 1, "runs") || (el__tok_is(x, tb - 1, "from") && el__tok_is(x, tb - 2, "runs")))
        return dd - (el__iso_wday(dd) - 1) + (wd - 1);
    int tense = el__tense_at(x, tb, te);
    /* "Wednesday's ruling": news names an event by its weekday once
     * it has happened (all 17 in TE3 gold are today or before) */
    /* "a premium to Osprey's closing price on Monday": a price quoted
     * is one already made */
    int pk = el__tok_is(x, tb - 1, "on") ? tb - 2 : tb - 1;
    if (el__tok_is(x, pk, "price") || el__tok_is(x, pk, "prices"))
        tense = TN_PAST;
    /* "before Monday, when the state loses its authority": a present
     * told of the day right after it */
    if (tense != TN_FUT && el__punct(x, te, ',') && el__tok_is(x, te + 1, "when") &&
        (when_present(x, te + 2) || when_ahead(x, te + 2)))
        tense = TN_FUT;
    /* "crisscrossed three states on Monday, making a final appeal before
     * Tuesday's primaries", "as markets open on Monday, after the collapse
     * of Silicon Valley Bank on Friday": an event before or after another
     * day this sentence named falls on that side of it */
    int ba = el__tok_lex(x, te - 1, LX_WDAY) && possessive_after(x, te) ? tb - 1 : before_after_noun(x, tb);
    if (ba >= 0 && r->have[G_DAY] && r->day_sentence == r->sentence &&
        (el__tok_is(x, ba, "before") || el__tok_is(x, ba, "after")) &&
        llabs(el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m, r->last[G_DAY].d) - dd) <= 7) {
        int64_t named = el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m, r->last[G_DAY].d);
        return el__tok_is(x, ba, "before") ? weekday_on_or_after(named + 1, wd)
                                          : weekday_on_or_before(named - 1, wd);
    }
    if (el__tok_lex(x, te - 1, LX_WDAY) && possessive_after(x, te))
        tense = awaited(x, tb) || scheduled_after(x, te) ||
                        /* "if they miss Saturday's deadline" */
                        (tense != TN_PAST && el__tok_is(x, te + 2, "deadline"))
                    ? TN_FUT
                /* "is expected to join the team before Friday's game" */
                : (tense == TN_FUT && (will_before(x, tb) || el__tok_is(x, tb - 1, "before"))) ? TN_FUT
                                                                                              : TN_PAST;
    if (tense == TN_FUT ||
        (EL_PRESENT_BE_AHEAD && (tense == TN_PRES || tense == TN_NONE) && present_be(x, tb, te))
        /* "Amtrak is adding extra trains Friday": an arrangement */
        || (tense == TN_PRES && progressive_before(x, tb)))
        return weekday_on_or_after(dd, wd);
    return weekday_on_or_before(dd, wd);
}

/* True for the words of a spelled-out time zone: "local time",
 * "Central European Time", "Eastern Standard Time". */
static bool is_zone_word(const el__ctx *x, int k)
{
    return el__tok_is(x, k, "local") || el__tok_is(x, k, "time") ||
           el__tok_is(x, k, "central") || el__tok_is(x, k, "eastern") ||
           el__tok_is(x, k, "western") || el__tok_is(x, k, "european") ||
           el__tok_is(x, k, "pacific") || el__tok_is(x, k, "mountain") ||
           el__tok_is(x, k, "atlantic") || el__tok_is(x, k, "standard") ||
           el__tok_is(x, k, "daylight") || el__tok_is(x, k, "summer") ||
           el__tok_is(x, k, "greenwich") || el__tok_is(x, k, "mean") ||
           el__tok_is(x, k, "british") || el__tok_is(x, k, "universal");
}

/* A weekday shortly after a clock time with no date of its own, in the
 * same sentence, as in "at 10:35 a.m. (0735 GMT) Friday": its token
 * index, or -1.  Zones, numbers and brackets may come between. */
static int weekday_after(const el__ctx *x, int te)
{
    /* "took off at 8:11 a.m. (2311 GMT Tuesday)": a weekday inside a
     * parenthesis after its own clock time is that clock's */
    bool paren_clock = false;
    for (int k = te; k < te + 12; k++) {
        const el__tok *t = el__tk(x, k);
        if (t->kind == TK_END || (t->flags & (TF_SEND | TF_PARA)))
            return -1;
        if (el__punct(x, k, '(') || el__punct(x, k, ')'))
            paren_clock = false;
        else if (t->kind == TK_NUM && el__punct(x, k - 1, '('))
            paren_clock = true;
        const el__lex *w = el__tok_lex(x, k, LX_WDAY);
        if (w)
            return (w->flags & (LF_ABBR | LF_PLURAL)) || paren_clock ? -1 : k;
        if (t->kind == TK_PUNCT ? !(t->c == '(' || t->c == ')' || t->c == '.' || t->c == ',' ||
                                    t->c == ':')
                                : !(t->kind == TK_NUM || el__tok_lex(x, k, LX_TZ) ||
                                    el__tok_lex(x, k, LX_PREP) || is_zone_word(x, k)))
            return -1;
    }
    return -1;
}

/* True when the words from token k name a period's reported results
 * ("fourth-quarter gross domestic product figures", "third-quarter
 * earnings"). */
static bool results_after(const el__ctx *x, int k)
{
    for (int n = 0; n < 4; n++, k++) {
        if (el__tok_is(x, k, "earnings") || el__tok_is(x, k, "results") || el__tok_is(x, k, "figures") ||
            el__tok_is(x, k, "data") || el__tok_is(x, k, "numbers") || el__tok_is(x, k, "report") ||
            el__tok_is(x, k, "profit") || el__tok_is(x, k, "revenue") || el__tok_is(x, k, "sales"))
            return true;
        if (el__tk(x, k)->kind != TK_WORD || el__tok_lex(x, k, LX_PREP) || el__tok_lex(x, k, LX_TENSE))
            return false;
    }
    return false;
}

/* True when token k joins the two ends of a span of hours. */
static bool span_word(const el__ctx *x, int k)
{
    return el__tok_is(x, k, "until") || el__tok_is(x, k, "till") || el__tok_is(x, k, "to") ||
           el__tok_is(x, k, "through") || (el__punct(x, k, '-') && !el__glued(x, k));
}

/* Clock hours that cross midnight: the bare end of "from 10 p.m. Tuesday
 * until 5 a.m." falls on the day after its start, the bare start of
 * "from 9 p.m. to 6 a.m. Wednesday" on the day before its end, and a small
 * hour told soon after a late one (with no day of its own: !own_day) on
 * the day after that one's, when that day has come by the DCT.  Moves
 * the day *b of clock time c accordingly. */
static void span_of_hours(const el__ctx *x, const el__cand *c, const el__refs *r, bool own_day, el__point *b)
{
    int hh = c->p.hh;
    if (hh < 0)
        return;
    /* (the start is the clock just named, a restatement too: "(0400 GMT
     * to 1000 GMT)") */
    if (span_word(x, c->tb - 1) && r->have_any_clock && r->any_clock_sentence == r->sentence) {
        int64_t day = el_days_from_civil(r->any_clock.y, r->any_clock.m, r->any_clock.d);
        point_day(b, day + (r->any_clock.hh > hh ? 1 : 0));
        return;
    }
    /* "The quake struck at 11:47 p.m. Sunday. ... At 2:10 a.m., rescuers
     * ...": a story told hour by hour goes on past midnight */
    if (!own_day && r->have_clock && r->sentence - r->clock_sentence <= 3 && r->clock.hh >= 20 && hh < 6) {
        int64_t next = el_days_from_civil(r->clock.y, r->clock.m, r->clock.d) + 1;
        if (next <= el_days_from_civil(r->dct_y, r->dct_m, r->dct_d))
            point_day(b, next);
        return;
    }
    el__cand e;
    int ee = span_word(x, c->te) ? el__m_clock(x, c->te + 1, &e) : 0;
    if (ee && e.how == H_WDAY && e.p.hh >= 0) {
        int64_t day = weekday_day(x, c->te + 1, ee, e.wd, e.rel, r);
        point_day(b, day - (hh > e.p.hh ? 1 : 0));
    }
}

/* "ended June 28" after a period at token k ("ending" may look ahead): the year
 * of that month and day, the latest not after the DCT (a period is
 * reported once it has ended), and the month in *month when not NULL.
 * False when no such date follows. */
static bool closing_year(const el__ctx *x, int k, const el__refs *r, int64_t *y, int *month)
{
    if (!el__tok_is(x, k, "ended"))
        return false;
    const el__lex *m = el__tok_lex(x, k + 1, LX_MONTH);
    if (!m || !el__cap(x, k + 1))
        return false;
    int e = k + 2;
    if (el__punct(x, e, '.'))
        e++;
    const el__tok *d = el__tk(x, e);
    if (d->kind != TK_NUM || d->ndig > 2 || d->num < 1 || d->num > 31)
        return false;
    if (el__tk(x, e + 1)->kind == TK_PUNCT && el__tk(x, e + 1)->c == ',' &&
        el__tk(x, e + 2)->kind == TK_NUM && el__tk(x, e + 2)->ndig == 4)
        return false; /* the year is written: the date's own matcher has it */
    int64_t dct = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
    *y = r->dct_y;
    if (month)
        *month = m->val;
    int dd = (int)d->num;
    if (dd > el_days_in_month(*y, m->val) || el_days_from_civil(*y, m->val, dd) > dct)
        *y -= 1;
    return true;
}

/* The quarter a year-on-year comparison ("a year ago", "the year-ago
 * period") starts from: the last one named, unless that one has not
 * ended by the DCT (a forecast) and a finished, reported one was named. */
static el__point compared_quarter(const el__refs *r)
{
    const el__point *q = &r->last[G_QUARTER];
    bool ahead = q->y * 4 + q->part >= r->dct_y * 4 + (r->dct_m - 1) / 3 + 1;
    /* a quarter named in this very sentence is the one compared, even
     * ahead ("expects first-quarter revenue to rise 25% from a year ago") */
    if (r->quarter_sentence == r->sentence)
        return *q;
    return (ahead && r->have_past_quarter) ? r->past_quarter : *q;
}

/* Sentences back a year keeps a story in the past: a date or holiday
 * without a year, not in a future clause, takes the year of a date named
 * earlier in its sentence when that year is well before the DCT's
 * ("Fifty years ago, on Easter Sunday", "came to light on 28 December
 * 2017, when ... a withdrawal made on Christmas Day"). */
#ifndef EL_STORY_YEAR_SENTENCES
#define EL_STORY_YEAR_SENTENCES 0
#endif

/* For month m at token tb, the second of a range ("between November and
 * April", "from October to March", "June-August", "July and August")
 * whose first month, at
 * tb - 2, was resolved in this sentence: *y is the year that puts m after
 * it.  False when tb is no such second month. */
static bool month_range_second(const el__ctx *x, const el__refs *r, int tb, int m, int64_t *y)
{
    const el__lex *first = el__tok_lex(x, tb - 2, LX_MONTH);
    if (!first || !r->have[G_MONTH] || r->month_sentence != r->sentence || r->last[G_MONTH].m != first->val)
        return false;
    bool between = el__tok_is(x, tb - 1, "and") && el__tok_is(x, tb - 3, "between");
    bool to = (el__tok_is(x, tb - 1, "to") || el__tok_is(x, tb - 1, "through") || el__tok_is(x, tb - 1, "until") ||
               (el__punct(x, tb - 1, '-') && el__glued(x, tb - 1) && el__glued(x, tb))) &&
              (el__tok_is(x, tb - 3, "from") || el__punct(x, tb - 1, '-'));
    /* "for July and August", "in December and January": the month
     * right after the first */
    bool next = (el__tok_is(x, tb - 1, "and") || el__tok_is(x, tb - 1, "or")) && m == first->val % 12 + 1;
    if (!between && !to && !next)
        return false;
    *y = r->last[G_MONTH].y + (m <= first->val ? 1 : 0);
    return true;
}

/* True when the year last named opens the sentence of token tb as a
 * frame ("In 2016, ...", "For 2017, ..."): a bare year after "In" or
 * "For" at the sentence's start, followed by a comma. */
static bool framing_year(const el__ctx *x, const el__refs *r, int tb)
{
    int k = tb - 1;
    while (k > 0 && el__tk(x, k)->off >= r->year_end)
        k--;
    /* k: the year's token (it ends at year_end) */
    const el__tok *y = el__tk(x, k);
    if (y->kind != TK_NUM || y->off + y->len != r->year_end || !el__punct(x, k + 1, ','))
        return false;
    const el__tok *p = el__tk(x, k - 1);
    if (!(el__tok_is(x, k - 1, "in") || el__tok_is(x, k - 1, "for")) || !(p->flags & TF_CAP))
        return false;
    return k - 1 == 0 || (el__tk(x, k - 2)->flags & TF_SEND) || (p->flags & (TF_NL | TF_PARA));
}

/* The year of the past the story is telling, for month m (a December
 * date followed by a January one moves on a year); false when the story
 * is not in an earlier year or tense looks ahead. */
static bool story_year(const el__ctx *x, const el__refs *r, int tb, int tense, int m, int64_t *y)
{
    if (!r->have[G_YEAR] || r->sentence - r->year_sentence > EL_STORY_YEAR_SENTENCES)
        return false;
    /* "won the league in 2010 and have lost only once since August",
     * "Brantley, which posted a loss in fiscal 2009, bought ... in
     * January", "a program approved in 1987 that did not ..., Nashua
     * had bought shares through Sept. 29": a year told of another verb
     * does not carry over */
    int k = tb - 1;
    while (k >= 0 && el__tk(x, k)->off >= r->year_end)
        k--;
    if (k < 0)
        return false; /* told before this block of text: too far */
    /* "last spring, when warm weather let farmers plant in late March": a
     * when-clause tells of the year */
    bool when_clause = el__tok_is(x, k + 1, "when") || (el__punct(x, k + 1, ',') && el__tok_is(x, k + 2, "when"));
    /* ... and a year's when-clause reaches past a relative clause
     * ("since 1981, when a strike that began in late March spread") */
    if (!(when_clause && el__tk(x, k)->kind == TK_NUM))
        for (int q = k + 1; q < tb; q++)
            if (el__tok_is(x, q, "and") || el__tok_is(x, q, "but") || el__tok_is(x, q, "while") ||
                el__tok_is(x, q, "that") || el__tok_is(x, q, "which") || el__tok_is(x, q, "who") ||
                /* "below their peak in July 2006; the index bottomed out in March" */
                el__punct(x, q, ';'))
                return false;
    /* "The 2007 NL Cy Young Award winner missed six weeks before returning
     * on July 20": a year that qualifies a noun after a determiner tells
     * no story */
    if (el__tk(x, k)->kind == TK_NUM && el__tk(x, k)->ndig == 4 && el__tok_lex(x, k - 1, LX_DET) &&
        el__tk(x, k + 1)->kind == TK_WORD && !el__tok_lex(x, k + 1, LX_PREP) && !el__tok_lex(x, k + 1, LX_CLAUSE) &&
        !el__tok_is(x, k + 1, "when") && !el__tok_is(x, k + 1, "and"))
        return false;
    /* ... nor one in an opening participle's phrase ("Founded in 1988 as
     * a window-cleaning business, Calder reported profit in the 12 months
     * to March 31") */
    {
        int st = k;
        while (st > 0 && !(el__tk(x, st - 1)->flags & TF_SEND) && !(el__tk(x, st)->flags & TF_PARA))
            st--;
        if (k - st <= 3 && (el__tk(x, st)->flags & TF_CAP) &&
            (el__tok_is(x, st, "founded") || el__tok_is(x, st, "born") || el__tok_is(x, st, "built") ||
             el__tok_is(x, st, "established") || el__tok_is(x, st, "opened") || el__tok_is(x, st, "created") ||
             el__tok_is(x, st, "launched") || el__tok_is(x, st, "formed")))
            for (int q = k + 1; q < tb; q++)
                if (el__punct(x, q, ','))
                    return false;
    }
    /* ... nor one after "since" ("The outbreak, Congo's ninth since the
     * virus was identified in 1976, was declared on May 8"), unless a
     * when-clause tells of it ("since 2013, when the festival overlapped
     * with Thanksgiving") */
    for (int n = 0; k >= 0 && n < 20 && !(el__tk(x, k)->flags & TF_SEND); k--, n++)
        if (el__tok_is(x, k, "which") || el__tok_is(x, k, "who") ||
            (n < 12 && !when_clause && el__tok_is(x, k, "since")))
            return false;
    const el__point *b = &r->last[G_NONE];
    int64_t ly = r->last[G_YEAR].y;
    if (ly == NOYEAR || r->last[G_YEAR].bc)
        return false;
    /* a story told in an earlier year, or a plan for a later one ("In
     * 2016, Easter Sunday falls on 27 March", "For 2017, that would mean
     * finishing on Friday 31 March"); a when-clause on a past date is of
     * its year, last year's too */
    bool past_story = (ly < r->dct_y - 1 || (when_clause && ly < r->dct_y)) && tense != TN_FUT;
    bool plan = ly > r->dct_y && tense != TN_PAST && framing_year(x, r, tb);
    if (!past_story && !plan)
        return false;
    *y = ly;
    if (b->y == ly && b->gran >= G_MONTH && b->m >= 11 && m && m <= 2)
        *y = ly + 1;
    return true;
}

/* True when a and b are on the same calendar day. */
static bool same_day(const el__point *a, const el__point *b)
{
    return a->y == b->y && a->m == b->m && a->d == b->d;
}

/* The first month (1-12) of quarter or half p. */
static int period_first_month(const el__point *p)
{
    return p->gran == G_HALF ? (p->part - 1) * 6 + 1 : (p->part - 1) * 3 + 1;
}

/* True when a comparison's "up/down from" or "compared with" comes right
 * before the expression at tb ("up from 14 percent in the third quarter"):
 * the period compared has been reported. */
static bool up_from(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k >= 0 && k >= tb - 6; k--) {
        if (el__tk(x, k)->flags & TF_SEND)
            return false;
        if ((el__tok_is(x, k, "from") && (el__tok_is(x, k - 1, "up") || el__tok_is(x, k - 1, "down"))) ||
            (el__tok_is(x, k, "with") && el__tok_is(x, k - 1, "compared")))
            return true;
    }
    return false;
}

/* True when the month at token tb follows "for" after the figures a
 * report gives: "new home sales for July", "the jobs report for March",
 * "sales of newly built homes for April". */
static bool data_month(const el__ctx *x, int tb)
{
    if (!el__tok_is(x, tb - 1, "for"))
        return false;
    for (int k = tb - 2; k >= 0 && k >= tb - 6; k--) {
        if (el__tk(x, k)->kind != TK_WORD)
            return false;
        if (el__tok_is(x, k, "sales") || el__tok_is(x, k, "data") || el__tok_is(x, k, "figures") ||
            el__tok_is(x, k, "numbers") || el__tok_is(x, k, "report") || el__tok_is(x, k, "starts") ||
            el__tok_is(x, k, "orders") || el__tok_is(x, k, "payrolls") || el__tok_is(x, k, "index") ||
            el__tok_is(x, k, "statistics") || el__tok_is(x, k, "output") || el__tok_is(x, k, "exports") ||
            el__tok_is(x, k, "imports") || el__tok_is(x, k, "inflation"))
            return true;
        if ((el__tok_lex(x, k, LX_PREP) && !el__tok_is(x, k, "of")) || el__tok_is(x, k, "will") ||
            el__tok_is(x, k, "was") || el__tok_is(x, k, "is"))
            return false;
    }
    return false;
}

/* True when the month at tokens [tb, te) names a futures contract:
 * "September RBOB futures", "the December contract", "for October
 * delivery", "U.S. crude for October settled", "for November
 * transactions". */
static bool contract_month(const el__ctx *x, int tb, int te)
{
    for (int k = te; k <= te + 2; k++) {
        if (el__tk(x, k)->kind != TK_WORD)
            return false;
        if (el__tok_is(x, k, "futures") || el__tok_is(x, k, "contract") || el__tok_is(x, k, "contracts") ||
            el__tok_is(x, k, "delivery") || el__tok_is(x, k, "options") ||
            /* "the first trading day for November transactions" */
            el__tok_is(x, k, "transactions") || el__tok_is(x, k, "settlement") ||
            /* "a glut of vessels chased fewer August cargoes" */
            el__tok_is(x, k, "cargoes") || el__tok_is(x, k, "loadings"))
            return true;
        if (el__tok_lex(x, k, LX_PREP) || el__tok_lex(x, k, LX_TENSE) || el__tok_lex(x, k, LX_CLAUSE))
            break;
    }
    return el__tok_is(x, tb - 1, "for") &&
           (el__tok_is(x, tb - 2, "crude") || el__tok_is(x, tb - 2, "oil") || el__tok_is(x, tb - 2, "gasoline") ||
            el__tok_is(x, tb - 2, "gold") || el__tok_is(x, tb - 2, "copper") || el__tok_is(x, tb - 2, "brent") ||
            el__tok_is(x, tb - 2, "futures") || el__tok_is(x, tb - 2, "gas"));
}

/* True when "between" stands among the six words before token k, in its
 * sentence: "between Jan. 1 and". */
static bool between_before(const el__ctx *x, int k)
{
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
        if (el__tok_is(x, j, "between"))
            return true;
        if (j > 0 && (el__tk(x, j - 1)->flags & TF_SEND))
            break;
    }
    return false;
}

/* True when "forecasts for", "outlook for" or the like comes right before
 * token tb: "cut their forecasts for the second quarter" speaks of a
 * period ahead whatever the verb's tense. */
static bool forecast_for(const el__ctx *x, int tb)
{
    int k = tb - 1;
    if (!el__tok_is(x, k, "for"))
        return false;
    k--;
    return el__tok_is(x, k, "forecast") || el__tok_is(x, k, "forecasts") || el__tok_is(x, k, "outlook") ||
           el__tok_is(x, k, "guidance") || el__tok_is(x, k, "estimates") || el__tok_is(x, k, "expectations") ||
           el__tok_is(x, k, "target") || el__tok_is(x, k, "targets") || el__tok_is(x, k, "projections");
}

/* Sentences back, and days before or after it, within which a day of
 * history named lately lends its year to a day named without one. */
#ifndef EL_HISTORY_SENTENCES
#define EL_HISTORY_SENTENCES 2
#endif
#ifndef EL_HISTORY_DAYS_BEFORE
#define EL_HISTORY_DAYS_BEFORE 30
#endif
#ifndef EL_HISTORY_DAYS_AFTER
#define EL_HISTORY_DAYS_AFTER 120
#endif

/* True when token tb stands in a relative clause about a person set off
 * by a comma (", who ..."), no punctuation between its start and tb:
 * "Carver, who shared the first-round lead on Thursday, reached". */
static bool in_aside_clause(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k > 0 && k >= tb - 16; k--) {
        const el__tok *t = el__tk(x, k);
        if ((t->flags & TF_SEND) && k < tb - 1)
            return false;
        if (t->kind == TK_PUNCT && t->c != '.' && t->c != '$' && t->c != '%' && t->c != '-')
            return false;
        /* (not "which": "an outage ..., which crashed millions of machines
         * Friday" tells the news itself) */
        if (el__tok_is(x, k, "who") && el__punct(x, k - 1, ','))
            return true;
    }
    return false;
}

/* True when "who", "which" or "that" stands between the start of the
 * sentence of token tb and tb. */
static bool relative_before(const el__ctx *x, int tb)
{
    for (int k = tb - 1; k >= 0 && !(el__tk(x, k)->flags & (TF_SEND | TF_PARA)); k--) {
        if (el__tok_is(x, k, "who") || el__tok_is(x, k, "which") || el__tok_is(x, k, "that"))
            return true;
        if (k > 0 && (el__tk(x, k - 1)->flags & TF_SEND))
            break;
    }
    return false;
}

/* Sets *y to the year of a day of history (two or more years before the
 * DCT) named in the last sentences, when month m, day d of that year
 * follows it closely, in a past clause: "The first missiles struck
 * Baghdad at 5:34 a.m. on March 20, 2003. ... Baghdad fell on April 9." */
static bool history_day_year(const el__refs *r, int tense, int m, int d, int64_t *y)
{
    if (tense != TN_PAST || !r->have[G_DAY])
        return false;
    const el__point *b = &r->last[G_DAY];
    /* ... and no other year named since ("launched on April 14, 2023.
     * It flew past Earth in August 2024 ... reached Jupiter in July") */
    if (b->y == NOYEAR || b->bc || b->y >= r->dct_y - 1 || d > el_days_in_month(b->y, m) ||
        r->last[G_YEAR].y != b->y)
        return false;
    /* a day of a decade or more back (an anniversary piece) reaches one
     * sentence further: past a paragraph break after the next sentence */
    if (r->sentence - r->day_sentence > EL_HISTORY_SENTENCES + (b->y <= r->dct_y - 10))
        return false;
    int64_t diff = el_days_from_civil(b->y, m, d) - el_days_from_civil(b->y, b->m, b->d);
    if (diff < -EL_HISTORY_DAYS_BEFORE || diff > EL_HISTORY_DAYS_AFTER)
        return false;
    *y = b->y;
    return true;
}

bool el__resolve(const el__ctx *x, el__cand *c, el__refs *r, el_timex *t)
{
    el__point p = c->p;
    el__point base;
    int tense = TN_NONE;
    bool night_before_report = false; /* see "overnight" below */
    memset(t->value, 0, sizeof t->value);
    switch (c->how) {
    case H_FIXED:
        el__copy(t->value, sizeof t->value, c->value);
        goto done;
    case H_POINT:
        break;
    case H_NOYEAR: {
        tense = el__tense_at(x, c->tb, c->te);
        int64_t y = r->dct_y;
        if (p.gran == G_DAY) {
            y = nearest_year(r, p.m, p.d, tense, EL_TENSE_PENALTY);
            int64_t sy;
            if (story_year(x, r, c->tb, tense, p.m, &sy))
                y = sy;
            else if (history_day_year(r, tense, p.m, p.d, &sy))
                y = sy;
            if (span_year_of(r, p.m, p.d, &sy))
                y = sy;
            /* "compared with April 23 in 2000": the year right after */
            if (el__tok_is(x, c->te, "in") && el__tk(x, c->te + 1)->kind == TK_NUM &&
                el__tk(x, c->te + 1)->ndig == 4 && year_sane(el__tk(x, c->te + 1)->num) &&
                !(el__glued(x, c->te + 2) && (el__punct(x, c->te + 2, '-') || el__punct(x, c->te + 2, '/'))))
                y = el__tk(x, c->te + 1)->num;
            /* "The Games run from Aug. 13 to Aug. 29, 2004", "between Jan.
             * 31 and March 7, 2002": the year of
             * the range's end, a year before when the end is earlier in
             * the calendar */
            if (el__tok_is(x, c->te, "to") || el__tok_is(x, c->te, "through") || el__tok_is(x, c->te, "until") ||
                (el__punct(x, c->te, '-') && el__glued(x, c->te)) ||
                /* "disintegrated between Jan. 31 and March 7, 2002" */
                (el__tok_is(x, c->te, "and") && el__tok_is(x, c->tb - 1, "between"))) {
                el__cand end;
                if (el__m_monthdate(x, c->te + 1, &end) && end.how == H_POINT && end.p.gran == G_DAY &&
                    end.p.y != NOYEAR && year_sane(end.p.y))
                    y = end.p.y - (p.m * 32 + p.d > end.p.m * 32 + end.p.d ? 1 : 0);
            }
            /* "between Jan. 1 and Dec. 1", "from Dec. 20 to Jan. 5": the
             * second day of a range follows the first */
            if ((el__tok_is(x, c->tb - 1, "to") || el__tok_is(x, c->tb - 1, "through") ||
                 el__tok_is(x, c->tb - 1, "until") || (el__punct(x, c->tb - 1, '-') && el__glued(x, c->tb)) ||
                 (el__tok_is(x, c->tb - 1, "and") && between_before(x, c->tb - 1))) &&
                r->have[G_DAY] && r->day_sentence == r->sentence && r->last[G_NONE].gran == G_DAY &&
                el__tok_lex(x, c->tb - 2, LX_NUMW) == NULL && el__tk(x, c->tb - 2)->kind == TK_NUM) {
                const el__point *f = &r->last[G_DAY];
                y = f->y + (p.m * 32 + p.d < f->m * 32 + f->d ? 1 : 0);
            }
            /* "the quarter ended Sept. 30": a period that has ended closes
             * on the latest such day not after the DCT */
            int64_t ey;
            if (closing_year(x, c->tb - 1, r, &ey, NULL))
                y = ey;
            if (c->wd) {
                /* A weekday given with the date picks the year if it can:
                 * the one chosen, else the nearest to the DCT */
                int64_t cands[6] = {y, r->dct_y, y == r->dct_y ? r->dct_y - 1 : r->dct_y + 1,
                                    y == r->dct_y ? r->dct_y + 1 : r->dct_y - 1, r->dct_y + 2, r->dct_y - 2};
                for (int k = 0; k < 6; k++) {
                    if (p.d > el_days_in_month(cands[k], p.m))
                        continue;
                    if (el__iso_wday(el_days_from_civil(cands[k], p.m, p.d)) == c->wd) {
                        y = cands[k];
                        break;
                    }
                }
            }
            if (p.d > el_days_in_month(y, p.m))
                return false;
        } else if (p.gran == G_MONTH) {
            int64_t ay;
            int am = anchor_month(r, c, &ay);
            if (c->rel == RL_NEXT)
                y = p.m > am ? ay : ay + 1;
            else if (c->rel == RL_LAST)
                y = p.m < am ? ay : ay - 1;
            else if (c->rel == RL_THIS)
                y = ay;
            /* "in March and June 1998": the year of the month after it */
            else if ((el__tok_is(x, c->te, "and") || el__tok_is(x, c->te, "or")) &&
                     el__tok_lex(x, c->te + 1, LX_MONTH) && el__tk(x, c->te + 2)->kind == TK_NUM &&
                     el__tk(x, c->te + 2)->ndig == 4 && year_sane(el__tk(x, c->te + 2)->num))
                y = el__tk(x, c->te + 2)->num;
            /* "September RBOB futures", "for October delivery", "U.S.
             * crude for October settled": a contract month is this one or
             * one ahead */
            else if (contract_month(x, c->tb, c->te))
                y = p.m >= r->dct_m ? r->dct_y : r->dct_y + 1;
            /* "will report new home sales for July on Friday": the month
             * a report covers has begun, whatever the tense */
            else if (data_month(x, c->tb) && (r->dct_m - p.m + 12) % 12 <= 2)
                y = p.m <= r->dct_m ? r->dct_y : r->dct_y - 1;
            /* "between November and April", "from October to March": the
             * second month of a range follows the first */
            else if (!month_range_second(x, r, c->tb, p.m, &y) && !span_year_of(r, p.m, 0, &y) &&
                     !story_year(x, r, c->tb, tense, p.m, &y) &&
                     /* "It gave way on Aug. 1, 1993. ... water stood in
                      * some homes until October"; not in a relative
                      * clause, which tells of something else ("Barak, who
                      * took office in July", "a trial that ended in
                      * December") */
                     !(!relative_before(x, c->tb) && history_day_year(r, tense, p.m, 1, &y))) {
                /* "in line with September's inflation figure": a month
                 * named for what it brought has passed, unless awaited */
                if (el__tok_lex(x, c->te - 1, LX_MONTH) && possessive_after(x, c->te))
                    tense = awaited(x, c->tb) ? TN_FUT : TN_PAST;
                y = nearest_year(r, p.m, 0, tense, EL_MONTH_PENALTY);
            }
        } else if (p.gran == G_QUARTER || p.gran == G_HALF) {
            int cur = p.gran == G_QUARTER ? (r->dct_m - 1) / 3 + 1 : (r->dct_m - 1) / 6 + 1;
            int cmp = cmp3(p.part, cur);
            /* Results are reported after a period ends, so a past clause
             * about a later quarter means last year's; a future clause
             * about an earlier quarter is usually a forecast for this
             * year's, so it stays. */
            if ((tense == TN_PAST || (tense == TN_NONE && p.gran == G_QUARTER && up_from(x, c->tb))) && cmp > 0 &&
                !forecast_for(x, c->tb))
                y = r->dct_y - 1;
            /* ... but one that ended more than three months ago, in a future
             * clause, is next year's ("a surplus by the second quarter",
             * said in November) */
            int end_m = p.gran == G_QUARTER ? p.part * 3 : p.part * 6;
            if (tense == TN_FUT && cmp < 0 && r->dct_m - end_m > 3)
                y = r->dct_y + 1;
            /* "in the first quarter of 2013 and 1.9 percent in the second
             * quarter": the year of the period just named, when that is
             * the DCT's or a neighbour ("the third quarter of 1984" is a
             * comparison, not the story's year) */
            if (r->have_period && r->sentence - r->period_sentence <= 1 && r->period.gran == p.gran &&
                r->period.y != NOYEAR && r->period.y >= r->dct_y - 1 && r->period.y <= r->dct_y + 1)
                y = r->period.y;
            /* "may need to cut supply in the second quarter, before demand
             * picks up again in the second half", said in December: a
             * later part of next year, named after a period of it */
            else if (r->have_any_period && r->sentence == r->any_period_sentence &&
                     r->any_period.gran != p.gran && r->any_period.y == r->dct_y + 1 && tense != TN_PAST &&
                     period_first_month(&p) >= period_first_month(&r->any_period))
                y = r->any_period.y;
            /* "For 2008 as a whole ... gains in the first half": a year
             * written in the same sentence */
            else if (r->have_named_year && r->named_year_sentence == r->sentence &&
                     r->named_year >= r->dct_y - 1 && r->named_year <= r->dct_y)
                y = r->named_year;
            /* "will publish fourth-quarter GDP figures" in January: figures
             * come out after their quarter, so a later quarter than the
             * DCT's is last year's whatever the tense */
            else if (cmp > 0 && results_after(x, c->te))
                y = r->dct_y - 1;
            /* "its fiscal fourth quarter ended June 28": the year of the
             * date that closes it, whatever the calendar quarter */
            int64_t ey;
            if (closing_year(x, c->te, r, &ey, NULL))
                y = ey;
        } else if (p.gran == G_SEASON) {
            int64_t sy, ay;
            int am = anchor_month(r, c, &ay);
            int s0 = season_of(am, ay, &sy);
            int64_t cur = sy * 4 + (s0 - 1);
            if (c->rel == RL_NEXT) {
                int64_t o = cur + 1;
                while ((o % 4) + 1 != p.part)
                    o++;
                y = o / 4;
            } else if (c->rel == RL_LAST) {
                int64_t o = cur - 1;
                while ((o % 4 + 4) % 4 + 1 != p.part)
                    o--;
                y = floor_div(o, 4);
            } else if (c->rel == RL_THIS) {
                y = (p.part == 4 && am <= 2) ? ay - 1 : ay;
            } else if (!story_year(x, r, c->tb, tense, 0, &y)) {
                /* ("That year we had a quiet spring": the story's year) */
                int64_t o = sy * 4 + (p.part - 1);
                y = sy + (year_by_tense(r, cmp3(o, cur), tense) - r->dct_y);
            }
        }
        p.y = y;
        break;
    }
    case H_DCT_OFF:
    case H_REF_OFF: {
        base = dct_point(r);
        /* "fourth-quarter net income rose 20 percent.  For the full year,
         * revenue increased", said in February: the year just closed */
        if (c->full_year && r->have[G_QUARTER] && r->quarter_age <= QUARTER_CONTEXT &&
            r->last[G_QUARTER].part == 4 && r->last[G_QUARTER].y == r->dct_y - 1 &&
            el__tense_at(x, c->tb, c->te) != TN_FUT) {
            p.y = r->dct_y - 1;
            p.gran = G_YEAR;
            break;
        }
        /* "exports fell in April, data showed Sunday.  Shipments declined
         * from a year earlier", "growth slowed in the fourth quarter.  In
         * December alone, exports fell from a year earlier": the month of
         * the data, named in this sentence or the one before (a paragraph
         * break counts twice), with no date named in a later sentence and
         * no quarter since, a year back ("a year ago" speaks
         * of a time as often as of data: "unknown to audiences a year
         * ago") */
        if (c->quarter_ctx && el__tok_is(x, c->te - 1, "earlier") && r->have_month_named &&
            r->sentence - r->month_named_sentence <= 2 && r->year_sentence == r->month_named_sentence &&
            !(r->have[G_QUARTER] && r->quarter_age <= QUARTER_CONTEXT &&
              r->quarter_sentence >= r->month_named_sentence)) {
            p = r->month_named;
            p.y += c->n;
            break;
        }
        if (c->how == H_REF_OFF) {
            int g = ref_gran(c->unit);
            if (c->quarter_ctx && r->have[G_QUARTER] && r->quarter_age <= QUARTER_CONTEXT) {
                base = compared_quarter(r);
                el__point q = shift(base, U_QUARTER, 4 * (int64_t)c->n);
                p.y = q.y;
                p.part = q.part;
                p.gran = G_QUARTER;
                break;
            }
            if (r->have[g] && !(c->ref_nearby && r->year_sentence != r->sentence) &&
                !(c->ref_nearby && ahead_of_nearby_ref(x, c, r, g)))
                base = r->last[g];
            /* "a final report by March 31, 2009.  The province closed 11
             * arenas the following day": a past clause counts from the
             * last day of the events, not from a deadline still ahead */
            if (g == G_DAY && c->n != 0 && r->day_sentence != r->sentence && r->have_past_event_day &&
                base.gran >= G_DAY &&
                el_days_from_civil(base.y, base.m, base.d) > el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                el__tense_at(x, c->tb, c->te) == TN_PAST)
                base = r->past_event_day;
        } else if (c->quarter_ctx && r->have[G_QUARTER] && r->quarter_age <= QUARTER_CONTEXT) {
            el__point q = shift(compared_quarter(r), U_QUARTER, 4 * (int64_t)c->n);
            p.y = q.y;
            p.part = q.part;
            p.gran = G_QUARTER;
            break;
        }
        /* "fell 8 percent in January compared with a year earlier": the
         * month just named, a year back */
        if (c->quarter_ctx && r->have[G_NONE] && r->last[G_NONE].gran == G_MONTH &&
            r->month_sentence == r->sentence && !(c->how == H_REF_OFF && r->have[G_QUARTER] &&
                                                 r->quarter_age <= QUARTER_CONTEXT)) {
            p = r->last[G_NONE];
            p.y += c->n;
            break;
        }
        if (c->keep_gran == G_DAY && c->wd && c->how == H_DCT_OFF) {
            /* "a year ago Saturday": the weekday nearest the report */
            int64_t dd = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
            point_day(&base, weekday_nearest(dd, c->wd));
        }
        if (c->keep_gran) {
            el__point s = shift(base, U_YEAR, c->n);
            p.y = s.y;
            p.gran = c->keep_gran;
            if (p.gran == G_DAY && !p.m) { /* "a hundred years ago today" */
                p.m = s.m;
                p.d = s.d;
            }
            if (p.gran == G_DAY && p.d > el_days_in_month(p.y, p.m))
                return false;
            if (p.gran == G_MONTH && !p.m) /* "ten years ago this month" */
                p.m = s.m;
            if (p.gran == G_WEEK && !p.part) { /* "fifty years ago this week" */
                int d = s.d > el_days_in_month(s.y, s.m) ? el_days_in_month(s.y, s.m) : s.d;
                int64_t wy;
                p.part = el__iso_week(s.y, s.m, d, &wy);
                p.y = wy;
            }
            break;
        }
        /* "the night of Aug. 25 [a Friday] ... the following weekend":
         * the weekend right after a weekday is that week's */
        int n = c->n;
        if (c->unit == U_WEEKEND && c->how == H_REF_OFF && n == 1 && base.gran == G_DAY &&
            el__iso_wday(el_days_from_civil(base.y, base.m, base.d)) <= 5)
            n = 0;
        /* "This week the market will start to treat it as risk", written
         * on a Sunday: the week that begins the next day */
        if (c->unit == U_WEEK && c->how == H_DCT_OFF && n == 0 && el__tok_is(x, c->tb, "this") &&
            el__iso_wday(el_days_from_civil(r->dct_y, r->dct_m, r->dct_d)) == 7 &&
            el__tense_at(x, c->tb, c->te) == TN_FUT)
            n = 1;
        el__point s = shift(base, c->unit, n);
        /* "rose to 4.2 million in the week ended Feb. 13, from 3.9 million a
         * week earlier": the day a week before the day named */
        if (c->unit == U_WEEK && c->how == H_REF_OFF && n == -1 && base.gran == G_DAY && base.hh < 0 &&
            !base.pod && el__tok_is(x, c->te - 1, "earlier") && r->day_sentence >= r->sentence - 1) {
            s = base;
            point_day(&s, el_days_from_civil(base.y, base.m, base.d) - 7);
        }
        /* "a decade ago", said in 2019: 2009, the year ten years back (news
         * writes it for a year; "four decades ago" stays the 1970s) */
        /* ... and "a century ago", "two centuries ago" the year a hundred
         * or two hundred years back ("seven centuries ago": the 1300s) */
        if (c->how == H_DCT_OFF && el__tok_is(x, c->te - 1, "ago") &&
            ((c->unit == U_DECADE && n == -1) || (c->unit == U_CENTURY && (n == -1 || n == -2)))) {
            s = base;
            s.y = base.y + (c->unit == U_DECADE ? 10 : 100) * n;
            s.gran = G_YEAR;
        }
        s.hh = p.hh;
        s.mi = p.mi;
        s.ss = p.ss;
        s.pod = p.pod;
        s.tz = p.tz;
        if (c->unit == U_WEEKEND)
            s.gran = G_WEEKEND;
        s.xdigit = c->vague_x;
        p = s;
        break;
    }
    case H_WDAY: {
        int64_t day = weekday_day(x, c->tb, c->te, c->wd, c->rel, r) + c->n; /* n: "a week from" */
        /* "between Friday and Monday", "Friday through Sunday": the
         * second day follows the first ("statements made Friday and
         * Thursday" need not) */
        if (!c->rel && r->have[G_DAY] && r->day_sentence == r->sentence && el__tok_lex(x, c->tb - 2, LX_WDAY) &&
            ((el__tok_is(x, c->tb - 1, "and") && el__tok_is(x, c->tb - 3, "between")) ||
             el__tok_is(x, c->tb - 1, "to") ||
             el__tok_is(x, c->tb - 1, "through") || el__tok_is(x, c->tb - 1, "until") ||
             el__tok_is(x, c->tb - 1, "till") || el__punct(x, c->tb - 1, '-') ||
             /* "next Tuesday or Wednesday" */
             ((el__tok_is(x, c->tb - 1, "or") || el__tok_is(x, c->tb - 1, "and")) &&
              el__tok_is(x, c->tb - 3, "next")))) {
            const el__point *f = &r->last[G_DAY];
            int64_t first = el_days_from_civil(f->y, f->m, f->d);
            if (el__iso_wday(first) == el__tok_lex(x, c->tb - 2, LX_WDAY)->val)
                day = weekday_on_or_after(first + 1, c->wd);
        }
        /* "stay indoors from 6 p.m. (1700 GMT) until 6 a.m. Wednesday":
         * the end of a span of hours is on or after its start's day */
        else if (!c->rel && c->p.hh >= 0 && r->have_any_clock && r->any_clock_sentence == r->sentence &&
                 (el__tok_is(x, c->tb - 1, "until") || el__tok_is(x, c->tb - 1, "till") ||
                  el__tok_is(x, c->tb - 1, "to") || el__tok_is(x, c->tb - 1, "through")))
            day = weekday_on_or_after(el_days_from_civil(r->any_clock.y, r->any_clock.m, r->any_clock.d), c->wd);
        int hh = p.hh, mi = p.mi, ss = p.ss, pod = p.pod, tz = p.tz;
        point_day(&p, day);
        p.hh = hh;
        p.mi = mi;
        p.ss = ss;
        p.pod = pod;
        p.tz = tz;
        break;
    }
    case H_HOLIDAY: {
        el__holiday local;
        const el__holiday *h = c->hol >= 0 ? el__holiday_local(el__holiday_at(c->hol), x->country, &local) : &c->nth;
        if (c->hol_day && h->rule == HR_YEAR) {
            /* "the first day of Ramadan": the table has the month's start */
            local = *h;
            local.rule = HR_TABLE;
            h = &local;
        }
        int m = 0, d = 0;
        if (c->has_year_rel)
            p.y = r->dct_y + c->year_rel;
        int64_t y = p.y != NOYEAR ? p.y : r->dct_y;
        int64_t dct = el_days_from_civil(r->dct_y, r->dct_m, r->dct_d);
        if (h->rule == HR_BANK_MONDAY) {
            /* the bank holiday Monday the tense points to: the next one,
             * the last one, else the nearest */
            tense = el__tense_at(x, c->tb, c->te);
            int64_t best = 0, bestd = INT64_MAX;
            for (int64_t yy = y - 1; yy <= y + 1; yy++) {
                int64_t days[4];
                el__bank_mondays(yy, days);
                for (int k = 0; k < 4; k++) {
                    int64_t d = days[k] - dct;
                    if ((tense == TN_FUT && d < 0) || (tense == TN_PAST && d > 0))
                        continue;
                    if (llabs(d) < bestd) {
                        bestd = llabs(d);
                        best = days[k];
                    }
                }
            }
            point_day(&p, best);
            break;
        }
        if (p.y == NOYEAR) {
            if (!el__holiday_date(h, y, &m, &d)) {
                p.y = y;
                p.gran = G_YEAR;
                break;
            }
            int64_t hd = el_days_from_civil(y, m, d);
            if (c->rel == RL_NEXT) {
                if (hd <= dct)
                    y++;
            } else if (c->rel == RL_LAST) {
                if (hd >= dct)
                    y--;
            } else if (c->rel == RL_THAT && r->have[G_YEAR]) {
                y = r->last[G_YEAR].y; /* "that Easter": of the year talked about */
            } else if (c->rel != RL_THIS) {
                /* "as Easter week began": the week starts on its Monday
                 * (a weekend is compared by the holiday itself: "the
                 * Easter weekend" said on its Saturday is still ahead) */
                if (c->week_of == G_WEEK)
                    hd -= el__iso_wday(hd) - 1;
                tense = el__tense_at(x, c->tb, c->te);
                /* "would move in after the Idul Adha holiday" said the day
                 * after it: what comes after may still lie ahead */
                bool after = el__tok_is(x, c->tb - 1, "after") ||
                             (el__tok_is(x, c->tb - 1, "the") && el__tok_is(x, c->tb - 2, "after"));
                /* "urged residents to get vaccinated before Thanksgiving",
                 * "a goal of finishing before Christmas": a deadline
                 * holiday up to two months ahead is this one */
                bool deadline = el__tok_is(x, c->tb - 1, "before") || el__tok_is(x, c->tb - 1, "by") ||
                                (el__tok_is(x, c->tb - 1, "of") && el__tok_is(x, c->tb - 2, "ahead"));
                if (!span_year_of(r, m, d, &y) && !story_year(x, r, c->tb, tense, m, &y) &&
                    !holiday_near(h, r, dct, after ? TN_NONE : tense, deadline, &y))
                    y = year_by_tense(r, cmp3(hd, dct), tense);
            }
        }
        /* "between Christmas and New Year's Day", "from Thanksgiving
         * through New Year's": the second holiday of a range follows the
         * day named first in the sentence */
        if (p.y == NOYEAR && c->rel == 0 && r->have[G_DAY] && r->day_sentence == r->sentence &&
            (el__tok_is(x, c->tb - 1, "and") || el__tok_is(x, c->tb - 1, "through") ||
             el__tok_is(x, c->tb - 1, "to") || el__tok_is(x, c->tb - 1, "until")) &&
            el__holiday_date(h, y, &m, &d)) {
            int64_t first = el_days_from_civil(r->last[G_DAY].y, r->last[G_DAY].m, r->last[G_DAY].d);
            int64_t hd = el_days_from_civil(y, m, d);
            if (hd < first && first - hd < 366 && el__holiday_date(h, y + 1, &m, &d) &&
                el_days_from_civil(y + 1, m, d) - first < 120)
                y++;
        }
        if (!el__holiday_date(h, y, &m, &d)) {
            p.y = y;
            p.gran = G_YEAR;
            break;
        }
        p.y = y;
        p.m = m;
        p.d = d;
        p.gran = G_DAY;
        if (c->hol_day > 1)
            point_day(&p, el_days_from_civil(y, m, d) + c->hol_day - 1);
        break;
    }
    case H_DAYONLY:
        p.y = r->dct_y;
        p.m = r->dct_m;
        if (p.d > el_days_in_month(p.y, p.m))
            return false;
        break;
    case H_QUARTER_REF: {
        /* "the latest quarter" is the last complete one before the DCT */
        bool latest = el__tok_is(x, c->tb + 1, "latest") || el__tok_is(x, c->tb, "latest");
        /* "the quarter ended Sept. 30": a finished quarter, the last one
         * named that has ended (a fiscal label stays), else the calendar
         * quarter that closed that day */
        int64_t ey;
        int em;
        if (c->n == 0 && p.y == NOYEAR && closing_year(x, c->te, r, &ey, &em)) {
            if (r->have[G_QUARTER]) {
                el__point q = compared_quarter(r);
                p.y = q.y;
                p.part = q.part;
            } else {
                p.y = ey;
                p.part = (em - 1) / 3 + 1;
            }
        } else if (c->period && !r->have[G_QUARTER]) {
            /* "the same period" with no quarter named: "the same period
             * last year" is last year, "the same period" alone no date */
            if (c->n != -4)
                return false;
            p.y = r->dct_y - 1;
            p.gran = G_YEAR;
            break;
        } else if (r->have[G_QUARTER] && !latest) {
            el__point q = shift(c->n == -4 ? compared_quarter(r) : r->last[G_QUARTER], U_QUARTER, c->n);
            if (p.y != NOYEAR) {
                q.y = p.y; /* "the 1988 quarter" */
            }
            p.y = q.y;
            p.part = q.part;
        } else if (p.y != NOYEAR) {
            p.gran = G_YEAR;
            break;
        } else {
            /* No quarter mentioned yet: the last complete one, unless the
             * clause speaks of the future ("the latest" is always past). */
            tense = el__tense_at(x, c->tb, c->te);
            el__point q = shift(dct_point(r), U_QUARTER,
                                ((tense == TN_FUT || tense == TN_PRES) && !latest ? 0 : -1) + c->n);
            p.y = q.y;
            p.part = q.part;
        }
        p.gran = G_QUARTER;
        break;
    }
    case H_SHIFT: {
        /* Resolve the inner day expression on a copy of the references,
         * then move it by n days. */
        el__cand ic;
        el__refs copy = *r;
        el_timex it;
        long long yy;
        int mm, dd;
        char extra;
        if (!el__match_at(x, c->inner, &ic) || !el__resolve(x, &ic, &copy, &it) ||
            sscanf(it.value, "%lld-%d-%d%c", &yy, &mm, &dd, &extra) != 3 || mm < 1 || mm > 12 ||
            dd < 1 || dd > el_days_in_month(yy, mm))
            return false;
        int64_t inner_day = el_days_from_civil(yy, mm, dd);
        if (c->wd) /* "the Friday after Thanksgiving" */
            point_day(&p, c->n > 0 ? weekday_on_or_after(inner_day + 1, c->wd)
                                   : weekday_on_or_before(inner_day - 1, c->wd));
        else
            point_day(&p, inner_day + c->n);
        break;
    }
    case H_WEEKEND: {
        tense = el__tense_at(x, c->tb, c->te);
        /* reported on a Sunday, "spent the weekend" is this one (on a
         * Saturday, "broke out over the weekend" is still the last) */
        bool on_weekend = el__iso_wday(el_days_from_civil(r->dct_y, r->dct_m, r->dct_d)) == 7;
        el__point s = shift(dct_point(r), U_WEEKEND,
                            (tense == TN_FUT || tense == TN_PRES || on_weekend) ? 0 : -1);
        p = s;
        p.gran = G_WEEKEND;
        break;
    }
    case H_TIMEONLY: {
        /* a clock time belongs to a day named in the same sentence, else
         * to a weekday right after it ("at 4:03 p.m. (1503 GMT) on
         * Wednesday"), else to a recent day named in the three sentences
         * before (a story told hour by hour), else to the DCT */
        el__point b = dct_point(r);
        int wk = weekday_after(x, c->te);
        long back = r->have[G_DAY] ? r->sentence - r->day_sentence : -1;
        el__point day = r->last[G_DAY];
        /* the day of the events, not of the report ("sank late Monday
         * night, officials said on Tuesday. ... at about 11:40 p.m."),
         * unless only a report's day is in this sentence */
        long eback = r->have_event_day ? r->sentence - r->event_day_sentence : -1;
        if (eback >= 0 && (eback == 0 || back != 0)) {
            day = r->event_day;
            back = eback;
            /* a day named as a frame in an earlier sentence ("had been
             * closed since the morning of Sept. 11. ... Trading resumed at
             * 9:33 a.m.") is not the clock's */
            if (back > 0 && r->event_day_framed && same_day(&day, &r->last[G_DAY]))
                back = -1;
        }
        /* a day from an earlier sentence only when it is news of the last
         * fortnight, not a date of history ("the 1977 blackout") */
        bool recent = back > 0 && back <= EL_TIME_DAY_SENTENCES &&
                      (back <= EL_TIME_ANY_DAY_SENTENCES ||
                       llabs(el_days_from_civil(day.y, day.m, day.d) -
                             el_days_from_civil(r->dct_y, r->dct_m, r->dct_d)) <= EL_TIME_RECENT_DAYS);
        if (back != 0 && wk < 0 && names_dated_event(x, c->tb, r)) {
            b = r->named_event_day;
        } else if (back == 0 || (recent && wk < 0)) {
            b = day;
            /* "late Thursday ... Officers caught up with them around 1
             * a.m.": a small hour after a night is the next day's, when
             * that day has come by the report */
            if (r->event_day_night && back > 0 && c->p.hh >= 0 && c->p.hh < 6 &&
                el_days_from_civil(b.y, b.m, b.d) < el_days_from_civil(r->dct_y, r->dct_m, r->dct_d))
                point_day(&b, el_days_from_civil(b.y, b.m, b.d) + 1);
            /* ... and a small hour after an evening one on the same day,
             * before the report's day, the next day's ("polls closed at
             * 7:30 p.m. ... conceded shortly before 1 a.m.") */
            else if (back > 0 && r->have_clock && r->clock.hh >= 18 && c->p.hh >= 0 && c->p.hh < (r->clock.hh >= 20 ? 12 : 6) &&
                     same_day(&r->clock, &b) &&
                     el_days_from_civil(b.y, b.m, b.d) < el_days_from_civil(r->dct_y, r->dct_m, r->dct_d))
                point_day(&b, el_days_from_civil(b.y, b.m, b.d) + 1);
            /* "told supporters at about 1:40 a.m. Wednesday ... Polls
             * closed in Virginia at 7 p.m.": an evening hour, in a past
             * clause, after a small hour of the report's day is the
             * evening before */
            else if (back > 0 && r->have_clock && r->clock.hh >= 0 && r->clock.hh < 6 && c->p.hh >= 17 &&
                     same_day(&r->clock, &b) && b.y == r->dct_y && b.m == r->dct_m && b.d == r->dct_d &&
                     el__tense_at(x, c->tb, c->te) == TN_PAST)
                point_day(&b, el_days_from_civil(b.y, b.m, b.d) - 1);
            /* "families have until noon": a time still ahead is not on a
             * day already past */
            if (el_days_from_civil(b.y, b.m, b.d) < el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                (el__tense_at(x, c->tb, c->te) == TN_FUT ||
                 /* "a day-night match starting at 2:30 p.m." */
                 (el__tok_is(x, c->tb - 1, "at") &&
                  (el__tok_is(x, c->tb - 2, "starting") || el__tok_is(x, c->tb - 2, "beginning")))))
                b = dct_point(r);
            /* ... and "conceded defeat at noon" is not on a day still to
             * come that an earlier sentence named */
            else if (back > 0 &&
                     el_days_from_civil(b.y, b.m, b.d) > el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                     el__tense_at(x, c->tb, c->te) == TN_PAST)
                b = dct_point(r);
            /* ... nor on one this sentence names for later: "after a
             * meeting on Tuesday night.  The charge, which replaces rates
             * from April 1, was approved shortly after 11pm" is the day of
             * the events before */
            else if (back == 0 && r->have_prev_event_day &&
                     r->sentence - r->prev_event_day_sentence <= EL_TIME_ANY_DAY_SENTENCES &&
                     el_days_from_civil(b.y, b.m, b.d) > el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                     el_days_from_civil(r->prev_event_day.y, r->prev_event_day.m, r->prev_event_day.d) <
                         el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                     el__tense_at(x, c->tb, c->te) == TN_PAST)
                b = r->prev_event_day;
            /* ... nor, with no such day, on a later day this sentence
             * named: "plans to act by Dec. 30, Norvale said in a statement
             * issued at 4:15 p.m." is the report's */
            else if (back == 0 &&
                     el_days_from_civil(b.y, b.m, b.d) > el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
                     el__tense_at(x, c->tb, c->te) == TN_PAST && report_clause_before(x, c->tb))
                b = dct_point(r);
        } else if (wk >= 0) {
            point_day(&b, weekday_day(x, wk, wk + 1, el__tok_lex(x, wk, LX_WDAY)->val, 0, r));
        } else if (r->have_clock && r->sentence - r->clock_sentence <= EL_TIME_CLOCK_SENTENCES) {
            /* "At 1:15 a.m. ... At 1:41 a.m., a trooper ...": a story
             * told hour by hour stays on the day of its last clock time
             * (span_of_hours moves it past midnight) */
            b = r->clock;
            /* ... past midnight: a small hour after a late one is the next
             * day's, when that day has come by the report */
            int64_t next = el_days_from_civil(b.y, b.m, b.d) + 1;
            if (r->clock.hh >= 20 && c->p.hh >= 0 && c->p.hh < 12 &&
                next <= el_days_from_civil(r->dct_y, r->dct_m, r->dct_d))
                point_day(&b, next);
        }
        else if (c->n) /* "overnight": the night before the report */
            point_day(&b, el_days_from_civil(b.y, b.m, b.d) + c->n);
        /* "SKOPJE, April 7 (AFP) - Police cleared the camp overnight",
         * "... lost power overnight" after "said on Thursday": a past night
         * on the report's own day is the one that ended that morning */
        if (c->n < 0 && wk < 0 && el__tok_is(x, c->tb, "overnight") &&
            el_days_from_civil(b.y, b.m, b.d) == el_days_from_civil(r->dct_y, r->dct_m, r->dct_d) &&
            el__tense_at(x, c->tb, c->te) == TN_PAST) {
            point_day(&b, el_days_from_civil(b.y, b.m, b.d) - 1);
            night_before_report = true; /* the story stays on the report's day */
        }
        /* "lost at 0014 local time (2314 GMT)": a clock restated in
         * brackets in another zone may fall on the day before or after */
        if (wk < 0 && el__punct(x, c->tb - 1, '(') && r->have_clock && r->clock_sentence == r->sentence &&
            same_day(&r->clock, &b) && c->p.hh >= 0 && r->clock.hh >= 0) {
            int diff = c->p.hh - r->clock.hh;
            if (diff > 12 || diff < -12)
                point_day(&b, el_days_from_civil(b.y, b.m, b.d) + (diff > 12 ? -1 : 1));
        }
        span_of_hours(x, c, r, back == 0 || wk >= 0, &b);
        p.y = b.y;
        p.m = b.m;
        p.d = b.d;
        p.gran = G_DAY;
        break;
    }
    default:
        return false;
    }
    /* "buried about 3,000 years ago", said in 2011: 990 B.C. (the year
     * before 1 is 1 B.C.) */
    if (c->how == H_DCT_OFF && p.gran == G_YEAR && !p.bc && p.y <= 0 && p.y > -99999) {
        p.bc = true;
        p.y = 1 - p.y;
    }
    if (!year_sane(p.y) && !(p.bc && p.y >= 1 && p.y <= 99999))
        return false;
    if (p.gran == G_DECADE || p.gran == G_CENTURY) {
        if (p.y < 0)
            return false;
    }
    if (c->week_of && p.gran == G_DAY && p.hh < 0 && !p.pod) {
        int64_t wy;
        /* the weekend of a Monday holiday is the one before it */
        if (c->week_of == G_WEEKEND && el__iso_wday(el_days_from_civil(p.y, p.m, p.d)) == 1)
            point_day(&p, el_days_from_civil(p.y, p.m, p.d) - 1);
        p.part = el__iso_week(p.y, p.m, p.d, &wy);
        p.y = wy;
        p.gran = c->week_of;
    }
    el__format_point(&p, t->value, sizeof t->value);
    r->quarter_age++;
    /* Comparisons ("a year earlier", "the year-ago quarter") do not move
     * the reference: the next one compares with the same period. */
    bool moves_refs = c->how != H_FIXED && !c->vague_x && !c->quarter_ctx &&
                      !(c->how == H_QUARTER_REF && (c->n != 0 || c->p.y != NOYEAR)) &&
                      !record_baseline(x, c->tb, c->te) &&
                      /* "revenue for the first quarter ..., down 22 percent
                       * from $61.9 million in the first quarter of 2000.
                       * The net loss for the quarter": a quarter compared
                       * with is not the one reported */
                      !(p.gran == G_QUARTER && r->have[G_QUARTER] && r->quarter_sentence == r->sentence &&
                        compared_with(x, c->tb));
    if (moves_refs) {
        /* a report's day ("said Tuesday") and a look back ("the day
         * before") do not become the day the story is on */
        bool report = p.gran == G_DAY && ((c->how == H_REF_OFF && c->unit == U_DAY && c->n < 0) || report_day(x, c->tb) ||
                                          /* "Carver, who shared the lead on Thursday,": an aside */
                                          in_aside_clause(x, c->tb) ||
                                          /* "played on Saturday evening a day after St Patrick's
                                           * Day": a landmark the day is counted from */
                                          ((el__tok_is(x, c->tb - 1, "after") || el__tok_is(x, c->tb - 1, "before")) &&
                                           el__tok_lex(x, c->tb - 2, LX_UNIT) && c->how == H_HOLIDAY));
        if (night_before_report) {
            el__point day = p;
            point_day(&day, el_days_from_civil(p.y, p.m, p.d) + 1);
            update_refs(r, &day, report, false);
        } else {
            update_refs(r, &p, report, named_as_night(x, c));
        }
        if (p.gran == G_DAY && !report)
            r->event_day_framed = day_framed(x, c->tb);
        r->year_end = el__tk(x, c->te - 1)->off + el__tk(x, c->te - 1)->len;
    }
    if (c->how == H_POINT && p.gran == G_YEAR && !p.bc) {
        r->have_named_year = true;
        r->named_year = p.y;
        r->named_year_sentence = r->sentence;
    }
    if (c->span_year && p.y != NOYEAR) {
        r->have_span = true;
        r->span_y = p.y;
        r->span_sentence = r->sentence;
    }
    /* the month data are for, named ("in April"; TE3 gives "3.8 percent
     * higher than a year earlier" after "last month" the year), not the
     * one they are compared with ("fell 1.1% from November") */
    if (moves_refs && p.gran == G_MONTH && p.y != NOYEAR && !p.bc && el__class_in(x, c->tb, c->te, LX_MONTH) &&
        !compared_with(x, c->tb)) {
        r->have_month_named = true;
        r->month_named = p;
        r->month_named.gran = G_MONTH;
        r->month_named_sentence = r->sentence;
    }
    int noun = p.gran == G_DAY && p.hh < 0 && p.y != NOYEAR && c->how == H_WDAY ? possessed_noun(x, c->te) : -1;
    if (noun >= 0) {
        r->have_named_event = true;
        r->named_event_day = p;
        r->named_event_sentence = r->sentence;
        r->named_event_off = el__tk(x, noun)->off;
        r->named_event_len = el__tk(x, noun)->len;
    }
    /* the clock of the story, not its restatement in another zone
     * ("at 11:40 p.m. on Thursday (1540 GMT)") */
    if (p.hh >= 0 && p.gran == G_DAY && p.y != NOYEAR) {
        r->have_any_clock = true;
        r->any_clock = p;
        r->any_clock_sentence = r->sentence;
    }
    if (p.hh >= 0 && p.gran == G_DAY && p.y != NOYEAR && !el__punct(x, c->tb - 1, '(')) {
        r->have_clock = true;
        r->clock = p;
        r->clock_sentence = r->sentence;
    }
    /* a quarter or half whose year is written or implied ("the first
     * half of 2014", "of next year") lends that year to the next ones
     * named without it; one whose year was guessed does not */
    if ((p.gran == G_QUARTER || p.gran == G_HALF) && !p.bc && p.y != NOYEAR) {
        r->have_any_period = true;
        r->any_period = p;
        r->any_period_sentence = r->sentence;
    }
    if (moves_refs && c->how != H_NOYEAR && c->how != H_QUARTER_REF &&
        (p.gran == G_QUARTER || p.gran == G_HALF) && !p.bc && p.y != NOYEAR) {
        r->have_period = true;
        r->period = p;
        r->period_sentence = r->sentence;
    }
    if ((p.gran == G_MONTH || p.gran == G_DAY) && p.y != NOYEAR && p.m % 3 == 0 &&
        quarter_months_before(x, c->tb)) {
        el__point q = p;
        q.part = p.m / 3;
        q.hh = q.mi = q.ss = -1;
        q.pod = 0;
        note_quarter(r, &q);
    }
    if (p.gran == G_DAY && (p.hh >= 0 || p.pod))
        c->type = EL_TIMEX_TIME;
done:
    /* "Two years later, a jury convicted him.  That December ...": the
     * duration is tagged alone (TE3), but the story has moved on by it */
    if (c->type == EL_TIMEX_DURATION && c->how == H_FIXED &&
        (el__tok_is(x, c->te, "later") || el__tok_is(x, c->te, "earlier"))) {
        shift_refs(r, t->value, el__tok_is(x, c->te, "later") ? 1 : -1);
        r->year_end = el__tk(x, c->te)->off + el__tk(x, c->te)->len;
    }
    t->type = (el_timex_type)c->type;
    el__copy(t->mod, sizeof t->mod, c->mod);
    el__copy(t->quant, sizeof t->quant, c->quant);
    el__copy(t->freq, sizeof t->freq, c->freq);
    return t->value[0] != 0;
}
