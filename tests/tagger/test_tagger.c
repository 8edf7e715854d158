/* test_tagger.c: unit tests of the temporal tagger: year boundaries,
 * weekday rules across months and years, false positives, dateline DCT
 * detection (weekday rule, today parameter), option errors, robustness on
 * hostile input, the JSON writer and the lexicon order.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/tagger.h"
#include "events/tagger/tagger_internal.h"

#include "tests/common/check_msg.h"

/* Tags text with the given DCT; returns the value of the timex whose text
 * is exactly phrase, "" when there is none ("<none>" when tagging failed). */
static const char *value_of(const char *text, const char *dct, const char *phrase,
                            char *buf, size_t size)
{
    el_tag_options opt = {dct, dct, 0};
    el_tag_result r;
    el_error err;
    snprintf(buf, size, "<none>");
    if (el_tag(text, strlen(text), &opt, &r, &err) != EL_OK)
        return buf;
    snprintf(buf, size, "%s", "");
    const char *at = strstr(text, phrase);
    for (size_t i = 0; at && i < r.n; i++) {
        if (r.timexes[i].start == (size_t)(at - text) &&
            r.timexes[i].end == (size_t)(at - text) + strlen(phrase))
            snprintf(buf, size, "%s", r.timexes[i].value);
    }
    el_tag_result_free(&r);
    return buf;
}

#define EXPECT_VALUE(text, dct, phrase, want)                                     \
    do {                                                                          \
        char b_[64];                                                              \
        const char *got_ = value_of(text, dct, phrase, b_, sizeof b_);            \
        CHECK(strcmp(got_, want) == 0, "\"%s\" in \"%s\" (DCT %s): got \"%s\", want \"%s\"", \
              phrase, text, dct, got_, want);                                     \
    } while (0)

/* Number of timexes overlapping [phrase] in text. */
static int tagged_count(const char *text, const char *phrase)
{
    el_tag_options opt = {"2018-07-07", NULL, 0};
    el_tag_result r;
    el_error err;
    if (el_tag(text, strlen(text), &opt, &r, &err) != EL_OK)
        return -1;
    const char *at = strstr(text, phrase);
    size_t s = at ? (size_t)(at - text) : 0, e = s + strlen(phrase);
    int n = 0;
    for (size_t i = 0; i < r.n; i++)
        if (r.timexes[i].start < e && s < r.timexes[i].end)
            n++;
    el_tag_result_free(&r);
    return n;
}

static void test_year_boundaries(void)
{
    EXPECT_VALUE("It rained yesterday.", "2019-01-01", "yesterday", "2018-12-31");
    EXPECT_VALUE("It will rain tomorrow.", "2018-12-31", "tomorrow", "2019-01-01");
    EXPECT_VALUE("Sales will rise next month.", "2018-12-31", "next month", "2019-01");
    EXPECT_VALUE("Sales rose last month.", "2019-01-01", "last month", "2018-12");
    /* ISO weeks: 2021-01-01 is in 2020-W53; 2018-12-31 is in 2019-W01. */
    EXPECT_VALUE("Talks began last week.", "2021-01-01", "last week", "2020-W52");
    EXPECT_VALUE("Talks continue this week.", "2018-12-31", "this week", "2019-W01");
    EXPECT_VALUE("Talks continue this week.", "2021-01-01", "this week", "2020-W53");
    EXPECT_VALUE("Profit rose last quarter.", "2019-01-01", "last quarter", "2018-Q4");
    EXPECT_VALUE("It snowed last winter.", "2019-01-15", "last winter", "2017-WI");
    EXPECT_VALUE("It snows this winter.", "2019-01-15", "this winter", "2018-WI");
    /* Month/day without a year near the turn of the year. */
    EXPECT_VALUE("The deal was signed on Dec. 30.", "2019-01-02", "Dec. 30", "2018-12-30");
    EXPECT_VALUE("The vote will be held on Jan. 3.", "2018-12-30", "Jan. 3", "2019-01-03");
    EXPECT_VALUE("The plant closed in December.", "2019-01-10", "December", "2018-12");
    EXPECT_VALUE("The plant will open in January.", "2018-12-20", "January", "2019-01");
    EXPECT_VALUE("Fireworks marked New Year's Eve.", "2019-01-01", "New Year's Eve", "2018-12-31");
}

