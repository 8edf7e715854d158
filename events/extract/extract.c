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
#include "events/extract/ex_internal.h"

#define NOTE_MAX 400
#define FOLD_MAX 4

/* One event found in the document before it goes into the timeline. */
typedef struct cand {
    int tok;            /* event token */
    int sent;           /* sentence index */
    int timex;          /* timex index or -1 */
    char date[96];      /* EDTF */
    char label[256];
    char note[NOTE_MAX + 512];
    size_t after;       /* number N of the event "eN" this comes after, or 0 */
    int link_tok;       /* before numbering: +(tok+1) after / -(tok+1) before the event at tok */
    size_t before;      /* number of the event this comes before, or 0 */
    el_precision prec;
} cand;

typedef struct cand_vec {
    cand *v;
    int n, cap;
} cand_vec;

static cand *cand_push(cand_vec *cv)
{
    if (cv->n == cv->cap) {
        int nc = cv->cap ? cv->cap * 2 : 16;
        cand *nv = realloc(cv->v, (size_t)nc * sizeof(cand));
        if (!nv) return NULL;
        cv->v = nv;
        cv->cap = nc;
    }
    cand *c = &cv->v[cv->n++];
    memset(c, 0, sizeof *c);
    c->timex = -1;
    return c;
}

/* The last event of the previous part of a long document, which the first
 * implied event of the next part may follow. */
typedef struct carry {
    size_t id;          /* event number, 0 when none */
    char date[96];
    char label[256];
} carry;

/* Checks for an agency dateline starting at i ("TRIPOLI, July 7 (Xinhua)
 * --", "WASHINGTON (AP) _", "LONDON, March 9, 2021 (Reuters) -"):
 * upper-case place words, then a dash within 60 bytes on the same line.
 * Returns the offset after the dash, or 0. */
static size_t dateline_at(const char *t, size_t len, size_t i)
{
    size_t s = i;
    int upper = 0;
    while (i < len && (isupper((unsigned char)t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '\'')) {
        if (isupper((unsigned char)t[i])) upper++;
        i++;
    }
    if (upper < 3 || i == s || (i < len && islower((unsigned char)t[i]))) return 0;
    size_t lim = i + 60 < len ? i + 60 : len;
    for (size_t j = i; j + 1 < lim; j++) {
        unsigned char c = (unsigned char)t[j];
        if (c == '\n') break;
        bool dash = (c == '-' && t[j + 1] == '-') || c == '_' ||
                    (c == 0xE2 && j + 2 < len && (unsigned char)t[j + 1] == 0x80 &&
                     ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94)) ||
                    (c == '-' && j > 0 && t[j - 1] == ' ' && t[j + 1] == ' ');
        if (dash) {
            size_t e = j;
            while (e < len && (t[e] == '-' || t[e] == '_' || (unsigned char)t[e] >= 0x80)) e++;
            return e;
        }
    }
    return 0;
}

/* Finds the dateline at the start of one of the first three lines (a
 * headline may come first).  The tagger's span, when it has one, wins for
 * the start; the end covers the agency and the dash. */
static void find_dateline(const char *t, size_t len, size_t tag_s, size_t tag_e, size_t *s, size_t *e)
{
    *s = *e = 0;
    size_t line = 0;
    for (int l = 0; l < 3 && line < len; l++) {
        size_t i = line;
        while (i < len && isspace((unsigned char)t[i])) i++;
        size_t end = dateline_at(t, len, i);
        if (end > 0) {
            *s = i;
            *e = end;
            break;
        }
        while (i < len && t[i] != '\n') i++;
        line = i + 1;
    }
    if (tag_e > tag_s && (*e == 0 || tag_s < *s || tag_s >= *e)) {
        *s = tag_s;
        *e = tag_e;
    } else if (tag_e > *e && tag_s >= *s && tag_s < *e) {
        *e = tag_e;
    }
}

static bool starts_with_ci(const char *s, size_t n, const char *p)
{
    size_t pl = strlen(p);
    if (n < pl) return false;
    for (size_t i = 0; i < pl; i++)
        if (tolower((unsigned char)s[i]) != p[i]) return false;
    return n == pl || !isalpha((unsigned char)s[pl]);
}

/* Signals at the start of a sentence that place its event after (+1) or
 * before (-1) the previous one. */
static int leading_signal(const char *s, size_t n)
{
    static const char *const AFTER[] = {"shortly after that", "shortly afterwards", "shortly afterward",
                                        "soon after that", "soon after", "soon afterwards", "after that",
                                        "afterwards", "afterward", "then", "later", "subsequently",
                                        "thereafter", "following that", "after this", "next"};
    static const char *const BEFORE[] = {"before that", "earlier", "previously", "prior to that",
                                         "before this"};
    for (size_t i = 0; i < sizeof AFTER / sizeof *AFTER; i++)
        if (starts_with_ci(s, n, AFTER[i])) return 1;
    for (size_t i = 0; i < sizeof BEFORE / sizeof *BEFORE; i++)
        if (starts_with_ci(s, n, BEFORE[i])) return -1;
    return 0;
}

