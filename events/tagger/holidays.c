/* holidays.c: calendar facts the tagger needs beyond eventline/date.h: ISO
 * weeks, the Gregorian Easter computus, n-th weekday rules, and a table of
 * holidays (fixed, n-th weekday, Easter-relative and lunar ones looked up in
 * a table of dates by year).
 */
#include <string.h>

#include "eventline/date.h"
#include "tagger_internal.h"

int el__iso_wday(int64_t days)
{
    int w = el_weekday(days); /* 0 = Sunday */
    return w == 0 ? 7 : w;
}

int el__iso_week(int64_t y, int m, int d, int64_t *wy)
{
    int64_t days = el_days_from_civil(y, m, d);
    int wd = el__iso_wday(days);
    int64_t thursday = days + (4 - wd); /* the week belongs to its Thursday's year */
    int64_t ty;
    int tm, td;
    el_civil_from_days(thursday, &ty, &tm, &td);
    int64_t jan1 = el_days_from_civil(ty, 1, 1);
    *wy = ty;
    return (int)((thursday - jan1) / 7 + 1);
}

int64_t el__iso_week_monday(int64_t wy, int w)
{
    int64_t jan4 = el_days_from_civil(wy, 1, 4);
    int64_t monday1 = jan4 - (el__iso_wday(jan4) - 1);
    return monday1 + (int64_t)(w - 1) * 7;
}

void el__easter(int64_t y, int *m, int *d)
{
    /* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    int64_t a = y % 19, b = y / 100, c = y % 100;
    int64_t dd = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int64_t h = (19 * a + b - dd - g + 15) % 30;
    int64_t i = c / 4, k = c % 4;
    int64_t l = (32 + 2 * e + 2 * i - h - k) % 7;
    int64_t mm = (a + 11 * h + 22 * l) / 451;
    int64_t month = (h + l - 7 * mm + 114) / 31;
    int64_t day = (h + l - 7 * mm + 114) % 31 + 1;
    *m = (int)month;
    *d = (int)day;
}

/* Orthodox (Julian) Easter of year y as a Gregorian month and day: the
 * Julian computus, then the calendars' difference (13 days from 1900 to
 * 2099, 12 in the 19th century, 14 after). */
void el__orthodox_easter(int64_t y, int *m, int *d)
{
    int a = (int)(y % 4), b = (int)(y % 7), c = (int)(y % 19);
    int dd = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - dd + 34) % 7;
    int month = (dd + e + 114) / 31, day = (dd + e + 114) % 31 + 1;
    int shift = y < 1900 ? 12 : y < 2100 ? 13 : 14;
    int64_t yy;
    el_civil_from_days(el_days_from_civil(y, month, day) + shift, &yy, m, d);
}

int el__nth_weekday(int64_t y, int m, int wd, int n)
{
    if (n > 0) {
        int first = el__iso_wday(el_days_from_civil(y, m, 1));
        int day = 1 + (wd - first + 7) % 7 + (n - 1) * 7;
        return day <= el_days_in_month(y, m) ? day : 0;
    }
    int last = el_days_in_month(y, m);
    int lw = el__iso_wday(el_days_from_civil(y, m, last));
    return last - (lw - wd + 7) % 7 + (n + 1) * 7; /* -1: the last, -2: the one before */
}

/* Lunar and lunisolar holidays, by Gregorian year (month, day).  Islamic
 * dates are the commonly published civil dates; they can differ by a day
 * between countries.  Years outside the table resolve to the year only. */
typedef struct lunar_row {
    int16_t year;
    int8_t eid_fitr_m, eid_fitr_d;
    int8_t eid_adha_m, eid_adha_d;
    int8_t cny_m, cny_d;
    int8_t diwali_m, diwali_d;
    int8_t ramadan_m, ramadan_d; /* first day of Ramadan */
} lunar_row;

