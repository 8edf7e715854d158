/* ex_dates.c: turns a tagger value (TIMEX3) into an EDTF date string for
 * the timeline, estimating vague expressions ("recently", "a few years
 * ago") as approximate intervals relative to the DCT.  The choices are
 * documented in docs/EXTRACTION.md. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/date.h"
#include "events/extract/ex_internal.h"

typedef struct ymd {
    long long y;
    int m, d;
} ymd;

static bool parse_dct(const char *dct, ymd *out)
{
    int y, m, d;
    if (!dct || sscanf(dct, "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
    out->y = y;
    out->m = m;
    out->d = d;
    return true;
}

/* Adds months (may be negative), clamping the day to the month's length. */
static ymd add_months(ymd a, long long months)
{
    long long idx = a.y * 12 + (a.m - 1) + months;
    ymd r;
    r.y = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
    r.m = (int)(idx - r.y * 12) + 1;
    int dim = el_days_in_month(r.y, r.m);
    r.d = a.d > dim ? dim : a.d;
    return r;
}

static ymd add_days(ymd a, long long days)
{
    int64_t n = el_days_from_civil(a.y, a.m, a.d) + days;
    ymd r;
    int64_t y;
    el_civil_from_days(n, &y, &r.m, &r.d);
    r.y = y;
    return r;
}

/* Case-insensitive search for word w in s[0..n). */
static bool has_word(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= n; i++) {
        if ((i == 0 || !isalpha((unsigned char)s[i - 1])) &&
            (i + wl == n || !isalpha((unsigned char)s[i + wl]))) {
            size_t k = 0;
            while (k < wl && tolower((unsigned char)s[i + k]) == w[k]) k++;
            if (k == wl) return true;
        }
    }
    return false;
}

static bool parses(const char *s)
{
    el_date d;
    el_error e;
    return el_date_parse(s, &d, &e) == EL_OK;
}

/* Estimates for vague expressions, keyed on their words.  Returns true and
 * fills buf when the text is one of the known vague forms. */
static bool vague_estimate(const char *text, size_t n, const ymd *dct, char *buf, size_t size)
{
    bool ago = has_word(text, n, "ago") || has_word(text, n, "earlier") || has_word(text, n, "back");
    bool few = has_word(text, n, "few") || has_word(text, n, "several") || has_word(text, n, "some") ||
               has_word(text, n, "couple");
    if (has_word(text, n, "recently") || has_word(text, n, "lately") || has_word(text, n, "recent") ||
        has_word(text, n, "late")) {
        /* The last three months before the DCT. */
        ymd a = add_months(*dct, -3);
        snprintf(buf, size, "%04lld-%02d~/%04lld-%02d~", a.y, a.m, dct->y, dct->m);
        return true;
    }
    if (ago && (has_word(text, n, "years") || has_word(text, n, "year"))) {
        if (has_word(text, n, "many")) {
            snprintf(buf, size, "%04lld~/%04lld~", dct->y - 15, dct->y - 5);
        } else if (few || has_word(text, n, "years")) {
            snprintf(buf, size, "%04lld~/%04lld~", dct->y - 5, dct->y - 2);
        } else {
            return false;
        }
        return true;
    }
    if (ago && has_word(text, n, "decades")) {
        snprintf(buf, size, "%04lld~/%04lld~", dct->y - 40, dct->y - 20);
        return true;
    }
    if (ago && has_word(text, n, "months")) {
        ymd a = add_months(*dct, -5), b = add_months(*dct, -2);
        snprintf(buf, size, "%04lld-%02d~/%04lld-%02d~", a.y, a.m, b.y, b.m);
        return true;
    }
    if (ago && has_word(text, n, "weeks")) {
        ymd a = add_days(*dct, -35), b = add_days(*dct, -14);
        snprintf(buf, size, "%04lld-%02d-%02d~/%04lld-%02d-%02d~", a.y, a.m, a.d, b.y, b.m, b.d);
        return true;
    }
    if (ago && has_word(text, n, "days")) {
        ymd a = add_days(*dct, -5), b = add_days(*dct, -2);
        snprintf(buf, size, "%04lld-%02d-%02d~/%04lld-%02d-%02d~", a.y, a.m, a.d, b.y, b.m, b.d);
        return true;
    }
    if (has_word(text, n, "soon") || has_word(text, n, "coming") || has_word(text, n, "upcoming")) {
        ymd b = add_months(*dct, 3);
        snprintf(buf, size, "%04lld-%02d~/%04lld-%02d~", dct->y, dct->m, b.y, b.m);
        return true;
    }
    return false;
}