/* The main event verb of sentence s (not a report, not inside quotes),
 * starting at token from; -1 when none. */
static int main_verb(const ex_doc *doc, int s, int from)
{
    int first = -1;
    /* Skip a leading adverbial: "According to a statement issued by ...,". */
    const ex_token *ft = &doc->toks[from];
    if (ft->kind == EX_WORD && (!strcmp(ft->low, "according") || ((ft->cls & (EX_C_PREP | EX_C_SUBORD)) &&
                                                                    !(ft->cls & EX_C_DET)))) {
        for (int k = from + 1; k < doc->sents[s].tok_end; k++)
            if (doc->toks[k].kind == EX_PUNCT && doc->toks[k].low[0] == ',') {
                from = k + 1;
                break;
            }
    }
    for (int k = from; k < doc->sents[s].tok_end; k++) {
        const ex_token *t = &doc->toks[k];
        if (!(t->cls & EX_C_VERB) || !ex_is_event_tok(doc, k) || ex_is_pure_report(t) ||
            (t->flags & EX_F_QUOTE_IN))
            continue;
        if (first < 0) first = k;
        /* Prefer a verb outside relative and subordinate clauses. */
        int cs = k;
        while (cs > doc->sents[s].tok_first && doc->toks[cs - 1].clause == t->clause) cs--;
        if (!(doc->toks[cs].cls & (EX_C_REL | EX_C_SUBORD)) || (doc->toks[cs].cls & EX_C_DET && !(doc->toks[cs].cls & EX_C_REL)))
            return k;
    }
    return first;
}

static el_precision date_prec(const char *d)
{
    el_date dt;
    el_error e;
    if (el_date_parse(d, &dt, &e) != EL_OK) return EL_PREC_NONE;
    return dt.start.prec;
}

/* Makes a date approximate ("2018-07-05" -> "2018-07-05~") unless it is an
 * interval or already qualified. */
static void approx_of(const char *d, char *buf, size_t size)
{
    size_t n = strlen(d);
    if (strchr(d, '/') || (n > 0 && (d[n - 1] == '~' || d[n - 1] == '?' || d[n - 1] == '%')))
        snprintf(buf, size, "%s", d);
    else
        snprintf(buf, size, "%s~", d);
}

static void sentence_note(const ex_doc *doc, int s, char *buf, size_t size)
{
    const ex_sentence *se = &doc->sents[s];
    ex_note_text(doc->text + se->start, se->end - se->start, NOTE_MAX, buf, size);
}

static void append_note(char *note, size_t size, const char *prefix, const char *text, const char *suffix)
{
    size_t n = strlen(note);
    if (n + 8 >= size) return;
    snprintf(note + n, size - n, "%s%s%s", prefix, text, suffix);
}

/* Years in a duration value "P90Y" (0 when not whole years). */
static int duration_years(const char *v)
{
    int y = 0;
    char tail = 0;
    if (sscanf(v, "P%dY%c", &y, &tail) == 1 && y > 0 && y < 100000) return y;
    return 0;
}

/* States rather than events: their time does not make a timeline entry. */
static bool stative(const char *w)
{
    static const char *const S[] = {
        "appear", "appears", "appeared", "be", "believe", "believed", "believes", "belong", "belongs",
        "consider", "considered", "considers", "contain", "contains", "depend", "depends", "doubt", "expect",
        "expected", "expects", "feel", "feels", "felt", "hope", "hoped", "hopes", "know", "knew", "knows",
        "like", "liked", "likes", "mean", "means", "meant", "need", "needs", "own", "owns", "prefer",
        "remain", "remained", "remains", "seem", "seemed", "seems", "suppose", "think", "thinks", "thought",
        "want", "wanted", "wants", "wish", "wished"};
    for (size_t i = 0; i < sizeof S / sizeof *S; i++)
        if (!strcmp(w, S[i])) return true;
    return false;
}

/* A label worth a timeline entry: not empty, not a bare attribution
 * ("According to ..."), not a first-person remark inside a quotation, not
 * opening with a question word. */
