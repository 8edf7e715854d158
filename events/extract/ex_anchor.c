/* ex_anchor.c: chooses, for each time expression, the event word it dates
 * (noun phrase, preposition, adjacency, clause and sentence rules in order
 * of precision). */
#include <string.h>

#include "events/extract/ex_cand.h"

bool ex_is_event_tok(const ex_doc *doc, int i)
{
    const ex_token *t = &doc->toks[i];
    if (t->kind != EX_WORD || t->timex >= 0) return false;
    if (t->cls & EX_C_AUX) return false;
    if (t->cls & EX_C_VERB) return true;
    if (t->cls & EX_C_EVNOUN) {
        /* "to strike", "will march": the verb reading was already taken. */
        if (t->cls & (EX_C_PREP | EX_C_DET)) return false;
        /* "a federal appeals court": a noun modifying the next noun is not
         * the head of its phrase. */
        if (i + 1 < doc->n_toks) {
            const ex_token *n = &doc->toks[i + 1];
            size_t nl = strlen(n->low);
            if (n->kind == EX_WORD && n->sent == t->sent && n->timex < 0 && n->cls == 0 &&
                !(n->flags & EX_F_CAP) && !ex_is_adverb(n) && nl > 2 && strcmp(n->low + nl - 2, "ed") != 0 &&
                (nl < 4 || strcmp(n->low + nl - 3, "ing") != 0))
                return false;
        }
        return true;
    }
    return false;
}

static bool is_verb_tok(const ex_doc *doc, int i)
{
    return ex_is_event_tok(doc, i) && (doc->toks[i].cls & EX_C_VERB);
}

/* "said", "told", "according": reports whose time belongs to the report. */
bool ex_is_pure_report(const ex_token *t)
{
    static const char *const R[] = {"said", "says", "say", "told", "tells", "tell", "added", "adds",
                                     "according", "claimed", "claims", "insisted", "explained", "wrote",
                                     "quoted"};
    for (size_t k = 0; k < sizeof R / sizeof *R; k++)
        if (!strcmp(t->low, R[k])) return true;
    return false;
}

/* Is the event noun at k the head of its phrase (not "flood" in "flood
 * barriers")?  Verbs always are. */
static bool np_head(const ex_doc *doc, int k)
{
    if (doc->toks[k].cls & EX_C_VERB) return true;
    if (k + 1 >= doc->n_toks || doc->toks[k + 1].sent != doc->toks[k].sent) return true;
    const ex_token *n = &doc->toks[k + 1];
    if (n->kind != EX_WORD || n->timex >= 0) return true;
    return (n->cls & (EX_C_PREP | EX_C_CONJ | EX_C_DET | EX_C_REL | EX_C_SUBORD | EX_C_VERB | EX_C_AUX |
                      EX_C_MODAL | EX_C_PRON | EX_C_FILLER | EX_C_REPORT)) != 0 ||
           ex_is_adverb(n);
}

/* An -ing form opening a participle clause (", adding Greece"). */
static bool participle_clause(const ex_doc *doc, int k)
{
    return (doc->toks[k].cls & EX_C_ING) && k > 0 && doc->toks[k - 1].kind == EX_PUNCT &&
           doc->toks[k - 1].low[0] == ',';
}

/* The noun-phrase rule: "the 2008 treaty", "Monday's attack", "the October
 * elections", "2008 elections".  Returns the head token or -1. */
