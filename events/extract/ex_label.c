/* ex_label.c: headline-style labels ("Serraj meets Italian FM Milanesi in
 * Tripoli") built from the clause of an event: subject, verb in the
 * headline present, object; without time expressions, attributions,
 * appositions and articles; names shortened; 4 to 12 words.  The verb's
 * form and the label's frame are here; the subject is found in
 * ex_label_subject.c, the object and the final words in ex_label_words.c. */
#include <stdio.h>
#include <string.h>

#include "events/extract/ex_label.h"

void ex_lb_add(label *lb, int tok, const char *repl, bool subj)
{
    if (lb->n >= MAX_ITEMS) return;
    item *it = &lb->it[lb->n++];
    it->tok = tok;
    /* Copy at most what fits; replacements are short verb forms. */
    size_t n = repl ? strnlen(repl, sizeof it->repl - 1) : 0;
    memcpy(it->repl, repl ? repl : "", n);
    it->repl[n] = '\0';
    it->subject = subj;
    it->drop = false;
}

/* A past participle after a noun, followed in its clause by the main
 * verb: "the ceasefire signed in Luanda has been broken", "a deal signed in
 * 2002 ended the war".  Returns the main verb's token, or -1. */
static int reduced_relative_end(const ex_doc *doc, int ev)
{
    const ex_token *t = T(doc, ev);
    if (!(t->cls & EX_C_PAST) || ev < 1) return -1;
    const ex_token *p = T(doc, ev - 1);
    if (p->kind != EX_WORD || p->sent != t->sent || p->timex >= 0 || (p->flags & EX_F_CAP) ||
        (p->cls & (EX_C_DET | EX_C_PREP | EX_C_AUX | EX_C_MODAL | EX_C_PRON | EX_C_CONJ | EX_C_REL | EX_C_SUBORD |
                   EX_C_VERB | EX_C_REPORT | EX_C_NEG | EX_C_FILLER)) ||
        ex_is_adverb(p))
        return -1;
    for (int k = ev + 1; k < doc->n_toks && k < ev + 16; k++) {
        const ex_token *q = T(doc, k);
        if (q->sent != t->sent || q->clause != t->clause) return -1;
        if (q->kind == EX_PUNCT) return -1;
        if ((q->cls & (EX_C_CONJ | EX_C_REL | EX_C_SUBORD)) || !strcmp(q->low, "what")) return -1;
        if (q->timex >= 0) continue;
        if ((q->cls & (EX_C_AUX | EX_C_MODAL)) && !(q->cls & EX_C_PREP)) return k;
        if ((q->cls & EX_C_VERB) && (q->cls & EX_C_PAST) && !(q->cls & EX_C_PARTICIPLE)) return k;
    }
    return -1;
}

/* Does the lower-case word end like an adjective and not like a noun
 * ("peaceful", "famous", "notable")? */
static bool adjective_like(const char *low)
{
    /* not -al, -ic, -ive: "the hospital treated", "the clinic", "the executive" */
    static const char *const ENDS[] = {"ful", "ous", "able", "ible", "less"};
    size_t n = strlen(low);
    for (size_t k = 0; k < sizeof ENDS / sizeof *ENDS; k++) {
        size_t e = strlen(ENDS[k]);
        if (n > e + 2 && !strcmp(low + n - e, ENDS[k])) return true;
    }
    return false;
}

/* Is the verb-like word at ev a noun here: after an article, a possessive
 * pronoun or a possessive ("the country's peaceful split"), with at most
 * one plain word between? */
static bool noun_reading(const ex_doc *doc, int ev)
{
    static const char *const DETS[] = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"};
    for (int k = ev - 1; k >= 0 && k >= ev - 2 && T(doc, k)->sent == T(doc, ev)->sent; k--) {
        const ex_token *p = T(doc, k);
        if (p->kind != EX_WORD) return false;
        if (p->flags & EX_F_POSS) return true;
        for (size_t d = 0; d < sizeof DETS / sizeof *DETS; d++)
            if (!strcmp(p->low, DETS[d])) return true;
        /* one adjective between ("peaceful"), not a noun ("the army handed") */
        if (k < ev - 1 || p->cls != 0 || (p->flags & EX_F_CAP) || !adjective_like(p->low)) return false;
    }
    return false;
}

