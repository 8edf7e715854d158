/* test_json.c: eventline/1 JSON reading, writing, locating and errors. */
#include <stdio.h>
#include <stdlib.h>

#include "eventline/json.h"
#include "check.h"

static el_timeline *read_str(const char *s, el_error *err)
{
    el_timeline *tl = NULL;
    el_json_read(s, strlen(s), NULL, &tl, err);
    return tl;
}

/* Structural equality of two timelines (all fields the format carries). */
static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int same_model(const el_timeline *a, const el_timeline *b)
{
    if (!same_str(a->title, b->title) || !same_str(a->subtitle, b->subtitle) ||
        !same_str(a->source, b->source) || !same_str(a->dct, b->dct) ||
        a->n_events != b->n_events || a->n_eras != b->n_eras)
        return 0;
    for (size_t i = 0; i < a->n_events; i++) {
        const el_event *x = &a->events[i], *y = &b->events[i];
        if (!same_str(x->id, y->id) || !same_str(x->date_text, y->date_text) ||
            !same_str(x->end_text, y->end_text) || !same_str(x->label, y->label) ||
            !same_str(x->note, y->note) || !same_str(x->display_date, y->display_date) ||
            !same_str(x->group, y->group) || !same_str(x->color, y->color) ||
            x->n_after != y->n_after || x->n_before != y->n_before ||
            el_date_compare(&x->date, &y->date) != 0 || !x->evidence != !y->evidence)
            return 0;
        for (size_t k = 0; k < x->n_after; k++)
            if (strcmp(x->after[k], y->after[k]))
                return 0;
        for (size_t k = 0; k < x->n_before; k++)
            if (strcmp(x->before[k], y->before[k]))
                return 0;
        if (x->evidence) {
            const el_evidence *p = x->evidence, *q = y->evidence;
            if (!same_str(p->doc, q->doc) || !same_str(p->text, q->text) ||
                p->start != q->start || p->end != q->end || p->has_timex != q->has_timex ||
                !same_str(p->timex.text, q->timex.text) ||
                !same_str(p->timex.value, q->timex.value) ||
                !same_str(p->timex.type, q->timex.type) ||
                !same_str(p->timex.mod, q->timex.mod) ||
                p->timex.start != q->timex.start || p->timex.end != q->timex.end)
                return 0;
        }
    }
    for (size_t i = 0; i < a->n_eras; i++)
        if (!same_str(a->eras[i].date_text, b->eras[i].date_text) ||
            !same_str(a->eras[i].label, b->eras[i].label) ||
            !same_str(a->eras[i].color, b->eras[i].color))
            return 0;
    return 1;
}

