/* test_extract_units.c: unit tests of the extraction internals (lexicon,
 * sentence splitting, verb forms, anchoring, labels, vague dates), with
 * hand-placed time expressions so that they do not depend on the tagger. */
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_internal.h"
#include "ex_check.h"

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(1 << 16);
    size_t len = buf ? fread(buf, 1, (1 << 16) - 1, f) : 0;
    fclose(f);
    if (buf) buf[len] = '\0';
    *n = len;
    return buf;
}

static void lexicon_tables_are_sorted(void)
{
    const char *bad = ex_lex_check_sorted();
    CHECK(bad == NULL);
    if (bad) fprintf(stderr, "unsorted table: %s\n", bad);
}

static void headline_verb_forms(void)
{
    static const char *const cases[][2] = {
        {"took", "takes"},       {"met", "meets"},          {"handed", "hands"},   {"toppled", "topples"},
        {"left", "leaves"},      {"agreed", "agrees"},      {"stopped", "stops"},  {"carried", "carries"},
        {"announced", "announces"}, {"seized", "seizes"},   {"withdrew", "withdraws"}, {"killed", "kills"},
        {"passed", "passes"},    {"launched", "launches"},  {"died", "dies"},      {"resigned", "resigns"},
        {"decided", "decides"},  {"urged", "urges"},        {"played", "plays"},   {"controlled", "controls"},
        {"created", "creates"},  {"defeated", "defeats"},   {"argued", "argues"},  {"reached", "reaches"},
        {"filed", "files"},      {"ruled", "rules"},        {"won", "wins"},       {"reported", "reports"},
        {"cited", "cites"},      {"invited", "invites"},    {"promoted", "promotes"}, {"visited", "visits"},
        {"guided", "guides"},    {"avoided", "avoids"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char buf[40];
        CHECK(ex_lex_present(cases[i][0], buf, sizeof buf));
        CHECK_STR(buf, cases[i][1]);
    }
    char buf[40];
    CHECK(!ex_lex_present("table", buf, sizeof buf));
}

/* Builds a doc from text with no time expressions. */
static int count_sentences(const char *text)
{
    ex_doc doc;
    if (ex_doc_build(&doc, text, strlen(text), NULL, 0, 0, 0) < 0) return -1;
    int n = doc.n_sents;
    ex_doc_free(&doc);
    return n;
}

static void sentences_respect_abbreviations(void)
{
    CHECK_INT(count_sentences("The army, led by Gen. Khalifa Haftar, took the port. It then left."), 2);
    CHECK_INT(count_sentences("Mr. Smith met Dr. Jones on Sept. 11 in the U.S. capital. They talked."), 2);
    CHECK_INT(count_sentences("He lives in the U.S. The next day he left."), 2);
    CHECK_INT(count_sentences("\"We won,\" he said. \"It was hard.\" Then he left!"), 3);
    CHECK_INT(count_sentences("Acme Inc. reported a loss. Shares fell 3.5 percent."), 2);
    CHECK_INT(count_sentences("Headline without a stop\nThe body starts here."), 2);
    CHECK_INT(count_sentences(""), 0);
}

typedef struct hand_tx {
    const char *text;
    el_timex_type type;
    const char *value;
} hand_tx;

/* Places timexes at the first occurrence of each text after the previous. */
static size_t place(const char *text, const hand_tx *h, size_t n, el_timex *out)
{
    size_t pos = 0, k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = strstr(text + pos, h[i].text);
        if (!p) {
            fprintf(stderr, "timex text not found: %s\n", h[i].text);
            continue;
        }
        memset(&out[k], 0, sizeof out[k]);
        out[k].start = (size_t)(p - text);
        out[k].end = out[k].start + strlen(h[i].text);
        out[k].type = h[i].type;
        snprintf(out[k].value, sizeof out[k].value, "%s", h[i].value);
        pos = out[k].end;
        k++;
    }
    return k;
}

static const char *tok_text(const ex_doc *doc, int i, char *buf, size_t size)
{
    if (i < 0) return "(none)";
    snprintf(buf, size, "%.*s", (int)(doc->toks[i].end - doc->toks[i].start), doc->text + doc->toks[i].start);
    return buf;
}

static void anchors_and_labels_on_agency_article(void)
{
    size_t len;
    char *text = read_file(EL_EXTRACT_ARTICLES "/agency_niger.txt", &len);
    CHECK(text != NULL);
    if (!text) return;
    static const hand_tx H[] = {
        {"March 14", EL_TIMEX_DATE, "2019-03-14"},
        {"on Thursday", EL_TIMEX_DATE, "2019-03-14"},
        {"recently", EL_TIMEX_DATE, "PAST_REF"},
        {"a few years ago", EL_TIMEX_DATE, "PAST_REF"},
        {"2012", EL_TIMEX_DATE, "2012"},
        {"2009", EL_TIMEX_DATE, "2009"},
    };
    el_timex tx[8];
    size_t n = place(text, H, sizeof H / sizeof *H, tx);
    CHECK_INT(n, 6);
    const char *dl = strstr(text, "--");
    ex_doc doc;
    CHECK(ex_doc_build(&doc, text, len, tx, n, 0, dl ? (size_t)(dl - text) + 2 : 0) == 0);
    ex_anchor an[8];
    ex_anchor_all(&doc, an);
    char b[64];
    CHECK_INT(an[0].event_tok, -1); /* the dateline is not part of any sentence */
    CHECK_STR(tok_text(&doc, an[1].event_tok, b, sizeof b), "met");
    CHECK_STR(tok_text(&doc, an[2].event_tok, b, sizeof b), "seized");
    CHECK_STR(tok_text(&doc, an[3].event_tok, b, sizeof b), "withdrew");
    CHECK_STR(tok_text(&doc, an[4].event_tok, b, sizeof b), "rebellion");
    CHECK_STR(tok_text(&doc, an[5].event_tok, b, sizeof b), "Agreement");
    CHECK_INT(an[5].rule, EX_RULE_NP);
    char lab[256];
    static const char *const want[] = {
        NULL,
        "Dilli meets with French Defence Minister Montard in Niamey",
        "Northern militia seizes uranium mining town of Arlit",
        "French engineering firms withdraw",
        "Rebellion shakes north of country",
        "Agreement on Defence, Training and Equipment",
    };
    for (size_t i = 1; i < n; i++) {
        ex_label(&doc, an[i].event_tok, (int)i, lab, sizeof lab);
        CHECK_STR(lab, want[i]);
    }
    ex_doc_free(&doc);
    free(text);
}