/* Does "by" at k measure an amount ("rose by 5 percent", "fell by a
 * seasonally adjusted 2.3 points", "by $4 million") rather than name an
 * agent ("rescued by two fishermen")? */
static bool by_amount(const ex_doc *doc, int k)
{
    static const char *const UNITS[] = {"percent", "percentage", "per", "point", "points", "basis", "cent", "cents"};
    int s = T(doc, k)->sent;
    for (int j = k + 1; j < doc->n_toks && j <= k + 6 && T(doc, j)->sent == s; j++) {
        const ex_token *w = T(doc, j);
        if (w->kind == EX_PUNCT && (w->low[0] == '$' || !strncmp(w->low, "\xe2\x82\xac", 3) || !strncmp(w->low, "\xc2\xa3", 2)))
            return true;
        if (w->kind == EX_NUM) {
            size_t wl = strlen(w->low);
            if (wl > 0 && w->low[wl - 1] == '%') return true;
            const ex_token *u = j + 1 < doc->n_toks && T(doc, j + 1)->sent == s ? T(doc, j + 1) : NULL;
            for (size_t q = 0; u && q < sizeof UNITS / sizeof *UNITS; q++)
                if (!strcmp(u->low, UNITS[q])) return true;
            return u && u->kind == EX_PUNCT && u->low[0] == '%';
        }
        if (w->kind != EX_WORD || (w->cls & (EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_REL))) return false;
    }
    return false;
}

/* Headline form of the verb at ev: "took" -> "takes", "was arrested" ->
 * "arrested", "will meet" -> "to meet". */
static void verb_form(const ex_doc *doc, int ev, bool plural, char *buf, size_t size)
{
    const ex_token *t = T(doc, ev);
    snprintf(buf, size, "%.*s", (int)(t->end - t->start), doc->text + t->start);
    if (noun_reading(doc, ev)) return;
    /* The auxiliary chain before the verb. */
    bool passive = false, modal = false, perfect = false;
    /* A negated verb keeps its words as written: "wouldn't come", "did not attend". */
    for (int k = ev - 1; k >= 0 && k >= ev - 3 && T(doc, k)->sent == t->sent; k--) {
        const ex_token *p = T(doc, k);
        if (p->kind != EX_WORD || !(p->cls & (EX_C_AUX | EX_C_MODAL | EX_C_NEG | EX_C_FILLER))) break;
        if (p->cls & EX_C_NEG) {
            int a = k;
            while (a - 1 >= 0 && T(doc, a - 1)->sent == t->sent && T(doc, a - 1)->kind == EX_WORD &&
                   (T(doc, a - 1)->cls & (EX_C_AUX | EX_C_MODAL)))
                a--;
            size_t o = 0;
            for (int q = a; q <= ev && o + 1 < size; q++) {
                const ex_token *w = T(doc, q);
                if (q > a && o + 1 < size) buf[o++] = ' ';
                size_t wl = w->end - w->start;
                if (o + wl >= size) break;
                memcpy(buf + o, doc->text + w->start, wl);
                o += wl;
            }
            buf[o] = '\0';
            return;
        }
    }
    for (int k = ev - 1; k >= 0 && k >= ev - 3 && T(doc, k)->sent == t->sent; k--) {
        const ex_token *p = T(doc, k);
        if (p->kind != EX_WORD) break;
        if (p->cls & EX_C_MODAL) {
            modal = true;
            break;
        }
        if (!strcmp(p->low, "was") || !strcmp(p->low, "were") || !strcmp(p->low, "is") ||
            !strcmp(p->low, "are") || !strcmp(p->low, "been") || !strcmp(p->low, "be") ||
            !strcmp(p->low, "being") || !strcmp(p->low, "got") || !strcmp(p->low, "gets")) {
            if (t->cls & EX_C_PARTICIPLE) passive = true;
            continue;
        }
        if (!strcmp(p->low, "has") || !strcmp(p->low, "have") || !strcmp(p->low, "had")) {
            /* "scheduled to have finished": the subject keeps "to have" */
            if (k > 0 && !strcmp(T(doc, k - 1)->low, "to")) return;
            perfect = true;
            continue;
        }
        if (is_ly_adverb(p) || (p->cls & (EX_C_NEG | EX_C_FILLER)) || ex_is_verb_adverb(p->low)) continue;
        break;
    }
    (void)perfect;
    if (passive) return;
    if (reduced_relative_end(doc, ev) >= 0) return; /* "Ceasefire signed in Luanda" */
    /* "rescued by fishermen": a passive participle without its auxiliary. */
    if (ev + 1 < doc->n_toks && !strcmp(T(doc, ev + 1)->low, "by") && !perfect && !by_amount(doc, ev + 1)) return;
    if (ex_lex_participle_only(t->low) && !perfect) return; /* "Born in Plymouth" */
    if (modal && (t->cls & EX_C_BASE)) {
        snprintf(buf, size, "to %s", t->low);
        return;
    }
    char third[40], base[40];
    if (t->cls & EX_C_BASE) {
        if (plural) snprintf(buf, size, "%s", t->low);
        return;
    }
    if (plural && ex_lex_base(t->low, base, sizeof base)) snprintf(buf, size, "%s", base);
    else if (!plural && ex_lex_present(t->low, third, sizeof third)) snprintf(buf, size, "%s", third);
}

