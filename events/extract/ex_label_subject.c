/* ex_label_subject.c: the subject of an event's label: where the clause's
 * subject starts, which of its words to keep, whether it is plural, and
 * whom a pronoun ("he", "they", "the company") names, from the sentences
 * before.  Works on the label under construction (ex_label.h). */
#include <stdio.h>
#include <string.h>

#include "events/extract/ex_label.h"

static void report_subject(const ex_doc *doc, label *lb, int r);

/* Where the subject of the clause of ev starts: after a leading
 * subordinator and after leading adverbials ("On Saturday,", "According to
 * a statement,", "Shortly after that,"). */
int ex_lb_subject_start(const ex_doc *doc, int ev)
{
    int c = T(doc, ev)->clause;
    int a = ev;
    while (a > 0 && T(doc, a - 1)->clause == c && T(doc, a - 1)->sent == T(doc, ev)->sent) a--;
    if (is_word(doc, a) && a < ev && (T(doc, a)->cls & (EX_C_SUBORD | EX_C_CONJ | EX_C_REL)) &&
        (!(T(doc, a)->cls & EX_C_DET) || (T(doc, a)->cls & EX_C_REL)))
        a++;
    for (;;) {
        int comma = -1;
        for (int k = a; k < ev; k++)
            if (punct_is(doc, k, ',')) {
                comma = k;
                break;
            }
        if (comma < 0) break;
        const ex_token *f = T(doc, a);
        bool adverbial = (f->cls & (EX_C_PREP | EX_C_SUBORD)) || f->timex >= 0 || is_ly_adverb(f) ||
                         !strcmp(f->low, "according") || (f->cls & EX_C_FILLER) || f->kind != EX_WORD;
        for (int k = a; k < comma && !adverbial; k++)
            if (T(doc, k)->timex >= 0) adverbial = true;
        if (!adverbial) break;
        a = comma + 1;
    }
    /* "In a statement issued yesterday": a subject opens with no
     * preposition (but "about 150 people", "at least 95", and "With ..."
     * is an absolute phrase, which verb_label reads) */
    if (is_word(doc, a) && a + 1 < ev && (T(doc, a)->cls & EX_C_PREP) && T(doc, a + 1)->timex < 0 &&
        T(doc, a + 1)->kind == EX_WORD && strcmp(T(doc, a + 1)->low, "least") != 0 &&
        strcmp(T(doc, a + 1)->low, "most") != 0 && strcmp(T(doc, a)->low, "with") != 0 && strcmp(T(doc, a)->low, "per") != 0)
        a++;
    return a;
}

/* Adds the subject tokens [a, ev) to lb, leaving out time expressions with
 * their preposition, comma-enclosed insertions (", led by ...,"),
 * parentheses, adverbs and auxiliaries. */