static bool label_usable(const ex_doc *doc, int ev, const char *label)
{
    static const char *const BAD_START[] = {"According ", "What ", "That ", "Which ", "Who ", "We ", "I ",
                                            "You ", "It's ", "It ", "Our ", "We'", "I'", "You'"};
    if (!label[0]) return false;
    /* One word is a label only for an event noun ("Election"); "To go" has
     * lost its subject. */
    const char *sp = strchr(label, ' ');
    if (!sp && !(doc->toks[ev].cls & EX_C_EVNOUN)) return false;
    if (!strncmp(label, "To ", 3)) return false;
    const char *last = strrchr(label, ' ');
    if (last && (!strcmp(last, " what") || !strcmp(last, " which") || !strcmp(last, " that") || !strcmp(last, " who")))
        return false;
    for (size_t i = 0; i < sizeof BAD_START / sizeof *BAD_START; i++) {
        size_t n = strlen(BAD_START[i]);
        if (!strncmp(label, BAD_START[i], n)) {
            /* "It" outside quotes is a weak but real label. */
            if (!strcmp(BAD_START[i], "It ") && !(doc->toks[ev].flags & EX_F_QUOTE_IN)) return true;
            return false;
        }
    }
    return true;
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
    for (int x = 0; x < doc->n_timexes; x++) {
        const el_timex *tx = &doc->timexes[x];
        if (tx->type != EL_TIMEX_DATE && tx->type != EL_TIMEX_TIME) continue;
        if (doc->timex_first[x] < 0) continue;
        const ex_anchor *a = &an[x];
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
            if (r >= 0 && !dated_elsewhere) ev = r;
            else if (r >= 0) continue; /* the report itself is no event */
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
        if (stative(doc->toks[ev].low)) continue;
        el_date chk;
        el_error e;
        if (el_date_parse(date, &chk, &e) != EL_OK) continue;
        /* One event per event word: keep the finest date. */
        if (tok_cand[ev] >= 0) {
            cand *old = &cv->v[tok_cand[ev]];
            el_precision p = date_prec(date);
            if (p > old->prec && !strchr(date, '/')) {
                snprintf(old->date, sizeof old->date, "%s", date);
                old->prec = p;
                old->timex = x;
            }
            continue;
        }
        cand *c = cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = doc->toks[ev].sent;
        c->timex = x;
        snprintf(c->date, sizeof c->date, "%s", date);
        c->prec = date_prec(date);
        ex_label(doc, ev, x, c->label, sizeof c->label);
        if (!label_usable(doc, ev, c->label)) {
            cv->n--;
            continue;
        }
        tok_cand[ev] = cv->n - 1;
        sentence_note(doc, c->sent, c->note, sizeof c->note);
    }
    return 0;
}

/* "resigned two weeks later": an event dated by a duration and "later"
 * (or "earlier") after the nearest earlier event of the text, with a link
 * to it; the date is shifted when that event's date allows it. */
static int later_events(const ex_doc *doc, const ex_anchor *an, cand_vec *cv, int *tok_cand, size_t base)
{
    for (int x = 0; x < doc->n_timexes; x++) {
        const el_timex *tx = &doc->timexes[x];
        int l = doc->timex_last[x], f = doc->timex_first[x];
        if (tx->type != EL_TIMEX_DURATION || l < 0 || l + 1 >= doc->n_toks) continue;
        const ex_token *w = &doc->toks[l + 1];
        int sign = !strcmp(w->low, "later") ? 1 : !strcmp(w->low, "earlier") ? -1 : 0;
        int ev = an[x].event_tok;
        if (!sign || w->sent != doc->toks[l].sent || ev < 0 || tok_cand[ev] >= 0) continue;
        if (doc->toks[f].flags & EX_F_SENT_START) continue; /* "Two days later, ..." is an implied event */
        int prev = -1;
        for (int i = 0; i < cv->n; i++)
            if (cv->v[i].tok < f && (prev < 0 || cv->v[i].tok > cv->v[prev].tok)) prev = i;
        if (prev < 0) continue;
        char pdate[96];
        snprintf(pdate, sizeof pdate, "%s", cv->v[prev].date);
        cand *c = cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = doc->toks[ev].sent;
        c->timex = x;
        if (!ex_edtf_shift(pdate, tx->value, sign, c->date, sizeof c->date)) approx_of(pdate, c->date, sizeof c->date);
        c->prec = date_prec(c->date);
        ex_label(doc, ev, x, c->label, sizeof c->label);
        if (!label_usable(doc, ev, c->label) || c->prec == EL_PREC_NONE) {
            cv->n--;
            continue;
        }
        /* Candidates are renumbered after sorting: link by token for now. */
        c->after = 0;
        c->link_tok = sign > 0 ? cv->v[prev].tok + 1 : -(cv->v[prev].tok + 1);
        tok_cand[ev] = cv->n - 1;
        sentence_note(doc, c->sent, c->note, sizeof c->note);
        (void)base;
    }
    return 0;
}

/* "was arrested on Monday and then released": a verb after "then",
 * "later", "afterwards" or "subsequently" in the sentence of a dated event
 * comes after it. */