/* Verb event: subject, verb, object. */
/* "In a statement issued yesterday, the council said": the verb at ev is
 * a participle on the noun after a preposition that subject_start left
 * out (a at that noun's phrase), ending its phrase at a comma; it keeps
 * its written form ("Statement issued"), as no clause is finite there. */
static bool participle_after_preposition(const ex_doc *doc, int a, int ev)
{
    const ex_token *t = T(doc, ev);
    if (a < 1 || a >= ev || !(t->cls & EX_C_PAST) || !is_word(doc, a - 1) ||
        !(T(doc, a - 1)->cls & EX_C_PREP) || (T(doc, a - 1)->cls & EX_C_SUBORD))
        return false;
    for (int k = a; k < ev; k++) {
        const ex_token *w = T(doc, k);
        if (w->kind != EX_WORD || w->timex >= 0 ||
            (w->cls & (EX_C_VERB | EX_C_AUX | EX_C_MODAL | EX_C_REL | EX_C_PRON | EX_C_CONJ | EX_C_REPORT)))
            return false;
    }
    for (int k = ev + 1; k < doc->n_toks && T(doc, k)->sent == t->sent; k++)
        if (T(doc, k)->kind == EX_PUNCT) return punct_is(doc, k, ',');
    return false;
}

/* "It is the fourth named storm to hit Britain", "It was the first time
 * that": a subject that opens with "it" or "this", a copula and an
 * article reads as its predicate ("Fourth named storm to hit Britain"); drops the pronoun
 * (item first of lb) when more words follow it. */
static void drop_expletive_it(const ex_doc *doc, label *lb, int first)
{
    static const char *const COPULA[] = {"is", "was", "'s"};
    if (lb->n < first + 2) return;
    int p = lb->it[first].tok;
    if (strcmp(T(doc, p)->low, "it") != 0 && strcmp(T(doc, p)->low, "this") != 0) return;
    if (p + 1 >= doc->n_toks || lb->it[first + 1].tok <= p + 1) return;
    bool copula = false;
    for (size_t k = 0; k < sizeof COPULA / sizeof *COPULA; k++)
        if (!strcmp(T(doc, p + 1)->low, COPULA[k])) copula = true;
    /* a predicate noun follows: "is the fourth", "was a" (not "was built") */
    if (!copula || p + 2 >= doc->n_toks || !(T(doc, p + 2)->cls & EX_C_DET)) return;
    memmove(&lb->it[first], &lb->it[first + 1], (size_t)(lb->n - first - 1) * sizeof lb->it[0]);
    lb->n--;
}