/* Narrows a year or month value for mod START/MID/END ("early 2018"). */
static bool narrow(const char *value, const char *mod, char *buf, size_t size)
{
    int y, m;
    char tail;
    int part = !strcmp(mod, "START") ? 0 : !strcmp(mod, "MID") ? 1 : !strcmp(mod, "END") ? 2 : -1;
    if (part < 0) return false;
    if (strlen(value) == 4 && sscanf(value, "%4d%c", &y, &tail) == 1) {
        static const int from[] = {1, 5, 9}, to[] = {4, 8, 12};
        snprintf(buf, size, "%04d-%02d~/%04d-%02d~", y, from[part], y, to[part]);
        return true;
    }
    if (strlen(value) == 7 && sscanf(value, "%4d-%2d%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12) {
        int dim = el_days_in_month(y, m);
        static const int from[] = {1, 11, 21};
        int to = part == 0 ? 10 : part == 1 ? 20 : dim;
        snprintf(buf, size, "%04d-%02d-%02d~/%04d-%02d-%02d~", y, m, from[part], y, m, to);
        return true;
    }
    return false;
}

bool ex_timex_to_edtf(const el_timex *tx, const char *text, size_t text_len, const char *dct,
                      char *buf, size_t size)
{
    ymd d;
    bool have_dct = parse_dct(dct, &d);
    if (size < 48) return false;
    buf[0] = '\0';
    if (tx->type == EL_TIMEX_DURATION || tx->type == EL_TIMEX_SET) {
        /* "a few years ago" is sometimes typed as a duration. */
        if (have_dct && has_word(text, text_len, "ago") && vague_estimate(text, text_len, &d, buf, size))
            return parses(buf);
        return false;
    }
    const char *v = tx->value;
    if (!strcmp(v, "PRESENT_REF")) {
        if (!have_dct) return false;
        snprintf(buf, size, "%04lld-%02d-%02d", d.y, d.m, d.d);
        return parses(buf);
    }
    bool vague_value = !strcmp(v, "PAST_REF") || !strcmp(v, "FUTURE_REF") || v[0] == '\0';
    if (vague_value || (have_dct && (has_word(text, text_len, "few") || has_word(text, text_len, "several")))) {
        if (have_dct && vague_estimate(text, text_len, &d, buf, size)) return parses(buf);
        if (vague_value) return false;
    }
    /* Concrete values; drop part-of-day suffixes the model does not read. */
    char val[48];
    snprintf(val, sizeof val, "%s", v);
    char *t = strchr(val, 'T');
    if (t && t[1] && !isdigit((unsigned char)t[1])) *t = '\0';
    if (!strncmp(val, "XXXX", 4)) return false;
    /* "earlier this month": some time in the month before now, not its
     * first days. */
    bool earlier = has_word(text, text_len, "earlier") && !strcmp(tx->mod, "START");
    if (tx->mod[0] && !earlier && narrow(val, tx->mod, buf, size) && parses(buf)) return true;
    if (earlier) {
        snprintf(buf, size, "%s~", val);
        if (parses(buf)) return true;
    }
    if (!strcmp(tx->mod, "BEFORE") || !strcmp(tx->mod, "ON_OR_BEFORE"))
        snprintf(buf, size, "../%s", val);
    else if (!strcmp(tx->mod, "AFTER") || !strcmp(tx->mod, "ON_OR_AFTER"))
        snprintf(buf, size, "%s/..", val);
    else if (!strcmp(tx->mod, "APPROX") || !strcmp(tx->mod, "START") || !strcmp(tx->mod, "MID") ||
             !strcmp(tx->mod, "END"))
        snprintf(buf, size, "%s~", val);
    else
        snprintf(buf, size, "%s", val);
    if (parses(buf)) return true;
    snprintf(buf, size, "%s", val);
    return parses(buf);
}

bool ex_edtf_shift_years(const char *date, int years, char *buf, size_t size)
{
    char *end;
    long long y = strtoll(date, &end, 10);
    if (end == date || end - date < 4) return false;
    snprintf(buf, size, "%04lld%s", y + years, end);
    return parses(buf);
}

bool ex_edtf_shift(const char *date, const char *duration, int sign, char *buf, size_t size)
{
    long long n = 0;
    char unit = 0, tail = 0;
    if (sscanf(duration, "P%lld%c%c", &n, &unit, &tail) != 2 || n <= 0 || n > 100000) return false;
    int y, m, d;
    char rest;
    ymd a;
    if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && strlen(date) == 10) {
        a.y = y;
        a.m = m;
        a.d = d;
        ymd r = unit == 'D'   ? add_days(a, sign * n)
                : unit == 'W' ? add_days(a, sign * 7 * n)
                : unit == 'M' ? add_months(a, sign * n)
                : unit == 'Y' ? add_months(a, sign * 12 * n)
                              : a;
        if (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y') return false;
        snprintf(buf, size, "%04lld-%02d-%02d", r.y, r.m, r.d);
        return parses(buf);
    }
    if (sscanf(date, "%4d-%2d%c", &y, &m, &rest) == 2 && strlen(date) == 7 && (unit == 'M' || unit == 'Y')) {
        a.y = y;
        a.m = m;
        a.d = 1;
        ymd r = add_months(a, sign * n * (unit == 'Y' ? 12 : 1));
        snprintf(buf, size, "%04lld-%02d", r.y, r.m);
        return parses(buf);
    }
    if (sscanf(date, "%4d%c", &y, &rest) == 1 && strlen(date) == 4 && unit == 'Y') {
        snprintf(buf, size, "%04lld", (long long)y + sign * n);
        return parses(buf);
    }
    return false;
}

/* Is the value an exact calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"? */
static bool calendar_value(const char *v)
{
    size_t n = strlen(v);
    if (n != 4 && n != 7 && n != 10) return false;
    for (size_t i = 0; i < n; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? v[i] != '-' : !isdigit((unsigned char)v[i])) return false;
    }
    return true;
}

