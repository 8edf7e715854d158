/* extract.c: el_extract, the events of one article: tags the text, anchors
 * each date to its event, labels it, adds implied events ("shortly after
 * that", "N years since X") with after/before links, folds follow-up reports
 * into the lead event's note, and appends everything to a timeline. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/extract.h"
#include "events/extract/ex_store.h"
#include "events/extract/ex_timexes.h"


/* "the fifth typhoon to hit the country this year", "the first woman to
 * win": an infinitive describing a ranked noun is no event of its own. */
static bool ordinal_infinitive(const ex_doc *doc, int ev)
{
    if (ev < 3 || !(doc->toks[ev].cls & EX_C_BASE) || strcmp(doc->toks[ev - 1].low, "to") != 0) return false;
    static const char *const ORD[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                      "eighth", "ninth", "tenth", "last", "only", "latest"};
    for (int k = ev - 3; k <= ev - 2 && k >= 0; k++) {
        const char *w = doc->toks[k].low;
        size_t n = strlen(w);
        for (size_t q = 0; q < sizeof ORD / sizeof *ORD; q++)
            if (!strcmp(w, ORD[q])) return true;
        if (n > 4 && !strcmp(w + n - 3, "est") && k == ev - 3) return true;
    }
    return false;
}

/* Events from the dated expressions (anchored[t]: expressions anchored to
 * token t). */
static int dated_events_with(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv,
                             int *tok_cand, const unsigned char *anchored);

/* Events from the dated expressions. */
static int dated_events(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv,
                        int *tok_cand)
{
    /* How many expressions anchor to each token (reports look this up). */
    unsigned char *anchored = calloc((size_t)doc->n_toks + 1, 1);
    if (!anchored) return -1;
    for (int y = 0; y < doc->n_timexes; y++)
        if (an[y].event_tok >= 0 && anchored[an[y].event_tok] < 255) anchored[an[y].event_tok]++;
    int rc = dated_events_with(doc, an, dct, cv, tok_cand, anchored);
    free(anchored);
    return rc;
}