static void verb_label(const ex_doc *doc, label *lb, int ev)
{
    int a = ex_lb_subject_start(doc, ev);
    bool participle = participle_after_preposition(doc, a, ev);
    /* "With the government's money set to run out": an absolute phrase,
     * whose verb is no finite verb to inflect */
    bool absolute = a + 1 < ev && !strcmp(T(doc, a)->low, "with");
    if (absolute)
        a++;
    int first = lb->n;
    const ex_token *at = T(doc, a);
    int rel = -1;
    for (int k = doc->sents[at->sent].tok_first; k <= a && k < ev; k++)
        if (T(doc, k)->clause == T(doc, ev)->clause && (T(doc, k)->cls & EX_C_REL) && k < ev) rel = k;
    ex_lb_add_subject(doc, lb, a, ev);
    /* "The death toll from the earthquake that struck Turkey on Sunday
     * rose": a relative clause without commas inside the subject; the
     * subject is the phrase before "that". */
    if (rel > doc->sents[at->sent].tok_first && !punct_is(doc, rel - 1, ',') && T(doc, rel - 1)->kind == EX_WORD &&
        !(T(doc, rel - 1)->cls & (EX_C_VERB | EX_C_REPORT | EX_C_PREP)) && strcmp(T(doc, rel)->low, "who") != 0) {
        bool finite = false;
        for (int i = first; i < lb->n; i++) {
            const ex_token *t = T(doc, lb->it[i].tok);
            if ((t->cls & EX_C_VERB) && !(t->cls & (EX_C_ING | EX_C_BASE))) finite = true;
        }
        if (finite) {
            lb->n = first;
            ex_lb_add_subject(doc, lb, ex_lb_subject_start(doc, rel - 1), rel);
        }
    }
    drop_expletive_it(doc, lb, first);
    if (lb->n == first && ev >= 2 && punct_is(doc, ev - 1, ',') && T(doc, ev - 2)->kind == EX_WORD &&
        !(T(doc, ev - 2)->cls & (EX_C_VERB | EX_C_PRON | EX_C_REL | EX_C_PREP | EX_C_CONJ)) &&
        (T(doc, ev)->cls & EX_C_PAST) && !(T(doc, ev)->cls & EX_C_PARTICIPLE) &&
        (T(doc, ev)->flags & EX_F_SENT_START) == 0 && T(doc, ev - 2)->timex < 0 &&
        !(T(doc, ev)->cls & EX_C_REPORT) && T(doc, ev - 2)->clause == T(doc, ev - 1)->clause - 0 &&
        !ex_lb_closes_relative(doc, ev - 1)) {
        /* "the last elections, held in 2015": a participle on the noun
         * before the comma ("Last elections held"). */
        bool finite_before = false;
        for (int k = doc->sents[T(doc, ev)->sent].tok_first; k < ev - 1; k++)
            if ((T(doc, k)->cls & EX_C_VERB) && ex_is_event_tok(doc, k)) finite_before = true;
        /* "Brightmeal, founded in 1987, was listed": an insertion closed by
         * a comma before the main verb. */
        for (int k = ev + 1; !finite_before && k + 1 < doc->sents[T(doc, ev)->sent].tok_end; k++) {
            if (T(doc, k)->kind == EX_PUNCT && T(doc, k)->low[0] != ',') break;
            if (!punct_is(doc, k, ',')) continue;
            const ex_token *n = T(doc, k + 1);
            if (n->kind == EX_WORD && (n->cls & (EX_C_AUX | EX_C_VERB | EX_C_MODAL)) && !(n->cls & EX_C_ING))
                finite_before = true;
            break;
        }
        if (finite_before) {
            ex_lb_add_np_before(doc, lb, ev - 1, 3);
            ex_lb_add(lb, ev, NULL, false);
            ex_lb_add_object(doc, lb, ev + 1);
            return;
        }
    }
    if (lb->n == first && a > 0 && (a == ev || (a == ev - 1 && T(doc, a)->kind == EX_PUNCT)) &&
        T(doc, ev - 1)->kind == EX_PUNCT && (T(doc, ev - 1)->low[0] == '-' || T(doc, ev - 1)->low[0] == ',')) {
        /* "tens of thousands of women -- hundreds pregnant -- marched",
         * "President Farouk, who took office in 2014, said": the subject
         * before the insertion. */
        char mark = T(doc, ev - 1)->low[0];
        int close = ev - 1, open = -1;
        for (int k = close - 1; k >= doc->sents[T(doc, ev)->sent].tok_first; k--)
            if (T(doc, k)->kind == EX_PUNCT && T(doc, k)->low[0] == mark) {
                open = k;
                break;
            }
        if (open > 0) ex_lb_add_subject(doc, lb, ex_lb_subject_start(doc, open - 1), open);
    }
    int vb0 = ev; /* the verb group's first word ("was released") */
    while (vb0 - 1 > 0 && T(doc, vb0 - 1)->kind == EX_WORD && (T(doc, vb0 - 1)->cls & (EX_C_AUX | EX_C_MODAL | EX_C_NEG)))
        vb0--;
    if (lb->n == first && vb0 >= 4 && punct_is(doc, vb0 - 1, ',') && T(doc, vb0 - 2)->kind == EX_PUNCT &&
        T(doc, vb0 - 2)->low[0] == '"') {
        /* 'Her first album, "Northern Lights", was released': the subject
         * before the quoted name. */
        int q = vb0 - 3;
        while (q > doc->sents[T(doc, ev)->sent].tok_first && !(T(doc, q)->kind == EX_PUNCT && T(doc, q)->low[0] == '"'))
            q--;
        if (q - 1 > doc->sents[T(doc, ev)->sent].tok_first && punct_is(doc, q - 1, ','))
            ex_lb_add_subject(doc, lb, ex_lb_subject_start(doc, q - 2), q - 1);
    }
    if (lb->n == first && rel >= 0) {
        /* "..., which seized" / "the uprising that toppled": the antecedent. */
        int e = rel;
        if (e > 0 && punct_is(doc, e - 1, ',')) e--;
        /* "Nikolai Zaitsev, 89, who fought": past the age */
        if (e >= 2 && T(doc, e - 1)->kind == EX_NUM && punct_is(doc, e - 2, ',')) e -= 2;
        ex_lb_add_np_before(doc, lb, e, 3);
    }
    if (lb->n == first) {
        /* "... and discussed": the subject of an earlier verb of the sentence. */
        int s = T(doc, ev)->sent;
        for (int k = doc->sents[s].tok_first; k < ev && lb->n == first; k++)
            if ((T(doc, k)->cls & EX_C_VERB) && ex_is_event_tok(doc, k)) ex_lb_add_subject(doc, lb, ex_lb_subject_start(doc, k), k);
    }
    if (lb->n == first) {
        /* "Born in Plymouth in 1932, Ellery studied": the subject after the comma. */
        int s = T(doc, ev)->sent;
        int c = -1;
        for (int k = ev + 1; k < doc->sents[s].tok_end; k++)
            if (punct_is(doc, k, ',')) {
                c = k;
                break;
            }
        for (int k = c + 1; c >= 0 && k < doc->sents[s].tok_end; k++)
            if ((T(doc, k)->cls & EX_C_VERB) && ex_is_event_tok(doc, k)) {
                ex_lb_add_subject(doc, lb, c + 1, k);
                break;
            }
        for (int i = first; i < lb->n; i++) lb->it[i].subject = true;
        if (lb->n > first) {
            /* Headline order: subject first, then the participle. */
            char vb[40];
            verb_form(doc, ev, false, vb, sizeof vb);
            ex_lb_add(lb, ev, vb, false);
            ex_lb_add_object(doc, lb, ev + 1);
            return;
        }
    }
    if (lb->n == first && T(doc, ev)->sent > 0) {
        /* No subject at all: the previous sentence's, when it has one. */
        const ex_sentence *ps = &doc->sents[T(doc, ev)->sent - 1];
        for (int k = ps->tok_first; k < ps->tok_end; k++) {
            if (!(T(doc, k)->cls & EX_C_VERB) || !ex_is_event_tok(doc, k)) continue;
            int a2 = ex_lb_subject_start(doc, k);
            if (a2 < k && !(T(doc, a2)->cls & (EX_C_PRON | EX_C_REL))) ex_lb_add_subject(doc, lb, a2, k);
            break;
        }
    }
    if (lb->n == first + 1 && (T(doc, lb->it[first].tok)->cls & EX_C_PRON))
        ex_lb_resolve_pronoun(doc, lb, first, lb->it[first].tok);
    lb->plural = lb->plural || ex_lb_subject_plural(doc, lb);
    char vb[40];
    verb_form(doc, ev, lb->plural, vb, sizeof vb);
    ex_lb_add(lb, ev, absolute || participle ? NULL : vb, false);
    int from = ev + 1;
    /* "announced on Tuesday that she will step down": the complement. */
    while (from < doc->n_toks && (T(doc, from)->timex >= 0 ||
                                  ((T(doc, from)->cls & EX_C_PREP) && from + 1 < doc->n_toks &&
                                   T(doc, from + 1)->timex >= 0)))
        from++;
    bool reported = false;
    if (from < doc->n_toks && !strcmp(T(doc, from)->low, "that") && from + 1 < doc->n_toks &&
        T(doc, from + 1)->kind == EX_WORD && !(T(doc, from + 1)->cls & EX_C_VERB)) {
        from++;
        reported = (T(doc, ev)->cls & EX_C_REPORT) != 0;
    } else {
        from = ev + 1;
    }
    int before_obj = lb->n;
    ex_lb_add_object_from(doc, lb, from, reported);
    /* "the ceasefire signed in Luanda has been broken": the object of a
     * reduced relative ends before the main verb. */
    int rr = reduced_relative_end(doc, ev);
    while (rr >= 0 && lb->n > before_obj && lb->it[lb->n - 1].tok >= rr) lb->n--;
    /* "they left": leaving needs the place ("Italian companies leave Libya"). */
    static const char *const LEAVE[] = {"left", "leave", "leaves", "quit", "fled", "abandoned", "evacuated"};
    bool leave = false;
    for (size_t k = 0; k < sizeof LEAVE / sizeof *LEAVE; k++)
        if (!strcmp(T(doc, ev)->low, LEAVE[k])) leave = true;
    bool object_words = false;
    for (int i = before_obj; i < lb->n; i++)
        if (T(doc, lb->it[i].tok)->kind == EX_WORD && !(T(doc, lb->it[i].tok)->cls & (EX_C_PREP | EX_C_DET))) {
            object_words = true;
            break;
        }
    if (leave && lb->place >= 0 && !object_words) {
        lb->n = before_obj;
        ex_lb_add(lb, lb->place, NULL, false);
    }
}

