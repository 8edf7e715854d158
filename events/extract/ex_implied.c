/* ex_implied.c: events whose date is implied rather than written: "two
 * weeks later", "and then", "in the 90 years since X", "shortly after that",
 * "after the vote", past perfects, the lead sentence; follow-up reports folded
 * into the lead event; durations and sets as notes. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/extract.h"
#include "events/extract/ex_cand.h"

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

/* Years in a duration value "P90Y" (0 when not whole years). */
static int duration_years(const char *v)
{
    /* exactly "P<n>Y": "P1D" (a day) and "P1Y6M" are not whole years */
    if (v[0] != 'P' || v[1] < '1' || v[1] > '9') return 0;
    char *end = NULL;
    long y = strtol(v + 1, &end, 10);
    if (!end || end[0] != 'Y' || end[1] != '\0' || y >= 100000) return 0;
    return (int)y;
}

/* "resigned two weeks later": an event dated by a duration and "later"
 * (or "earlier") after the nearest earlier event of the text, with a link
 * to it; the date is shifted when that event's date allows it. */
/* "After the 1994 genocide in Rwanda, refugees crossed into Zaire": a
 * sentence opening with after/following + a dated event noun puts the
 * main verb after that event (its date, approximate, and an after link). */
static int after_opener_events(const ex_doc *doc, const ex_anchor *an, cand_vec *cv, int *tok_cand)
{
    for (int x = 0; x < doc->n_timexes; x++) {
        int f = doc->timex_first[x], ev = an[x].event_tok;
        if (f < 0 || ev < 0 || an[x].rule != EX_RULE_NP || tok_cand[ev] < 0) continue;
        int s = doc->toks[f].sent, o = doc->sents[s].tok_first;
        if (strcmp(doc->toks[o].low, "after") != 0 && strcmp(doc->toks[o].low, "following") != 0) continue;
        bool np = true;
        for (int k = o + 1; k < f && np; k++)
            if (!(doc->toks[k].cls & EX_C_DET)) np = false;
        int comma = -1;
        for (int k = ev + 1; np && k < doc->sents[s].tok_end; k++)
            if (doc->toks[k].kind == EX_PUNCT) {
                if (doc->toks[k].low[0] == ',') comma = k;
                break;
            }
        if (comma < 0) continue;
        int v = ex_main_verb(doc, s, comma + 1);
        if (v < 0 || tok_cand[v] >= 0) continue;
        char pdate[96];
        snprintf(pdate, sizeof pdate, "%s", cv->v[tok_cand[ev]].date);
        cand *c = ex_cand_push(cv);
        if (!c) return -1;
        c->tok = v;
        c->sent = s;
        c->timex = -1;
        ex_approx_of(pdate, c->date, sizeof c->date);
        c->prec = ex_date_prec(c->date);
        ex_label(doc, v, -1, c->label, sizeof c->label);
        if (!ex_label_usable(doc, v, c->label) || c->prec == EL_PREC_NONE) {
            cv->n--;
            continue;
        }
        c->link_tok = ev + 1;
        tok_cand[v] = cv->n - 1;
        ex_sentence_note(doc, s, c->note, sizeof c->note);
    }
    return 0;
}

int ex_later_events(const ex_doc *doc, const ex_anchor *an, cand_vec *cv, int *tok_cand, size_t base)
{
    if (after_opener_events(doc, an, cv, tok_cand) < 0) return -1;
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
        cand *c = ex_cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = doc->toks[ev].sent;
        c->timex = x;
        if (!ex_edtf_shift(pdate, tx->value, sign, c->date, sizeof c->date)) ex_approx_of(pdate, c->date, sizeof c->date);
        c->prec = ex_date_prec(c->date);
        ex_label(doc, ev, x, c->label, sizeof c->label);
        if (!ex_label_usable(doc, ev, c->label) || c->prec == EL_PREC_NONE) {
            cv->n--;
            continue;
        }
        /* Candidates are renumbered after sorting: link by token for now. */
        c->after = 0;
        c->link_tok = sign > 0 ? cv->v[prev].tok + 1 : -(cv->v[prev].tok + 1);
        tok_cand[ev] = cv->n - 1;
        ex_sentence_note(doc, c->sent, c->note, sizeof c->note);
        (void)base;
    }
    return 0;
}

/* "was arrested on Monday and then released": a verb after "then",
 * "later", "afterwards" or "subsequently" in the sentence of a dated event
 * comes after it. */
