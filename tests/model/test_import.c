/* test_import.c: TimelineJS JSON and CSV in and out, HTML to text, format
 * detection, and conversions between the three formats. */
#include <stdio.h>
#include <stdlib.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "events/model/import_internal.h"
#include "check.h"

static void test_html(void)
{
    static const struct { const char *in, *out; } cases[] = {
        {"plain", "plain"},
        {"<p>Six <b>turning</b> points.</p><p>Next</p>", "Six turning points.\nNext"},
        {"a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x263A; &eacute;",
         "a & b <c> \"d\" 'e' \xe2\x98\xba \xc3\xa9"},
        {"x&nbsp;y &ndash; z&mdash;w", "x y \xe2\x80\x93 z\xe2\x80\x94w"},
        {"line<br>break<br/>again<BR />end", "line\nbreak\nagain\nend"},
        {"  lots   of\n\n  space\t ", "lots of space"},
        {"<script>var x = '<p>';</script>kept<style>p{}</style>", "kept"},
        {"a < b and c > d", "a < b and c > d"},
        {"&unknown; &#0; &#xZZ; &", "&unknown; \xef\xbf\xbd &#xZZ; &"},
        {"<a href=\"http://x\">link</a> text", "link text"},
        {"<ul><li>one</li><li>two</li></ul>", "one\ntwo"},
        {"&#1114112;", "\xef\xbf\xbd"},
        {"unclosed <b tag", "unclosed <b tag"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *t = el__html_to_text(cases[i].in, strlen(cases[i].in));
        CHECK_STR_EQ(t, cases[i].out);
        free(t);
    }
}

static void test_tljs_read(void)
{
    size_t len;
    char *text = slurp(EL_TEST_DATA "/tljs_small.json", &len);
    CHECK(text != NULL);
    if (!text)
        return;
    CHECK_EQ_INT(el_detect_format(text, len, "x.json"), EL_INPUT_TIMELINEJS);
    el_timeline *tl = NULL;
    el_error err;
    int rc = el_timelinejs_read(text, len, NULL, &tl, &err);
    if (rc)
        fprintf(stderr, "tljs_small.json:%d:%d: %s\n", err.line, err.col, err.msg);
    CHECK_EQ_INT(rc, EL_OK);
    free(text);
    if (!tl)
        return;
    CHECK_STR_EQ(tl->title, "Crisis & recovery");
    CHECK_STR_EQ(tl->subtitle, "Six turning points.\nSecond paragraph \xe2\x80\x93 with a dash.");
    CHECK_EQ_INT(tl->n_eras, 1);
    CHECK_STR_EQ(tl->eras[0].date_text, "2007-12/2009-06");
    CHECK_STR_EQ(tl->eras[0].label, "US recession");
    CHECK_EQ_INT(tl->n_events, 5);
    el_event *e = tl->events;
    CHECK_STR_EQ(e[0].label, "Lehman collapses");
    CHECK_STR_EQ(e[0].note, "Largest bankruptcy \xe2\x80\x94 ever.");
    CHECK_STR_EQ(e[0].group, "Markets");
    CHECK_STR_EQ(e[0].id, "lehman");
    CHECK_STR_EQ(e[0].color, "#1f2a36");
    CHECK_STR_EQ(e[0].date_text, "2008-09-15");
    CHECK_STR_EQ(e[1].date_text, "2008-11");
    CHECK_STR_EQ(e[1].end_text, "2009-03");
    CHECK_STR_EQ(e[1].display_date, "Winter 2008/09");
    CHECK_STR_EQ(e[2].label, "Caesar");
    CHECK_STR_EQ(e[2].date_text, "-0043-03-15"); /* year -44 is 44 BCE */
    CHECK_STR_EQ(e[2].id, "e3");                  /* repeated unique_id dropped */
    CHECK_STR_EQ(e[3].label, "A text without a headline becomes the label");
    CHECK_STR_EQ(e[3].date_text, "2010-05-02T14:30");
    CHECK(e[3].end_text == NULL);                 /* identical end dropped */
    CHECK_EQ_INT(e[3].date.start.prec, EL_PREC_MINUTE);
    CHECK_STR_EQ(e[4].date_text, "-2559");
    CHECK_STR_EQ(e[4].display_date, "c. 2560 BCE");
    CHECK(e[4].color == NULL);                    /* CSS names are not kept */

    /* out to TimelineJS and back: same dates, labels, groups, notes */
    char *out = el_timelinejs_write(tl);
    CHECK(out != NULL);
    el_timeline *back = NULL;
    rc = el_timelinejs_read(out, strlen(out), NULL, &back, &err);
    if (rc)
        fprintf(stderr, "rewritten TimelineJS:%d:%d: %s\n%s\n", err.line, err.col, err.msg, out);
    CHECK_EQ_INT(rc, EL_OK);
    if (back) {
        CHECK_EQ_INT(back->n_events, tl->n_events);
        for (size_t i = 0; i < tl->n_events && i < back->n_events; i++) {
            CHECK_STR_EQ(back->events[i].date_text, tl->events[i].date_text);
            CHECK_STR_EQ(back->events[i].label, tl->events[i].label);
            CHECK(el_date_compare(&back->events[i].date, &tl->events[i].date) == 0);
        }
        CHECK_STR_EQ(back->events[1].end_text, "2009-03");
        CHECK_STR_EQ(back->events[0].note, tl->events[0].note);
        CHECK_STR_EQ(back->events[0].group, "Markets");
        CHECK_STR_EQ(back->title, tl->title);
        CHECK_STR_EQ(back->subtitle, tl->subtitle);
        CHECK_STR_EQ(back->eras[0].date_text, "2007-12/2009-06");
        char *out2 = el_timelinejs_write(back);
        CHECK_STR_EQ(out2, out);
        free(out2);
    }
    el_timeline_free(back);
    free(out);
    el_timeline_free(tl);
}

typedef struct bad_case {
    const char *text;
    int line, col;
    const char *msg;
} bad_case;

static const bad_case tljs_bad[] = {
    {"{\"events\": [{\"start_date\": {\"year\": 2018, \"month\": 13}, \"text\": {\"headline\": \"x\"}}]}",
     1, 52, "events[0].start_date.month: 13 is not a valid month (1-12)"},
    {"{\"events\": [{\"start_date\": {\"year\": \"20x8\"}, \"text\": {\"headline\": \"x\"}}]}",
     1, 37, "events[0].start_date.year: expected a whole number, got \"20x8\""},
    {"{\"events\": [{\"start_date\": {\"year\": 2018.5}, \"text\": {\"headline\": \"x\"}}]}",
     1, 37, "expected a whole number in range"},
    {"{\"events\": [{\"start_date\": {\"month\": 3}, \"text\": {\"headline\": \"x\"}}]}",
     1, 28, "events[0].start_date: missing \"year\""},
    {"{\"events\": [{\"start_date\": {\"year\": 2018, \"month\": 2, \"day\": 30}, \"text\": {\"headline\": \"x\"}}]}",
     1, 28, "events[0].start_date: \"2018-02-30\": February 2018 has 28 days"},
    {"{\"events\": [{\"start_date\": {\"year\": 2018}, \"end_date\": {\"year\": 2017}, \"text\": {\"headline\": \"x\"}}]}",
     1, 56, "events[0].end_date: the end \"2017\" is before the start \"2018\""},
    {"{\"events\": [{\"start_date\": 2018, \"text\": {\"headline\": \"x\"}}]}",
     1, 28, "events[0].start_date: expected a date object"},
    {"{\"events\": [{\"start_date\": {\"year\": 2018}}]}", 1, 13,
     "events[0]: no text.headline or text.text to use as a label"},
    {"{\"events\": [{\"start_date\": {\"year\": 2018}, \"text\": \"x\"}]}", 1, 52,
     "events[0].text: expected an object"},
    {"{\"events\": [], \"eras\": [{\"start_date\": {\"year\": 2018}, \"text\": {\"headline\": \"x\"}}]}",
     1, 25, "eras[0]: an era needs both start_date and end_date"},
    {"{\"events\": [], \"eras\": [{\"start_date\": {\"year\": 2018}, \"end_date\": {\"year\": 2019}}]}",
     1, 25, "eras[0]: an era needs text.headline"},
    {"{\"title\": {\"text\": {\"headline\": \"t\"}}}", 1, 1, "missing \"events\""},
    {"{\"events\": [{\"start_date\": {\"year\": 2018}, \"text\": {\"headline\": \"x\"}}", 1, 70,
     "unexpected end of input"},
    {"{\"events\": [{\"start_date\": {\"year\": 99999999999}, \"text\": {\"headline\": \"x\"}}]}",
     1, 37, "99999999999 is not a valid year"},
};

static void test_tljs_limits(void)
{
    /* a display date made of both date-level display dates stays in limits */
    el_limits lim = {0};
    lim.max_label_bytes = 10;
    const char *doc = "{\"events\": [{\"start_date\": {\"year\": 2018, \"display_date\": \"abcdef\"},"
                      " \"end_date\": {\"year\": 2019, \"display_date\": \"ghijkl\"},"
                      " \"text\": {\"headline\": \"x\"}}]}";
    el_timeline *tl = NULL;
    el_error err;
    CHECK_EQ_INT(el_timelinejs_read(doc, strlen(doc), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0].start_date: display dates longer than the limit of 10");
    CHECK_EQ_INT(err.col, 28);
    lim.max_label_bytes = 100;
    CHECK_EQ_INT(el_timelinejs_read(doc, strlen(doc), &lim, &tl, &err), EL_OK);
    if (tl)
        CHECK_STR_EQ(tl->events[0].display_date, "abcdef - ghijkl");
    el_timeline_free(tl);
    tl = NULL;
    /* a label taken from the text respects the label limit */
    lim.max_label_bytes = 10;
    doc = "{\"events\": [{\"start_date\": {\"year\": 2018},"
          " \"text\": {\"text\": \"A fairly long text without a headline\"}}]}";
    CHECK_EQ_INT(el_timelinejs_read(doc, strlen(doc), &lim, &tl, &err), EL_OK);
    if (tl) {
        CHECK_STR_EQ(tl->events[0].label, "A fairly");
        CHECK_STR_EQ(tl->events[0].note, "A fairly long text without a headline");
    }
    el_timeline_free(tl);
    tl = NULL;
    const char *csv = "Year,Text\n2018,Another fairly long text\n";
    CHECK_EQ_INT(el_csv_read(csv, strlen(csv), &lim, &tl, &err), EL_OK);
    if (tl)
        CHECK_STR_EQ(tl->events[0].label, "Another");
    el_timeline_free(tl);
}

static void test_tljs_errors(void)
{
    for (size_t i = 0; i < sizeof tljs_bad / sizeof tljs_bad[0]; i++) {
        el_timeline *tl = NULL;
        el_error err;
        int rc = el_timelinejs_read(tljs_bad[i].text, strlen(tljs_bad[i].text), NULL, &tl, &err);
        CHECK_EQ_INT(rc, EL_ERR_INPUT);
        CHECK(tl == NULL);
        CHECK_CONTAINS(err.msg, tljs_bad[i].msg);
        if (err.line != tljs_bad[i].line || err.col != tljs_bad[i].col)
            fprintf(stderr, "  tljs case %zu: %d:%d %s\n", i, err.line, err.col, err.msg);
        CHECK_EQ_INT(err.line, tljs_bad[i].line);
        CHECK_EQ_INT(err.col, tljs_bad[i].col);
    }
}

static void test_csv_read(void)
{
    size_t len;
    char *text = slurp(EL_TEST_DATA "/sheet.csv", &len);
    CHECK(text != NULL);
    if (!text)
        return;
    CHECK_EQ_INT(el_detect_format(text, len, NULL), EL_INPUT_CSV);
    el_timeline *tl = NULL;
    el_error err;
    int rc = el_csv_read(text, len, NULL, &tl, &err);
    if (rc)
        fprintf(stderr, "sheet.csv:%d:%d: %s\n", err.line, err.col, err.msg);
    CHECK_EQ_INT(rc, EL_OK);
    free(text);
    if (!tl)
        return;
    CHECK_STR_EQ(tl->title, "Crisis, then recovery");
    CHECK_STR_EQ(tl->subtitle, "A sheet with \"quotes\"");
    CHECK_EQ_INT(tl->n_eras, 1);
    CHECK_STR_EQ(tl->eras[0].date_text, "2007-12/2009-06");
    CHECK_EQ_INT(tl->n_events, 4);
    el_event *e = tl->events;
    CHECK_STR_EQ(e[0].label, "Lehman collapses");
    CHECK_STR_EQ(e[0].note, "Line one line two"); /* Text is HTML: a raw break is a space */
    CHECK_STR_EQ(e[0].group, "Markets");
    CHECK_STR_EQ(e[0].color, "#1f2a36");
    CHECK_STR_EQ(e[1].date_text, "1500");
    CHECK_STR_EQ(e[2].date_text, "2010-05-02T14:30");
    CHECK_STR_EQ(e[2].group, "Tag A");
    CHECK(e[2].color == NULL);
    CHECK_STR_EQ(e[3].date_text, "-0043-03-15");
    CHECK_STR_EQ(e[3].display_date, "44 BCE");
    CHECK_STR_EQ(e[3].id, "e4");

    /* CSV out and back */
    char *out = el_csv_write(tl);
    CHECK(out != NULL);
    CHECK(out && strncmp(out, "Year,Month,Day,Time,End Year,", 29) == 0);
    el_timeline *back = NULL;
    rc = el_csv_read(out, strlen(out), NULL, &back, &err);
    if (rc)
        fprintf(stderr, "rewritten CSV:%d:%d: %s\n%s\n", err.line, err.col, err.msg, out);
    CHECK_EQ_INT(rc, EL_OK);
    if (back) {
        CHECK_EQ_INT(back->n_events, 4);
        for (size_t i = 0; i < 4 && i < back->n_events; i++) {
            CHECK_STR_EQ(back->events[i].date_text, tl->events[i].date_text);
            CHECK_STR_EQ(back->events[i].label, tl->events[i].label);
            if (tl->events[i].group)
                CHECK_STR_EQ(back->events[i].group, tl->events[i].group);
            else
                CHECK(back->events[i].group == NULL);
        }
        CHECK_STR_EQ(back->title, tl->title);
        CHECK_STR_EQ(back->subtitle, tl->subtitle);
        CHECK_STR_EQ(back->events[0].note, tl->events[0].note);
        CHECK_STR_EQ(back->eras[0].date_text, tl->eras[0].date_text);
        char *out2 = el_csv_write(back);
        CHECK_STR_EQ(out2, out);
        free(out2);
    }
    el_timeline_free(back);
    free(out);
    el_timeline_free(tl);
}

#define HDR "Year,Month,Day,Time,End Year,Headline,Text,Type\n"

static const bad_case csv_bad[] = {
    {HDR "2018,13,,,,x,,\n", 2, 6, "Month: \"13\" is out of range (1 to 12)"},
    {HDR "20x8,,,,,x,,\n", 2, 1, "Year: expected a whole number, got \"20x8\""},
    {HDR "2018,2,30,,,x,,\n", 2, 8, "Day: \"2018-02-30\": February 2018 has 28 days"},
    {HDR "2018,2,3,25:00,,x,,\n", 2, 10, "Time: expected a time such as 14:30"},
    {HDR ",,,14:00,,x,,\n", 2, 4, "Time: a time needs a Year"},
    {HDR "2018,,,,2017,x,,\n", 2, 9, "End Year: the end \"2017\" is before the start \"2018\""},
    {HDR ",,,,,x,,\n", 2, 1, "Year: an event row needs a year"},
    {HDR "2018,,,,,,,\n", 2, 10, "Headline: an event row needs a headline or a text"},
    {HDR "2018,,,,,x,,slide\n", 2, 13, "Type: expected \"title\", \"era\" or nothing, got \"slide\""},
    {HDR "2018,,,,,x,,era\n", 2, 9, "End Year: an era row needs an end year"},
    {HDR "2018,,,,,\"x,,\n", 2, 10, "unterminated quoted field"},
    {HDR "2018,,,,,\"x\"y,,\n", 2, 13, "unexpected text after a quoted field"},
    {"Month,Day,Headline\n3,4,x\n", 1, 1, "the header row has no \"Year\" column"},
    {"", 1, 1, "the input is empty"},
    {HDR "2018,,,,,x\xff,,\n", 2, 11, "invalid UTF-8"},
    {HDR "2018,,,,,\"multi\nline\",,\n2019,2,29,,,y,,\n", 4, 8, "February 2019 has 28 days"},
};

static void test_csv_errors(void)
{
    for (size_t i = 0; i < sizeof csv_bad / sizeof csv_bad[0]; i++) {
        el_timeline *tl = NULL;
        el_error err;
        int rc = el_csv_read(csv_bad[i].text, strlen(csv_bad[i].text), NULL, &tl, &err);
        CHECK_EQ_INT(rc, EL_ERR_INPUT);
        CHECK(tl == NULL);
        CHECK_CONTAINS(err.msg, csv_bad[i].msg);
        if (err.line != csv_bad[i].line || err.col != csv_bad[i].col)
            fprintf(stderr, "  csv case %zu: %d:%d %s\n", i, err.line, err.col, err.msg);
        CHECK_EQ_INT(err.line, csv_bad[i].line);
        CHECK_EQ_INT(err.col, csv_bad[i].col);
    }
    /* old sheets: Start Date / End Date columns */
    const char *legacy = "Start Date,End Date,Headline\n7/4/1776,,Declaration\n"
                         "3/2003,2003-05,Spring\n2018-07-07T10:30,,Timed\n";
    el_timeline *lt = NULL;
    el_error lerr;
    CHECK_EQ_INT(el_csv_read(legacy, strlen(legacy), NULL, &lt, &lerr), EL_OK);
    if (lt) {
        CHECK_STR_EQ(lt->events[0].date_text, "1776-07-04");
        CHECK_STR_EQ(lt->events[1].date_text, "2003-03");
        CHECK_STR_EQ(lt->events[1].end_text, "2003-05");
        CHECK_STR_EQ(lt->events[2].date_text, "2018-07-07T10:30");
    }
    el_timeline_free(lt);
    legacy = "Start Date,End Date,Headline\n2/30/2018,,x\n";
    CHECK_EQ_INT(el_csv_read(legacy, strlen(legacy), NULL, &lt, &lerr), EL_ERR_INPUT);
    CHECK_CONTAINS(lerr.msg, "Start Date: \"2018-02-30\": February 2018 has 28 days");
    CHECK(lerr.line == 2 && lerr.col == 1);
    legacy = "Start Date,End Date,Headline\n2018,2017,x\n";
    CHECK_EQ_INT(el_csv_read(legacy, strlen(legacy), NULL, &lt, &lerr), EL_ERR_INPUT);
    CHECK_CONTAINS(lerr.msg, "End Date: the end \"2017\" is before");
    CHECK(lerr.line == 2 && lerr.col == 6);
    /* a NUL byte */
    const char nul[] = "Year,Headline\n2018,a\0b\n";
    el_timeline *tl = NULL;
    el_error err;
    CHECK_EQ_INT(el_csv_read(nul, sizeof nul - 1, NULL, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "NUL byte");
    CHECK(err.line == 2 && err.col == 7);
    /* limits */
    el_limits lim = {0};
    lim.max_events = 1;
    const char *two = "Year,Headline\n2018,a\n2019,b\n";
    CHECK_EQ_INT(el_csv_read(two, strlen(two), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "more than 1 events");
    CHECK_EQ_INT(err.line, 3);
    /* CR-only line ends, quoted CRLF, blank lines and BOM */
    const char *odd = "\xEF\xBB\xBFYear,Headline,Text\r2018,a,\"x\r\ny\"\r\r\n2019,\"b \"\"q\"\"\",\r\n";
    CHECK_EQ_INT(el_csv_read(odd, strlen(odd), NULL, &tl, &err), EL_OK);
    if (tl) {
        CHECK_EQ_INT(tl->n_events, 2);
        CHECK_STR_EQ(tl->events[1].label, "b \"q\"");
        CHECK_STR_EQ(tl->events[0].note, "x y");
    }
    el_timeline_free(tl);
}

static void test_detect(void)
{
    static const struct { const char *text, *name; el_input_format fmt; } cases[] = {
        {"{\"eventline\": 1, \"events\": []}", NULL, EL_INPUT_EVENTLINE},
        {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\"}]}", NULL, EL_INPUT_EVENTLINE},
        {"  {\"events\": [{\"start_date\": {\"year\": 2018}}]}", NULL, EL_INPUT_TIMELINEJS},
        {"{\"title\": {\"text\": {\"headline\": \"t\"}}, \"events\": []}", NULL, EL_INPUT_TIMELINEJS},
        {"{\"title\": \"t\", \"events\": []}", NULL, EL_INPUT_EVENTLINE},
        {"{\"title\": {\"media\": {}}, \"events\": []}", NULL, EL_INPUT_TIMELINEJS},
        {"{\"events\": [{\"text\": {}}, {\"start_date\": {\"year\": 1}}]}", NULL, EL_INPUT_TIMELINEJS},
        {"{\"events\": [{\"label\": \"x\"}, {\"date\": \"2018\"}]}", NULL, EL_INPUT_EVENTLINE},
        {"{broken", "x.json", EL_INPUT_EVENTLINE},
        {"[]", NULL, EL_INPUT_EVENTLINE},
        {"Year,Month,Day,Headline\n2018,,,x\n", NULL, EL_INPUT_CSV},
        {"\"Year\" , \"Headline\"\r\n", NULL, EL_INPUT_CSV},
        {"a,b\n1,2\n", "sheet.csv", EL_INPUT_CSV},
        {"Start Date,End Date,Headline\n", NULL, EL_INPUT_CSV},
        {"TRIPOLI, July 7 (Agency) - Talks were held on Saturday.", NULL, EL_INPUT_TEXT},
        {"Year of the flood: a story. The headline came later.", "a.txt", EL_INPUT_TEXT},
        {"", NULL, EL_INPUT_TEXT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        el_input_format f = el_detect_format(cases[i].text, strlen(cases[i].text), cases[i].name);
        if (f != cases[i].fmt)
            fprintf(stderr, "  detect case %zu\n", i);
        CHECK_EQ_INT(f, cases[i].fmt);
    }
    CHECK_EQ_INT(el_input_format_from_name("timelinejs"), EL_INPUT_TIMELINEJS);
    CHECK_EQ_INT(el_input_format_from_name("CSV"), EL_INPUT_CSV);
    CHECK_EQ_INT(el_input_format_from_name("eventline"), EL_INPUT_EVENTLINE);
    CHECK_EQ_INT(el_input_format_from_name("text"), EL_INPUT_TEXT);
    CHECK_EQ_INT(el_input_format_from_name("auto"), EL_INPUT_AUTO);
    CHECK_EQ_INT(el_input_format_from_name("xml"), -1);
    CHECK_EQ_INT(el_input_format_from_name(NULL), -1);
}

/* eventline -> TimelineJS -> eventline and eventline -> CSV -> eventline
 * keep what both formats can say. */
static void test_conversions(void)
{
    const char *doc =
        "{\"title\": \"Conversions\", \"events\": ["
        "{\"date\": \"2018-07-07\", \"label\": \"Day & <night>\", \"note\": \"two\\nlines\", \"group\": \"A &amp; <b>B</b> & C\","
        " \"display_date\": \"7 July &nbsp;\"},"
        "{\"date\": \"2018-Q3\", \"label\": \"Quarter\"},"
        "{\"date\": \"199X\", \"label\": \"Decade\"},"
        "{\"date\": \"2011-02/2011-10\", \"label\": \"Span\"},"
        "{\"date\": \"1450~\", \"label\": \"Circa\"},"
        "{\"date\": \"-0043-03-15\", \"end\": \"-0043-03-16\", \"label\": \"Ides\"},"
        "{\"date\": \"2018-07-07T10:30:05\", \"label\": \"Time\", \"color\": \"#abc\"}"
        "], \"eras\": [{\"date\": \"2011/2012\", \"label\": \"Era\"}]}";
    el_timeline *tl = NULL;
    el_error err;
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), NULL, &tl, &err), EL_OK);
    if (!tl)
        return;
    static const char *const want_dates[] = {"2018-07-07", "2018-07", "1990", "2011-02",
                                             "1450", "-0043-03-15", "2018-07-07T10:30:05"};
    static const char *const want_display[] = {NULL, "Q3 2018", "1990s", NULL, "c. 1450",
                                               NULL, NULL};
    for (int fmt = 0; fmt < 2; fmt++) {
        char *out = fmt ? el_csv_write(tl) : el_timelinejs_write(tl);
        el_timeline *back = NULL;
        int rc = fmt ? el_csv_read(out, strlen(out), NULL, &back, &err)
                     : el_timelinejs_read(out, strlen(out), NULL, &back, &err);
        if (rc)
            fprintf(stderr, "%s: %d:%d: %s\n%s\n", fmt ? "csv" : "tljs", err.line, err.col,
                    err.msg, out);
        CHECK_EQ_INT(rc, EL_OK);
        if (back) {
            CHECK_EQ_INT(back->n_events, 7);
            CHECK_STR_EQ(back->title, "Conversions");
            for (size_t i = 0; i < 7 && i < back->n_events; i++) {
                CHECK_STR_EQ(back->events[i].label, tl->events[i].label);
                CHECK_STR_EQ(back->events[i].date_text, want_dates[i]);
                if (want_display[i])
                    CHECK_STR_EQ(back->events[i].display_date, want_display[i]);
            }
            CHECK_STR_EQ(back->events[0].note, "two\nlines");
            CHECK_STR_EQ(back->events[0].group, "A &amp; <b>B</b> & C");
            CHECK_STR_EQ(back->events[0].display_date, "7 July &nbsp;");
            CHECK_STR_EQ(back->events[3].end_text, "2011-10");
            CHECK_STR_EQ(back->events[5].end_text, "-0043-03-16");
            CHECK_STR_EQ(back->events[6].color, "#abc");
            CHECK_STR_EQ(back->eras[0].date_text, "2011/2012");
        }
        el_timeline_free(back);
        free(out);
    }
    /* ill-formed UTF-8 put into a model still gives readable output */
    el_set_str(&tl->events[0].label, "bad \xff label");
    for (int fmt = 0; fmt < 2; fmt++) {
        char *out = fmt ? el_csv_write(tl) : el_timelinejs_write(tl);
        el_timeline *back = NULL;
        int rc = fmt ? el_csv_read(out, strlen(out), NULL, &back, &err)
                     : el_timelinejs_read(out, strlen(out), NULL, &back, &err);
        CHECK_EQ_INT(rc, EL_OK);
        if (back)
            CHECK_STR_EQ(back->events[0].label, "bad \xef\xbf\xbd label");
        el_timeline_free(back);
        free(out);
    }
    el_timeline_free(tl);
    CHECK(el_timelinejs_write(NULL) == NULL);
    CHECK(el_csv_write(NULL) == NULL);
}

/* Spans whose end is coarser than TimelineJS parts keep their length. */
static void test_coarse_ends(void)
{
    const char *doc = "{\"events\": ["
                      "{\"date\": \"2018-01\", \"end\": \"2018-Q3\", \"label\": \"q\"},"
                      "{\"date\": \"2018\", \"end\": \"20XX\", \"label\": \"c\"},"
                      "{\"date\": \"2018-11\", \"end\": \"2018-WI\", \"label\": \"w\"},"
                      "{\"date\": \"2018-07-01\", \"end\": \"2018-W27\", \"label\": \"k\"},"
                      "{\"date\": \"2018-07-07TEV\", \"label\": \"e\"}]}";
    static const char *const ends[] = {"2018-09", "2099", "2019-02", "2018-07-08", NULL};
    el_timeline *tl = NULL;
    el_error err;
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), NULL, &tl, &err), EL_OK);
    if (!tl)
        return;
    for (int fmt = 0; fmt < 2; fmt++) {
        char *out = fmt ? el_csv_write(tl) : el_timelinejs_write(tl);
        el_timeline *back = NULL;
        int rc = fmt ? el_csv_read(out, strlen(out), NULL, &back, &err)
                     : el_timelinejs_read(out, strlen(out), NULL, &back, &err);
        if (rc)
            fprintf(stderr, "%d:%d: %s\n%s\n", err.line, err.col, err.msg, out);
        CHECK_EQ_INT(rc, EL_OK);
        for (size_t i = 0; back && i < 4; i++)
            CHECK_STR_EQ(back->events[i].end_text, ends[i]);
        if (back) {
            CHECK_STR_EQ(back->events[4].date_text, "2018-07-07T18");
            CHECK_STR_EQ(back->events[4].display_date, "2018-07-07 evening");
        }
        el_timeline_free(back);
        free(out);
    }
    el_timeline_free(tl);
}