/* Noun event: the noun phrase, its capitalised continuation ("Treaty on
 * Friendship, Partnership and Cooperation"), and a following relative
 * clause or predicate ("uprising that toppled X" -> "Uprising topples X"). */
static void noun_label(const ex_doc *doc, label *lb, int ev)
{
    int s = T(doc, ev)->sent;
    int hi = doc->sents[s].tok_end;
    int a = ev;
    while (a - 1 >= doc->sents[s].tok_first && ev - a < 4) {
        const ex_token *p = T(doc, a - 1);
        if (p->kind == EX_NUM && p->timex < 0) {
            /* "$107 million verdict" */
            a--;
            if (a - 1 >= doc->sents[s].tok_first && punct_is(doc, a - 1, '$')) a--;
            break;
        }
        if (p->kind != EX_WORD || p->timex >= 0) break;
        if (p->cls & (EX_C_DET | EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_REL | EX_C_SUBORD | EX_C_PRON |
                      EX_C_AUX | EX_C_MODAL | EX_C_REPORT))
            break;
        a--;
    }
    for (int k = a; k <= ev; k++) ex_lb_add(lb, k, NULL, true);
    int k = ev + 1;
    if (k + 1 < hi && T(doc, k)->kind == EX_WORD && (T(doc, k)->cls & EX_C_PREP) && T(doc, k + 1)->timex < 0) {
        int j = k + 1;
        if (T(doc, j)->cls & EX_C_DET) j++;
        if (j < hi && T(doc, j)->kind == EX_WORD && (T(doc, j)->flags & EX_F_CAP)) {
            ex_lb_add(lb, k, NULL, false);
            for (int q = k + 1; q < j; q++) ex_lb_add(lb, q, NULL, false);
            bool lower_head = false;
            while (j < hi) {
                const ex_token *t = T(doc, j);
                if (t->kind == EX_WORD && (t->flags & EX_F_CAP)) {
                    ex_lb_add(lb, j, NULL, false);
                    j++;
                } else if (!lower_head && t->kind == EX_WORD && !(t->flags & EX_F_CAP) && t->timex < 0 &&
                           !(t->cls & (EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_REL | EX_C_SUBORD | EX_C_DET |
                                       EX_C_PRON | EX_C_AUX | EX_C_MODAL | EX_C_ING)) &&
                           (T(doc, j - 1)->flags & EX_F_CAP)) {
                    /* "bombings of U.S. embassies": the noun the names qualify. */
                    ex_lb_add(lb, j, NULL, false);
                    lower_head = true;
                    j++;
                } else if (lower_head && j + 1 < hi && t->kind == EX_WORD && (t->cls & EX_C_PREP) &&
                           (!strcmp(t->low, "in") || !strcmp(t->low, "of") || !strcmp(t->low, "at")) &&
                           (T(doc, j + 1)->flags & EX_F_CAP) && T(doc, j + 1)->kind == EX_WORD) {
                    ex_lb_add(lb, j, NULL, false);
                    lower_head = false;
                    j++;
                } else if (j + 1 < hi && (punct_is(doc, j, ',') || !strcmp(t->low, "and") || !strcmp(t->low, "of")) &&
                           (T(doc, j + 1)->flags & EX_F_CAP) && T(doc, j + 1)->kind == EX_WORD) {
                    ex_lb_add(lb, j, NULL, false);
                    j++;
                } else {
                    break;
                }
            }
            k = j;
        } else if (ev == a) {
            const char *w = T(doc, k)->low;
            if (!strcmp(w, "in") || !strcmp(w, "against") || !strcmp(w, "of") || !strcmp(w, "over") ||
                !strcmp(w, "on")) {
                int q = k + 1, taken = 0;
                ex_lb_add(lb, k, NULL, false);
                while (q < hi && taken < 3 && T(doc, q)->kind == EX_WORD && T(doc, q)->timex < 0 &&
                       !(T(doc, q)->cls & (EX_C_PREP | EX_C_VERB | EX_C_REL | EX_C_CONJ | EX_C_SUBORD))) {
                    ex_lb_add(lb, q, NULL, false);
                    if (!(T(doc, q)->cls & EX_C_DET)) taken++;
                    q++;
                }
                k = q;
            }
        }
    }
    int r = k;
    if (r < hi && punct_is(doc, r, ',')) r++;
    if (r + 1 < hi && (T(doc, r)->cls & EX_C_REL) && (T(doc, r + 1)->cls & EX_C_VERB) &&
        !(T(doc, r + 1)->cls & EX_C_REPORT)) {
        char vb[40];
        verb_form(doc, r + 1, ex_lb_plural_subject(doc, ev), vb, sizeof vb);
        ex_lb_add(lb, r + 1, vb, false);
        ex_lb_add_object(doc, lb, r + 2);
    } else if (r == k && r < hi && (T(doc, r)->cls & EX_C_VERB) && !(T(doc, r)->cls & (EX_C_REPORT | EX_C_BASE))) {
        char vb[40];
        verb_form(doc, r, ex_lb_plural_subject(doc, ev), vb, sizeof vb);
        ex_lb_add(lb, r, vb, false);
        ex_lb_add_object(doc, lb, r + 1);
    }
}