static void test_weekdays(void)
{
    /* DCT Monday 2018-10-01: past Friday is in September. */
    EXPECT_VALUE("The bomb exploded on Friday.", "2018-10-01", "Friday", "2018-09-28");
    EXPECT_VALUE("They will vote on Friday.", "2018-10-01", "Friday", "2018-10-05");
    /* DCT Tuesday 2019-01-01: past Saturday is in 2018. */
    EXPECT_VALUE("The bomb exploded on Saturday.", "2019-01-01", "Saturday", "2018-12-29");
    EXPECT_VALUE("They will meet next Monday.", "2018-12-31", "next Monday", "2019-01-07");
    EXPECT_VALUE("They met last Monday.", "2018-12-31", "last Monday", "2018-12-24");
    /* A weekday equal to the DCT's is the DCT in either tense. */
    EXPECT_VALUE("Police said on Monday.", "2018-12-31", "Monday", "2018-12-31");
    EXPECT_VALUE("They will meet Monday.", "2018-12-31", "Monday", "2018-12-31");
    EXPECT_VALUE("The vote is scheduled for Thursday.", "2018-12-29", "Thursday", "2019-01-03");
    EXPECT_VALUE("The talks opened on Friday, Dec. 28.", "2019-01-02", "Friday, Dec. 28", "2018-12-28");
}