static int dated_events_with(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv,
                             int *tok_cand, const unsigned char *anchored)
{
    char prev[48] = ""; /* the last calendar date of the text so far */
    for (int x = 0; x < doc->n_timexes; x++) {
        const el_timex *tx0 = &doc->timexes[x];
        if (tx0->type != EL_TIMEX_DATE && tx0->type != EL_TIMEX_TIME) continue;
        if (doc->timex_first[x] < 0) continue;
        /* "in March 2017, and its shares fell the following day": relative
         * to the text's previous date, not to the DCT. */
        el_timex fixed = *tx0;
        const el_timex *tx = tx0;
        bool approx = false;
        /* "in November of that year": the year follows the expression. */
        size_t tl = tx0->end - tx0->start;
        const char *after = doc->text + tx0->end;
        size_t left = doc->len > tx0->end ? doc->len - tx0->end : 0;
        if (left >= 13 && !strncmp(after, " of that year", 13) && ex_is_calendar_value(tx0->value) &&
            strlen(tx0->value) == 7) {
            if (prev[0]) {
                memcpy(fixed.value, prev, 4); /* the month stays, the year is prev's */
                tx = &fixed;
            }
        } else if (prev[0] && ex_anaphoric_value(doc->text + tx0->start, tl, prev, fixed.value,
                                                 sizeof fixed.value, &approx)) {
            if (approx) snprintf(fixed.mod, sizeof fixed.mod, "APPROX");
            tx = &fixed;
        }
        const ex_anchor *a = &an[x];
        if (a->event_tok >= 0 && !a->report && !tx->mod[0]) {
            /* A clock time ("3:14 a.m. on Sunday") gives its day. */
            char day[16];
            snprintf(day, sizeof day, "%.10s", tx->value);
            if (ex_is_calendar_value(tx->value)) snprintf(prev, sizeof prev, "%s", tx->value);
            else if (tx->value[10] == 'T' && ex_is_calendar_value(day)) snprintf(prev, sizeof prev, "%s", day);
        }
        if (a->event_tok < 0) continue;
        /* "now", "currently" date states, not events. */
        if (!strcmp(tx->value, "PRESENT_REF")) continue;
        char date[96];
        if (!ex_timex_to_edtf(tx, doc->text + tx->start, tx->end - tx->start, dct, date, sizeof date))
            continue;
        int ev = a->event_tok;
        if (a->report) {
            int r = a->reported_tok;
            bool dated_elsewhere = r >= 0 && anchored[r] > 0;
            /* "said on Thursday that the country would hold elections in
             * March": another date of the reported clause dates it. */
            int s = doc->toks[ev].sent;
            for (int y = x + 1; r > ev && !dated_elsewhere && y < doc->n_timexes; y++) {
                int g = doc->timex_first[y];
                if (g < 0 || doc->toks[g].sent != s) break;
                int t = an[y].event_tok;
                if (t > ev && doc->timexes[y].type == EL_TIMEX_DATE) dated_elsewhere = true;
            }
            if (r >= 0 && !dated_elsewhere) ev = r;
            /* The reported event has its own date: the report is an event of
             * its own when it leads into what was said ("said on Thursday
             * that elections would be held in March"), not when it trails
             * (", police said Friday"). */
            else if (r >= 0 && r < ev) continue;
        }
        /* "by the end of the year" (an interval): before its end. */
        char *slash = strchr(date, '/');
        if ((a->rel == EX_REL_BEFORE || a->rel == EX_REL_AFTER) && slash && strncmp(date, "..", 2) != 0 &&
            strcmp(slash, "/..") != 0) {
            char tmp[96];
            if (a->rel == EX_REL_BEFORE) snprintf(tmp, sizeof tmp, "..%s", slash);
            else snprintf(tmp, sizeof tmp, "%.*s/..", (int)(slash - date), date);
            snprintf(date, sizeof date, "%s", tmp);
        }
        if ((a->rel == EX_REL_BEFORE || a->rel == EX_REL_AFTER) && !strchr(date, '/') &&
            strlen(date) + 4 < sizeof date) {
            size_t dl = strlen(date);
            if (a->rel == EX_REL_BEFORE) {
                memmove(date + 3, date, dl + 1);
                memcpy(date, "../", 3);
            } else {
                memcpy(date + dl, "/..", 4);
            }
        }
        if (ex_stative(doc->toks[ev].low)) continue;
        if (ordinal_infinitive(doc, ev)) continue;
        el_date chk;
        el_error e;
        if (el_date_parse(date, &chk, &e) != EL_OK) continue;
        /* "Two wars followed, in 1996 and 1998": coordinated dates of one
         * word are one event each. */
        bool coordinated = false;
        if (tok_cand[ev] >= 0 && x > 0 && doc->timex_last[x - 1] >= 0 && an[x - 1].event_tok == ev) {
            int gap_a = doc->timex_last[x - 1] + 1, gap_b = doc->timex_first[x];
            int words = 0;
            bool and_seen = false;
            for (int k = gap_a; k < gap_b; k++) {
                if (doc->toks[k].kind == EX_WORD) words++;
                if (!strcmp(doc->toks[k].low, "and")) and_seen = true;
                else if (doc->toks[k].kind == EX_WORD && strcmp(doc->toks[k].low, "in") != 0) words = 9;
            }
            coordinated = and_seen && words <= 2 && ex_date_prec(date) == cv->v[tok_cand[ev]].prec;
        }
        if (coordinated) {
            cand *c = ex_cand_push(cv);
            if (!c) return -1;
            *c = cv->v[tok_cand[ev]];
            c->timex = x;
            snprintf(c->date, sizeof c->date, "%s", date);
            continue;
        }
        /* One event per event word: keep the finest date, unless only a
         * loose rule tied this one to the word and a close one tied the
         * other ("In the 1990s, the state spent $60 million on a park that
         * today stands empty": "today" belongs to the relative clause). */
        if (tok_cand[ev] >= 0) {
            cand *old = &cv->v[tok_cand[ev]];
            el_precision p = ex_date_prec(date);
            /* A single date beats a vague interval of the same precision
             * ("most recently at Harbour Town in March"). */
            bool finer = p > old->prec || (p == old->prec && strchr(old->date, '/') && !strchr(date, '/'));
            if (old->timex >= 0 && an[old->timex].rule <= EX_RULE_ADJACENT && a->rule >= EX_RULE_CLAUSE)
                finer = false;
            if (finer && !strchr(date, '/')) {
                snprintf(old->date, sizeof old->date, "%s", date);
                old->prec = p;
                old->timex = x;
            }
            continue;
        }
        cand *c = ex_cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = doc->toks[ev].sent;
        c->timex = x;
        snprintf(c->date, sizeof c->date, "%s", date);
        c->prec = ex_date_prec(date);
        ex_label(doc, ev, x, c->label, sizeof c->label);
        if (!ex_label_usable(doc, ev, c->label)) {
            cv->n--;
            continue;
        }
        tok_cand[ev] = cv->n - 1;
        ex_sentence_note(doc, c->sent, c->note, sizeof c->note);
    }
    return 0;
}