static int then_events(const ex_doc *doc, cand_vec *cv, int *tok_cand)
{
    int n0 = cv->n;
    for (int i = 0; i < n0; i++) {
        int ev = cv->v[i].tok, s = cv->v[i].sent;
        for (int k = ev + 1; k + 1 < doc->sents[s].tok_end; k++) {
            const ex_token *t = &doc->toks[k];
            if (t->kind != EX_WORD || t->timex >= 0) continue;
            if (strcmp(t->low, "then") != 0 && strcmp(t->low, "later") != 0 && strcmp(t->low, "afterwards") != 0 &&
                strcmp(t->low, "subsequently") != 0)
                continue;
            int v = -1;
            for (int q = k + 1; q < doc->sents[s].tok_end && q <= k + 3; q++)
                if ((doc->toks[q].cls & EX_C_VERB) && ex_is_event_tok(doc, q)) {
                    v = q;
                    break;
                }
            if (v < 0 || tok_cand[v] >= 0 || ex_is_pure_report(&doc->toks[v])) break;
            char pdate[96], plabel[256];
            snprintf(pdate, sizeof pdate, "%s", cv->v[i].date);
            snprintf(plabel, sizeof plabel, "%s", cv->v[i].label);
            cand *c = cand_push(cv);
            if (!c) return -1;
            c->tok = v;
            c->sent = s;
            approx_of(pdate, c->date, sizeof c->date);
            c->prec = date_prec(c->date);
            ex_label(doc, v, -1, c->label, sizeof c->label);
            if (!label_usable(doc, v, c->label) || c->prec == EL_PREC_NONE) {
                cv->n--;
                break;
            }
            c->link_tok = ev + 1;
            tok_cand[v] = cv->n - 1;
            sentence_note(doc, s, c->note, sizeof c->note);
            append_note(c->note, sizeof c->note, " (date implied: after \"", plabel, "\")");
            break;
        }
    }
    return 0;
}

/* "in the 90 years since X", "N years after X": X gets a date N years from
 * the DCT or from the clause's dated event. */
static int duration_events(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv,
                           int *tok_cand)
{
    for (int x = 0; x < doc->n_timexes; x++) {
        const el_timex *tx = &doc->timexes[x];
        if (tx->type != EL_TIMEX_DURATION) continue;
        int years = duration_years(tx->value);
        int l = doc->timex_last[x];
        if (years == 0 || l < 0 || l + 2 >= doc->n_toks) continue;
        const ex_token *sig = &doc->toks[l + 1];
        if (sig->sent != doc->toks[l].sent || sig->kind != EX_WORD) continue;
        bool since = !strcmp(sig->low, "since"), after = !strcmp(sig->low, "after"),
             before = !strcmp(sig->low, "before");
        if (!since && !after && !before) continue;
        char base[96] = "";
        if (since) {
            if (!dct) continue;
            snprintf(base, sizeof base, "%.4s", dct);
        } else {
            /* The event of the clause dated by another expression. */
            int s = doc->toks[l].sent;
            for (int k = doc->sents[s].tok_first; k < l; k++)
                if (tok_cand[k] >= 0) snprintf(base, sizeof base, "%s", cv->v[tok_cand[k]].date);
            if (!base[0]) continue;
        }
        /* Whole years: "90 years since" gives a year, whatever the base's precision. */
        char year[8], date[96];
        snprintf(year, sizeof year, "%.4s", base);
        if (!ex_edtf_shift_years(year, after || since ? -years : years, date, sizeof date)) continue;
        int s = doc->toks[l].sent;
        int ev = -1;
        for (int k = l + 2; k < doc->sents[s].tok_end && k <= l + 7; k++)
            if (ex_is_event_tok(doc, k)) {
                ev = k;
                break;
            }
        if (ev < 0) {
            /* The head noun of the phrase after the signal. */
            for (int k = l + 2; k < doc->sents[s].tok_end && k <= l + 6; k++) {
                const ex_token *t = &doc->toks[k];
                if (t->kind != EX_WORD || (t->cls & (EX_C_PREP | EX_C_REL | EX_C_CONJ))) break;
                if (!(t->cls & EX_C_DET)) ev = k;
            }
        }
        if (ev < 0 || tok_cand[ev] >= 0) continue;
        cand *c = cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = s;
        c->timex = -1;
        snprintf(c->date, sizeof c->date, "%s", date);
        c->prec = date_prec(date);
        ex_label(doc, ev, -1, c->label, sizeof c->label);
        if (!c->label[0] || c->prec == EL_PREC_NONE) {
            cv->n--;
            continue;
        }
        tok_cand[ev] = cv->n - 1;
        sentence_note(doc, s, c->note, sizeof c->note);
        char tmp[160];
        snprintf(tmp, sizeof tmp, "%.*s %s", (int)(tx->end - tx->start), doc->text + tx->start, sig->low);
        append_note(c->note, sizeof c->note, " (dated from \"", tmp, "\")");
        (void)an;
    }
    return 0;
}

static int cmp_cand_pos(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return (x->tok > y->tok) - (x->tok < y->tok);
}

/* Verbs that report what was said or done at a meeting. */
static bool talk_verb(const char *w)
{
    static const char *const V[] = {"agreed", "announced", "called", "condemned", "discussed", "emphasized",
                                    "expressed", "hailed", "invited", "pledged", "praised", "reaffirmed",
                                    "reviewed", "signed", "stressed", "thanked", "urged", "voiced",
                                    "welcomed", "exchanged"};
    for (size_t i = 0; i < sizeof V / sizeof *V; i++)
        if (!strcmp(w, V[i])) return true;
    return false;
}