int ex_then_events(const ex_doc *doc, cand_vec *cv, int *tok_cand)
{
    int n0 = cv->n;
    for (int i = 0; i < n0; i++) {
        int ev = cv->v[i].tok, s = cv->v[i].sent;
        for (int k = ev + 1; k + 1 < doc->sents[s].tok_end; k++) {
            const ex_token *t = &doc->toks[k];
            if (tok_cand[k] >= 0) break; /* the next dated event takes over */
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
            char pdate[96];
            snprintf(pdate, sizeof pdate, "%s", cv->v[i].date);
            cand *c = ex_cand_push(cv);
            if (!c) return -1;
            c->tok = v;
            c->sent = s;
            ex_approx_of(pdate, c->date, sizeof c->date);
            c->prec = ex_date_prec(c->date);
            ex_label(doc, v, -1, c->label, sizeof c->label);
            if (!ex_label_usable(doc, v, c->label) || c->prec == EL_PREC_NONE) {
                cv->n--;
                break;
            }
            c->link_tok = ev + 1;
            tok_cand[v] = cv->n - 1;
            ex_sentence_note(doc, s, c->note, sizeof c->note);
            break;
        }
    }
    return 0;
}

/* "in the 90 years since X", "N years after X": X gets a date N years from
 * the DCT or from the clause's dated event. */