static const lunar_row lunar[] = {
    /* 0: two in that year (Eid al-Fitr 2000 on 8 Jan and 27 Dec, Eid
     * al-Adha 2006 on 10 Jan and 31 Dec): the year only */
    {2000, 0, 0, 3, 16, 2, 5, 10, 26, 11, 27},
    {2001, 12, 16, 3, 6, 1, 24, 11, 14, 11, 17},
    {2002, 12, 5, 2, 23, 2, 12, 11, 4, 11, 6},
    {2003, 11, 25, 2, 12, 2, 1, 10, 25, 10, 27},
    {2004, 11, 14, 2, 1, 1, 22, 11, 12, 10, 15},
    {2005, 11, 3, 1, 21, 2, 9, 11, 1, 10, 4},
    {2006, 10, 23, 0, 0, 1, 29, 10, 21, 9, 24},
    {2007, 10, 13, 12, 20, 2, 18, 11, 9, 9, 13},
    {2008, 10, 1, 12, 8, 2, 7, 10, 28, 9, 1},
    {2009, 9, 20, 11, 27, 1, 26, 10, 17, 8, 22},
    {2010, 9, 10, 11, 16, 2, 14, 11, 5, 8, 11},
    {2011, 8, 30, 11, 6, 2, 3, 10, 26, 8, 1},
    {2012, 8, 19, 10, 26, 1, 23, 11, 13, 7, 20},
    {2013, 8, 8, 10, 15, 2, 10, 11, 3, 7, 9},
    {2014, 7, 28, 10, 4, 1, 31, 10, 23, 6, 28},
    {2015, 7, 17, 9, 24, 2, 19, 11, 11, 6, 18},
    {2016, 7, 6, 9, 12, 2, 8, 10, 30, 6, 6},
    {2017, 6, 25, 9, 1, 1, 28, 10, 19, 5, 27},
    {2018, 6, 15, 8, 21, 2, 16, 11, 7, 5, 16},
    {2019, 6, 4, 8, 11, 2, 5, 10, 27, 5, 6},
    {2020, 5, 24, 7, 31, 1, 25, 11, 14, 4, 24},
    {2021, 5, 13, 7, 20, 2, 12, 11, 4, 4, 13},
    {2022, 5, 2, 7, 9, 2, 1, 10, 24, 4, 2},
    {2023, 4, 21, 6, 28, 1, 22, 11, 12, 3, 23},
    {2024, 4, 10, 6, 16, 2, 10, 11, 1, 3, 11},
    {2025, 3, 30, 6, 6, 1, 29, 10, 20, 3, 1},
    {2026, 3, 20, 5, 27, 2, 17, 11, 8, 2, 18},
};

/* Chinese New Year (Spring Festival) before the table above: year, month,
 * day (1990-2009; the table's own column repeats 2000-2009). */
static const int16_t early_cny[][3] = {
    {1990, 1, 27}, {1991, 2, 15}, {1992, 2, 4},  {1993, 1, 23}, {1994, 2, 10},
    {1995, 1, 31}, {1996, 2, 19}, {1997, 2, 7},  {1998, 1, 28}, {1999, 2, 16},
    {2000, 2, 5},  {2001, 1, 24}, {2002, 2, 12}, {2003, 2, 1},  {2004, 1, 22},
    {2005, 2, 9},  {2006, 1, 29}, {2007, 2, 18}, {2008, 2, 7},  {2009, 1, 26},
};

/* Holi (the day of colours, after Holika Dahan) by year: year, month,
 * day.  Years outside it resolve to the year only. */
static const int16_t holi[][3] = {
    {2000, 3, 20}, {2001, 3, 10}, {2002, 3, 29}, {2003, 3, 18}, {2004, 3, 7},  {2005, 3, 26},
    {2006, 3, 15}, {2007, 3, 4},  {2008, 3, 22}, {2009, 3, 11}, {2010, 3, 1},  {2011, 3, 20},
    {2012, 3, 8},  {2013, 3, 27}, {2014, 3, 17}, {2015, 3, 6},  {2016, 3, 24}, {2017, 3, 13},
    {2018, 3, 2},  {2019, 3, 21}, {2020, 3, 10}, {2021, 3, 29}, {2022, 3, 18}, {2023, 3, 8},
    {2024, 3, 25}, {2025, 3, 14}, {2026, 3, 4},
};

enum { LUNAR_EID_FITR = 1, LUNAR_EID_ADHA, LUNAR_CNY, LUNAR_DIWALI,
       LUNAR_RAMADAN, LUNAR_TET, LUNAR_CNY_EVE, LUNAR_HOLI };