/* The lead sentence (the first after the dateline) reports the news of
 * the day: when no expression dates it, its main event gets the DCT
 * ("TRIPOLI (Xinhua) -- Libya's prime minister met ..."). */
static int lead_event(const ex_doc *doc, cand_vec *cv, const char *dct, size_t lead_from)
{
    if (!dct) return 0;
    int s = -1;
    for (int i = 0; i < doc->n_sents; i++)
        if (doc->sents[i].start >= lead_from) {
            s = i;
            break;
        }
    if (s < 0) return 0;
    int v = main_verb(doc, s, doc->sents[s].tok_first);
    if (v < 0 && s + 1 < doc->n_sents && doc->sents[s].tok_end - doc->sents[s].tok_first < 15) {
        /* A headline without a verb we know: the lead is the next sentence. */
        s++;
        v = main_verb(doc, s, doc->sents[s].tok_first);
    }
    for (int i = 0; i < cv->n; i++)
        if (cv->v[i].sent == s) return 0;
    if (v < 0 || (doc->toks[v].cls & EX_C_BASE) || stative(doc->toks[v].low)) return 0;
    for (int k = doc->sents[s].tok_first; k < v; k++)
        if (doc->toks[k].cls & EX_C_MODAL) return 0; /* "will meet": not yet */
    /* "X has died ... She died on Sunday": the dated mention is the event. */
    char vb[48], ob[48];
    if (ex_lex_base(doc->toks[v].low, vb, sizeof vb))
        for (int i = 0; i < cv->n; i++)
            if (ex_lex_base(doc->toks[cv->v[i].tok].low, ob, sizeof ob) && !strcmp(vb, ob) &&
                !strncmp(cv->v[i].date, dct, 4))
                return 0;
    cand *c = cand_push(cv);
    if (!c) return -1;
    c->tok = v;
    c->sent = s;
    snprintf(c->date, sizeof c->date, "%s", dct);
    c->prec = date_prec(c->date);
    ex_label(doc, v, -1, c->label, sizeof c->label);
    if (!label_usable(doc, v, c->label) || c->prec == EL_PREC_NONE) {
        cv->n--;
        return 0;
    }
    sentence_note(doc, s, c->note, sizeof c->note);
    append_note(c->note, sizeof c->note, " (dated by the report date)", "", "");
    /* Keep text order: the lead goes before the later sentences' events. */
    cand tmp = *c;
    int pos = cv->n - 1;
    while (pos > 0 && cv->v[pos - 1].tok > tmp.tok) {
        cv->v[pos] = cv->v[pos - 1];
        pos--;
    }
    cv->v[pos] = tmp;
    return 0;
}

/* "The army withdrew after the elections": an undated sentence that puts
 * its event after (or before) an event noun already on the timeline.
 * Returns that candidate and sets *sig to +1 (after) or -1 (before), or
 * returns -1. */
static int named_neighbour(const ex_doc *doc, const cand_vec *cv, int s, int *sig)
{
    for (int k = doc->sents[s].tok_first; k + 1 < doc->sents[s].tok_end; k++) {
        const ex_token *t = &doc->toks[k];
        if (t->kind != EX_WORD) continue;
        int dir = !strcmp(t->low, "after") || !strcmp(t->low, "following") ? 1
                  : !strcmp(t->low, "before") || !strcmp(t->low, "ahead")  ? -1
                                                                            : 0;
        if (!dir) continue;
        for (int j = k + 1; j < doc->sents[s].tok_end && j <= k + 5; j++) {
            const ex_token *n = &doc->toks[j];
            if (n->kind != EX_WORD || (n->cls & EX_C_VERB)) break;
            if (!(n->cls & EX_C_EVNOUN)) continue;
            size_t nl = strlen(n->low);
            /* A modifier ("the regional election") must match too. */
            const ex_token *mod = &doc->toks[j - 1];
            bool has_mod = j - 1 > k && mod->kind == EX_WORD && !(mod->cls & (EX_C_DET | EX_C_PREP)) && mod->timex < 0;
            int best = -1;
            for (int i = cv->n > 256 ? cv->n - 256 : 0; i < cv->n; i++) {
                const char *w = doc->toks[cv->v[i].tok].low;
                size_t wl = strlen(w);
                bool same = !strcmp(w, n->low) || (nl == wl + 1 && n->low[nl - 1] == 's' && !strncmp(w, n->low, wl)) ||
                            (wl == nl + 1 && w[wl - 1] == 's' && !strncmp(w, n->low, nl));
                if (!same || cv->v[i].sent == s) continue;
                if (has_mod) {
                    char m[40];
                    snprintf(m, sizeof m, "%.*s", (int)(mod->end - mod->start), doc->text + mod->start);
                    bool found = false;
                    for (const char *p = cv->v[i].label; *p && !found; p++)
                        if (!strncasecmp(p, m, strlen(m))) found = true;
                    if (!found) continue;
                }
                /* The nearest earlier mention wins. */
                if (best < 0 || (cv->v[i].tok < k && (cv->v[best].tok > k || cv->v[i].tok > cv->v[best].tok))) best = i;
            }
            if (best >= 0) {
                *sig = dir;
                return best;
            }
        }
    }
    return -1;
}