/* A report whose subject the label leaves out does not start with its
 * verb: "About 20,000 people ...", not "Said about 20,000 people ...". */
static void labels_drop_a_bare_report_verb(void)
{
    const char *text = "The U.N. High Commissioner for Refugees (UNHCR) said about 20,000 people had reached "
                       "government-held territory on Tuesday.";
    static const hand_tx H[] = {{"Tuesday", EL_TIMEX_DATE, "1995-07-11"}};
    el_timex tx[2];
    size_t n = place(text, H, 1, tx);
    CHECK_INT(n, 1);
    ex_doc doc;
    CHECK(ex_doc_build(&doc, text, strlen(text), tx, n, 0, 0) == 0);
    ex_anchor an[2];
    ex_anchor_all(&doc, an);
    char lab[256];
    ex_label(&doc, an[0].event_tok, 0, lab, sizeof lab);
    CHECK(strncmp(lab, "Said", 4) != 0);
    CHECK(strstr(lab, "20,000 people") != NULL);
    ex_doc_free(&doc);
}

static void vague_dates_become_intervals(void)
{
    el_timex t;
    memset(&t, 0, sizeof t);
    char buf[96];
    t.type = EL_TIMEX_DATE;
    snprintf(t.value, sizeof t.value, "PAST_REF");
    CHECK(ex_timex_to_edtf(&t, "recently", 8, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2018-04~/2018-07~");
    CHECK(ex_timex_to_edtf(&t, "a few years ago", 15, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2013~/2016~");
    CHECK(ex_timex_to_edtf(&t, "a few months ago", 16, "2018-02-10", buf, sizeof buf));
    CHECK_STR(buf, "2017-09~/2017-12~");
    CHECK(!ex_timex_to_edtf(&t, "in the past", 11, "2018-07-07", buf, sizeof buf));
    snprintf(t.value, sizeof t.value, "2011");
    CHECK(ex_timex_to_edtf(&t, "2011", 4, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2011");
    snprintf(t.mod, sizeof t.mod, "START");
    CHECK(ex_timex_to_edtf(&t, "early 2011", 10, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2011-01~/2011-04~");
    snprintf(t.mod, sizeof t.mod, "APPROX");
    snprintf(t.value, sizeof t.value, "2018-07-07TMO");
    CHECK(ex_timex_to_edtf(&t, "about Saturday morning", 22, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2018-07-07~");
    memset(t.mod, 0, sizeof t.mod);
    snprintf(t.value, sizeof t.value, "2018-Q3");
    CHECK(ex_timex_to_edtf(&t, "the third quarter", 17, "2018-07-07", buf, sizeof buf));
    CHECK_STR(buf, "2018-Q3");
    t.type = EL_TIMEX_DURATION;
    snprintf(t.value, sizeof t.value, "P90D");
    CHECK(!ex_timex_to_edtf(&t, "90 days", 7, "2018-07-07", buf, sizeof buf));
    snprintf(t.value, sizeof t.value, "XXXX-WXX-1");
    t.type = EL_TIMEX_SET;
    CHECK(!ex_timex_to_edtf(&t, "every Monday", 12, "2018-07-07", buf, sizeof buf));
    CHECK(ex_edtf_shift_years("2018", -90, buf, sizeof buf));
    CHECK_STR(buf, "1928");
}

static void invalid_utf8_is_replaced(void)
{
    char *s = strdup("ok \xb9 caf\xc3\xa9 \xed\xa0\x80 \xf0\x9f\x98\x80 \xc3");
    CHECK_INT(ex_utf8_fix(&s), 0);
    CHECK_STR(s, "ok \xef\xbf\xbd caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xf0\x9f\x98\x80 \xef\xbf\xbd");
    free(s);
    char *good = strdup("plain");
    char *before = good;
    CHECK_INT(ex_utf8_fix(&good), 0);
    CHECK(good == before);
    free(good);
    char *none = NULL;
    CHECK_INT(ex_utf8_fix(&none), 0);
}

static void notes_trim_on_word_boundaries(void)
{
    char buf[64];
    ex_note_text("one two three four", 18, 10, buf, sizeof buf);
    CHECK_STR(buf, "one two...");
    ex_note_text("one\ntwo", 7, 100, buf, sizeof buf);
    CHECK_STR(buf, "one two");
}

int main(void)
{
    lexicon_tables_are_sorted();
    headline_verb_forms();
    sentences_respect_abbreviations();
    anchors_and_labels_on_agency_article();
    labels_drop_a_bare_report_verb();
    vague_dates_become_intervals();
    notes_trim_on_word_boundaries();
    invalid_utf8_is_replaced();
    CHECK_DONE();
}