/* Inputs that once broke a round trip (found by fuzzing): whatever a
 * reader accepts, its writer and the eventline/1 writer must give text that
 * reads back. */
static void test_found_inputs(void)
{
    static const char *const files[] = {"csv-century-end.csv", "tljs-long-display-date.json"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/found/%s", EL_TEST_DATA, files[i]);
        char *text = slurp(path, &len);
        CHECK(text != NULL);
        if (!text)
            continue;
        bool csv = el_detect_format(text, len, files[i]) == EL_INPUT_CSV;
        el_timeline *tl = NULL, *back = NULL, *back2 = NULL;
        el_error err;
        int rc = csv ? el_csv_read(text, len, NULL, &tl, &err)
                     : el_timelinejs_read(text, len, NULL, &tl, &err);
        if (rc == EL_OK) {
            char *own = csv ? el_csv_write(tl) : el_timelinejs_write(tl);
            char *json = el_json_write(tl);
            rc = csv ? el_csv_read(own, strlen(own), NULL, &back, &err)
                     : el_timelinejs_read(own, strlen(own), NULL, &back, &err);
            if (rc)
                fprintf(stderr, "%s rewritten: %d:%d: %s\n", files[i], err.line, err.col, err.msg);
            CHECK_EQ_INT(rc, EL_OK);
            CHECK_EQ_INT(el_json_read(json, strlen(json), NULL, &back2, &err), EL_OK);
            free(own);
            free(json);
        } else {
            CHECK_EQ_INT(rc, EL_ERR_INPUT);
            CHECK(err.line > 0);
        }
        el_timeline_free(tl);
        el_timeline_free(back);
        el_timeline_free(back2);
        free(text);
    }
    size_t len;
    char *date = slurp(EL_TEST_DATA "/found/date-negative-zero-x.txt", &len);
    CHECK(date != NULL);
    if (date) {
        el_date d;
        el_error err;
        CHECK_EQ_INT(el_date_parse(date, &d, &err), EL_ERR_INPUT);
        free(date);
    }
}

int main(void)
{
    test_found_inputs();
    test_html();
    test_tljs_read();
    test_tljs_errors();
    test_tljs_limits();
    test_csv_read();
    test_csv_errors();
    test_detect();
    test_conversions();
    test_coarse_ends();
    CHECK_REPORT();
}