/* Implied events (leading "shortly after that", "earlier", past perfect),
 * and follow-up reports folded into the lead event's note.  cv is sorted
 * by text position on entry. */
static int implied_events(const ex_doc *doc, cand_vec *cv, const char *dct, size_t lead_from, bool first_part,
                          size_t base, const carry *cr)
{
    if (first_part && lead_event(doc, cv, dct, lead_from) < 0) return -1;
    int n_dated = cv->n;
    int folded = 0;
    int lead = -1;
    for (int i = 0; i < n_dated; i++)
        if (dct && !strcmp(cv->v[i].date, dct)) {
            lead = i;
            break;
        }
    if (lead < 0 && n_dated > 0 && cv->v[0].sent == 0) lead = 0;
    if (!first_part) lead = -1;
    /* cv[0..n_dated) is in text order; implied events are appended in
     * sentence order, so one pass keeps the previous event and whether a
     * sentence already has one. */
    int scan = 0, prev = -1, last_implied = -1;
    for (int s = 0; s < doc->n_sents; s++) {
        while (scan < n_dated && cv->v[scan].sent < s) {
            if (prev < 0 || cv->v[scan].tok > cv->v[prev].tok) prev = scan;
            scan++;
        }
        if (last_implied >= 0 && (prev < 0 || cv->v[last_implied].tok > cv->v[prev].tok)) prev = last_implied;
        if (scan < n_dated && cv->v[scan].sent == s) {
            /* "Serraj praised Italy's support ..., after they left a few
             * years ago": the main clause reports more of the lead event. */
            int v = main_verb(doc, s, doc->sents[s].tok_first);
            bool own = false;
            for (int i = scan; i < n_dated && cv->v[i].sent == s; i++)
                if (cv->v[i].tok == v) own = true;
            if (v >= 0 && !own && lead >= 0 && cv->v[lead].sent != s && folded < FOLD_MAX && talk_verb(doc->toks[v].low) &&
                (doc->toks[v].cls & EX_C_PAST) && !(doc->toks[v].cls & EX_C_PERFECT)) {
                char lab[256];
                ex_label(doc, v, -1, lab, sizeof lab);
                if (lab[0]) {
                    append_note(cv->v[lead].note, sizeof cv->v[lead].note, folded ? "; " : " Also: ", lab, "");
                    folded++;
                }
            }
            continue;
        }
        const ex_sentence *se = &doc->sents[s];
        int from = se->tok_first;
        int sig = leading_signal(doc->text + se->start, se->end - se->start);
        /* "Two days later, ...": a duration and "later" (or "earlier")
         * opening the sentence. */
        const el_timex *lead_dur = NULL;
        {
            const ex_token *ft = &doc->toks[from];
            if (ft->timex >= 0 && doc->timexes[ft->timex].type == EL_TIMEX_DURATION) {
                int l = doc->timex_last[ft->timex];
                if (l + 1 < se->tok_end && doc->toks[l + 1].kind == EX_WORD) {
                    const char *w = doc->toks[l + 1].low;
                    if (!strcmp(w, "later") || !strcmp(w, "afterwards") || !strcmp(w, "after")) sig = 1;
                    else if (!strcmp(w, "earlier") || !strcmp(w, "before")) sig = -1;
                    if (sig) lead_dur = &doc->timexes[ft->timex];
                }
            }
        }
        int v = main_verb(doc, s, from);
        if (v < 0) continue;
        bool perfect = (doc->toks[v].cls & EX_C_PERFECT) && !(doc->toks[v].cls & EX_C_REPORT);
        int named = sig == 0 ? named_neighbour(doc, cv, s, &sig) : -1;
        if (named >= 0 || ((sig != 0 || perfect) && (prev >= 0 || cr->id))) {
            int pi = named >= 0 ? named : prev;
            /* The neighbour: a candidate of this part or the carried one. */
            char pdate[96], plabel[256];
            size_t pid;
            if (pi >= 0) {
                snprintf(pdate, sizeof pdate, "%s", cv->v[pi].date);
                snprintf(plabel, sizeof plabel, "%s", cv->v[pi].label);
                pid = base + (size_t)pi + 1;
            } else {
                snprintf(pdate, sizeof pdate, "%s", cr->date);
                snprintf(plabel, sizeof plabel, "%s", cr->label);
                pid = cr->id;
            }
            cand *c = cand_push(cv);
            if (!c) return -1;
            c->tok = v;
            c->sent = s;
            if (!lead_dur || !ex_edtf_shift(pdate, lead_dur->value, sig, c->date, sizeof c->date))
                approx_of(pdate, c->date, sizeof c->date);
            c->prec = date_prec(c->date);
            ex_label(doc, v, -1, c->label, sizeof c->label);
            if (!label_usable(doc, v, c->label)) {
                cv->n--;
                continue;
            }
            if (sig > 0) c->after = pid;
            else c->before = pid;
            last_implied = cv->n - 1;
            sentence_note(doc, s, c->note, sizeof c->note);
            char ref[300];
            snprintf(ref, sizeof ref, "%.*s", 200, plabel);
            append_note(c->note, sizeof c->note, sig > 0 ? " (date implied: after \"" : " (date implied: before \"",
                        ref, "\")");
            continue;
        }
        /* A follow-up report of the lead event: fold it into its note. */
        if (lead >= 0 && folded < FOLD_MAX && (doc->toks[v].cls & EX_C_PAST) &&
            se->paragraph - doc->sents[cv->v[lead].sent].paragraph <= 8) {
            char lab[256];
            ex_label(doc, v, -1, lab, sizeof lab);
            if (lab[0]) {
                append_note(cv->v[lead].note, sizeof cv->v[lead].note, folded ? "; " : " Also: ", lab, "");
                folded++;
            }
        }
    }
    if (folded) {
        cand *l = &cv->v[lead];
        append_note(l->note, sizeof l->note, ".", "", "");
    }
    return 0;
}