static void test_full_fixture(void)
{
    size_t len = 0;
    char *text = slurp(EL_TEST_DATA "/full.json", &len);
    CHECK(text != NULL);
    if (!text)
        return;
    el_error err;
    el_timeline *tl = NULL;
    int rc = el_json_read(text, len, NULL, &tl, &err);
    if (rc)
        fprintf(stderr, "full.json: %d:%d: %s\n", err.line, err.col, err.msg);
    CHECK_EQ_INT(rc, EL_OK);
    if (!tl) {
        free(text);
        return;
    }
    CHECK_STR_EQ(tl->title, "Libya, summer 2018");
    CHECK_STR_EQ(tl->dct, "2018-07-07");
    CHECK_EQ_INT(tl->n_events, 6);
    CHECK_EQ_INT(tl->n_eras, 2);
    CHECK_STR_EQ(tl->events[1].id, "e2"); /* default id by position */
    CHECK_STR_EQ(tl->events[4].id, "e5");
    CHECK_STR_EQ(tl->events[0].note, "Talks on migration \"and\" security");
    CHECK_STR_EQ(tl->events[3].label, "Clashes in the capital \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80");
    CHECK_STR_EQ(tl->events[3].note, "line one\nline two\ttabbed");
    CHECK_EQ_INT(tl->events[3].date.start.qual, EL_Q_APPROX);
    CHECK_EQ_INT(tl->events[2].date.start.prec, EL_PREC_YEAR);
    CHECK_EQ_INT(tl->events[2].end.start.prec, EL_PREC_MONTH);
    CHECK_STR_EQ(tl->events[2].display_date, "2008-09");
    CHECK_EQ_INT(tl->events[0].n_after, 1);
    CHECK_STR_EQ(tl->events[0].after[0], "e4");
    CHECK(tl->events[0].evidence && tl->events[0].evidence->has_timex);
    CHECK_EQ_INT(tl->events[0].evidence->timex.end, 131);
    CHECK_STR_EQ(tl->events[0].evidence->timex.value, "2018-07-07");
    CHECK(tl->events[5].evidence && !tl->events[5].evidence->has_timex);
    CHECK_EQ_INT(tl->events[5].date.start.prec, EL_PREC_NONE);
    CHECK(tl->events[5].date.start.open);

    /* round trip: read, write, read gives the same model; write again gives
     * the same bytes */
    char *out1 = el_json_write(tl);
    CHECK(out1 != NULL);
    CHECK(strncmp(out1, "{\n  \"eventline\": 1,", 19) == 0);
    el_timeline *tl2 = NULL;
    rc = el_json_read(out1, strlen(out1), NULL, &tl2, &err);
    if (rc)
        fprintf(stderr, "rewritten: %d:%d: %s\n%s\n", err.line, err.col, err.msg, out1);
    CHECK_EQ_INT(rc, EL_OK);
    if (tl2) {
        CHECK(same_model(tl, tl2));
        char *out2 = el_json_write(tl2);
        CHECK_STR_EQ(out2, out1);
        free(out2);
    }
    /* sorting keeps everything, puts BCE first and respects dates */
    el_timeline_sort(tl);
    CHECK_STR_EQ(tl->events[0].label, "Ides of March");
    CHECK_STR_EQ(tl->events[1].id, "treaty");
    CHECK_STR_EQ(tl->events[2].id, "e2");
    el_timeline_free(tl2);
    free(out1);
    el_timeline_free(tl);
    free(text);
}

typedef struct bad_case {
    const char *json;
    int line, col;
    const char *msg;
} bad_case;