static void test_false_positives(void)
{
    static const char *const cases[][2] = {
        {"The storm displaced 2,011 people.", "2,011"},
        {"The road is 2011 km long.", "2011"},
        {"He paid $2011 for it.", "2011"},
        {"Flight 2011 landed safely.", "2011"},
        {"Police arrested a 59-year-old man.", "59-year-old"},
        {"He was a star in his 20s.", "20s"},
        {"They may attend.", "may"},
        {"Theresa May said so.", "May"},
        {"Prices could fall.", "fall"},
        {"She won a second term.", "second"},
        {"Version 2.5 was released.", "2.5"},
        {"Call 555-2011 now.", "2011"},
        {"Students joined the March for Our Lives.", "March"},
        {"The Boeing 747 landed.", "747"},
        {"The 2018-02-30 entry is wrong.", "2018-02-30"},
        {"Report 20181304 was filed.", "20181304"},
        {"The score was 10:30 at half time.", "10:30"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK(tagged_count(cases[i][0], cases[i][1]) == 0, "\"%s\" was tagged in \"%s\"",
              cases[i][1], cases[i][0]);
}

/* Tags text with no DCT and the given today; fills r. */
static int tag_today(const char *text, const char *today, el_tag_result *r)
{
    el_tag_options opt = {NULL, today, 0};
    el_error err;
    return el_tag(text, strlen(text), &opt, r, &err);
}

static void test_dateline(void)
{
    el_tag_result r;
    /* 2018-07-07 was a Saturday: the lead says so, today is in 2026. */
    const char *lead = "TRIPOLI, July 7 (Xinhua) -- Libyan forces on Saturday took the town.";
    CHECK(tag_today(lead, "2026-11-27", &r) == EL_OK, "tag failed");
    CHECK(strcmp(r.dct, "2018-07-07") == 0, "dct %s", r.dct);
    CHECK(r.dct_source == EL_DCT_DATELINE_WEEKDAY, "source %d", (int)r.dct_source);
    CHECK(strstr(r.warning, "2018") && strstr(r.warning, "Saturday"), "warning: %s", r.warning);
    CHECK(r.dateline_start == 0 && r.dateline_end > 20, "dateline span %zu..%zu",
          r.dateline_start, r.dateline_end);
    /* The Saturday in the lead: same day as the DCT. */
    bool sat = false;
    for (size_t i = 0; i < r.n; i++)
        if (strcmp(r.timexes[i].value, "2018-07-07") == 0 &&
            strncmp(lead + r.timexes[i].start, "Saturday", 8) == 0)
            sat = true;
    CHECK(sat, "Saturday not resolved to the DCT");
    el_tag_result_free(&r);

    /* The latest year not after today: July 7 was a Saturday in 2018 and
     * 2012; with today in 2017 the answer is 2012. */
    CHECK(tag_today(lead, "2017-12-31", &r) == EL_OK, "tag failed");
    CHECK(strcmp(r.dct, "2012-07-07") == 0, "dct %s", r.dct);
    el_tag_result_free(&r);
    /* Today before July 7, 2018 in 2018: 2018 is excluded. */
    CHECK(tag_today(lead, "2018-07-06", &r) == EL_OK, "tag failed");
    CHECK(strcmp(r.dct, "2012-07-07") == 0, "dct %s", r.dct);
    el_tag_result_free(&r);

    /* The weekday a reporting verb governs names the report's day, even
     * after an event weekday: March 4 was a Tuesday in 2025 (a Monday in 2024). */
    CHECK(tag_today("KIGALI, March 4 (Xinhua) -- A storm tore through the town on Monday, "
                    "officials said on Tuesday.", "2026-11-27", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2025-03-04") == 0, "dct %s", r.dct);
    el_tag_result_free(&r);
    /* Without a reporting verb the first weekday decides. */
    CHECK(tag_today("KIGALI, March 4 (Xinhua) -- A storm tore through the town on Monday.",
                    "2026-11-27", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2024-03-04") == 0, "dct %s", r.dct);
    el_tag_result_free(&r);

    /* A full date in the dateline. */
    CHECK(tag_today("LONDON, March 3, 2013 (Reuters) - Shares fell.", "2026-01-01", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2013-03-03") == 0 && r.dct_source == EL_DCT_DATELINE, "dct %s", r.dct);
    el_tag_result_free(&r);

    /* No weekday clue: today's year. */
    CHECK(tag_today("BEIJING, Jan. 5 (Xinhua) -- The plan was approved.", "2020-06-01", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2020-01-05") == 0 && r.dct_source == EL_DCT_DATELINE_TODAY, "dct %s", r.dct);
    CHECK(r.warning[0] != 0, "no warning");
    el_tag_result_free(&r);

    /* A dateline without a date: today. */
    CHECK(tag_today("WASHINGTON (AP) -- The Senate voted.", "2020-06-01", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2020-06-01") == 0 && r.dct_source == EL_DCT_TODAY, "dct %s", r.dct);
    CHECK(r.dateline_end > 0, "dateline not found");
    el_tag_result_free(&r);

    /* No dateline at all. */
    CHECK(tag_today("The Senate voted on Friday.", "2020-06-01", &r) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2020-06-01") == 0 && r.dct_source == EL_DCT_TODAY, "dct %s", r.dct);
    CHECK(r.dateline_end == 0, "false dateline");
    el_tag_result_free(&r);

    /* A given DCT wins over the dateline. */
    el_tag_options opt = {"2018-07-08", "2026-01-01", 0};
    el_error err;
    CHECK(el_tag(lead, strlen(lead), &opt, &r, &err) == EL_OK, "x");
    CHECK(strcmp(r.dct, "2018-07-08") == 0 && r.dct_source == EL_DCT_GIVEN, "dct %s", r.dct);
    el_tag_result_free(&r);
}

static void test_option_errors(void)
{
    el_tag_result r;
    el_error err;
    el_tag_options bad = {"2018-02-30", NULL, 0};
    CHECK(el_tag("x", 1, &bad, &r, &err) == EL_ERR_USAGE, "bad dct accepted");
    el_tag_options none = {NULL, NULL, 0};
    CHECK(el_tag("x", 1, &none, &r, &err) == EL_ERR_USAGE, "missing today accepted");
    el_tag_options small = {"2018-07-07", NULL, 4};
    CHECK(el_tag("hello world", 11, &small, &r, &err) == EL_ERR_INPUT, "size limit ignored");
    CHECK(strstr(err.msg, "limit") != NULL, "message: %s", err.msg);
    el_tag_options ok = {"2018-07-07", NULL, 0};
    CHECK(el_tag("", 0, &ok, &r, &err) == EL_OK && r.n == 0, "empty text");
    el_tag_result_free(&r);
}

/* Every timex must be inside the text, ordered, non-overlapping, with a
 * sane value (no 5+ digit years, no invalid dates). */
static bool sane(const el_tag_result *r, size_t len)
{
    size_t prev_end = 0;
    for (size_t i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        if (t->start >= t->end || t->end > len || t->start < prev_end)
            return false;
        prev_end = t->end;
        const char *v = t->value;
        if (!v[0] || strlen(v) >= sizeof t->value)
            return false;
        if (v[0] >= '0' && v[0] <= '9') {
            size_t d = strspn(v, "0123456789");
            if (d > 4)
                return false;
            if (d == 4 && v[4] == '-' && v[5] >= '0' && v[5] <= '9') {
                int m = atoi(v + 5);
                if (m < 1 || m > 12)
                    return false;
                if (v[7] == '-' && v[8] >= '0' && v[8] <= '9') {
                    int dd = atoi(v + 8);
                    if (dd < 1 || dd > 31 || (m == 2 && dd > 29))
                        return false;
                }
            }
        }
        if (v[0] == 'P' && strchr(v, '-'))
            return false;
    }
    return true;
}

static void test_robustness(void)
{
    el_tag_options opt = {"2018-07-07", NULL, 0};
    el_tag_result r;
    el_error err;
    /* Random bytes, with a fixed seed (xorshift, no global state). */
    size_t len = 1 << 20;
    char *buf = malloc(len);
    CHECK(buf != NULL, "malloc");
    if (!buf)
        return;
    uint32_t s = 2463534242u;
    for (size_t i = 0; i < len; i++) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        buf[i] = (char)(s & 0xFF);
    }
    CHECK(el_tag(buf, len, &opt, &r, &err) == EL_OK, "random bytes");
    CHECK(sane(&r, len), "random bytes: insane output");
    el_tag_result_free(&r);
    /* Random text-like bytes: digits, punctuation, month words. */
    static const char *const words[] = {"2018", "-", "02", "30", "May", "Friday", ",", " ",
                                        "\0", "99999999999", "ago", "years", "1/1/1", ":",
                                        "last", "week", "the", "Q", "9", "'", "s", "\xE2\x80\x99",
                                        "\xff", "mid", "BC", "2011-2012", "T", "noon", "a.m."};
    size_t n = 0;
    while (n + 16 < len) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        const char *w = words[s % (sizeof words / sizeof words[0])];
        size_t wl = w[0] ? strlen(w) : 1;
        memcpy(buf + n, w, wl);
        n += wl;
        buf[n++] = (s >> 8) % 3 ? ' ' : '.';
    }
    CHECK(el_tag(buf, n, &opt, &r, &err) == EL_OK, "word soup");
    CHECK(sane(&r, n), "word soup: insane output");
    el_tag_result_free(&r);
    free(buf);

    /* A 5 MB single line of one word, of digits, and of "2011 ". */
    size_t big = 5u << 20;
    char *line = malloc(big);
    CHECK(line != NULL, "malloc");
    if (!line)
        return;
    memset(line, 'a', big);
    CHECK(el_tag(line, big, &opt, &r, &err) == EL_OK && r.n == 0, "5 MB word");
    el_tag_result_free(&r);
    memset(line, '7', big);
    CHECK(el_tag(line, big, &opt, &r, &err) == EL_OK && r.n == 0, "5 MB number");
    el_tag_result_free(&r);
    for (size_t i = 0; i < big; i++)
        line[i] = "in 2011 "[i % 8];
    CHECK(el_tag(line, big, &opt, &r, &err) == EL_OK, "5 MB of years");
    CHECK(r.n == big / 8, "years: %zu of %zu", r.n, big / 8);
    CHECK(sane(&r, big), "5 MB of years: insane output");
    el_tag_result_free(&r);
    memset(line, 0, big);
    CHECK(el_tag(line, big, &opt, &r, &err) == EL_OK && r.n == 0, "5 MB of NULs");
    el_tag_result_free(&r);
    free(line);

    /* Nested compositions must not recurse without bound. */
    {
        size_t rl = 2u << 20;
        char *rep = malloc(rl);
        CHECK(rep != NULL, "malloc");
        if (rep) {
            for (size_t i = 0; i < rl; i++)
                rep[i] = "the day before "[i % 15];
            CHECK(el_tag(rep, rl, &opt, &r, &err) == EL_OK, "the day before ...");
            CHECK(sane(&r, rl), "the day before ...: insane output");
            el_tag_result_free(&r);
            free(rep);
        }
    }
    /* Values that must not come out. */
    const char *t = "In 99999999999 BC and on 2018-02-30 and 9999999 years ago.";
    CHECK(el_tag(t, strlen(t), &opt, &r, &err) == EL_OK, "x");
    CHECK(sane(&r, strlen(t)), "absurd values");
    el_tag_result_free(&r);
    /* Matches across the token-block boundary are found once. */
    size_t rep = 20000;
    char *many = malloc(rep * 16 + 1);
    CHECK(many != NULL, "malloc");
    if (!many)
        return;
    size_t m = 0;
    for (size_t i = 0; i < rep; i++)
        m += (size_t)sprintf(many + m, "x y on July 4. ");
    CHECK(el_tag(many, m, &opt, &r, &err) == EL_OK, "x");
    CHECK(r.n == rep, "block boundary: %zu of %zu", r.n, rep);
    CHECK(sane(&r, m), "block boundary output");
    el_tag_result_free(&r);
    free(many);
}

static void test_json(void)
{
    const char *text = "He said \"today\"\x01 and \xff yesterday.";
    el_tag_options opt = {"2018-07-07", NULL, 0};
    el_tag_result r;
    el_error err;
    CHECK(el_tag(text, strlen(text), &opt, &r, &err) == EL_OK, "tag");
    char *json = el_tag_result_json(text, &r);
    CHECK(json != NULL, "json");
    if (json) {
        CHECK(strstr(json, "\"dct\": \"2018-07-07\"") != NULL, "%s", json);
        CHECK(strstr(json, "\"text\": \"today\", \"type\": \"DATE\", \"value\": \"2018-07-07\"") != NULL,
              "%s", json);
        CHECK(strstr(json, "\"value\": \"2018-07-06\"") != NULL, "%s", json);
        CHECK(strchr(json, '\x01') == NULL && strchr(json, '\xff') == NULL, "raw bytes in %s", json);
    }
    free(json);
    /* Invalid UTF-8 inside a timex text is replaced. */
    el_tag_result fake = r;
    el_timex t = r.timexes[0];
    t.start = 19;
    t.end = 22;
    fake.timexes = &t;
    fake.n = 1;
    json = el_tag_result_json(text, &fake);
    CHECK(json && strstr(json, "\\ufffd") && strstr(json, "\\u0001") == NULL, "%s", json ? json : "");
    free(json);
    el_tag_result_free(&r);

    /* Code point offsets: two curly quotes (3 bytes each) before "today". */
    const char *u = "\xE2\x80\x9CYes\xE2\x80\x9D, he said today.";
    CHECK(el_tag(u, strlen(u), &opt, &r, &err) == EL_OK && r.n == 1, "tag");
    json = el_tag_result_json_ex(u, strlen(u), &r, EL_TAG_JSON_CHAR_OFFSETS);
    CHECK(json && strstr(json, "\"start\": 15, \"end\": 20"), "%s", json ? json : "");
    free(json);
    json = el_tag_result_json(u, &r);
    CHECK(json && strstr(json, "\"start\": 19, \"end\": 24"), "%s", json ? json : "");
    free(json);
    el_tag_result_free(&r);
}

/* A growing byte sink for el_tag_result_json_write; refuses after
 * `refuse_after` calls when that is positive. */
typedef struct sink {
    char *s;
    size_t n;
    int calls, refuse_after;
} sink;

static int sink_write(void *closure, const unsigned char *data, size_t len)
{
    sink *k = closure;
    if (k->refuse_after > 0 && k->calls >= k->refuse_after)
        return -1;
    k->calls++;
    char *ns = realloc(k->s, k->n + len + 1);
    if (!ns)
        return -1;
    memcpy(ns + k->n, data, len);
    k->s = ns;
    k->n += len;
    k->s[k->n] = 0;
    return 0;
}

/* The streamed JSON is the collected JSON, byte for byte, over many
 * chunks, with a timex longer than a chunk and with both offset kinds. */
static void test_json_write(void)
{
    el_tag_options opt = {"2018-07-07", NULL, 0};
    el_tag_result r;
    el_error err;
    size_t rep = 3000, m = 0;
    char *text = malloc(rep * 40 + 1);
    CHECK(text != NULL, "malloc");
    if (!text)
        return;
    for (size_t k = 0; k < rep; k++)
        m += (size_t)sprintf(text + m, "\xE2\x80\x9Cx\xE2\x80\x9D on July 4 \"\x01\xff. ");
    CHECK(el_tag(text, m, &opt, &r, &err) == EL_OK && r.n == rep, "tag %zu", r.n);
    for (unsigned flags = 0; flags <= EL_TAG_JSON_CHAR_OFFSETS; flags += EL_TAG_JSON_CHAR_OFFSETS) {
        char *json = el_tag_result_json_ex(text, m, &r, flags);
        sink k = {NULL, 0, 0, 0};
        CHECK(el_tag_result_json_write(text, m, &r, flags, sink_write, &k, &err) == EL_OK, "write");
        CHECK(json && k.s && k.calls > 1 && strcmp(json, k.s) == 0, "streamed JSON differs");
        free(json);
        free(k.s);
    }
    /* one timex spanning the whole text: its string is longer than a chunk */
    el_tag_result fake = r;
    el_timex t = r.timexes[0];
    t.start = 0;
    t.end = m;
    fake.timexes = &t;
    fake.n = 1;
    char *json = el_tag_result_json(text, &fake);
    sink k = {NULL, 0, 0, 0};
    CHECK(el_tag_result_json_write(text, m, &fake, 0, sink_write, &k, &err) == EL_OK, "write");
    CHECK(json && k.s && strcmp(json, k.s) == 0, "streamed long timex differs");
    free(json);
    free(k.s);
    /* a writer that refuses stops it; no writer is a usage error */
    sink no = {NULL, 0, 0, 1};
    CHECK(el_tag_result_json_write(text, m, &r, 0, sink_write, &no, &err) == EL_ERR_IO, "refused");
    free(no.s);
    CHECK(el_tag_result_json_write(text, m, &r, 0, NULL, NULL, &err) == EL_ERR_USAGE, "no writer");
    el_tag_result_free(&r);
    free(text);
}

/* el__tok_is: the eight-byte compare agrees with the byte loop, near the
 * end of the text too, and literals it cannot fold take the loop. */
static void test_tok_is(void)
{
    const char *text = "The THE tHe them [x] {x} Soon 3.5 o'clock soon";
    el__tok toks[32];
    size_t next;
    int n = el__scan(text, strlen(text), 0, toks, 32, &next);
    el__ctx x = {text, strlen(text), toks, n, EL__COUNTRY_US};
    CHECK(n == 16, "tokens: %d", n);
    CHECK(el__tok_is(&x, 0, "the") && el__tok_is(&x, 1, "the") && el__tok_is(&x, 2, "the"), "the");
    CHECK(!el__tok_is(&x, 3, "the") && !el__tok_is(&x, 0, "them") && el__tok_is(&x, 3, "them"), "them");
    CHECK(el__tok_is(&x, 4, "[") && !el__tok_is(&x, 4, "{") && el__tok_is(&x, 7, "{"), "brackets");
    CHECK(el__tok_is(&x, 10, "soon") && el__tok_is(&x, 15, "soon"), "soon, last token");
    CHECK(el__tok_is(&x, 11, "3.5"), "3.5");
    CHECK(!el__tok_is(&x, 16, "soon") && !el__tok_is(&x, -1, "the"), "out of range");
    for (int i = 0; i < n; i++) {
        CHECK(el__tok_is(&x, i, "soon") == el__tok_is_n(&x, i, "soon", 4), "soon at %d", i);
        CHECK(el__tok_is(&x, i, "o") == el__tok_is_n(&x, i, "o", 1), "o at %d", i);
        CHECK(el__tok_is(&x, i, "{") == el__tok_is_n(&x, i, "{", 1), "{ at %d", i);
    }
}

static void test_lexicon(void)
{
    CHECK(el__lex_check_sorted() < 0, "lexicon out of order at entry %d", el__lex_check_sorted());
    int n = 0;
    CHECK(el__lex_find("september", 9, &n) >= 0 && n >= 1, "september");
    CHECK(el__lex_find("sept", 4, &n) >= 0, "sept");
    CHECK(el__lex_find("zzz", 3, &n) < 0, "zzz");
    /* holiday phrases: sorted by first letter and unique (the lookup
     * searches one letter's run and takes the longest match) */
    for (int i = 1; i < el__holiday_count(); i++) {
        const char *a = el__holiday_at(i - 1)->phrase, *b = el__holiday_at(i)->phrase;
        CHECK(a[0] <= b[0], "holiday \"%s\" before \"%s\"", a, b);
        for (int k = 0; k < i; k++)
            CHECK(strcmp(el__holiday_at(k)->phrase, b) != 0, "holiday \"%s\" twice", b);
    }
}

static void test_calendar(void)
{
    int m, d;
    el__easter(2018, &m, &d);
    CHECK(m == 4 && d == 1, "Easter 2018: %d-%d", m, d);
    el__easter(2000, &m, &d);
    CHECK(m == 4 && d == 23, "Easter 2000: %d-%d", m, d);
    el__easter(2019, &m, &d);
    CHECK(m == 4 && d == 21, "Easter 2019: %d-%d", m, d);
    CHECK(el__nth_weekday(2018, 11, 4, 4) == 22, "Thanksgiving 2018");
    CHECK(el__nth_weekday(2018, 5, 1, -1) == 28, "Memorial Day 2018");
    CHECK(el__nth_weekday(2019, 11, 4, 4) == 28, "Thanksgiving 2019");
    int64_t wy;
    CHECK(el__iso_week(2021, 1, 1, &wy) == 53 && wy == 2020, "2021-01-01 week");
    CHECK(el__iso_week(2018, 12, 31, &wy) == 1 && wy == 2019, "2018-12-31 week");
    CHECK(el__iso_week(2018, 7, 7, &wy) == 27 && wy == 2018, "2018-07-07 week");
    EXPECT_VALUE("Shops closed on Black Friday.", "2019-12-10", "Black Friday", "2019-11-29");
    EXPECT_VALUE("The vote is on Election Day.", "2018-07-07", "Election Day", "2018-11-06");
    EXPECT_VALUE("Families met for Chinese New Year.", "2018-07-07", "Chinese New Year", "2018-02-16");
}

int main(void)
{
    test_year_boundaries();
    test_weekdays();
    test_false_positives();
    test_dateline();
    test_option_errors();
    test_robustness();
    test_json();
    test_json_write();
    test_tok_is();
    test_lexicon();
    test_calendar();
    CHECK_DONE();
}