/* Notes for durations and sets: "for 90 days", "annually". */
static int duration_notes(const ex_doc *doc, cand_vec *cv)
{
    int *first = malloc(((size_t)doc->n_sents + 1) * sizeof *first);
    if (!first) return -1;
    for (int s = 0; s < doc->n_sents; s++) first[s] = -1;
    for (int i = 0; i < cv->n; i++)
        if (first[cv->v[i].sent] < 0) first[cv->v[i].sent] = i;
    for (int x = 0; x < doc->n_timexes; x++) {
        const el_timex *tx = &doc->timexes[x];
        if (tx->type != EL_TIMEX_DURATION && tx->type != EL_TIMEX_SET) continue;
        int f = doc->timex_first[x];
        if (f < 0) continue;
        int i = first[doc->toks[f].sent];
        if (i < 0) continue;
        char t[128];
        snprintf(t, sizeof t, "%.*s", (int)(tx->end - tx->start > 100 ? 100 : tx->end - tx->start),
                 doc->text + tx->start);
        append_note(cv->v[i].note, sizeof cv->v[i].note, tx->type == EL_TIMEX_SET ? " [recurring: " : " [duration: ",
                    t, "]");
    }
    free(first);
    return 0;
}

static int set_timex_ref(el_timex_ref *r, const char *text, const el_timex *tx)
{
    r->start = tx->start;
    r->end = tx->end;
    if (el_set_strn(&r->text, text + tx->start, tx->end - tx->start) < 0) return -1;
    if (el_set_str(&r->type, el_timex_type_name(tx->type)) < 0) return -1;
    if (el_set_str(&r->value, tx->value) < 0) return -1;
    if (tx->mod[0] && el_set_str(&r->mod, tx->mod) < 0) return -1;
    return 0;
}

/* Appends the candidates to tl with ids continuing after its events. */
static int emit(const ex_doc *doc, const cand_vec *cv, const char *doc_name, el_timeline *tl)
{
    size_t base = tl->n_events;
    for (int i = 0; i < cv->n; i++) {
        const cand *c = &cv->v[i];
        el_event *ev = el_timeline_add_event(tl);
        if (!ev) return -1;
        char id[32];
        snprintf(id, sizeof id, "e%zu", base + (size_t)i + 1);
        el_error e;
        if (el_set_str(&ev->id, id) < 0 || el_set_str(&ev->date_text, c->date) < 0 ||
            el_set_str(&ev->label, c->label) < 0 || el_set_str(&ev->note, c->note) < 0)
            return -1;
        if (el_date_parse(c->date, &ev->date, &e) != EL_OK) return -1;
        if (c->after) {
            snprintf(id, sizeof id, "e%zu", c->after);
            if (el_strlist_add(&ev->after, &ev->n_after, id) < 0) return -1;
        }
        if (c->before) {
            snprintf(id, sizeof id, "e%zu", c->before);
            if (el_strlist_add(&ev->before, &ev->n_before, id) < 0) return -1;
        }
        ev->evidence = calloc(1, sizeof *ev->evidence);
        if (!ev->evidence) return -1;
        const ex_sentence *se = &doc->sents[c->sent];
        ev->evidence->start = se->start;
        ev->evidence->end = se->end;
        if (el_set_str(&ev->evidence->doc, doc_name) < 0 ||
            el_set_strn(&ev->evidence->text, doc->text + se->start, se->end - se->start) < 0)
            return -1;
        if (c->timex >= 0) {
            ev->evidence->has_timex = true;
            if (set_timex_ref(&ev->evidence->timex, doc->text, &doc->timexes[c->timex]) < 0) return -1;
        }
        /* The model holds UTF-8: the input may not be. */
        if (ex_utf8_fix(&ev->label) < 0 || ex_utf8_fix(&ev->note) < 0 || ex_utf8_fix(&ev->evidence->text) < 0 ||
            ex_utf8_fix(&ev->evidence->timex.text) < 0 || ex_utf8_fix(&ev->evidence->doc) < 0)
            return -1;
    }
    return 0;
}

