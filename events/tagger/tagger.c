/* tagger.c: el_tag, the entry point of the temporal tagger.  Works out the
 * DCT (given, from a dateline, or today), then scans the text in blocks of
 * tokens with some overlap, runs the matchers at each token (leftmost,
 * longest match wins), resolves each match and collects the timexes.
 * Memory is one token block (and a byte of flags per token) plus the output
 * array, whatever the input size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "eventline/date.h"
#include "tagger_internal.h"

#define BLOCK_TOKENS 4096
#define LOOKAHEAD 64   /* tokens a match may read past its start */
#define LOOKBEHIND 24  /* context tokens kept before the next block */
#define DEFAULT_MAX_INPUT ((size_t)64 << 20)

/* Parses strict "YYYY-MM-DD" into y/m/d; returns false when invalid. */
static bool parse_ymd(const char *s, int64_t *y, int *m, int *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= el_days_in_month(*y, *m);
}

static const char *const wday_names[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"", "January", "February", "March", "April", "May",
                                           "June", "July", "August", "September", "October",
                                           "November", "December"};

/* Picks the DCT from options or the dateline; fills out->dct, dct_source,
 * dateline span and warning. */
static int choose_dct(const char *text, size_t len, const el_tag_options *opt,
                      el_tag_result *out, int64_t *y, int *m, int *d, el_error *err)
{
    el__dateline dl;
    el__find_dateline(text, len, &dl);
    if (dl.found) {
        out->dateline_start = dl.start;
        out->dateline_end = dl.end;
    }
    if (opt && opt->dct) {
        if (!parse_ymd(opt->dct, y, m, d))
            return el_fail(err, EL_ERR_USAGE, 0, 0,
                           "bad DCT \"%.40s\": expected a valid date YYYY-MM-DD", opt->dct);
        out->dct_source = EL_DCT_GIVEN;
        return EL_OK;
    }
    int64_t ty;
    int tm, td;
    if (!opt || !parse_ymd(opt->today, &ty, &tm, &td))
        return el_fail(err, EL_ERR_USAGE, 0, 0,
                       "bad or missing today \"%.40s\": expected a valid date YYYY-MM-DD "
                       "(needed when no DCT is given)",
                       (opt && opt->today) ? opt->today : "");
    if (!dl.found || !dl.m) {
        *y = ty;
        *m = tm;
        *d = td;
        out->dct_source = EL_DCT_TODAY;
        if (dl.found)
            snprintf(out->warning, sizeof out->warning,
                     "dateline \"%.40s\" names no date: the DCT is today (%s)", dl.place, opt->today);
        else
            snprintf(out->warning, sizeof out->warning,
                     "no DCT and no dateline: the DCT is today (%s)", opt->today);
        return EL_OK;
    }
    *m = dl.m;
    *d = dl.d;
    if (dl.y != NOYEAR) {
        *y = dl.y;
        out->dct_source = EL_DCT_DATELINE;
        return EL_OK;
    }
    int64_t today = el_days_from_civil(ty, tm, td);
    if (dl.lead_wday) {
        for (int64_t yy = ty; yy > ty - 400 && yy > 0; yy--) {
            if (dl.d > el_days_in_month(yy, dl.m))
                continue;
            int64_t days = el_days_from_civil(yy, dl.m, dl.d);
            if (days > today)
                continue;
            if (el__iso_wday(days) == dl.lead_wday) {
                *y = yy;
                out->dct_source = EL_DCT_DATELINE_WEEKDAY;
                snprintf(out->warning, sizeof out->warning,
                         "dateline \"%.40s, %s %d\": assumed %lld, the latest year up to today in "
                         "which %s %d is a %s (the lead says \"%s\")",
                         dl.place, month_names[dl.m], dl.d, (long long)yy, month_names[dl.m], dl.d,
                         wday_names[dl.lead_wday], dl.lead_wday_word);
                return EL_OK;
            }
        }
    }
    *y = ty;
    bool after = dl.d > el_days_in_month(ty, dl.m) || el_days_from_civil(ty, dl.m, dl.d) > today;
    if (after)
        *y = ty - 1;
    while (dl.d > el_days_in_month(*y, dl.m))
        (*y)--;
    out->dct_source = EL_DCT_DATELINE_TODAY;
    snprintf(out->warning, sizeof out->warning,
             "dateline \"%.40s, %s %d\" has no year and the lead names no matching weekday: "
             "assumed %lld, %s",
             dl.place, month_names[dl.m], dl.d, (long long)*y,
             after ? "the year before today's (the date is after today)" : "today's year");
    return EL_OK;
}

/* Appends t to the result array, growing it.  Returns false when out of
 * memory. */
static bool push(el_tag_result *r, size_t *cap, const el_timex *t)
{
    if (r->n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        if (nc > SIZE_MAX / sizeof *r->timexes)
            return false;
        el_timex *nt = realloc(r->timexes, nc * sizeof *nt);
        if (!nt)
            return false;
        r->timexes = nt;
        *cap = nc;
    }
    r->timexes[r->n++] = *t;
    return true;
}

#ifdef __SSE2__
_Static_assert(TF_CAND == 0x80 && TF_SEND == 0x20 && TF_PARA == 0x04,
               "el_tag's sixteen-token step reads these bits");
