/* ex_cand.c: the candidate events of a document part and the small helpers
 * the extraction steps share (dates, notes, main verbs, label checks). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/extract.h"
#include "events/extract/ex_cand.h"

cand *ex_cand_push(cand_vec *cv)
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

/* The main event verb of sentence s (not a report, not inside quotes),
 * starting at token from; -1 when none. */
int ex_main_verb(const ex_doc *doc, int s, int from)
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

el_precision ex_date_prec(const char *d)
{
    el_date dt;
    el_error e;
    if (el_date_parse(d, &dt, &e) != EL_OK) return EL_PREC_NONE;
    return dt.start.prec;
}

/* Makes a date approximate ("2018-07-05" -> "2018-07-05~") unless it is an
 * interval or already qualified. */
void ex_approx_of(const char *d, char *buf, size_t size)
{
    size_t n = strlen(d);
    if (strchr(d, '/') || (n > 0 && (d[n - 1] == '~' || d[n - 1] == '?' || d[n - 1] == '%')))
        snprintf(buf, size, "%s", d);
    else
        snprintf(buf, size, "%s~", d);
}

void ex_sentence_note(const ex_doc *doc, int s, char *buf, size_t size)
{
    const ex_sentence *se = &doc->sents[s];
    ex_note_text(doc->text + se->start, se->end - se->start, NOTE_MAX, buf, size);
}

void ex_append_note(char *note, size_t size, const char *prefix, const char *text, const char *suffix)
{
    size_t n = strlen(note);
    if (n + 8 >= size) return;
    snprintf(note + n, size - n, "%s%s%s", prefix, text, suffix);
}

/* States rather than events: their time does not make a timeline entry. */
bool ex_stative(const char *w)
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
bool ex_label_usable(const ex_doc *doc, int ev, const char *label)
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