void ex_lb_add_subject(const ex_doc *doc, label *lb, int a, int ev)
{
    int first = lb->n;
    for (int k = a; k < ev; k++) {
        const ex_token *t = T(doc, k);
        if (punct_is(doc, k, ',')) {
            int k2 = -1;
            for (int j = k + 1; j < ev; j++)
                if (punct_is(doc, j, ',')) {
                    k2 = j;
                    break;
                }
            if (k2 >= 0) k = k2;
            else lb->n = first; /* unmatched comma: the subject follows it */
            continue;
        }
        if (punct_is(doc, k, '(')) {
            while (k + 1 < ev && !punct_is(doc, k, ')')) k++;
            continue;
        }
        if (t->kind == EX_PUNCT) {
            /* "Harlow & Finch" */
            if (t->low[0] == '&' && k > a && k + 1 < ev && (T(doc, k - 1)->flags & EX_F_CAP) &&
                (T(doc, k + 1)->flags & EX_F_CAP))
                ex_lb_add(lb, k, NULL, true);
            continue;
        }
        if (t->timex >= 0) {
            /* "three days of rain sent": the subject is the rain */
            if (k + 1 < ev && T(doc, k + 1)->timex < 0 && !strcmp(T(doc, k + 1)->low, "of")) k++;
            continue;
        }
        if ((t->cls & EX_C_PREP) && k + 1 < ev && T(doc, k + 1)->timex >= 0) continue;
        /* "Net income for the three months ended June 27 rose": the
         * participle that closes a dated period goes with its date */
        if ((!strcmp(t->low, "ended") || !strcmp(t->low, "ending")) && k > a && T(doc, k - 1)->timex >= 0 &&
            k + 1 < ev && T(doc, k + 1)->timex >= 0)
            continue;
        /* "By then many families had moved away" */
        if ((t->cls & EX_C_PREP) && k + 1 < ev &&
            (!strcmp(T(doc, k + 1)->low, "then") || !strcmp(T(doc, k + 1)->low, "now"))) {
            k++;
            continue;
        }
        /* "In the 1990s she led": the preposition and article of a date. */
        if ((t->cls & EX_C_PREP) && k + 2 < ev && (T(doc, k + 1)->cls & EX_C_DET) && T(doc, k + 2)->timex >= 0) {
            k++;
            continue;
        }
        /* "is due to be sworn in": the infinitive keeps its auxiliary */
        bool infinitive_aux = (t->cls & EX_C_AUX) && k > a && !strcmp(T(doc, k - 1)->low, "to") &&
                              (!strcmp(t->low, "be") || !strcmp(t->low, "have"));
        if (!infinitive_aux && (is_ly_adverb(t) || (t->cls & (EX_C_AUX | EX_C_MODAL | EX_C_NEG | EX_C_FILLER)))) continue;
        if (lb->n == first && (t->cls & (EX_C_CONJ | EX_C_SUBORD | EX_C_REL)) && !(t->cls & EX_C_PRON)) continue;
        if (k == ev - 1 && ex_is_verb_adverb(t->low)) continue; /* "was first run" */
        ex_lb_add(lb, k, NULL, true);
    }
}

/* Adds a short noun phrase ending just before token end (exclusive), at most
 * max words, walking left over modifiers. */
void ex_lb_add_np_before(const ex_doc *doc, label *lb, int end, int max)
{
    int s = T(doc, end - 1 >= 0 ? end - 1 : 0)->sent;
    int a = end;
    while (a - 1 >= 0 && T(doc, a - 1)->sent == s && end - a < max) {
        const ex_token *p = T(doc, a - 1);
        if (p->kind != EX_WORD || p->timex >= 0) break;
        if (p->cls & (EX_C_DET | EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_REL | EX_C_SUBORD | EX_C_PRON |
                      EX_C_AUX | EX_C_MODAL | EX_C_REPORT))
            break;
        a--;
    }
    for (int k = a; k < end; k++) ex_lb_add(lb, k, NULL, true);
}

/* Is token i a plural common noun usable as the antecedent of "they"? */
static bool plural_noun(const ex_doc *doc, int i)
{
    const ex_token *t = T(doc, i);
    size_t n = strlen(t->low);
    if (t->kind != EX_WORD || (t->flags & EX_F_POSS) || t->timex >= 0) return false;
    if ((t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START)) return false;
    if (t->cls & (EX_C_VERB | EX_C_REPORT | EX_C_AUX | EX_C_PRON | EX_C_DET | EX_C_PREP | EX_C_CONJ |
                  EX_C_SUBORD | EX_C_REL | EX_C_MODAL))
        return false;
    if (n < 4 || t->low[n - 1] != 's') return false;
    return t->low[n - 2] != 's' && t->low[n - 2] != 'u' && t->low[n - 2] != 'i';
}

/* Can the capitalised word at i be a person's name?  A sentence-initial
 * plural ("Prosecutors charged") is not, unless the word is capitalised
 * inside a sentence somewhere in the text. */
/* Is sentence s written in title case, as a headline ("Harborline Profit
 * Rises 18% on Lower Loan Provisions"): every word of four letters or
 * more capitalised? */
static bool title_case(const ex_doc *doc, int s)
{
    int words = 0, caps = 0;
    for (int k = doc->sents[s].tok_first; k < doc->sents[s].tok_end; k++) {
        const ex_token *t = T(doc, k);
        if (t->kind != EX_WORD || strlen(t->low) <= 3) continue;
        words++;
        caps += (t->flags & EX_F_CAP) != 0;
    }
    return words >= 3 && caps == words;
}