static int cmp_cand_pos(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return (x->tok > y->tok) - (x->tok < y->tok);
}

/* Appends the candidates to the store (their numbers continue after its
 * records). */
static int emit(const ex_doc *doc, const cand_vec *cv, ex_store *st)
{
    for (int i = 0; i < cv->n; i++)
        if (ex_store_add(st, doc, &cv->v[i]) < 0) return -1;
    return 0;
}

/* Where the part of a long text that starts at `from` ends: at the first
 * blank line after PART_BYTES, else at a sentence end, else at a space;
 * never inside a time expression.  Short texts are one part. */
#define PART_BYTES ((size_t)128 << 10)

static size_t part_end(const char *t, size_t len, size_t from, const ex_tx *tx, size_t n_tx)
{
    if (len - from <= 2 * PART_BYTES) return len;
    size_t lo = from + PART_BYTES, hi = from + 2 * PART_BYTES, cut = 0;
    for (size_t i = lo; i + 1 < hi && !cut; i++)
        if (t[i] == '\n' && t[i + 1] == '\n') cut = i + 1;
    for (size_t i = lo; i + 2 < hi && !cut; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ' && isupper((unsigned char)t[i + 2]))
            cut = i + 1;
    for (size_t i = lo; i < hi && !cut; i++)
        if (t[i] == ' ' || t[i] == '\n') cut = i;
    if (!cut) cut = hi;
    /* Never split a time expression (they are sorted and do not overlap). */
    for (size_t k = 0; k < n_tx; k++)
        if (tx[k].start < cut && tx[k].end > cut) cut = tx[k].end;
    return cut < len ? cut : len;
}

/* Extracts the events of text[from..to) and appends them to the store.  cr
 * carries the last event from one part to the next. */
static int extract_part(const char *text, size_t from, size_t to, const el_timex *tx, size_t n_tx, size_t dl_s,
                        size_t dl_e, const char *dct, bool first_part, ex_store *st, carry *cr)
{
    ex_doc doc;
    cand_vec cv = {0};
    ex_anchor *an = NULL;
    int *tok_cand = NULL;
    int rc = EL_ERR_IO;
    size_t base = st->base + st->n;
    if (ex_doc_build_range(&doc, text, from, to, tx, n_tx, dl_s, dl_e) < 0) return EL_ERR_IO;
    an = calloc((size_t)doc.n_timexes + 1, sizeof *an);
    tok_cand = malloc(((size_t)doc.n_toks + 1) * sizeof *tok_cand);
    if (!an || !tok_cand) goto out;
    for (int i = 0; i < doc.n_toks; i++) tok_cand[i] = -1;
    ex_anchor_all(&doc, an);
    if (dated_events(&doc, an, dct, &cv, tok_cand) < 0) goto out;
    if (ex_duration_events(&doc, an, dct, &cv, tok_cand) < 0) goto out;
    if (ex_later_events(&doc, an, &cv, tok_cand, base) < 0) goto out;
    if (ex_then_events(&doc, &cv, tok_cand) < 0) goto out;
    if (cv.n > 1) qsort(cv.v, (size_t)cv.n, sizeof *cv.v, cmp_cand_pos);
    /* Links made by token become event numbers now that the order is fixed. */
    for (int i = 0; i < cv.n; i++) {
        if (!cv.v[i].link_tok) continue;
        int t = (cv.v[i].link_tok > 0 ? cv.v[i].link_tok : -cv.v[i].link_tok) - 1;
        for (int j = 0; j < cv.n; j++)
            if (cv.v[j].tok == t) {
                if (cv.v[i].link_tok > 0) cv.v[i].after = base + (size_t)j + 1;
                else cv.v[i].before = base + (size_t)j + 1;
            }
    }
    if (ex_implied_events(&doc, &cv, dct, dl_e, first_part, base, cr) < 0) goto out;
    if (ex_duration_notes(&doc, &cv) < 0) goto out;
    if (emit(&doc, &cv, st) < 0) goto out;
    /* The last event in text order goes on to the next part. */
    int last = -1;
    for (int i = 0; i < cv.n; i++)
        if (last < 0 || cv.v[i].tok > cv.v[last].tok) last = i;
    if (last >= 0) {
        cr->id = base + (size_t)last + 1;
        snprintf(cr->date, sizeof cr->date, "%s", cv.v[last].date);
        snprintf(cr->label, sizeof cr->label, "%s", cv.v[last].label);
    }
    rc = EL_OK;
out:
    free(cv.v);
    free(an);
    free(tok_cand);
    ex_doc_free(&doc);
    return rc;
}

/* A dateline the tagger did not see because a headline comes first
 * ("Montard and Dilli discuss security\nNIAMEY, March 14 (AFP) - ..."):
 * tags the text from the dateline on to read the DCT from it, then tags the
 * whole text again with that DCT, replacing *tr.  Keeps *tr when there is
 * nothing better.  0, or -1 when out of memory. */
static int dateline_dct(const char *text, size_t len, const el_tag_options *topt, el_tag_result *tr, el_error *err)
{
    size_t s, e;
    ex_find_dateline(text, len, 0, 0, &s, &e);
    if (e == 0 || s == 0) return 0;
    el_tag_result from_dl, again;
    memset(&from_dl, 0, sizeof from_dl);
    memset(&again, 0, sizeof again);
    el_error e2;
    if (el_tag(text + s, len - s, topt, &from_dl, &e2) != EL_OK) return e2.code == EL_ERR_IO ? -1 : 0;
    if (from_dl.dct_source != EL_DCT_DATELINE && from_dl.dct_source != EL_DCT_DATELINE_WEEKDAY &&
        from_dl.dct_source != EL_DCT_DATELINE_TODAY) {
        el_tag_result_free(&from_dl);
        return 0;
    }
    el_tag_options with = *topt;
    with.dct = from_dl.dct;
    int rc = el_tag(text, len, &with, &again, err);
    if (rc != EL_OK) {
        el_tag_result_free(&from_dl);
        return rc == EL_ERR_IO ? -1 : 0;
    }
    /* The DCT came from the dateline, with its warning; spans are the
     * dateline's place in the whole text. */
    again.dct_source = from_dl.dct_source;
    snprintf(again.warning, sizeof again.warning, "%s", from_dl.warning);
    again.dateline_start = s + from_dl.dateline_start;
    again.dateline_end = s + from_dl.dateline_end;
    el_tag_result_free(&from_dl);
    el_tag_result_free(tr);
    *tr = again;
    return 0;
}

int ex_extract_doc(ex_store *st, const char *text, size_t len, const el_extract_options *opt, char dct_out[16],
                   el_extract_info *info, el_error *err)
{
    dct_out[0] = '\0';
    if (!opt || (!text && len > 0))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_extract: missing text, options or timeline");
    if (!text) text = "";
    el_tag_options topt = {opt->dct, opt->today, opt->max_input_bytes};
    el_tag_result tr;
    memset(&tr, 0, sizeof tr);
    int rc = el_tag(text, len, &topt, &tr, err);
    if (rc != EL_OK) return rc;
    if (tr.dct_source == EL_DCT_TODAY && !opt->dct && dateline_dct(text, len, &topt, &tr, err) < 0) {
        el_tag_result_free(&tr);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    if (info) {
        memset(info, 0, sizeof *info);
        snprintf(info->dct, sizeof info->dct, "%s", tr.dct);
        info->dct_source = tr.dct_source;
        snprintf(info->warning, sizeof info->warning, "%s", tr.warning);
    }
    snprintf(dct_out, 16, "%s", tr.dct);
    if (ex_store_add_doc(st, text, len, opt->doc_name ? opt->doc_name : "-") < 0) {
        el_tag_result_free(&tr);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    size_t dl_s, dl_e;
    ex_find_dateline(text, len, tr.dateline_start, tr.dateline_end, &dl_s, &dl_e);
    char dct_buf[sizeof tr.dct];
    memcpy(dct_buf, tr.dct, sizeof dct_buf);
    const char *dct = dct_buf[0] ? dct_buf : NULL;
    /* The tagger's array goes as soon as it is packed: the parts get their
     * expressions back one part at a time. */
    ex_timexes all;
    rc = ex_timexes_pack(&all, tr.timexes, tr.n);
    el_tag_result_free(&tr);
    if (rc < 0) return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    carry cr;
    memset(&cr, 0, sizeof cr);
    size_t next_tx = 0;
    rc = EL_OK;
    /* Long documents go part by part, so memory stays bounded by the part. */
    for (size_t from = 0; from < len && rc == EL_OK;) {
        size_t to = part_end(text, len, from, all.v, all.n);
        size_t first_tx = next_tx;
        while (next_tx < all.n && all.v[next_tx].start < to) next_tx++;
        el_timex *part_tx = NULL;
        rc = ex_timexes_unpack(&all, first_tx, next_tx, &part_tx) < 0 ? EL_ERR_IO : EL_OK;
        if (rc == EL_OK)
            rc = extract_part(text, from, to, part_tx, next_tx - first_tx, dl_s, dl_e, dct, from == 0, st, &cr);
        free(part_tx);
        from = to;
    }
    if (rc != EL_OK) el_fail(err, rc, 0, 0, "out of memory");
    ex_timexes_free(&all);
    return rc;
}

int el_extract(const char *text, size_t len, const el_extract_options *opt, el_timeline *tl,
               el_extract_info *info, el_error *err)
{
    if (!opt || !tl || (!text && len > 0))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_extract: missing text, options or timeline");
    ex_store st;
    memset(&st, 0, sizeof st);
    st.base = tl->n_events;
    char dct[16];
    int rc = ex_extract_doc(&st, text, len, opt, dct, info, err);
    if (rc == EL_OK && !tl->dct && dct[0] && el_set_str(&tl->dct, dct) < 0) rc = EL_ERR_IO;
    /* Every record becomes a full event of the timeline. */
    for (size_t i = 0; i < st.n && rc == EL_OK; i++) {
        el_event *ev = el_timeline_add_event(tl);
        if (!ev || ex_store_event_light(&st, i, ev) < 0 || ex_store_note(&st, i, &ev->note) < 0 ||
            ex_store_evidence(&st, i, &ev->evidence) < 0)
            rc = EL_ERR_IO;
    }
    if (rc == EL_ERR_IO) el_fail(err, rc, 0, 0, "out of memory");
    ex_store_free(&st);
    return rc;
}