size_t ex_label(const ex_doc *doc, int ev, int skip_tx, char *buf, size_t size)
{
    label lb;
    memset(&lb, 0, sizeof lb);
    lb.place = -1;
    if (size == 0) return 0;
    buf[0] = '\0';
    if (ev < 0 || ev >= doc->n_toks) return 0;
    const ex_token *t = T(doc, ev);
    if ((t->cls & EX_C_BASE) && ev > 0 && !strcmp(T(doc, ev - 1)->low, "to")) {
        /* "dispatched agents to investigate": the governing verb heads the label. */
        for (int k = ev - 2; k >= doc->sents[t->sent].tok_first && T(doc, k)->clause == t->clause; k--)
            if ((T(doc, k)->cls & EX_C_VERB) && !(T(doc, k)->cls & EX_C_BASE) && ex_is_event_tok(doc, k)) {
                ev = k;
                t = T(doc, ev);
                break;
            }
    }
    if (!(t->cls & (EX_C_VERB | EX_C_ING))) {
        /* "suffered similar floods": the verb whose object the event noun is. */
        for (int k = ev - 1; k >= doc->sents[t->sent].tok_first && k >= ev - 3; k--) {
            const ex_token *p = T(doc, k);
            if (p->kind != EX_WORD || (p->cls & (EX_C_PREP | EX_C_CONJ | EX_C_REL | EX_C_SUBORD)) || p->timex >= 0)
                break;
            if ((p->cls & EX_C_VERB) && !(p->cls & EX_C_AUX) && ex_is_event_tok(doc, k) && !ex_is_pure_report(p)) {
                ev = k;
                t = p;
                break;
            }
        }
    }
    bool ing_clause = (t->cls & EX_C_ING) && ev > 0 && punct_is(doc, ev - 1, ',');
    if (!(t->cls & EX_C_VERB) && !ing_clause) noun_label(doc, &lb, ev);
    else verb_label(doc, &lb, ev);
    ex_lb_shorten(doc, &lb);
    ex_lb_limit_words(doc, &lb);
    size_t n = ex_lb_render(doc, &lb, buf, size);
    if (ex_lb_count_words(doc, &lb) < 2 && skip_tx >= 0 && skip_tx < doc->n_timexes &&
        doc->timexes[skip_tx].end > doc->timexes[skip_tx].start &&
        ((doc->text[doc->timexes[skip_tx].start] >= '0' && doc->text[doc->timexes[skip_tx].start] <= '9') ||
         (doc->text[doc->timexes[skip_tx].start] >= 'A' && doc->text[doc->timexes[skip_tx].start] <= 'Z'))) {
        /* "the 2011 uprising" alone: keep the year in the label. */
        const el_timex *tx = &doc->timexes[skip_tx];
        char tmp[256];
        if (!(t->flags & EX_F_CAP) && buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = (char)(buf[0] - 'A' + 'a');
        snprintf(tmp, sizeof tmp, "%.*s %s", (int)(tx->end - tx->start), doc->text + tx->start, buf);
        snprintf(buf, size, "%s", tmp);
        if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
        n = strlen(buf);
    }
    return n;
}

size_t ex_note_text(const char *s, size_t n, size_t max, char *buf, size_t size)
{
    size_t o = 0;
    bool cut = false;
    if (size == 0) return 0;
    if (n > max) {
        size_t e = max;
        while (e > 0 && s[e] != ' ') e--;
        if (e == 0) e = max;
        /* Do not split a UTF-8 sequence. */
        while (e > 0 && ((unsigned char)s[e] & 0xC0) == 0x80) e--;
        n = e;
        cut = true;
    }
    bool space = false;
    for (size_t i = 0; i < n && o + 4 < size; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = true;
            continue;
        }
        if (space && o > 0) buf[o++] = ' ';
        space = false;
        buf[o++] = c;
    }
    if (cut && o + 4 < size) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = '\0';
    return o;
}