/* Is the word at i written with a capital inside a sentence within 3,000
 * tokens of it (a name: "Police Commissioner Reyes")?  With lower_too,
 * only when it is never written in lower case there.  Headlines do not
 * count ("on Lower Loan Provisions" is no name).  The window keeps the
 * cost per label bounded in long texts. */
static bool capitalised_inside(const ex_doc *doc, int i, bool lower_too)
{
    const ex_token *t = T(doc, i);
    int lo = i > 3000 ? i - 3000 : 0, hi = i + 3000 < doc->n_toks ? i + 3000 : doc->n_toks;
    bool cap = false;
    for (int k = lo; k < hi; k++) {
        const ex_token *o = T(doc, k);
        if (k == i || strcmp(o->low, t->low) != 0) continue;
        if ((o->flags & EX_F_CAP) && !(o->flags & EX_F_SENT_START) && !title_case(doc, o->sent)) cap = true;
        if (lower_too && !(o->flags & EX_F_CAP)) return false;
    }
    return cap;
}

static bool name_like(const ex_doc *doc, int i)
{
    const ex_token *t = T(doc, i);
    if (!(t->flags & EX_F_SENT_START) || !plural_noun(doc, i)) return true;
    return capitalised_inside(doc, i, false);
}

/* Is token i a plural subject: a plural common noun, not a name that
 * ends in -s and opens its sentence ("Reyes, who took command")? */
bool ex_lb_plural_subject(const ex_doc *doc, int i)
{
    return plural_noun(doc, i) && !((T(doc, i)->flags & EX_F_CAP) && capitalised_inside(doc, i, true));
}

/* Is the capitalised word `low` marked as a person somewhere in the text:
 * after a first name ("Martin Keel"), or followed by an age or "who"
 * ("Keel, 58,", "Smith, who")? */
static bool person_marked(const ex_doc *doc, const char *low)
{
    bool full = false, bare = false; /* "Martin Keel" and a bare "Keel" */
    for (int k = 1; k < doc->n_toks; k++) {
        const ex_token *t = T(doc, k);
        if (t->kind != EX_WORD || !(t->flags & EX_F_CAP) || strcmp(t->low, low) != 0) continue;
        const ex_token *p = T(doc, k - 1);
        const ex_token *n = k + 1 < doc->n_toks ? T(doc, k + 1) : NULL;
        bool cap_before = p->kind == EX_WORD && p->sent == t->sent && (p->flags & EX_F_CAP);
        bool cap_after = n && n->kind == EX_WORD && n->sent == t->sent && (n->flags & EX_F_CAP);
        if (cap_before && p->cls == 0 && !(p->flags & (EX_F_POSS | EX_F_UPPER)) && !cap_after) full = true;
        if (!cap_before && !cap_after && !(p->kind == EX_WORD && p->sent == t->sent && (p->cls & EX_C_DET)))
            bare = true;
        if (full && bare) return true;
        if (k + 2 < doc->n_toks && T(doc, k + 1)->low[0] == ',' && T(doc, k + 1)->kind == EX_PUNCT &&
            (T(doc, k + 2)->kind == EX_NUM || !strcmp(T(doc, k + 2)->low, "who")))
            return true;
    }
    return false;
}

/* The reporting verb right before the pronoun at pron ("said he",
 * "said on Thursday she"), or -1. */
static int said_before(const ex_doc *doc, int pron)
{
    for (int k = pron - 1; k >= 0 && k >= pron - 5 && T(doc, k)->sent == T(doc, pron)->sent; k--) {
        const ex_token *t = T(doc, k);
        if (t->timex >= 0 || (t->cls & EX_C_PREP)) continue;
        if ((t->cls & EX_C_REPORT) && (t->cls & EX_C_VERB)) return k;
        return -1;
    }
    return -1;
}

/* "Angola's president, who brokered the truce, said on Thursday he
 * would": when the reporter right before the pronoun is a person (a title
 * or a name marked as a person), lb's subject becomes the reporter. */