static int np_rule(const ex_doc *doc, int x, int f, int l)
{
    const ex_token *ft = &doc->toks[f];
    const ex_token *lt = &doc->toks[l];
    int s = ft->sent;
    bool det_before = false;
    if (ft->cls & EX_C_DET) det_before = true;
    if (f > 0 && doc->toks[f - 1].sent == s && doc->toks[f - 1].kind == EX_WORD &&
        ((doc->toks[f - 1].cls & EX_C_DET) || (doc->toks[f - 1].flags & EX_F_POSS)))
        det_before = true;
    bool poss = (lt->flags & EX_F_POSS) != 0;
    /* Only a plain date can modify a noun ("the 2008 treaty", "the October
     * elections"); "this year", "last week" do so only as possessives. */
    bool plain = true;
    for (int k = f; k <= l; k++) {
        const ex_token *t = &doc->toks[k];
        if (t->kind == EX_WORD && !(t->flags & EX_F_CAP) && !(k == f && !strcmp(t->low, "the"))) plain = false;
    }
    /* "fourth-quarter profit", "year-earlier figures": an adjective on a
     * noun that is not an event dates no event (-2). */
    if (f == l && ((ft->flags & EX_F_HYPHEN) || (ft->kind == EX_NUM && strchr(ft->low, '-'))) &&
        !(ft->flags & EX_F_CAP) && l + 1 < doc->sents[s].tok_end) {
        const ex_token *n = &doc->toks[l + 1];
        if (n->kind == EX_WORD && !(n->cls & (EX_C_VERB | EX_C_PREP | EX_C_CONJ | EX_C_AUX | EX_C_MODAL))) {
            for (int k = l + 1; k < doc->sents[s].tok_end && k <= l + 3; k++) {
                const ex_token *t = &doc->toks[k];
                if (t->kind != EX_WORD || (t->cls & (EX_C_VERB | EX_C_PREP))) break;
                if (t->cls & EX_C_EVNOUN) return k;
            }
            /* A century or decade as an adjective ("the 17th-century
             * church") dates the thing, never an event. */
            const char *v = doc->timexes[x].value;
            if (strlen(v) <= 3 && v[0] >= '0' && v[0] <= '9') return -2;
            /* Only when another date in the sentence dates its event. */
            for (int y = 0; y < doc->n_timexes; y++) {
                int g = doc->timex_first[y];
                if (y != x && g >= 0 && doc->toks[g].sent == s && doc->timexes[y].type == EL_TIMEX_DATE)
                    return -2;
            }
        }
    }
    if (!plain && !poss) return -1;
    /* Walk the words after the timex while they can belong to one NP. */
    int head = -1, evn = -1;
    int from = l + 1;
    /* "the Dec. 21, 1988, bombing of ...": a comma closes the date. */
    if (det_before && from + 1 < doc->sents[s].tok_end && doc->toks[from].kind == EX_PUNCT &&
        doc->toks[from].low[0] == ',')
        from++;
    for (int k = from; k < doc->sents[s].tok_end && k <= from + 3; k++) {
        const ex_token *t = &doc->toks[k];
        if (t->kind != EX_WORD && !(t->kind == EX_NUM && k == l + 1 && 0)) break;
        if (t->timex >= 0) break;
        if (t->cls & (EX_C_PREP | EX_C_CONJ | EX_C_REL | EX_C_AUX | EX_C_MODAL | EX_C_DET |
                      EX_C_PRON | EX_C_SUBORD | EX_C_NEG))
            break;
        if ((t->cls & EX_C_VERB) && !(t->cls & EX_C_EVNOUN) && !(t->flags & EX_F_CAP)) break;
        head = k;
        if (t->cls & EX_C_EVNOUN) evn = k;
        if (t->flags & EX_F_POSS) break;
    }
    if (head < 0) return -1;
    if (evn >= 0) return evn;
    /* Without an event noun, accept the NP only after a determiner or a
     * possessive timex, and only for a noun-looking head. */
    static const char *const TIME_NOUNS[] = {"period", "quarter", "year", "month", "week", "season", "term",
                                             "session", "half", "decade", "time", "day", "night", "morning",
                                             "evening", "weekend", "levels", "level", "figures", "results"};
    for (size_t q = 0; q < sizeof TIME_NOUNS / sizeof *TIME_NOUNS; q++)
        if (!strcmp(doc->toks[head].low, TIME_NOUNS[q])) return -1;
    /* A plain noun inside a prepositional phrase ("pulled out of last
     * year's edition"): the verb the phrase attaches to is the event. */
    {
        int b = f - 1;
        if (b >= doc->sents[s].tok_first && (doc->toks[b].cls & EX_C_DET) && !(ft->cls & EX_C_DET)) b--;
        if (b >= doc->sents[s].tok_first && doc->toks[b].kind == EX_WORD && (doc->toks[b].cls & EX_C_PREP))
            return -1;
    }
    if (det_before || poss) {
        const ex_token *h = &doc->toks[head];
        size_t n = strlen(h->low);
        if (n >= 3 && (h->flags & EX_F_CAP || poss || det_before)) {
            if (n > 2 && !strcmp(h->low + n - 2, "ly")) return -1;
            return head;
        }
    }
    return -1;
}