/* Sorted by first letter: el__holiday_match looks at one letter's run. */
static const el__holiday holidays[] = {
    {"april fools ' day", HR_FIXED, 4, 1, 0},
    {"april fool ' s day", HR_FIXED, 4, 1, 0},
    {"all saints ' day", HR_FIXED, 11, 1, 0},
    {"armistice day", HR_FIXED, 11, 11, 0},
    {"august bank holiday", HR_NTH, 8, 1, -1}, /* England and Wales: the last Monday */
    {"australia day", HR_FIXED, 1, 26, 0},
    {"anzac day", HR_FIXED, 4, 25, 0},
    {"ash wednesday", HR_EASTER, -46, 0, 0},
    {"ascension day", HR_EASTER, 39, 0, 0},
    {"bank holiday monday", HR_BANK_MONDAY, 0, 0, 0},
    {"burns night", HR_FIXED, 1, 25, 0},
    {"boxing day", HR_FIXED, 12, 26, 0},
    {"bonfire night", HR_FIXED, 11, 5, 0},
    {"bastille day", HR_FIXED, 7, 14, 0},
    {"black friday", HR_THANKS_AFTER, 1, 0, 0},
    {"christmas eve", HR_FIXED, 12, 24, 0},
    {"christmas day", HR_FIXED, 12, 25, 0},
    {"christmas", HR_FIXED, 12, 25, 0},
    {"canada day", HR_FIXED, 7, 1, 0},
    {"cinco de mayo", HR_FIXED, 5, 5, 0},
    {"columbus day", HR_NTH, 10, 1, 2},
    {"cyber monday", HR_THANKS_AFTER, 4, 0, 0},
    {"chinese new year", HR_TABLE, LUNAR_CNY, 0, 0},
    {"chinese new year ' s eve", HR_TABLE, LUNAR_CNY_EVE, 0, 0},
    {"civic holiday", HR_NTH, 8, 1, 1}, /* Canada's first Monday of August */
    {"day of the dead", HR_FIXED, 11, 2, 0},
    {"diwali", HR_TABLE, LUNAR_DIWALI, 0, 0},
    {"deepavali", HR_TABLE, LUNAR_DIWALI, 0, 0},
    {"epiphany", HR_FIXED, 1, 6, 0},
    {"election day", HR_ELECTION, 0, 0, 0},
    {"easter bank holiday", HR_EASTER, 1, 0, 0},
    {"earth day", HR_FIXED, 4, 22, 0},
    {"easter sunday", HR_EASTER, 0, 0, 0},
    {"easter monday", HR_EASTER, 1, 0, 0},
    {"easter day", HR_EASTER, 0, 0, 0},
    {"easter", HR_EASTER, 0, 0, 0},
    {"eid al - fitr", HR_TABLE, LUNAR_EID_FITR, 0, 0},
    {"eid ul - fitr", HR_TABLE, LUNAR_EID_FITR, 0, 0},
    {"eid al fitr", HR_TABLE, LUNAR_EID_FITR, 0, 0},
    {"eid al - adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0},
    {"eid ul - adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0},
    {"eid al adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0},
    {"eid ul adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0},
    {"eidul adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0}, /* South Asian spellings */
    {"eidul azha", HR_TABLE, LUNAR_EID_ADHA, 0, 0},
    {"eidul fitr", HR_TABLE, LUNAR_EID_FITR, 0, 0},
    {"fourth of july", HR_FIXED, 7, 4, 0},
    {"flag day", HR_FIXED, 6, 14, 0},
    {"ferragosto", HR_FIXED, 8, 15, 0}, /* Italy's Assumption holiday */
    {"father ' s day", HR_NTH, 6, 7, 3},
    {"family day", HR_NTH, 2, 1, 3}, /* Canada's: the third Monday of February */
    {"freedom day", HR_FIXED, 4, 27, 0}, /* South Africa */
    {"fathers day", HR_NTH, 6, 7, 3},
    {"guy fawkes night", HR_FIXED, 11, 5, 0},
    {"good friday", HR_EASTER, -2, 0, 0},
    {"halloween", HR_FIXED, 10, 31, 0},
    {"heritage day", HR_FIXED, 9, 24, 0}, /* South Africa */
    {"hogmanay", HR_FIXED, 12, 31, 0},
    {"holi", HR_TABLE, LUNAR_HOLI, 0, 0},
    {"holy saturday", HR_EASTER, -1, 0, 0},
    {"holy thursday", HR_EASTER, -3, 0, 0},
    {"holy week", HR_EASTER, -2, 0, 0}, /* the ISO week of Good Friday */
    {"idul adha", HR_TABLE, LUNAR_EID_ADHA, 0, 0}, /* Indonesian and Malay spellings */
    {"idul fitri", HR_TABLE, LUNAR_EID_FITR, 0, 0},
    {"independence day", HR_FIXED, 7, 4, 0},
    {"inauguration day", HR_FIXED, 1, 20, 0},
    {"juneteenth", HR_FIXED, 6, 19, 0},
    {"jamhuri day", HR_FIXED, 12, 12, 0}, /* Kenya */
    {"king ' s birthday", HR_NTH, 6, 1, 2},
    {"labor day", HR_NTH, 9, 1, 1},
    {"labour day", HR_NTH, 9, 1, 1},
    {"lunar new year", HR_TABLE, LUNAR_CNY, 0, 0},
    {"lunar new year ' s eve", HR_TABLE, LUNAR_CNY_EVE, 0, 0},
    {"may day", HR_FIXED, 5, 1, 0},
    {"madaraka day", HR_FIXED, 6, 1, 0}, /* Kenya */
    {"mashujaa day", HR_FIXED, 10, 20, 0}, /* Kenya */
    {"may day bank holiday", HR_NTH, 5, 1, 1},
    {"martin luther king day", HR_NTH, 1, 1, 3},
    {"martin luther king jr . day", HR_NTH, 1, 1, 3},
    {"mlk day", HR_NTH, 1, 1, 3},
    {"mother ' s day", HR_NTH, 5, 7, 2},
    {"mothers day", HR_NTH, 5, 7, 2},
    {"memorial day", HR_NTH, 5, 1, -1},
    {"maundy thursday", HR_EASTER, -3, 0, 0},
    {"new year ' s day", HR_FIXED, 1, 1, 0},
    {"new years day", HR_FIXED, 1, 1, 0},
    {"new year ' s eve", HR_FIXED, 12, 31, 0},
    {"new years eve", HR_FIXED, 12, 31, 0},
    {"new year ' s", HR_FIXED, 1, 1, 0},
    {"orthodox christmas", HR_FIXED, 1, 7, 0},
    {"orthodox easter", HR_ORTHODOX_EASTER, 0, 0, 0},
    {"orthodox good friday", HR_ORTHODOX_EASTER, -2, 0, 0},
    {"patriot day", HR_FIXED, 9, 11, 0},
    {"presidents day", HR_NTH, 2, 1, 3},
    {"presidents ' day", HR_NTH, 2, 1, 3},
    {"patriots ' day", HR_NTH, 4, 1, 3},
    {"palm sunday", HR_EASTER, -7, 0, 0},
    {"pentecost", HR_EASTER, 49, 0, 0},
    {"queen ' s birthday", HR_NTH, 6, 1, 2}, /* Australia's: the second Monday of June */
    {"remembrance day", HR_FIXED, 11, 11, 0},
    {"remembrance sunday", HR_NTH, 11, 7, 2}, /* the second Sunday of November */
    {"ramadan", HR_YEAR, LUNAR_RAMADAN, 0, 0},
    {"spring bank holiday", HR_NTH, 5, 1, -1},
    {"summer bank holiday", HR_NTH, 8, 1, -1},
    {"st . patrick ' s day", HR_FIXED, 3, 17, 0},
    {"saint patrick ' s day", HR_FIXED, 3, 17, 0},
    {"st patrick ' s day", HR_FIXED, 3, 17, 0}, /* British style: no point after St */
    {"spring festival", HR_TABLE, LUNAR_CNY, 0, 0},
    {"singles ' day", HR_FIXED, 11, 11, 0}, /* China's shopping day */
    {"singles day", HR_FIXED, 11, 11, 0},
    {"the fourth of july", HR_FIXED, 7, 4, 0},
    {"tet", HR_TABLE, LUNAR_TET, 0, 0}, /* the Vietnamese lunar new year */
    {"thanksgiving day", HR_NTH, 11, 4, 4},
    {"thanksgiving", HR_NTH, 11, 4, 4},
    {"valentine ' s day", HR_FIXED, 2, 14, 0},
    {"valentines day", HR_FIXED, 2, 14, 0},
    {"veterans day", HR_FIXED, 11, 11, 0},
    {"victoria day", HR_NTH, 5, 1, -2}, /* Canada: the Monday before May 25 */
    {"victory day", HR_FIXED, 5, 9, 0}, /* Russia's; the Allies' V-E Day is May 8 */
    {"veterans ' day", HR_FIXED, 11, 11, 0},
    {"whit sunday", HR_EASTER, 49, 0, 0},
    {"whitsun", HR_EASTER, 49, 0, 0},
    {"waitangi day", HR_FIXED, 2, 6, 0},
    {"xmas", HR_FIXED, 12, 25, 0},
    {"youth day", HR_FIXED, 6, 16, 0}, /* South Africa */
};

void el__bank_mondays(int64_t y, int64_t days[4])
{
    int em, ed;
    el__easter(y, &em, &ed);
    days[0] = el_days_from_civil(y, em, ed) + 1;
    days[1] = el_days_from_civil(y, 5, el__nth_weekday(y, 5, 1, 1));
    days[2] = el_days_from_civil(y, 5, el__nth_weekday(y, 5, 1, -1));
    days[3] = el_days_from_civil(y, 8, el__nth_weekday(y, 8, 1, -1));
}

int el__holiday_count(void)
{
    return (int)(sizeof holidays / sizeof holidays[0]);
}

const el__holiday *el__holiday_at(int i)
{
    return &holidays[i];
}

/* Sets *m, *d from the row of year y in a table of {year, month, day}
 * rows; false when y has no row. */
static bool year_row(const int16_t (*rows)[3], size_t n, int64_t y, int *m, int *d)
{
    for (size_t i = 0; i < n; i++)
        if (rows[i][0] == y) {
            *m = rows[i][1];
            *d = rows[i][2];
            return true;
        }
    return false;
}

bool el__holiday_date(const el__holiday *h, int64_t y, int *m, int *d)
{
    switch (h->rule) {
    case HR_FIXED:
        *m = h->a;
        *d = h->b;
        return true;
    case HR_NTH:
        *m = h->a;
        *d = el__nth_weekday(y, h->a, h->b, h->c);
        return *d > 0;
    case HR_THANKS_AFTER: {
        int64_t days = el_days_from_civil(y, 11, el__nth_weekday(y, 11, 4, 4)) + h->a;
        int64_t yy;
        el_civil_from_days(days, &yy, m, d);
        return true;
    }
    case HR_ELECTION: {
        /* The Tuesday after the first Monday of November. */
        *m = 11;
        *d = el__nth_weekday(y, 11, 1, 1) + 1;
        return true;
    }
    case HR_EASTER: {
        int em, ed;
        int64_t yy;
        el__easter(y, &em, &ed);
        el_civil_from_days(el_days_from_civil(y, em, ed) + h->a, &yy, m, d);
        return true;
    }
    case HR_ORTHODOX_EASTER: {
        int64_t yy;
        el__orthodox_easter(y, m, d);
        el_civil_from_days(el_days_from_civil(y, *m, *d) + h->a, &yy, m, d);
        return true;
    }
    case HR_TABLE:
        /* Tet falls on the Chinese New Year but for the years when the new
         * moon comes before midnight in Hanoi and after it in Beijing */
        if (h->a == LUNAR_TET && y == 2007) {
            *m = 2;
            *d = 17;
            return true;
        }
        if (h->a == LUNAR_CNY_EVE) {
            /* the day before the new year's, which may be in another year */
            el__holiday cny = *h;
            cny.a = LUNAR_CNY;
            int64_t yy;
            if (!el__holiday_date(&cny, y, m, d))
                return false;
            el_civil_from_days(el_days_from_civil(y, *m, *d) - 1, &yy, m, d);
            return true;
        }
        if (h->a == LUNAR_HOLI)
            return year_row(holi, sizeof holi / sizeof holi[0], y, m, d);
        if ((h->a == LUNAR_CNY || h->a == LUNAR_TET) &&
            year_row(early_cny, sizeof early_cny / sizeof early_cny[0], y, m, d))
            return true;
        for (size_t i = 0; i < sizeof lunar / sizeof lunar[0]; i++) {
            if (lunar[i].year != y)
                continue;
            switch (h->a) {
            case LUNAR_EID_FITR: *m = lunar[i].eid_fitr_m; *d = lunar[i].eid_fitr_d; break;
            case LUNAR_EID_ADHA: *m = lunar[i].eid_adha_m; *d = lunar[i].eid_adha_d; break;
            case LUNAR_CNY: case LUNAR_TET: *m = lunar[i].cny_m; *d = lunar[i].cny_d; break;
            case LUNAR_DIWALI: *m = lunar[i].diwali_m; *d = lunar[i].diwali_d; break;
            case LUNAR_RAMADAN: *m = lunar[i].ramadan_m; *d = lunar[i].ramadan_d; break;
            default: return false;
            }
            return *m != 0;
        }
        return false;
    default:
        return false;
    }
}

/* Compares holiday phrase words with tokens from i; returns the end token
 * or 0. */
static int phrase_at(const el__ctx *x, int i, const char *phrase)
{
    const char *p = phrase;
    int j = i;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        const el__tok *t = el__tk(x, j);
        if (t->kind == TK_END || t->len != n)
            return 0;
        for (size_t k = 0; k < n; k++) {
            char ch = x->text[t->off + k];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch + 32);
            if (ch != p[k])
                return 0;
        }
        j++;
        p += n;
        if (*p == ' ')
            p++;
    }
    return j;
}

/* Longest holiday phrase at token j; returns its index and the end token
 * in *end, or -1. */
int el__holiday_match(const el__ctx *x, int j, int *end)
{
    const el__tok *t = el__tk(x, j);
    if (t->kind != TK_WORD)
        return -1;
    const char *w = x->text + t->off;
    char first = w[0];
    if (first >= 'A' && first <= 'Z')
        first = (char)(first + 32);
    int best = 0, besth = -1;
    /* the run of phrases with this first letter (the table is sorted by
     * it; phrases are unique, so no two can tie on the longest match) */
    int lo = 0, hi = (int)(sizeof holidays / sizeof holidays[0]);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (holidays[mid].phrase[0] < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int h = lo; h < (int)(sizeof holidays / sizeof holidays[0]); h++) {
        const char *p = holidays[h].phrase;
        if (p[0] != first)
            break;
        /* the first word must be the token (lower-cased) before the full
         * compare; a shorter phrase word ends in ' ' or NUL, which no
         * byte of the token can equal after folding, so p[k] is never
         * read past the phrase's end */
        size_t k = 0;
        while (k < t->len) {
            char ch = w[k];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch + 32);
            if (ch != p[k] || ch == ' ' || ch == 0)
                break;
            k++;
        }
        if (k != t->len || (p[k] != ' ' && p[k] != 0))
            continue;
        int e = phrase_at(x, j, p);
        if (e > best) {
            best = e;
            besth = h;
        }
    }
    *end = best;
    return besth;
}

/* Dateline words and the country they name: capitalised cities as
 * datelines print them, provinces and countries after a comma. */
static const struct {
    const char *word;
    int country;
} dateline_places[] = {
    {"OTTAWA", EL__COUNTRY_CA}, {"TORONTO", EL__COUNTRY_CA}, {"MONTREAL", EL__COUNTRY_CA},
    {"VANCOUVER", EL__COUNTRY_CA}, {"WINNIPEG", EL__COUNTRY_CA}, {"CALGARY", EL__COUNTRY_CA},
    {"EDMONTON", EL__COUNTRY_CA}, {"HALIFAX", EL__COUNTRY_CA}, {"REGINA", EL__COUNTRY_CA},
    {"SASKATOON", EL__COUNTRY_CA}, {"MONCTON", EL__COUNTRY_CA}, {"FREDERICTON", EL__COUNTRY_CA},
    {", Canada", EL__COUNTRY_CA}, {", Ontario", EL__COUNTRY_CA}, {", Manitoba", EL__COUNTRY_CA},
    {", Alberta", EL__COUNTRY_CA}, {", Quebec", EL__COUNTRY_CA}, {", Saskatchewan", EL__COUNTRY_CA},
    {", British Columbia", EL__COUNTRY_CA}, {", Nova Scotia", EL__COUNTRY_CA},
    {", New Brunswick", EL__COUNTRY_CA}, {", N.B.", EL__COUNTRY_CA}, {", N.S.", EL__COUNTRY_CA},
    {", Ont.", EL__COUNTRY_CA}, {", Man.", EL__COUNTRY_CA}, {", Alta.", EL__COUNTRY_CA},
    {"NEW DELHI", EL__COUNTRY_IN}, {"MUMBAI", EL__COUNTRY_IN}, {"KOLKATA", EL__COUNTRY_IN},
    {"CHENNAI", EL__COUNTRY_IN}, {"BENGALURU", EL__COUNTRY_IN}, {"BANGALORE", EL__COUNTRY_IN},
    {"HYDERABAD, India", EL__COUNTRY_IN}, {", India", EL__COUNTRY_IN},
    {"ISLAMABAD", EL__COUNTRY_PK}, {"KARACHI", EL__COUNTRY_PK}, {"LAHORE", EL__COUNTRY_PK},
    {", Pakistan", EL__COUNTRY_PK},
    {"MANILA", EL__COUNTRY_PH}, {", Philippines", EL__COUNTRY_PH},
    {"MEXICO CITY", EL__COUNTRY_MX}, {"GUADALAJARA", EL__COUNTRY_MX}, {"MONTERREY", EL__COUNTRY_MX},
    {", Mexico", EL__COUNTRY_MX},
    {"JAKARTA", EL__COUNTRY_ID}, {", Indonesia", EL__COUNTRY_ID},
    {"ACCRA", EL__COUNTRY_GH}, {"KUMASI", EL__COUNTRY_GH}, {", Ghana", EL__COUNTRY_GH},
    {"LAGOS", EL__COUNTRY_NG}, {"ABUJA", EL__COUNTRY_NG}, {", Nigeria", EL__COUNTRY_NG},
    {"MOSCOW", EL__COUNTRY_ORTHODOX}, {"ST. PETERSBURG", EL__COUNTRY_ORTHODOX},
    {"ST PETERSBURG", EL__COUNTRY_ORTHODOX}, {", Russia", EL__COUNTRY_ORTHODOX},
    {"MINSK", EL__COUNTRY_ORTHODOX}, {", Belarus", EL__COUNTRY_ORTHODOX},
    {"BELGRADE", EL__COUNTRY_ORTHODOX}, {", Serbia", EL__COUNTRY_ORTHODOX},
};

int el__dateline_country(const char *text, size_t len)
{
    /* a dateline is at the top, after a headline at most */
    size_t n = len < 300 ? len : 300;
    for (size_t i = 0; i < sizeof dateline_places / sizeof dateline_places[0]; i++) {
        size_t wl = strlen(dateline_places[i].word);
        for (size_t k = 0; k + wl <= n; k++)
            if (text[k] == dateline_places[i].word[0] && memcmp(text + k, dateline_places[i].word, wl) == 0)
                return dateline_places[i].country;
    }
    return EL__COUNTRY_US;
}

const el__holiday *el__holiday_local(const el__holiday *h, int country, el__holiday *tmp)
{
    if (country == EL__COUNTRY_US)
        return h;
    bool thanks = !strcmp(h->phrase, "thanksgiving") || !strcmp(h->phrase, "thanksgiving day");
    if (thanks && country == EL__COUNTRY_CA) {
        *tmp = (el__holiday){h->phrase, HR_NTH, 10, 1, 2}; /* second Monday of October */
        return tmp;
    }
    /* the Orthodox church keeps Christmas on the Julian Dec. 25: Jan. 7 */
    if (country == EL__COUNTRY_ORTHODOX && h->rule == HR_FIXED && h->a == 12 &&
        (!strcmp(h->phrase, "christmas") || !strcmp(h->phrase, "christmas day") ||
         !strcmp(h->phrase, "christmas eve"))) {
        *tmp = (el__holiday){h->phrase, HR_FIXED, 1, h->b == 24 ? 6 : 7, 0};
        return tmp;
    }
    if (!strcmp(h->phrase, "independence day")) {
        static const int8_t days[][3] = {{EL__COUNTRY_IN, 8, 15}, {EL__COUNTRY_PK, 8, 14},
                                         {EL__COUNTRY_PH, 6, 12}, {EL__COUNTRY_MX, 9, 16},
                                         {EL__COUNTRY_ID, 8, 17}, {EL__COUNTRY_GH, 3, 6},
                                         {EL__COUNTRY_NG, 10, 1}};
        for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
            if (days[i][0] == country) {
                *tmp = (el__holiday){h->phrase, HR_FIXED, days[i][1], days[i][2], 0};
                return tmp;
            }
    }
    return h;
}