/* The subject of the reporting verb right before the pronoun at pron
 * ("X, who ..., said he"), into *tmp (lb's items up to first, then the
 * reporter's); its head token, or NULL when there is none or it is a
 * pronoun itself. */
static const ex_token *reporter_before(const ex_doc *doc, const label *lb, int first, int pron, label *tmp)
{
    int r = said_before(doc, pron);
    if (r < 0) return NULL;
    *tmp = *lb;
    tmp->n = first;
    report_subject(doc, tmp, r);
    if (tmp->n == first) return NULL;
    for (int i = first; i < tmp->n; i++)
        if (T(doc, tmp->it[i].tok)->cls & EX_C_PRON) return NULL;
    return T(doc, tmp->it[tmp->n - 1].tok);
}

static bool reporter_person(const ex_doc *doc, label *lb, int first, int pron)
{
    label tmp;
    const ex_token *h = reporter_before(doc, lb, first, pron, &tmp);
    if (!h || (!(h->cls & EX_C_TITLE) && !((h->flags & EX_F_CAP) && person_marked(doc, h->low)))) return false;
    *lb = tmp;
    return true;
}

/* "Senate Democrats, who rejected a similar bill Friday, said they would":
 * when the reporter right before "they" is a plural group (a head word in
 * -s), lb's subject becomes the reporter. */
static bool reporter_group(const ex_doc *doc, label *lb, int first, int pron)
{
    label tmp;
    const ex_token *h = reporter_before(doc, lb, first, pron, &tmp);
    if (!h) return false;
    size_t n = strlen(h->low);
    if (h->kind != EX_WORD || n < 4 || h->low[n - 1] != 's' || h->low[n - 2] == 's' || (h->flags & EX_F_POSS))
        return false;
    tmp.plural = true;
    *lb = tmp;
    return true;
}

/* Is token i a regnal number after a name ("Benedict XVI", "Henry VIII"):
 * an upper-case Roman numeral right after a capitalised word? */
static bool regnal_number(const ex_doc *doc, int i)
{
    const ex_token *t = T(doc, i);
    size_t n = strlen(t->low);
    if (i < 1 || n == 0 || n > 6 || t->kind != EX_WORD) return false;
    for (size_t k = 0; k < n; k++)
        if (!strchr("ivxl", t->low[k]) || doc->text[t->start + k] == t->low[k]) return false;
    const ex_token *p = T(doc, i - 1);
    return p->kind == EX_WORD && (p->flags & EX_F_CAP);
}

/* "a 19-year-old man was shot several times.  He died": when the
 * sentence before the pronoun at pron (or its own, before it) brings in
 * an unnamed person of its gender ("a ... man") after the last
 * capitalised name, lb's subject becomes that person. */
static bool unnamed_person(const ex_doc *doc, label *lb, int first, int pron)
{
    int s = T(doc, pron)->sent;
    int lo = s > 0 ? doc->sents[s - 1].tok_first : doc->sents[s].tok_first;
    bool he = !strcmp(T(doc, pron)->low, "he");
    for (int k = pron - 1; k >= lo; k--) {
        const ex_token *t = T(doc, k);
        if (t->kind == EX_WORD && (t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START) && !(t->cls & EX_C_TITLE))
            return false; /* a name nearer than the person: left to the name rules */
        if (t->kind != EX_WORD || (t->flags & EX_F_CAP)) continue;
        bool fits = he ? (!strcmp(t->low, "man") || !strcmp(t->low, "boy"))
                       : (!strcmp(t->low, "woman") || !strcmp(t->low, "girl"));
        if (!fits) continue;
        /* only a new person ("a 19-year-old man"), not one already met
         * ("the boy repaired radios": the man the story is about) */
        bool indefinite = false;
        for (int q = k - 1; q >= lo && q >= k - 7; q--) {
            const ex_token *w = T(doc, q);
            if (w->kind == EX_PUNCT && w->low[0] != '-') break;
            if (!strcmp(w->low, "a") || !strcmp(w->low, "an")) {
                indefinite = true;
                break;
            }
            if (w->cls & (EX_C_VERB | EX_C_DET | EX_C_PREP)) break;
        }
        if (!indefinite) return false;
        lb->n = first;
        ex_lb_add_np_before(doc, lb, k + 1, 3);
        return lb->n > first;
    }
    return false;
}