/* Nearest event token in [lo, hi) to position pos; verbs only when
 * verbs_only.  Returns -1 when none. */
static int nearest_event(const ex_doc *doc, int lo, int hi, int pos_f, int pos_l, bool verbs_only)
{
    int best = -1, bestd = 1 << 30;
    for (int k = lo; k < hi; k++) {
        if (k >= pos_f && k <= pos_l) continue;
        if (!ex_is_event_tok(doc, k)) continue;
        if (verbs_only && !(doc->toks[k].cls & EX_C_VERB)) continue;
        int d = k < pos_f ? pos_f - k : k - pos_l;
        /* Prefer the event after the timex on ties ("recently took"). */
        if (d < bestd || (d == bestd && k > pos_l)) {
            best = k;
            bestd = d;
        }
    }
    return best;
}

/* Range of tokens in clause c around token i. */
static void clause_range(const ex_doc *doc, int i, int *lo, int *hi)
{
    int c = doc->toks[i].clause;
    int a = i, b = i;
    while (a > 0 && doc->toks[a - 1].clause == c) a--;
    while (b + 1 < doc->n_toks && doc->toks[b + 1].clause == c) b++;
    *lo = a;
    *hi = b + 1;
}

/* The main event of the content a report verb at r introduces: after
 * "said (that)" the first verb after it; otherwise the first verb before
 * it in the sentence ("X happened, police said"). */
static int reported_event(const ex_doc *doc, int r)
{
    int s = doc->toks[r].sent;
    int lo = doc->sents[s].tok_first, hi = doc->sents[s].tok_end;
    /* A trailing attribution (", police said", ", the statement said"):
     * a comma a few words before the report verb. */
    bool trailing = false;
    for (int k = r - 1; k >= lo && k >= r - 5; k--)
        if (doc->toks[k].kind == EX_PUNCT) {
            /* A subject between the comma and the verb (", police said");
             * ", said" closes an insertion instead. */
            trailing = k < r - 1 &&
                       (doc->toks[k].low[0] == ',' || doc->toks[k].low[0] == '"' || doc->toks[k].low[0] == '\'');
            break;
        }
    for (int k = lo; k < r && trailing; k++)
        if (is_verb_tok(doc, k) && !(doc->toks[k].cls & EX_C_REPORT)) return k;
    for (int k = r + 1; k < hi; k++)
        if (is_verb_tok(doc, k) && !(doc->toks[k].cls & EX_C_REPORT)) return k;
    return -1;
}

/* Is time expression x relative to another time ("a year earlier", "a
 * year ago", "last year", "the previous quarter", "year-ago"): a
 * comparison's baseline rather than an event's date? */
static bool baseline_timex(const ex_doc *doc, int x)
{
    const char *tx = doc->text + doc->timexes[x].start;
    size_t tl = doc->timexes[x].end - doc->timexes[x].start;
    static const char *const cues[] = {"earl", "ago", "last", "prev", "year-"};
    for (size_t q = 0; q < tl; q++)
        for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
            size_t n = strlen(cues[c]);
            if (q + n <= tl && !strncmp(tx + q, cues[c], n)) return true;
        }
    return false;
}