bool ex_is_calendar_value(const char *v) { return calendar_value(v); }

bool ex_anaphoric_value(const char *text, size_t n, const char *prev, char *val, size_t size, bool *approx)
{
    *approx = false;
    if (!prev || !calendar_value(prev) || size < 16) return false;
    size_t pl = strlen(prev);
    bool next = (n > 14 && !strncasecmp(text, "the following ", 14)) || (n > 9 && !strncasecmp(text, "the next ", 9));
    bool that_year = (has_word(text, n, "that") || has_word(text, n, "same")) && has_word(text, n, "year");
    if (that_year && !next) {
        /* "in November of that year": the month of the earlier year. */
        if (!strncmp(val, "XXXX", 4) || (strlen(val) >= 4 && isdigit((unsigned char)val[0]))) {
            char out[48];
            snprintf(out, sizeof out, "%.4s%s", prev, val + 4);
            if (!parses(out)) return false;
            snprintf(val, size, "%s", out);
            return true;
        }
        return false;
    }
    if (!next) return false;
    char out[48] = "";
    if (has_word(text, n, "day")) {
        if (pl == 10) {
            if (!ex_edtf_shift(prev, "P1D", 1, out, sizeof out)) return false;
        } else {
            snprintf(out, sizeof out, "%s", prev);
            *approx = true;
        }
    } else if (has_word(text, n, "week")) {
        if (pl == 10 && !ex_edtf_shift(prev, "P7D", 1, out, sizeof out)) return false;
        if (pl != 10) snprintf(out, sizeof out, "%s", prev);
        *approx = true;
    } else if (has_word(text, n, "month")) {
        char m[16];
        snprintf(m, sizeof m, "%.7s", prev);
        if (pl >= 7) {
            if (!ex_edtf_shift(m, "P1M", 1, out, sizeof out)) return false;
        } else {
            snprintf(out, sizeof out, "%s", prev);
            *approx = true;
        }
    } else if (has_word(text, n, "year")) {
        char y[8];
        snprintf(y, sizeof y, "%.4s", prev);
        if (!ex_edtf_shift(y, "P1Y", 1, out, sizeof out)) return false;
    } else {
        return false;
    }
    snprintf(val, size, "%s", out);
    return parses(out);
}