/* Where the part of a long text that starts at `from` ends: at the first
 * blank line after PART_BYTES, else at a sentence end, else at a space;
 * never inside a time expression.  Short texts are one part. */
#define PART_BYTES ((size_t)128 << 10)

static size_t part_end(const char *t, size_t len, size_t from, const el_timex *tx, size_t n_tx)
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

/* Extracts the events of text[from..to) and appends them to tl.  cr
 * carries the last event from one part to the next. */
static int extract_part(const char *text, size_t from, size_t to, const el_timex *tx, size_t n_tx, size_t dl_s,
                        size_t dl_e, const char *dct, bool first_part, const char *doc_name, el_timeline *tl,
                        carry *cr)
{
    ex_doc doc;
    cand_vec cv = {0};
    ex_anchor *an = NULL;
    int *tok_cand = NULL;
    int rc = EL_ERR_IO;
    size_t base = tl->n_events;
    if (ex_doc_build_range(&doc, text, from, to, tx, n_tx, dl_s, dl_e) < 0) return EL_ERR_IO;
    an = calloc((size_t)doc.n_timexes + 1, sizeof *an);
    tok_cand = malloc(((size_t)doc.n_toks + 1) * sizeof *tok_cand);
    if (!an || !tok_cand) goto out;
    for (int i = 0; i < doc.n_toks; i++) tok_cand[i] = -1;
    ex_anchor_all(&doc, an);
    if (dated_events(&doc, an, dct, &cv, tok_cand) < 0) goto out;
    if (duration_events(&doc, an, dct, &cv, tok_cand) < 0) goto out;
    if (later_events(&doc, an, &cv, tok_cand, base) < 0) goto out;
    if (then_events(&doc, &cv, tok_cand) < 0) goto out;
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
    if (implied_events(&doc, &cv, dct, dl_e, first_part, base, cr) < 0) goto out;
    if (duration_notes(&doc, &cv) < 0) goto out;
    if (emit(&doc, &cv, doc_name, tl) < 0) goto out;
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

int el_extract(const char *text, size_t len, const el_extract_options *opt, el_timeline *tl,
               el_extract_info *info, el_error *err)
{
    if (!opt || !tl || (!text && len > 0))
        return el_fail(err, EL_ERR_USAGE, 0, 0, "el_extract: missing text, options or timeline");
    if (!text) text = "";
    el_tag_options topt = {opt->dct, opt->today, opt->max_input_bytes};
    el_tag_result tr;
    memset(&tr, 0, sizeof tr);
    int rc = el_tag(text, len, &topt, &tr, err);
    if (rc != EL_OK) return rc;
    if (info) {
        memset(info, 0, sizeof *info);
        snprintf(info->dct, sizeof info->dct, "%s", tr.dct);
        info->dct_source = tr.dct_source;
        snprintf(info->warning, sizeof info->warning, "%s", tr.warning);
    }
    if (!tl->dct && tr.dct[0] && el_set_str(&tl->dct, tr.dct) < 0) {
        el_tag_result_free(&tr);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    size_t dl_s, dl_e;
    find_dateline(text, len, tr.dateline_start, tr.dateline_end, &dl_s, &dl_e);
    const char *dct = tr.dct[0] ? tr.dct : NULL;
    carry cr;
    memset(&cr, 0, sizeof cr);
    size_t next_tx = 0;
    rc = EL_OK;
    /* Long documents go part by part, so memory stays bounded by the part. */
    for (size_t from = 0; from < len && rc == EL_OK;) {
        size_t to = part_end(text, len, from, tr.timexes, tr.n);
        size_t first_tx = next_tx;
        while (next_tx < tr.n && tr.timexes[next_tx].start < to) next_tx++;
        const el_timex *part_tx = tr.timexes ? tr.timexes + first_tx : NULL;
        rc = extract_part(text, from, to, part_tx, next_tx - first_tx, dl_s, dl_e, dct, from == 0,
                          opt->doc_name ? opt->doc_name : "-", tl, &cr);
        from = to;
    }
    if (rc != EL_OK) el_fail(err, rc, 0, 0, "out of memory");
    el_tag_result_free(&tr);
    return rc;
}