static const bad_case bad[] = {
    /* the example from the format documentation */
    {"{\"events\": [\n {\"date\": \"2018\", \"label\": \"a\"},\n {\"date\": \"2018\", \"label\": \"b\"},\n"
     "  {\"label\": \"c\", \"date\": \"2018-02-30\"}]}", 4, 26,
     "events[2].date: \"2018-02-30\": February 2018 has 28 days"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": 5}]}", 1, 39,
     "events[0].label: expected a string, got a number"},
    {"{\"events\": [{\"date\": \"2018\"}]}", 1, 13, "events[0]: missing \"label\""},
    {"{\"events\": [{\"label\": \"x\"}]}", 1, 13, "events[0]: missing \"date\""},
    {"{\"events\": [{\"label\": \"\", \"date\": \"2018\"}]}", 1, 23, "events[0].label: must not be empty"},
    {"{\"title\": \"t\"}", 1, 1, "missing \"events\""},
    {"{\"events\": {}}", 1, 12, "events: expected an array, got an object"},
    {"[1, 2]", 1, 1, "expected a JSON object at the top, got an array"},
    {"{\"eventline\": 2, \"events\": []}", 1, 15, "eventline: unsupported version 2"},
    {"{\"eventline\": \"1\", \"events\": []}", 1, 15, "eventline: expected the number 1, got a string"},
    {"{\"events\": [{\"id\": \"a\", \"date\": \"2018\", \"label\": \"x\"},\n"
     "  {\"id\": \"a\", \"date\": \"2019\", \"label\": \"y\"}]}", 2, 10,
     "events[1].id: duplicate id \"a\" (events[0] has it too)"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"after\": [\"e9\"]}]}", 1, 54,
     "events[0].after[0]: unknown id \"e9\""},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"after\": \"e9\"}]}", 1, 53,
     "events[0].after: expected an array of ids, got a string"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"after\": [\"e1\"]}]}", 1, 54,
     "an event cannot come after itself"},
    {"{\"events\": [{\"id\": \"a\", \"date\": \"2018\", \"label\": \"x\", \"after\": [\"b\"]},\n"
     "{\"id\": \"b\", \"date\": \"2018\", \"label\": \"y\", \"after\": [\"a\"]}]}", 0, 0,
     "ordering cycle: "},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"color\": \"red\"}]}", 1, 53,
     "events[0].color: \"red\" is not a colour (write #rgb or #rrggbb)"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"color\": \"#12345\"}]}", 1, 53, "is not a colour"},
    {"{\"events\": [{\"date\": \"2018\", \"end\": \"2017\", \"label\": \"x\"}]}", 1, 37,
     "events[0].end: \"2017\" is before the date \"2018\""},
    {"{\"dct\": \"yesterday\", \"events\": []}", 1, 9, "dct: \"yesterday\": expected a year"},
    {"{\"events\": [], \"eras\": [{\"date\": \"2011\"}]}", 1, 25, "eras[0]: missing \"label\""},
    {"{\"events\": [], \"eras\": [{\"date\": \"2011-13\", \"label\": \"w\"}]}", 1, 34,
     "eras[0].date: \"2011-13\": month 13 does not exist"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"evidence\": {\"start\": -1}}]}", 1, 66,
     "events[0].evidence.start: expected a whole number of bytes"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\", \"evidence\": []}]}", 1, 56,
     "events[0].evidence: expected an object, got an array"},
    {"{\"events\": [7]}", 1, 13, "events[0]: expected an object, got a number"},
    /* syntax */
    {"{\"events\": [", 1, 13, "unexpected end of input: the array opened at 1:12 is not closed"},
    {"{\"events\": [{\"date\": \"2018\", \"label\": \"x\"}", 1, 43, "the array opened at 1:12"},
    {"{\"events\": []} x", 1, 16, "unexpected 'x': nothing may follow the JSON value"},
    {"{\"events\": [],}", 1, 15, "unexpected '}': expected a string key"},
    {"{\"events\" []}", 1, 11, "expected ':' after the key"},
    {"{\"events\": [1 2]}", 1, 15, "expected ',' or ']'"},
    {"{\"events\": [], \"title\": \"abc", 1, 25, "this string is not closed"},
    {"{\"events\": [], \"title\": \"a\\qb\"}", 1, 27, "invalid escape '\\q'"},
    {"{\"events\": [], \"title\": \"a\\u0000b\"}", 1, 27, "\\u0000 (NUL) is not allowed"},
    {"{\"events\": [], \"title\": \"a\\ud800b\"}", 1, 27, "high surrogate"},
    {"{\"events\": [], \"title\": \"a\\udc00\"}", 1, 27, "lone low surrogate"},
    {"{\"events\": [], \"title\": \"a\xff\"}", 1, 27, "invalid UTF-8 in a string"},
    {"{\"events\": [], \"title\": \"a\xc3\"}", 1, 27, "invalid UTF-8 in a string"},
    {"{\"events\": [], \"title\": \"a\xed\xa0\x80\"}", 1, 27, "invalid UTF-8 in a string"},
    {"{\"events\": [], \"title\": \"a\xc0\xaf\"}", 1, 27, "invalid UTF-8 in a string"},
    {"{\"events\": [], \"title\": \"a\tb\"}", 1, 27, "control character 0x09 in a string"},
    {"{\"events\": [], \"n\": 012}", 1, 21, "no leading zeros"},
    {"{\"events\": [], \"n\": 1.}", 1, 21, "expected a digit after '.'"},
    {"{\"events\": [], \"n\": tru}", 1, 21, "unexpected 't': expected a value"},
    {"", 1, 1, "unexpected end of input: the input is empty"},
    {"   \n  ", 2, 3, "the input is empty"},
    {"{'events': []}", 1, 2, "unexpected ''': expected a string key or '}'"},
    {"{\"events\": [], \"t\": \"\xc3\xa9\xc3\xa9\" x}", 1, 26, "unexpected 'x': expected ',' or '}'"},
};