static void anchor_one(const ex_doc *doc, int x, ex_anchor *a)
{
    a->event_tok = -1;
    a->rel = EX_REL_INCLUDED;
    a->rule = EX_RULE_NONE;
    a->report = false;
    a->reported_tok = -1;
    int f = doc->timex_first[x], l = doc->timex_last[x];
    if (f < 0) return;
    int s = doc->toks[f].sent;
    int slo = doc->sents[s].tok_first, shi = doc->sents[s].tok_end;
    int clo, chi;
    clause_range(doc, f, &clo, &chi);
    int ev = -1;

    /* A comparison baseline ("from 3.3 billion a year earlier", "compared
     * with a year ago") dates no event. */
    {
        bool num = false;
        for (int k = f - 1; k >= slo && k >= f - 4; k--) {
            const ex_token *t = &doc->toks[k];
            if (t->kind == EX_NUM) num = true;
            if (t->kind == EX_WORD && (!strcmp(t->low, "from") || !strcmp(t->low, "compared") ||
                                       !strcmp(t->low, "than") || !strcmp(t->low, "versus"))) {
                if ((num || k == f - 1 || (k == f - 2 && !strcmp(doc->toks[k + 1].low, "with"))) &&
                    baseline_timex(doc, x))
                    return;
                /* "up from 19 in 2023": a figure's baseline year. */
                if (num && k < f - 2 && !strcmp(doc->toks[f - 1].low, "in") && !strcmp(t->low, "from"))
                    return;
                break;
            }
        }
        /* "compared with a loss of $61 million, or 41 cents a share, a
         * year earlier": the baseline may trail its figure by a dozen
         * words */
        for (int k = f - 1; k >= slo && k >= f - 16; k--) {
            const ex_token *t = &doc->toks[k];
            if (t->kind == EX_PUNCT && t->low[0] == ';') break;
            if (t->kind == EX_WORD && (!strcmp(t->low, "compared") || !strcmp(t->low, "comparison")) &&
                k + 1 < f && (!strcmp(doc->toks[k + 1].low, "with") || !strcmp(doc->toks[k + 1].low, "to"))) {
                if (baseline_timex(doc, x)) return;
                break;
            }
        }
        /* "the quarter ended March 31": the day closes the period named
         * before it; it dates no event of its own */
        if (f >= 2 && (!strcmp(doc->toks[f - 1].low, "ended") || !strcmp(doc->toks[f - 1].low, "ending"))) {
            const char *w = doc->toks[f - 2].low;
            if (!strcmp(w, "quarter") || !strcmp(w, "year") || !strcmp(w, "period") || !strcmp(w, "months") ||
                !strcmp(w, "weeks") || !strcmp(w, "half"))
                return;
        }
        /* "the highest since 1992", "the first since 2010": a record's
         * baseline, not an event. */
        if (f >= 2 && !strcmp(doc->toks[f - 1].low, "since") && doc->toks[f - 2].kind == EX_WORD) {
            const char *w = doc->toks[f - 2].low;
            size_t wl = strlen(w);
            if ((wl > 4 && !strcmp(w + wl - 3, "est")) || !strcmp(w, "first") || !strcmp(w, "worst") ||
                !strcmp(w, "best") || !strcmp(w, "most") || !strcmp(w, "least"))
                return;
        }
    }
    /* a. inside a noun phrase */
    ev = np_rule(doc, x, f, l);
    if (ev == -2) return;
    /* "won the most seats in Sunday's election", "was killed in
     * Tuesday's attack": a possessive day after in/at/during dates the
     * verb that governs the phrase. */
    if (ev >= 0 && (doc->toks[l].flags & EX_F_POSS) && f > clo && doc->toks[f - 1].kind == EX_WORD &&
        (!strcmp(doc->toks[f - 1].low, "in") || !strcmp(doc->toks[f - 1].low, "at") ||
         !strcmp(doc->toks[f - 1].low, "during"))) {
        for (int k = f - 2; k >= clo; k--) {
            const ex_token *t = &doc->toks[k];
            if (t->kind == EX_PUNCT || t->timex >= 0) break;
            if (is_verb_tok(doc, k)) {
                if (!ex_is_pure_report(t) && !ex_stative(t->low)) ev = k;
                break;
            }
        }
    }
    if (ev >= 0) {
        a->rule = EX_RULE_NP;
        goto done;
    }
    /* "since November, when he was found ...": the when-clause happened
     * at that time. */
    {
        int w = l + 1;
        if (w < shi && doc->toks[w].kind == EX_PUNCT && doc->toks[w].low[0] == ',') w++;
        /* Only when the main clause relates to the time loosely ("since",
         * "until"); "came to light in March 2016, when ..." stays with the
         * main clause. */
        const char *pw = f > slo ? doc->toks[f - 1].low : "";
        bool loose = !strcmp(pw, "since") || !strcmp(pw, "until") || !strcmp(pw, "till") || !strcmp(pw, "from") ||
                     !strcmp(pw, "after") || !strcmp(pw, "before") || !strcmp(pw, "by");
        /* "That last happened in 1992, when a court ended a walkout": a
         * verb that only says something happened leaves the event to the
         * when-clause */
        if (!loose && f >= slo + 2 && (!strcmp(pw, "in") || !strcmp(pw, "on"))) {
            const char *v = doc->toks[f - 2].low;
            loose = !strcmp(v, "happened") || !strcmp(v, "occurred") ||
                    !strcmp(v, "happen") || !strcmp(v, "occur") || !strcmp(v, "happens") ||
                    !strcmp(v, "occurs") ||
                    (!strcmp(v, "place") && f >= slo + 3 && !strcmp(doc->toks[f - 3].low, "took"));
        }
        if (loose && w < shi && doc->toks[w].kind == EX_WORD && !strcmp(doc->toks[w].low, "when")) {
            for (int k = w + 1; k < shi && k <= w + 8; k++)
                if (is_verb_tok(doc, k)) {
                    ev = k;
                    a->rule = EX_RULE_CLAUSE;
                    goto done;
                }
        }
    }
    /* "according to a news agency report Friday": the report's time. */
    for (int k = f - 1; k >= clo && k >= f - 8; k--)
        if (doc->toks[k].kind == EX_WORD && !strcmp(doc->toks[k].low, "according")) {
            ev = k;
            a->rule = EX_RULE_REPORT;
            goto done;
        }
    /* b. event + preposition + timex (the preposition may be inside the timex) */
    {
        int p = -1;
        if (doc->toks[f].cls & EX_C_PREP) p = f;
        else if (f - 1 >= slo && (doc->toks[f - 1].cls & (EX_C_PREP | EX_C_SUBORD)) &&
                 doc->toks[f - 1].kind == EX_WORD)
            p = f - 1;
        if (p >= 0) {
            const char *w = doc->toks[p].low;
            if (!strcmp(w, "before") || !strcmp(w, "until") || !strcmp(w, "till") || !strcmp(w, "by"))
                a->rel = EX_REL_BEFORE;
            else if (!strcmp(w, "after") || !strcmp(w, "since") || !strcmp(w, "from"))
                a->rel = EX_REL_AFTER;
            int lo2, hi2;
            clause_range(doc, p, &lo2, &hi2);
            if (lo2 > clo) lo2 = clo;
            /* Left first: the event the phrase attaches to ("met on Saturday"). */
            int best = -1;
            /* An event noun right before ("talks on Feb. 20"), else the
             * nearest verb to the left, else any event to the left. */
            for (int k = p - 1; k >= lo2 && k >= p - 3; k--) {
                if (doc->toks[k].timex >= 0 || doc->toks[k].kind == EX_PUNCT) break;
                if (ex_is_event_tok(doc, k) && !(doc->toks[k].flags & EX_F_CAP) && np_head(doc, k)) {
                    best = k;
                    /* "strengthened into a super typhoon on Saturday": the
                     * verb of the change; "called off a three-week strike on
                     * Friday", "held talks on Monday": the verb whose object
                     * the noun is. */
                    for (int q = k - 1; q >= lo2 && q >= k - 5; q--) {
                        const ex_token *u = &doc->toks[q];
                        if (u->kind == EX_NUM) continue;
                        /* "a three-week strike" */
                        if (u->timex >= 0 && doc->timexes[u->timex].type == EL_TIMEX_DURATION) continue;
                        if (u->kind != EX_WORD || u->timex >= 0 || (u->flags & EX_F_POSS)) break;
                        if (u->cls & EX_C_PREP) {
                            /* also a particle: "called off a strike" */
                            bool particle = !strcmp(u->low, "off") || !strcmp(u->low, "up") ||
                                            !strcmp(u->low, "out") || !strcmp(u->low, "down");
                            if ((!strcmp(u->low, "into") || !strcmp(u->low, "as") || particle) && q - 1 >= lo2 &&
                                is_verb_tok(doc, q - 1) && !ex_is_pure_report(&doc->toks[q - 1]))
                                best = q - 1;
                            break;
                        }
                        if (is_verb_tok(doc, q)) {
                            if (!ex_is_pure_report(u) && !ex_stative(u->low) && !(u->cls & EX_C_ING)) best = q;
                            break;
                        }
                        /* "rejected that deal on Tuesday": a demonstrative */
                        if ((u->cls & (EX_C_CONJ | EX_C_REL | EX_C_SUBORD | EX_C_PRON | EX_C_AUX | EX_C_MODAL)) &&
                            !ex_that_is_determiner(doc, q))
                            break;
                    }
                    break;
                }
            }
            for (int k = p - 1; best < 0 && k >= lo2 && k >= p - 10; k--)
                if (is_verb_tok(doc, k) || (participle_clause(doc, k) && k >= p - 6)) best = k;
            for (int k = p - 1; best < 0 && k >= lo2 && k >= p - 10; k--)
                if (ex_is_event_tok(doc, k) && !(doc->toks[k].flags & EX_F_CAP)) best = k;
            /* "cut its benchmark lending rate by 50 basis points to 9.25
             * percent on Tuesday": a verb further left in the clause. */
            for (int k = p - 11; best < 0 && k >= lo2 && k >= p - 20; k--)
                if (is_verb_tok(doc, k)) best = k;
            if (best < 0) {
                /* "the next election, which is due in 2025": the antecedent. */
                int r = lo2;
                if (r < p && (doc->toks[r].cls & EX_C_REL) && r > slo) {
                    int q = r - 1;
                    if (q > slo && doc->toks[q].kind == EX_PUNCT && doc->toks[q].low[0] == ',') q--;
                    bool verb_between = false;
                    for (int k = r + 1; k < p; k++)
                        if (is_verb_tok(doc, k)) verb_between = true;
                    if (!verb_between && ex_is_event_tok(doc, q)) best = q;
                }
            }
            if (best < 0) {
                /* Sentence-initial or pre-verbal: the next verb in the clause. */
                for (int k = l + 1; k < chi && k <= l + 12; k++)
                    if (is_verb_tok(doc, k)) {
                        best = k;
                        break;
                    }
            }
            if (best >= 0) {
                ev = best;
                a->rule = EX_RULE_PREP;
                goto done;
            }
        }
    }
    /* c. a verb next to the timex (not across punctuation; adverbs do not
     * count; an infinitive after the timex is not its verb) */
    {
        int best = -1, bestd = 99, d = 0;
        for (int k = f - 1; k >= clo && d < 3; k--) {
            const ex_token *t = &doc->toks[k];
            if (t->kind == EX_PUNCT) break;
            if (is_verb_tok(doc, k)) {
                best = k;
                bestd = d + 1;
                break;
            }
            if (!(t->cls & EX_C_FILLER) && !ex_is_adverb(t)) d++;
        }
        d = 0;
        for (int k = l + 1; k < chi && d < 3; k++) {
            const ex_token *t = &doc->toks[k];
            /* "programme last October and sold": not across "and". */
            if (t->kind == EX_PUNCT || !strcmp(t->low, "to") || (t->cls & EX_C_CONJ)) break;
            if (is_verb_tok(doc, k)) {
                if (d + 1 < bestd) best = k;
                break;
            }
            if (!(t->cls & EX_C_FILLER)) d++;
        }
        if (best >= 0) {
            ev = best;
            a->rule = EX_RULE_ADJACENT;
            goto done;
        }
    }
    /* c2. an event noun shortly before the timex ("the attacks Aug. 7",
     * "a speech six weeks ago") */
    for (int k = f - 1, d = 0; k >= clo && d < 6; k--, d++) {
        const ex_token *t = &doc->toks[k];
        if (t->kind == EX_PUNCT || (t->cls & EX_C_VERB)) break;
        if (ex_is_event_tok(doc, k) && !(t->flags & EX_F_CAP) && np_head(doc, k)) {
            ev = k;
            /* The object of a verb just before it ("issued an arrest
             * warrant Monday"): the verb carries the date. */
            for (int q = k - 1, e = 0; q >= clo && e < 4; q--, e++) {
                const ex_token *u = &doc->toks[q];
                if (u->kind == EX_PUNCT || (u->cls & EX_C_PREP)) break;
                if (is_verb_tok(doc, q)) {
                    ev = q;
                    break;
                }
            }
            a->rule = EX_RULE_ADJACENT;
            goto done;
        }
    }
    /* d. the clause's verb: the nearest one before the timex, else after it
     * (not an infinitive), else any event */
    for (int k = f - 1; k >= clo; k--)
        if (is_verb_tok(doc, k)) {
            ev = k;
            a->rule = EX_RULE_CLAUSE;
            goto done;
        }
    for (int k = l + 1; k < chi; k++)
        if (is_verb_tok(doc, k) && !(doc->toks[k].cls & EX_C_BASE)) {
            ev = k;
            a->rule = EX_RULE_CLAUSE;
            goto done;
        }
    ev = nearest_event(doc, clo, chi, f, l, true);
    if (ev < 0) ev = nearest_event(doc, clo, chi, f, l, false);
    if (ev >= 0) {
        a->rule = EX_RULE_CLAUSE;
        goto done;
    }
    /* e. nearest event in the sentence */
    ev = nearest_event(doc, slo, shi, f, l, true);
    if (ev < 0) ev = nearest_event(doc, slo, shi, f, l, false);
    if (ev < 0) {
        /* Last resort: an -ing participle ("arriving in 1966"). */
        int bestd = 1 << 30;
        for (int k = slo; k < shi; k++) {
            if (!(doc->toks[k].cls & EX_C_ING) || doc->toks[k].timex >= 0) continue;
            int d = k < f ? f - k : k - l;
            if (d < bestd) {
                bestd = d;
                ev = k;
            }
        }
    }
    if (ev >= 0) a->rule = EX_RULE_SENTENCE;
done:
    a->event_tok = ev;
    if (ev >= 0 && ex_is_pure_report(&doc->toks[ev])) {
        a->report = true;
        a->rule = a->rule == EX_RULE_NP ? EX_RULE_NP : EX_RULE_REPORT;
        a->reported_tok = reported_event(doc, ev);
    }
}

void ex_anchor_all(const ex_doc *doc, ex_anchor *anchors)
{
    for (int x = 0; x < doc->n_timexes; x++) anchor_one(doc, x, &anchors[x]);
}