/* Replaces a pronoun subject ("they", "he") by the nearest fitting
 * antecedent in the text before it (this and the previous sentence). */
void ex_lb_resolve_pronoun(const ex_doc *doc, label *lb, int first, int pron)
{
    const ex_token *p = T(doc, pron);
    int s = p->sent;
    int lo = s > 0 ? doc->sents[s - 1].tok_first : doc->sents[s].tok_first;
    if (!strcmp(p->low, "they") && reporter_group(doc, lb, first, pron)) {
        /* "Senate Democrats ... said they would strip": the reporters */
    } else if (!strcmp(p->low, "they")) {
        for (int k = pron - 1; k >= lo; k--)
            if (plural_noun(doc, k)) {
                lb->n = first;
                ex_lb_add_np_before(doc, lb, k + 1, 3);
                lb->plural = true;
                /* "the return of Italian companies to Libya": the place. */
                if (k + 2 < pron && T(doc, k + 1)->kind == EX_WORD &&
                    (!strcmp(T(doc, k + 1)->low, "to") || !strcmp(T(doc, k + 1)->low, "in") ||
                     !strcmp(T(doc, k + 1)->low, "from")) &&
                    (T(doc, k + 2)->flags & EX_F_CAP) && T(doc, k + 2)->kind == EX_WORD)
                    lb->place = k + 2;
                return;
            }
    } else if (!strcmp(p->low, "it")) {
        /* "it": the subject of this sentence's first verb before it, else
         * of the previous sentence's, when that is a noun phrase. */
        for (int k = doc->sents[s].tok_first; k < pron; k++) {
            if (!(T(doc, k)->cls & EX_C_VERB) || !ex_is_event_tok(doc, k)) continue;
            int a = ex_lb_subject_start(doc, k);
            if (a < k && !(T(doc, a)->cls & (EX_C_PRON | EX_C_REL))) {
                lb->n = first;
                ex_lb_add_subject(doc, lb, a, k);
                if (lb->n > first) return;
            }
            break;
        }
        if (s == 0) return;
        const ex_sentence *ps = &doc->sents[s - 1];
        for (int k = ps->tok_first; k < ps->tok_end; k++) {
            if (!(T(doc, k)->cls & EX_C_VERB) || !ex_is_event_tok(doc, k)) continue;
            int a = ex_lb_subject_start(doc, k);
            if (a >= k || (T(doc, a)->cls & EX_C_PRON) || (T(doc, a)->cls & EX_C_REL)) return;
            lb->n = first;
            ex_lb_add_subject(doc, lb, a, k);
            if (lb->n == first) ex_lb_add(lb, pron, NULL, true);
            return;
        }
    } else if ((!strcmp(p->low, "he") || !strcmp(p->low, "she")) && reporter_person(doc, lb, first, pron)) {
        /* "the president said on Thursday he would": the reporter. */
    } else if ((!strcmp(p->low, "he") || !strcmp(p->low, "she")) && unnamed_person(doc, lb, first, pron)) {
        /* "a 19-year-old man was shot several times. He died": the man */
    } else if (!strcmp(p->low, "he") || !strcmp(p->low, "she")) {
        /* A name in subject position ("Ellery studied", "Smith was") in
         * this or the three sentences before. */
        int lo3 = doc->sents[s >= 3 ? s - 3 : 0].tok_first;
        int lo10 = doc->sents[s >= 10 ? s - 10 : 0].tok_first;
        /* A person first ("Keel" of "Martin Keel" before "Verity"), then
         * any name; a person is looked for ten sentences back. */
        for (int pass = 0; pass < 3; pass++)
        for (int k = pron - 1; k >= (pass < 2 ? lo10 : lo3); k--) {
            const ex_token *t = T(doc, k);
            if (t->kind != EX_WORD || !(t->flags & EX_F_CAP) ||
                (t->cls & (EX_C_TITLE | EX_C_PLACE_NOUN | EX_C_DET | EX_C_PRON | EX_C_PREP | EX_C_SUBORD |
                           EX_C_CONJ | EX_C_REL | EX_C_FILLER | EX_C_VERB)) ||
                k + 1 >= doc->n_toks)
                continue;
            const ex_token *nx = T(doc, k + 1);
            const ex_token *nx2 = k + 2 < doc->n_toks ? T(doc, k + 2) : nx;
            bool subj = nx->kind == EX_WORD && (nx->cls & (EX_C_VERB | EX_C_AUX | EX_C_MODAL | EX_C_REPORT));
            /* "Ellery, the marine biologist", "Okafor, 61,", "Smith, who" */
            if (nx->kind == EX_PUNCT && nx->low[0] == ',' &&
                (nx2->kind == EX_NUM || (nx2->kind == EX_WORD && (nx2->cls & (EX_C_DET | EX_C_REL)))) &&
                strcmp(nx2->low, "which") != 0) /* "the Festival, which": no person */
                subj = true;
            /* "the head of state, Ondrej Palko, said he": a name set off
             * before a reporting verb speaks, so it is a person */
            bool speaker = t->timex < 0 && nx->kind == EX_PUNCT && nx->low[0] == ',' && nx2->kind == EX_WORD &&
                           (nx2->cls & EX_C_REPORT) && (nx2->cls & EX_C_VERB);
            subj = subj || speaker;
            /* Pass 0: a person in subject position; 1: a person anywhere
             * ("charged Keel"); 2: any name in subject position. */
            if (pass == 1) subj = !(t->flags & EX_F_SENT_START) || T(doc, k + 1)->kind == EX_WORD;
            if (subj && !(t->flags & EX_F_POSS) && name_like(doc, k) &&
                (pass == 2 || speaker || person_marked(doc, t->low) || regnal_number(doc, k))) {
                lb->n = first;
                /* "Benedict XVI": a regnal number keeps its name */
                if (regnal_number(doc, k)) ex_lb_add(lb, k - 1, NULL, true);
                ex_lb_add(lb, k, NULL, true);
                return;
            }
        }
        for (int k = pron - 1; k >= lo3; k--) {
            const ex_token *t = T(doc, k);
            if (t->kind == EX_WORD && (t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START) &&
                !(t->cls & (EX_C_TITLE | EX_C_PLACE_NOUN)) && k > lo3 && T(doc, k - 1)->kind == EX_WORD &&
                (T(doc, k - 1)->flags & EX_F_CAP)) {
                lb->n = first;
                ex_lb_add(lb, k, NULL, true);
                if (lb->n > first && (t->flags & EX_F_POSS)) {
                    /* "Smith's": use the name without the possessive. */
                    snprintf(lb->it[lb->n - 1].repl, sizeof lb->it[0].repl, "%.*s",
                             (int)(t->end - t->start - 2), doc->text + t->start);
                }
                return;
            }
        }
    }
}