static void test_errors(void)
{
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        el_error err;
        el_error_clear(&err);
        el_timeline *tl = (el_timeline *)1;
        int rc = el_json_read(bad[i].json, strlen(bad[i].json), NULL, &tl, &err);
        CHECK_EQ_INT(rc, EL_ERR_INPUT);
        CHECK(tl == NULL);
        CHECK_CONTAINS(err.msg, bad[i].msg);
        if (bad[i].line) {
            if (err.line != bad[i].line || err.col != bad[i].col)
                fprintf(stderr, "  case %zu: got %d:%d %s\n", i, err.line, err.col, err.msg);
            CHECK_EQ_INT(err.line, bad[i].line);
            CHECK_EQ_INT(err.col, bad[i].col);
        }
    }
}

static void test_cycle_message(void)
{
    el_error err;
    el_timeline *tl = read_str(
        "{\"events\": [{\"id\": \"a\", \"date\": \"2018\", \"label\": \"x\", \"before\": [\"b\"]},"
        "{\"id\": \"b\", \"date\": \"2018\", \"label\": \"y\", \"before\": [\"c\"]},"
        "{\"id\": \"c\", \"date\": \"2018\", \"label\": \"z\", \"before\": [\"a\"]}]}", &err);
    CHECK(tl == NULL);
    CHECK_CONTAINS(err.msg, "ordering cycle: a -> b -> c -> a");
    CHECK(err.line == 1 && err.col > 1);
}

static void test_nul_and_limits(void)
{
    el_error err;
    el_timeline *tl = NULL;
    const char with_nul[] = "{\"events\": [\0]}";
    CHECK_EQ_INT(el_json_read(with_nul, sizeof with_nul - 1, NULL, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "NUL byte");
    CHECK_EQ_INT(err.col, 13);

    el_limits lim = {0};
    lim.max_input_bytes = 10;
    const char *doc = "{\"events\": []}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "more than the limit of 10 bytes");

    lim = (el_limits){0};
    lim.max_events = 2;
    doc = "{\"events\": [{\"date\": \"2018\", \"label\": \"a\"}, {\"date\": \"2018\", \"label\": \"b\"},"
          " {\"date\": \"2018\", \"label\": \"c\"}]}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[2]: more than 2 events");
    CHECK_EQ_INT(err.col, 77);

    lim = (el_limits){0};
    lim.max_label_bytes = 3;
    doc = "{\"events\": [{\"date\": \"2018\", \"label\": \"abcd\"}]}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0].label: is 4 bytes long, more than the limit of 3");

    lim = (el_limits){0};
    lim.max_note_bytes = 3;
    doc = "{\"events\": [{\"date\": \"2018\", \"label\": \"abcd\", \"note\": \"12345\"}]}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), &lim, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "events[0].note: is 5 bytes long");

    /* nesting: the default limit is 64, checked before cJSON sees the text */
    char deep[400];
    size_t n = 0;
    n += (size_t)sprintf(deep, "{\"events\": [], \"x\": ");
    for (int i = 0; i < 70; i++)
        deep[n++] = '[';
    for (int i = 0; i < 70; i++)
        deep[n++] = ']';
    deep[n++] = '}';
    deep[n] = '\0';
    CHECK_EQ_INT(el_json_read(deep, n, NULL, &tl, &err), EL_ERR_INPUT);
    CHECK_CONTAINS(err.msg, "nesting deeper than 64 levels");
    CHECK_EQ_INT(err.col, 21 + 63); /* the 65th level */
    lim = (el_limits){0};
    lim.max_depth = 100;
    CHECK_EQ_INT(el_json_read(deep, n, &lim, &tl, &err), EL_OK);
    el_timeline_free(tl);
    tl = NULL;

    /* a million nested brackets do not crash */
    size_t big = 1000000;
    char *huge = malloc(big);
    if (huge) {
        memset(huge, '[', big);
        CHECK_EQ_INT(el_json_read(huge, big, NULL, &tl, &err), EL_ERR_INPUT);
        CHECK_CONTAINS(err.msg, "nesting deeper");
        free(huge);
    }
    /* a BOM takes no column in messages */
    doc = "\xEF\xBB\xBF{\"events\": 5}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), NULL, &tl, &err), EL_ERR_INPUT);
    CHECK(err.line == 1 && err.col == 12);
    /* a UTF-8 BOM is accepted */
    doc = "\xEF\xBB\xBF{\"events\": [{\"date\": \"2018\", \"label\": \"a\"}]}";
    CHECK_EQ_INT(el_json_read(doc, strlen(doc), NULL, &tl, &err), EL_OK);
    el_timeline_free(tl);
}