/* Number of bits set in a 16-bit mask (no popcount instruction needed). */
static inline unsigned count_bits(unsigned m)
{
    m = m - ((m >> 1) & 0x5555u);
    m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
    m = (m + (m >> 4)) & 0x0F0Fu;
    return (m + (m >> 8)) & 0x1Fu;
}
#endif

/* True for tokens no matcher starts at: plain words (most of the text)
 * and punctuation other than an apostrophe ('98); the scanner marks the
 * others TF_CAND. */
static inline bool starts_nothing(const el__tok *t)
{
    return !(t->flags & TF_CAND);
}

int el_tag(const char *text, size_t len, const el_tag_options *opt, el_tag_result *out,
           el_error *err)
{
    if (!out)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_tag: no result given");
    memset(out, 0, sizeof *out);
    if (!text && len)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_tag: no text given");
    if (!text)
        text = "";
    size_t max = (opt && opt->max_input_bytes) ? opt->max_input_bytes : DEFAULT_MAX_INPUT;
    if (len > max)
        return el_fail(err, EL_ERR_INPUT, 0, 0,
                       "input is %zu bytes, over the limit of %zu bytes", len, max);
    int64_t y;
    int m, d;
    int rc = choose_dct(text, len, opt, out, &y, &m, &d, err);
    if (rc != EL_OK)
        return rc;
    snprintf(out->dct, sizeof out->dct, "%04lld-%02d-%02d", (long long)y, m, d);

    /* A token takes at least one byte, so a short text needs a block of
     * len + 1 tokens only (it is then scanned in one block, as before):
     * small documents get a small buffer from the heap instead of fresh
     * zeroed pages for a whole block. */
    int block = len < BLOCK_TOKENS ? (int)len + 1 : BLOCK_TOKENS;
    el__tok *toks = malloc((size_t)block * sizeof *toks);
    uint8_t *fl = malloc((size_t)block);
    if (!toks || !fl) {
        free(toks);
        free(fl);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    el__refs refs;
    el__refs_init(&refs, y, m, d);
    int country = el__dateline_country(text, len);
    size_t cap = 0;
    size_t pos = 0, boundary = 0, counted = 0;
    while (pos < len) {
        size_t next;
        int n = el__scan_flags(text, len, pos, toks, block, &next, fl);
        if (n == 0)
            break;
        bool done = next >= len;
        int limit = done ? n : n - LOOKAHEAD;
        el__ctx x = {text, len, toks, n, country};
        int i = 0;
        while (i < limit) {
            el__cand c;
            if (toks[i].off >= counted) {
                if (toks[i].off >= boundary) {
                    /* The usual case: from here on every token is new
                     * and past the last match.  Count sentences up to
                     * the next token that may start an expression in
                     * one tight loop. */
                    int k = i;
                    long sent = 0;
#ifdef __SSE2__
                    /* sixteen tokens a step over the flag copies: TF_CAND
                     * is bit 7, TF_SEND and TF_PARA get there by a shift */
                    while (k + 16 <= limit) {
                        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(fl + k));
                        unsigned cand = (unsigned)_mm_movemask_epi8(v);
                        unsigned ends = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)) |
                                        (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 5));
                        if (cand) {
                            unsigned c = (unsigned)__builtin_ctz(cand);
                            sent += count_bits(ends & ((2u << c) - 1u));
                            k += (int)c;
                            goto found;
                        }
                        sent += count_bits(ends);
                        k += 16;
                    }
#endif
                    for (; k < limit; k++) {
                        sent += (toks[k].flags & (TF_SEND | TF_PARA)) != 0;
                        if (!starts_nothing(&toks[k]))
                            break;
                    }
#ifdef __SSE2__
                found:
#endif
                    refs.sentence += sent;
                    i = k;
                    if (k == limit) {
                        counted = toks[k - 1].off + 1;
                        break;
                    }
                    counted = toks[k].off + 1;
                    goto try_match;
                }
                /* sentence count for "same sentence" tests; tokens of the
                 * overlap between blocks are counted once */
                if (toks[i].flags & (TF_SEND | TF_PARA))
                    refs.sentence++;
                counted = toks[i].off + 1;
            }
            if (toks[i].off < boundary || starts_nothing(&toks[i])) {
                i++;
                continue;
            }
        try_match:
            if (!el__may_start(&x, i) || !el__match_started(&x, i, &c) || el__in_title(&x, c.tb, c.te)) {
                i++;
                continue;
            }
            el_timex t;
            memset(&t, 0, sizeof t);
            t.start = toks[c.tb].off;
            t.end = toks[c.te - 1].off + toks[c.te - 1].len;
            if (el__resolve(&x, &c, &refs, &t) && !push(out, &cap, &t)) {
                free(toks);
                free(fl);
                el_tag_result_free(out);
                return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
            }
            boundary = t.end;
            for (int k = i + 1; k < c.te; k++) {
                if (toks[k].off >= counted && (toks[k].flags & (TF_SEND | TF_PARA)))
                    refs.sentence++;
                if (toks[k].off >= counted)
                    counted = toks[k].off + 1;
            }
            i = c.te;
        }
        if (done)
            break;
        if (toks[limit].off > boundary)
            boundary = toks[limit].off;
        pos = toks[limit - LOOKBEHIND].off;
    }
    free(toks);
    free(fl);
    return EL_OK;
}

void el_tag_result_free(el_tag_result *r)
{
    if (!r)
        return;
    free(r->timexes);
    r->timexes = NULL;
    r->n = 0;
}