int ex_duration_events(const ex_doc *doc, const ex_anchor *an, const char *dct, cand_vec *cv,
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
        cand *c = ex_cand_push(cv);
        if (!c) return -1;
        c->tok = ev;
        c->sent = s;
        c->timex = -1;
        snprintf(c->date, sizeof c->date, "%s", date);
        c->prec = ex_date_prec(date);
        ex_label(doc, ev, -1, c->label, sizeof c->label);
        if (!c->label[0] || c->prec == EL_PREC_NONE) {
            cv->n--;
            continue;
        }
        tok_cand[ev] = cv->n - 1;
        ex_sentence_note(doc, s, c->note, sizeof c->note);
        char tmp[160];
        snprintf(tmp, sizeof tmp, "%.*s %s", (int)(tx->end - tx->start), doc->text + tx->start, sig->low);
        ex_append_note(c->note, sizeof c->note, " (dated from \"", tmp, "\")");
        (void)an;
    }
    return 0;
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
    int v = ex_main_verb(doc, s, doc->sents[s].tok_first);
    if (v < 0 && s + 1 < doc->n_sents && doc->sents[s].tok_end - doc->sents[s].tok_first < 15) {
        /* A headline without a verb we know: the lead is the next sentence. */
        s++;
        v = ex_main_verb(doc, s, doc->sents[s].tok_first);
    }
    for (int i = 0; i < cv->n; i++)
        if (cv->v[i].sent == s) return 0;
    if (v < 0 || (doc->toks[v].cls & EX_C_BASE) || ex_stative(doc->toks[v].low)) return 0;
    for (int k = doc->sents[s].tok_first; k < v; k++)
        if (doc->toks[k].cls & EX_C_MODAL) return 0; /* "will meet": not yet */
    /* "X has died ... She died on Sunday": the dated mention is the event. */
    char vb[48], ob[48];
    if (ex_lex_base(doc->toks[v].low, vb, sizeof vb))
        for (int i = 0; i < cv->n; i++)
            if (ex_lex_base(doc->toks[cv->v[i].tok].low, ob, sizeof ob) && !strcmp(vb, ob) &&
                !strncmp(cv->v[i].date, dct, 4))
                return 0;
    cand *c = ex_cand_push(cv);
    if (!c) return -1;
    c->tok = v;
    c->sent = s;
    snprintf(c->date, sizeof c->date, "%s", dct);
    c->prec = ex_date_prec(c->date);
    ex_label(doc, v, -1, c->label, sizeof c->label);
    if (!ex_label_usable(doc, v, c->label) || c->prec == EL_PREC_NONE) {
        cv->n--;
        return 0;
    }
    ex_sentence_note(doc, s, c->note, sizeof c->note);
    ex_append_note(c->note, sizeof c->note, " (dated by the report date)", "", "");
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
            bool evnoun = (n->cls & EX_C_EVNOUN) != 0;
            size_t nl = strlen(n->low);
            /* A modifier ("the regional election") must match too. */
            const ex_token *mod = &doc->toks[j - 1];
            bool has_mod = j - 1 > k && mod->kind == EX_WORD && !(mod->cls & (EX_C_DET | EX_C_PREP)) && mod->timex < 0;
            int best = -1;
            for (int i = cv->n > 256 ? cv->n - 256 : 0; i < cv->n; i++) {
                const char *w = doc->toks[cv->v[i].tok].low;
                size_t wl = strlen(w);
                bool same = evnoun && (!strcmp(w, n->low) ||
                                       (nl == wl + 1 && n->low[nl - 1] == 's' && !strncmp(w, n->low, wl)) ||
                                       (wl == nl + 1 && w[wl - 1] == 's' && !strncmp(w, n->low, nl)));
                /* "after the vote" names "suffered losses in Sunday's vote". */
                int cx = cv->v[i].timex;
                if (!same && evnoun && cx >= 0 && cx < doc->n_timexes && doc->timex_last[cx] >= 0) {
                    int cl = doc->timex_last[cx];
                    for (int q = cl + 1; q < doc->n_toks && q <= cl + 3 && !same; q++) {
                        const ex_token *h = &doc->toks[q];
                        if (h->kind != EX_WORD || (h->cls & (EX_C_VERB | EX_C_PREP))) break;
                        if (!strcmp(h->low, n->low)) same = true;
                    }
                }
                /* "shortly after launch" names "was launched". */
                if (!same && nl >= 4 && !strncmp(w, n->low, nl) &&
                    (!strcmp(w + nl, "ed") || (!strcmp(w + nl, "d") && n->low[nl - 1] == 'e')) &&
                    (doc->toks[cv->v[i].tok].cls & EX_C_VERB))
                    same = true;
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
int ex_implied_events(const ex_doc *doc, cand_vec *cv, const char *dct, size_t lead_from, bool first_part,
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
            int v = ex_main_verb(doc, s, doc->sents[s].tok_first);
            bool own = false;
            for (int i = scan; i < n_dated && cv->v[i].sent == s; i++)
                if (cv->v[i].tok == v) own = true;
            if (v >= 0 && !own && lead >= 0 && cv->v[lead].sent != s && folded < FOLD_MAX && talk_verb(doc->toks[v].low) &&
                (doc->toks[v].cls & EX_C_PAST) && !(doc->toks[v].cls & EX_C_PERFECT)) {
                char lab[256];
                ex_label(doc, v, -1, lab, sizeof lab);
                if (lab[0]) {
                    ex_append_note(cv->v[lead].note, sizeof cv->v[lead].note, folded ? "; " : " Also: ", lab, "");
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
        int v = ex_main_verb(doc, s, from);
        if (v < 0) continue;
        bool perfect = (doc->toks[v].cls & EX_C_PERFECT) && !(doc->toks[v].cls & EX_C_REPORT);
        int named = sig == 0 ? named_neighbour(doc, cv, s, &sig) : -1;
        if (named >= 0 || ((sig != 0 || perfect) && (prev >= 0 || cr->id))) {
            int pi = named >= 0 ? named : prev;
            /* The neighbour: a candidate of this part or the carried one. */
            char pdate[96];
            size_t pid;
            if (pi >= 0) {
                snprintf(pdate, sizeof pdate, "%s", cv->v[pi].date);
                pid = base + (size_t)pi + 1;
            } else {
                snprintf(pdate, sizeof pdate, "%s", cr->date);
                pid = cr->id;
            }
            cand *c = ex_cand_push(cv);
            if (!c) return -1;
            c->tok = v;
            c->sent = s;
            if (!lead_dur || !ex_edtf_shift(pdate, lead_dur->value, sig, c->date, sizeof c->date))
                ex_approx_of(pdate, c->date, sizeof c->date);
            c->prec = ex_date_prec(c->date);
            ex_label(doc, v, -1, c->label, sizeof c->label);
            if (!ex_label_usable(doc, v, c->label)) {
                cv->n--;
                continue;
            }
            if (sig > 0) c->after = pid;
            else c->before = pid;
            last_implied = cv->n - 1;
            ex_sentence_note(doc, s, c->note, sizeof c->note);
            continue;
        }
        /* A follow-up report of the lead event: fold it into its note. */
        if (lead >= 0 && folded < FOLD_MAX && (doc->toks[v].cls & EX_C_PAST) &&
            se->paragraph - doc->sents[cv->v[lead].sent].paragraph <= 8) {
            char lab[256];
            ex_label(doc, v, -1, lab, sizeof lab);
            if (lab[0]) {
                ex_append_note(cv->v[lead].note, sizeof cv->v[lead].note, folded ? "; " : " Also: ", lab, "");
                folded++;
            }
        }
    }
    if (folded) {
        cand *l = &cv->v[lead];
        ex_append_note(l->note, sizeof l->note, ".", "", "");
    }
    return 0;
}

/* Notes for durations and sets: "for 90 days", "annually". */
int ex_duration_notes(const ex_doc *doc, cand_vec *cv)
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
        ex_append_note(cv->v[i].note, sizeof cv->v[i].note, tx->type == EL_TIMEX_SET ? " [recurring: " : " [duration: ",
                    t, "]");
    }
    free(first);
    return 0;
}