/* Is label item i a preposition used as a quantifier of the number after
 * it ("about 41,000 people", "at least 80 people", "over 200 homes")
 * rather than the start of a prepositional phrase? */
static bool quantifier_at(const ex_doc *doc, const label *lb, int i)
{
    int j = i + 1;
    if (j < lb->n && !strcmp(T(doc, lb->it[i].tok)->low, "at") &&
        (!strcmp(T(doc, lb->it[j].tok)->low, "least") || !strcmp(T(doc, lb->it[j].tok)->low, "most")))
        j++;
    return j < lb->n && T(doc, lb->it[j].tok)->kind == EX_NUM;
}

/* Index of lb's last subject item that is kept, or -1. */
static int last_subject_item(const label *lb)
{
    int last = -1;
    for (int i = 0; i < lb->n; i++)
        if (lb->it[i].subject && !lb->it[i].drop) last = i;
    return last;
}

/* Does lb's subject open with "the" in the text ("the House and
 * Senate"; "the Food and Drug Administration" is one name, which
 * last_subject_item tells apart)? */
static bool after_the(const ex_doc *doc, const label *lb)
{
    for (int i = 0; i < lb->n; i++) {
        if (!lb->it[i].subject) continue;
        int t = lb->it[i].tok;
        return !strcmp(T(doc, t)->low, "the") || (t > 0 && !strcmp(T(doc, t - 1)->low, "the"));
    }
    return false;
}