static void test_locate(void)
{
    const char *t = "{\n  \"a\": 1,\n  \"events\": [\n    {\"date\": \"x\"},\n"
                    "    {\"label\": \"\xc3\xa9\", \"date\": [1, {\"k\": \"v\"}]}\n  ],\n"
                    "  \"s\\\"q\": 2\n}";
    int line = 0, col = 0;
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "events[1].date", &line, &col), 0);
    CHECK_EQ_INT(line, 5);
    CHECK_EQ_INT(col, 28);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "events[1].date[1].k", &line, &col), 0);
    CHECK(line == 5 && col == 38);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "events[0]", &line, &col), 0);
    CHECK(line == 4 && col == 5);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "", &line, &col), 0);
    CHECK(line == 1 && col == 1);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "s\"q", &line, &col), 0);
    CHECK(line == 7 && col == 11);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "events[2]", &line, &col), -1);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "nothere", &line, &col), -1);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "a.b", &line, &col), -1);
    CHECK_EQ_INT(el_json_locate(t, strlen(t), "events[x]", &line, &col), -1);
    CHECK_EQ_INT(el_json_locate("{\"a\": [", 7, "a[0]", &line, &col), -1);
    CHECK_EQ_INT(el_json_locate("{\"a\"", 4, "a", &line, &col), -1);
}

static void test_write_edge_cases(void)
{
    el_timeline *tl = el_timeline_new();
    CHECK(tl != NULL);
    char *out = el_json_write(tl);
    CHECK_STR_EQ(out, "{\n  \"eventline\": 1,\n  \"events\": []\n}\n");
    free(out);
    el_event *ev = el_timeline_add_event(tl);
    el_set_str(&ev->label, "ctl \x01 and \x7f and \"q\" \\ /");
    el_set_str(&ev->date_text, "2018");
    el_error err;
    CHECK_EQ_INT(el_timeline_validate(tl, &err), EL_OK);
    out = el_json_write(tl);
    CHECK_CONTAINS(out, "\"ctl \\u0001 and \\u007f and \\\"q\\\" \\\\ /\"");
    el_timeline *back = NULL;
    CHECK_EQ_INT(el_json_read(out, strlen(out), NULL, &back, &err), EL_OK);
    if (back)
        CHECK_STR_EQ(back->events[0].label, tl->events[0].label);
    el_timeline_free(back);
    free(out);
    /* invalid UTF-8 put into the model is written as U+FFFD: the output is
     * always valid JSON */
    el_set_str(&ev->label, "bad \xff byte, cut \xc3 and fine \xc3\xa9 \xf0\x9f\x98\x80");
    out = el_json_write(tl);
    CHECK_CONTAINS(out, "\"bad \xef\xbf\xbd byte, cut \xef\xbf\xbd and fine \xc3\xa9 \xf0\x9f\x98\x80\"");
    back = NULL;
    CHECK_EQ_INT(el_json_read(out, strlen(out), NULL, &back, &err), EL_OK);
    el_timeline_free(back);
    free(out);
    /* a date set only as a parsed value is written in canonical form */
    free(ev->date_text);
    ev->date_text = NULL;
    el_date_parse("2018-SU", &ev->date, &err);
    out = el_json_write(tl);
    CHECK_CONTAINS(out, "\"date\": \"2018-22\"");
    free(out);
    CHECK(el_json_write(NULL) == NULL);
    el_timeline_free(tl);
}


int main(void)
{
    test_full_fixture();
    test_errors();
    test_cycle_message();
    test_nul_and_limits();
    test_locate();
    test_write_edge_cases();
    CHECK_REPORT();
}
