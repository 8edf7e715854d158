/* fuzz_tagger.c: the temporal tagger on arbitrary bytes.
 *
 * Each input is tagged twice: once with a fixed report date (DCT), once with
 * no DCT so that the dateline detector and the "today" fallback run too.
 * Beyond "no crash, no leak", every result must be well formed: spans inside
 * the input, in text order and not overlapping; type, value, mod, quant and
 * freq from the TimeML vocabulary; calendar dates that exist; no absurd
 * years and no negative durations.
 */
#include <string.h>

#include "eventline/date.h"
#include "eventline/tagger.h"
#include "fuzz_check.h"

/* True when the fixed-size field s (n bytes) holds a NUL. */
static int field_terminated(const char *s, size_t n)
{
    return memchr(s, '\0', n) != NULL;
}

/* True when s is one of the NULL-terminated list of words. */
static int one_of(const char *s, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strcmp(s, words[i]) == 0)
            return 1;
    return 0;
}

/* Checks one TIMEX3 value string: printable ASCII, no blanks, years of at
 * most four digits, real calendar days, durations that are not negative. */
static void check_value(const el_timex *t)
{
    const char *v = t->value;
    size_t len = strlen(v);
    FUZZ_CHECK(len > 0, "empty value at [%zu,%zu)", t->start, t->end);
    for (size_t i = 0; i < len; i++)
        FUZZ_CHECK(v[i] > ' ' && v[i] < 127 && v[i] != '"' && v[i] != '\\',
                   "value \"%s\" has byte 0x%02x", v, (unsigned char)v[i]);

    /* TIMEX3 years have four digits ("2018", "199" for a decade, "19" for a
     * century); "99999999999" in the text must not become a year. */
    size_t digits = strspn(v, "0123456789");
    FUZZ_CHECK(digits <= 4, "value \"%s\": number of %zu digits", v, digits);

    if (v[0] == 'P') {
        FUZZ_CHECK(t->type == EL_TIMEX_DURATION || t->type == EL_TIMEX_SET ||
                       strcmp(v, "PRESENT_REF") == 0 ||
                       strcmp(v, "PAST_REF") == 0,
                   "value \"%s\" looks like a duration but type is %s", v,
                   el_timex_type_name(t->type));
        FUZZ_CHECK(strchr(v, '-') == NULL || v[1] == 'A' || v[1] == 'R',
                   "negative duration \"%s\"", v);
    }

    /* YYYY-MM-DD (optionally followed by a time): the day must exist. */
    if (digits == 4 && len >= 10 && v[4] == '-' && v[7] == '-' &&
        strspn(v + 5, "0123456789") == 2 && strspn(v + 8, "0123456789") == 2) {
        char day[11];
        memcpy(day, v, 10);
        day[10] = '\0';
        el_date d;
        el_error err;
        el_error_clear(&err);
        FUZZ_CHECK(el_date_parse(day, &d, &err) == EL_OK,
                   "value \"%s\" is not a real day: %s", v, err.msg);
    }
    /* YYYY-MM: a real month. */
    if (digits == 4 && v[4] == '-' && strspn(v + 5, "0123456789") == 2) {
        int month = (v[5] - '0') * 10 + (v[6] - '0');
        FUZZ_CHECK(month >= 1 && month <= 12, "value \"%s\": month %d", v,
                   month);
    }
}

/* Checks everything el_tag returned for an input of len bytes. */
static void check_result(const el_tag_result *r, size_t len)
{
    static const char *const mods[] = {
        "", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
        "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END",
        "APPROX", NULL};
    static const char *const quants[] = {"", "EVERY", "EACH", NULL};

    FUZZ_CHECK(r->n == 0 || r->timexes != NULL, "n=%zu but no array", r->n);
    FUZZ_CHECK(r->n <= len, "%zu timexes in %zu bytes", r->n, len);
    size_t prev_end = 0;
    for (size_t i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        FUZZ_CHECK(t->start < t->end && t->end <= len,
                   "timex %zu span [%zu,%zu) outside [0,%zu)", i, t->start,
                   t->end, len);
        FUZZ_CHECK(t->start >= prev_end,
                   "timex %zu at %zu overlaps or precedes the previous end %zu",
                   i, t->start, prev_end);
        prev_end = t->end;
        FUZZ_CHECK(t->type >= EL_TIMEX_DATE && t->type <= EL_TIMEX_SET,
                   "timex %zu type %d", i, (int)t->type);
        FUZZ_CHECK(field_terminated(t->value, sizeof t->value) &&
                       field_terminated(t->mod, sizeof t->mod) &&
                       field_terminated(t->quant, sizeof t->quant) &&
                       field_terminated(t->freq, sizeof t->freq),
                   "timex %zu has an unterminated field", i);
        check_value(t);
        FUZZ_CHECK(one_of(t->mod, mods), "timex %zu mod \"%s\"", i, t->mod);
        FUZZ_CHECK(one_of(t->quant, quants), "timex %zu quant \"%s\"", i,
                   t->quant);
        FUZZ_CHECK(strspn(t->freq, "0123456789XYMWDHS") == strlen(t->freq),
                   "timex %zu freq \"%s\"", i, t->freq);
    }

    FUZZ_CHECK(field_terminated(r->dct, sizeof r->dct) &&
                   field_terminated(r->warning, sizeof r->warning),
               "%s", "unterminated dct or warning");
    el_date d;
    el_error err;
    el_error_clear(&err);
    FUZZ_CHECK(strlen(r->dct) == 10 && el_date_parse(r->dct, &d, &err) == EL_OK &&
                   d.start.prec == EL_PREC_DAY,
               "dct \"%s\" is not a day", r->dct);
    FUZZ_CHECK(r->dateline_start <= r->dateline_end && r->dateline_end <= len,
               "dateline [%zu,%zu) outside the input", r->dateline_start,
               r->dateline_end);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    el_tag_options with_dct = {"2018-07-07", "2018-07-10", 0};
    el_tag_options no_dct = {NULL, "2018-07-10", 0};
    const el_tag_options *modes[] = {&with_dct, &no_dct};

    for (size_t m = 0; m < 2; m++) {
        el_tag_result r;
        el_error err;
        memset(&r, 0, sizeof r);
        el_error_clear(&err);
        int rc = el_tag(text, size, modes[m], &r, &err);
        FUZZ_CHECK(rc == EL_OK || rc == EL_ERR_IO,
                   "el_tag returned %d (%s) on %zu bytes", rc, err.msg, size);
        if (rc == EL_OK)
            check_result(&r, size);
        el_tag_result_free(&r);
    }
    return 0;
}