/* Subject plural?  "they", a head noun in -s, or two nouns joined by "and". */
bool ex_lb_subject_plural(const ex_doc *doc, const label *lb)
{
    int head = -1;
    bool in_pp = false;
    for (int i = 0; i < lb->n; i++) {
        if (!lb->it[i].subject || lb->it[i].drop) continue;
        const ex_token *t = T(doc, lb->it[i].tok);
        if (t->kind == EX_WORD && (t->cls & EX_C_PREP) && strcmp(t->low, "than") != 0 &&
            !quantifier_at(doc, lb, i))
            in_pp = true;
        /* "Marks and Spencer" is one company, "the House and Senate" two
         * ("and" right before the last word) */
        if (t->kind == EX_WORD && !strcmp(t->low, "and") && !in_pp && i > 0 && i + 1 < lb->n &&
            (!((T(doc, lb->it[i - 1].tok)->flags & EX_F_CAP) && (T(doc, lb->it[i + 1].tok)->flags & EX_F_CAP)) ||
             (after_the(doc, lb) && last_subject_item(lb) == i + 1)))
            return true;
        /* "many farmers there replanted": an adverb after the noun */
        if (!in_pp && !(t->kind == EX_WORD && (!strcmp(t->low, "there") || !strcmp(t->low, "here") ||
                                              !strcmp(t->low, "also") || !strcmp(t->low, "alone") ||
                                              !strcmp(t->low, "too") || !strcmp(t->low, "themselves"))))
            head = i;
    }
    if (head < 0) return false;
    const ex_token *h = T(doc, lb->it[head].tok);
    static const char *const PL[] = {"they", "we", "people", "men", "women", "children", "police", "troops",
                                     "both", "officials", "residents"};
    for (size_t k = 0; k < sizeof PL / sizeof *PL; k++)
        if (!strcmp(h->low, PL[k])) return true;
    /* Peoples and groups: "Palestinians", "Democrats", "Protesters". */
    static const char *const ENDS[] = {"ians", "ans", "ites", "ists", "ers", "ees", "ards", "ats"};
    size_t hl = strlen(h->low);
    if ((h->flags & EX_F_CAP) && !(h->flags & EX_F_POSS) && hl > 5)
        for (size_t k = 0; k < sizeof ENDS / sizeof *ENDS; k++) {
            size_t el = strlen(ENDS[k]);
            if (!strcmp(h->low + hl - el, ENDS[k])) return true;
        }
    return ex_lb_plural_subject(doc, lb->it[head].tok);
}

/* Does the comma at c close a relative clause ("who brokered the truce,")? */
bool ex_lb_closes_relative(const ex_doc *doc, int c)
{
    for (int k = c - 1; k >= doc->sents[T(doc, c)->sent].tok_first; k--) {
        if (T(doc, k)->kind == EX_PUNCT && T(doc, k)->low[0] == ',') return false;
        if ((T(doc, k)->cls & EX_C_REL) && !(T(doc, k)->cls & EX_C_DET)) return true;
        if (!strcmp(T(doc, k)->low, "who") || !strcmp(T(doc, k)->low, "which")) return true;
    }
    return false;
}

/* The subject of the reporting verb r, into lb: "Angola's president, who
 * brokered the truce, said": the words before the insertion. */
static void report_subject(const ex_doc *doc, label *lb, int r)
{
    int first = lb->n;
    int a = ex_lb_subject_start(doc, r);
    ex_lb_add_subject(doc, lb, a, r);
    if (lb->n > first || r < 2 || !(T(doc, r - 1)->kind == EX_PUNCT && T(doc, r - 1)->low[0] == ',')) return;
    for (int k = r - 2; k > doc->sents[T(doc, r)->sent].tok_first; k--)
        if (punct_is(doc, k, ',')) {
            ex_lb_add_subject(doc, lb, ex_lb_subject_start(doc, k - 1), k);
            return;
        }
}
