/* ex_label.c: headline-style labels ("Serraj meets Italian FM Milanesi in
 * Tripoli") built from the clause of an event: subject, verb in the
 * headline present, object; without time expressions, attributions,
 * appositions and articles; names shortened; 4 to 12 words. */
#include <stdio.h>
#include <string.h>

#include "events/extract/ex_internal.h"

#define MAX_ITEMS 96
#define MAX_WORDS 12

/* One word of a label: a token, optionally with replacement text. */
typedef struct item {
    int tok;
    char repl[32]; /* "" or text used instead of the token */
    bool subject;  /* part of the subject (for name shortening) */
    bool drop;
} item;

typedef struct label {
    item it[MAX_ITEMS];
    int n;
    bool plural;   /* the subject is plural */
    int place;     /* a place named after the pronoun's antecedent, or -1 */
} label;

static const ex_token *T(const ex_doc *doc, int i) { return &doc->toks[i]; }

static bool is_word(const ex_doc *doc, int i) { return T(doc, i)->kind == EX_WORD; }

static bool punct_is(const ex_doc *doc, int i, char c)
{
    return T(doc, i)->kind == EX_PUNCT && T(doc, i)->low[0] == c;
}

static bool is_ly_adverb(const ex_token *t) { return ex_is_adverb(t); }

static void add(label *lb, int tok, const char *repl, bool subj)
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
    if (ev + 1 < doc->n_toks && !strcmp(T(doc, ev + 1)->low, "by") && !perfect) return;
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

/* Where the subject of the clause of ev starts: after a leading
 * subordinator and after leading adverbials ("On Saturday,", "According to
 * a statement,", "Shortly after that,"). */
static int subject_start(const ex_doc *doc, int ev)
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
static void add_subject(const ex_doc *doc, label *lb, int a, int ev)
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
                add(lb, k, NULL, true);
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
        if (is_ly_adverb(t) || (t->cls & (EX_C_AUX | EX_C_MODAL | EX_C_NEG | EX_C_FILLER))) continue;
        if (lb->n == first && (t->cls & (EX_C_CONJ | EX_C_SUBORD | EX_C_REL)) && !(t->cls & EX_C_PRON)) continue;
        if (k == ev - 1 && ex_is_verb_adverb(t->low)) continue; /* "was first run" */
        add(lb, k, NULL, true);
    }
}

/* Adds a short noun phrase ending just before token end (exclusive), at most
 * max words, walking left over modifiers. */
static void add_np_before(const ex_doc *doc, label *lb, int end, int max)
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
    for (int k = a; k < end; k++) add(lb, k, NULL, true);
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
static bool plural_subject(const ex_doc *doc, int i)
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

static void add_subject(const ex_doc *doc, label *lb, int a, int ev);
static int subject_start(const ex_doc *doc, int ev);
static void report_subject(const ex_doc *doc, label *lb, int r);

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
        add_np_before(doc, lb, k + 1, 3);
        return lb->n > first;
    }
    return false;
}

/* Replaces a pronoun subject ("they", "he") by the nearest fitting
 * antecedent in the text before it (this and the previous sentence). */
static void resolve_pronoun(const ex_doc *doc, label *lb, int first, int pron)
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
                add_np_before(doc, lb, k + 1, 3);
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
            int a = subject_start(doc, k);
            if (a < k && !(T(doc, a)->cls & (EX_C_PRON | EX_C_REL))) {
                lb->n = first;
                add_subject(doc, lb, a, k);
                if (lb->n > first) return;
            }
            break;
        }
        if (s == 0) return;
        const ex_sentence *ps = &doc->sents[s - 1];
        for (int k = ps->tok_first; k < ps->tok_end; k++) {
            if (!(T(doc, k)->cls & EX_C_VERB) || !ex_is_event_tok(doc, k)) continue;
            int a = subject_start(doc, k);
            if (a >= k || (T(doc, a)->cls & EX_C_PRON) || (T(doc, a)->cls & EX_C_REL)) return;
            lb->n = first;
            add_subject(doc, lb, a, k);
            if (lb->n == first) add(lb, pron, NULL, true);
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
                if (regnal_number(doc, k)) add(lb, k - 1, NULL, true);
                add(lb, k, NULL, true);
                return;
            }
        }
        for (int k = pron - 1; k >= lo3; k--) {
            const ex_token *t = T(doc, k);
            if (t->kind == EX_WORD && (t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START) &&
                !(t->cls & (EX_C_TITLE | EX_C_PLACE_NOUN)) && k > lo3 && T(doc, k - 1)->kind == EX_WORD &&
                (T(doc, k - 1)->flags & EX_F_CAP)) {
                lb->n = first;
                add(lb, k, NULL, true);
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

static bool stop_word_at(const ex_doc *doc, int k);

static bool stop_word(const char *w)
{
    static const char *const S[] = {"instead", "due", "because", "despite", "amid", "according", "while",
                                    "whereas", "although", "though", "as", "saying", "adding", "citing",
                                    "including", "where", "when", "unless", "if", "so", "than", "but", "what"};
    for (size_t k = 0; k < sizeof S / sizeof *S; k++)
        if (!strcmp(w, S[k])) return true;
    return false;
}

/* stop_word for token k, except "than" after more/less/fewer ("killed
 * more than 6,000 people"). */
static bool stop_word_at(const ex_doc *doc, int k)
{
    const ex_token *t = T(doc, k);
    if (!strcmp(t->low, "than") && k > 0 &&
        (!strcmp(T(doc, k - 1)->low, "more") || !strcmp(T(doc, k - 1)->low, "less") ||
         !strcmp(T(doc, k - 1)->low, "fewer")))
        return false;
    return stop_word(t->low);
}

/* Adds the object and complements after the verb, from token a, until the
 * clause ends (a comma, a relative pronoun, a subordinator, "and" + verb,
 * another predicate, an attribution). */
static void add_object_from(const ex_doc *doc, label *lb, int a, bool reported);

static void add_object(const ex_doc *doc, label *lb, int a) { add_object_from(doc, lb, a, false); }

/* As add_object; with reported set, a is the start of a reported clause
 * ("said that the bank expected growth ..."), whose first verb stays. */
static void add_object_from(const ex_doc *doc, label *lb, int a, bool reported)
{
    if (a >= doc->n_toks) return;
    int s = T(doc, a)->sent;
    int hi = doc->sents[s].tok_end;
    int words = 0;
    for (int k = a; k < hi && words < 24; k++) {
        const ex_token *t = T(doc, k);
        if (t->timex >= 0) {
            int e = k;
            while (e + 1 < hi && T(doc, e + 1)->timex == t->timex) e++;
            const ex_token *nx = e + 1 < hi ? T(doc, e + 1) : NULL;
            if (nx && nx->kind == EX_WORD && nx->timex < 0 && !(nx->flags & EX_F_CAP) &&
                !(nx->cls & (EX_C_PREP | EX_C_CONJ | EX_C_VERB | EX_C_REL | EX_C_SUBORD | EX_C_DET | EX_C_PRON |
                             EX_C_AUX | EX_C_MODAL | EX_C_FILLER | EX_C_REPORT)) &&
                !ex_is_adverb(nx) && !stop_word(nx->low)) {
                /* The date qualifies a noun ("out of last year's edition"): keep it. */
                for (int q = k; q <= e; q++) add(lb, q, NULL, false);
                k = e;
                continue;
            }
            /* "lost a quarter of its value", "sentenced to seven years": a
             * duration that is the object, not the event's time span. */
            if (doc->timexes[t->timex].type == EL_TIMEX_DURATION && k > 0 && T(doc, k - 1)->kind == EX_WORD &&
                (!strcmp(T(doc, k - 1)->low, "to") || (nx && !strcmp(nx->low, "of")))) {
                for (int q = k; q <= e; q++) add(lb, q, NULL, false);
                k = e;
                continue;
            }
            /* Drop the time expression and the preposition before it, and
             * "early"/"late" before that ("early on Monday"). */
            if (lb->n > 0 && lb->it[lb->n - 1].tok == k - 1 && (T(doc, k - 1)->cls & EX_C_PREP)) lb->n--;
            if (lb->n > 1 && lb->it[lb->n - 1].tok < k && T(doc, lb->it[lb->n - 1].tok)->kind == EX_WORD &&
                (!strcmp(T(doc, lb->it[lb->n - 1].tok)->low, "early") || !strcmp(T(doc, lb->it[lb->n - 1].tok)->low, "late")) &&
                lb->it[lb->n - 1].tok >= k - 2)
                lb->n--;
            k = e;
            continue;
        }
        if (t->kind == EX_PUNCT) {
            if (t->low[0] == ',' && k > a && k + 1 < hi && (T(doc, k - 1)->flags & EX_F_CAP) &&
                (T(doc, k + 1)->flags & EX_F_CAP) && T(doc, k + 1)->kind == EX_WORD &&
                !(T(doc, k + 1)->cls & (EX_C_DET | EX_C_PRON))) {
                add(lb, k, NULL, false);
                continue;
            }
            if (t->low[0] == '(') {
                while (k + 1 < hi && !punct_is(doc, k, ')')) k++;
                continue;
            }
            if (t->low[0] == '%' && k > a && T(doc, k - 1)->kind == EX_NUM) {
                add(lb, k, NULL, false); /* "6%" */
                continue;
            }
            if (t->low[0] == '$' && k + 1 < hi && T(doc, k + 1)->kind == EX_NUM) {
                add(lb, k, NULL, false); /* "$4.2 million" */
                continue;
            }
            break;
        }
        if (t->kind == EX_WORD) {
            if ((t->cls & EX_C_REL) && !(t->cls & EX_C_DET)) break;
            if (!strcmp(t->low, "that")) break;
            bool next_timex = k + 1 < hi && T(doc, k + 1)->timex >= 0;
            if ((t->cls & EX_C_SUBORD) && !next_timex) break;
            if (stop_word_at(doc, k)) break;
            if (t->cls & EX_C_REPORT) break;
            if ((t->cls & EX_C_CONJ) && k + 1 < hi &&
                (T(doc, k + 1)->cls & (EX_C_VERB | EX_C_SUBORD | EX_C_PRON | EX_C_AUX | EX_C_MODAL)))
                break;
            /* ("214 people were killed and 2,011 injured": after a count,
             * an -ed form is a participle, not the reported verb) */
            if ((t->cls & EX_C_VERB) && !(t->cls & (EX_C_BASE | EX_C_PARTICIPLE | EX_C_ING)) && k > a &&
                strcmp(T(doc, k - 1)->low, "to") != 0 && T(doc, k - 1)->kind != EX_NUM) {
                if (!reported) break;
                reported = false;
                char vb[40];
                if (ex_lex_present(t->low, vb, sizeof vb)) {
                    add(lb, k, vb, false);
                    words++;
                    continue;
                }
            }
            if (is_ly_adverb(t) || (t->cls & EX_C_FILLER)) continue;
        }
        add(lb, k, NULL, false);
        words++;
    }
}

/* Title runs and places: "Italian Foreign Minister Enzo Moavero Milanesi"
 * -> "Italian FM Milanesi"; a subject "Libya's Prime Minister Fayez Serraj"
 * -> "Serraj"; "former leader Gaddafi's" -> "Gaddafi's"; "the Libyan
 * capital Tripoli" -> "Tripoli". */
static void shorten(const ex_doc *doc, label *lb)
{
    item *it = lb->it;
    int n = lb->n;
    /* Articles. */
    for (int i = 0; i < n; i++) {
        const ex_token *t = T(doc, it[i].tok);
        if (t->kind == EX_WORD && (!strcmp(t->low, "the") || !strcmp(t->low, "a") || !strcmp(t->low, "an")))
            it[i].drop = true;
        /* "more than a million" keeps its article. */
        if (it[i].drop && i > 0 && !strcmp(t->low, "a") && !strcmp(T(doc, it[i - 1].tok)->low, "than"))
            it[i].drop = false;
    }
    /* Participles used as adjectives before a name: "the visiting minister". */
    for (int i = 0; i + 1 < n; i++) {
        const ex_token *t = T(doc, it[i].tok), *nx = T(doc, it[i + 1].tok);
        size_t l = strlen(t->low);
        if (t->kind == EX_WORD && !(t->flags & EX_F_CAP) && l > 5 && !strcmp(t->low + l - 3, "ing") &&
            !(t->cls & EX_C_VERB) && nx->kind == EX_WORD && (nx->flags & EX_F_CAP) && i > 0 &&
            T(doc, it[i - 1].tok)->kind == EX_WORD && (T(doc, it[i - 1].tok)->cls & EX_C_DET))
            it[i].drop = true;
    }
    /* Place appositions. */
    for (int i = 0; i + 1 < n; i++) {
        const ex_token *t = T(doc, it[i].tok), *nx = T(doc, it[i + 1].tok);
        if ((t->cls & EX_C_PLACE_NOUN) && !(t->flags & EX_F_CAP) && nx->kind == EX_WORD &&
            (nx->flags & EX_F_CAP) && !(nx->cls & EX_C_TITLE)) {
            for (int j = i; j >= 0; j--) {
                const ex_token *q = T(doc, it[j].tok);
                if (q->kind != EX_WORD || (q->cls & (EX_C_PREP | EX_C_VERB)) || (q->flags & EX_F_POSS)) break;
                it[j].drop = true;
            }
        }
    }
    /* Runs of titles and names. */
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n) {
            const ex_token *t = T(doc, it[j].tok);
            if (it[j].drop) {
                j++;
                continue;
            }
            bool cap = t->kind == EX_WORD && (t->flags & EX_F_CAP);
            bool title = t->kind == EX_WORD && (t->cls & EX_C_TITLE);
            if (!cap && !title) break;
            j++;
            if (t->flags & EX_F_POSS) break;
        }
        if (j - i < 2) {
            i = j > i ? j : i + 1;
            continue;
        }
        int last_title = -1, last = -1;
        for (int k = i; k < j; k++) {
            if (it[k].drop) continue;
            if (T(doc, it[k].tok)->cls & EX_C_TITLE) last_title = k;
            last = k;
        }
        bool names_after = last_title >= 0 && last > last_title;
        if (names_after) {
            const ex_token *lt = T(doc, it[last].tok);
            bool heads_subject = it[last].subject;
            for (int k = 0; k < i && heads_subject; k++) {
                const ex_token *q = T(doc, it[k].tok);
                if (!it[k].subject || it[k].drop) continue;
                if (q->kind == EX_WORD && !(q->flags & (EX_F_CAP | EX_F_POSS | EX_F_HYPHEN)) && !(q->cls & EX_C_DET))
                    heads_subject = false;
            }
            if (heads_subject && !(lt->flags & EX_F_POSS)) {
                /* The subject becomes the surname alone. */
                for (int k = 0; k < n; k++)
                    if (it[k].subject && k != last) it[k].drop = true;
            } else if (lt->flags & EX_F_POSS) {
                for (int k = i; k < last; k++) it[k].drop = true;
            } else {
                for (int k = last_title + 1; k < last; k++) it[k].drop = true;
                for (int k = i; k < last_title; k++) {
                    const ex_token *a = T(doc, it[k].tok), *b = T(doc, it[k + 1].tok);
                    const char *ab = ex_lex_title_abbrev(a->low, b->low);
                    if (ab && !it[k].drop) {
                        snprintf(it[k].repl, sizeof it[k].repl, "%s", ab);
                        it[k + 1].drop = true;
                    }
                }
            }
        }
        i = j;
    }
    /* "Its fighters shelled": the possessive goes. */
    for (int k = 0; k < n; k++) {
        if (it[k].drop) continue;
        const ex_token *t = T(doc, it[k].tok);
        if (it[k].subject && t->kind == EX_WORD && (!strcmp(t->low, "its") || !strcmp(t->low, "their")) &&
            k + 1 < n && it[k + 1].subject)
            it[k].drop = true;
        break;
    }
    /* A described name in subject position: "German chemicals group
     * Tellbrook AG" -> "Tellbrook", "Estonia's opposition Unity Party" ->
     * "Unity Party". */
    int s0 = -1, s1 = -1;
    for (int k = 0; k < n; k++)
        if (it[k].subject && !it[k].drop) {
            if (s0 < 0) s0 = k;
            s1 = k + 1;
        }
    if (s0 < 0) return;
    int r = s1;
    while (r - 1 >= s0 && !it[r - 1].drop) {
        const ex_token *t = T(doc, it[r - 1].tok);
        if (t->kind != EX_WORD || !(t->flags & EX_F_CAP) || (t->flags & EX_F_POSS) || (t->cls & EX_C_TITLE)) break;
        r--;
    }
    bool descriptor = false, plain = r > s0 && r < s1;
    for (int k = s0; k < r && plain; k++) {
        const ex_token *t = T(doc, it[k].tok);
        if (it[k].drop) continue;
        if (t->kind != EX_WORD || (t->cls & (EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_PRON | EX_C_TITLE)))
            plain = false;
        else if (!(t->flags & EX_F_CAP) && !(t->cls & EX_C_DET))
            descriptor = true;
    }
    if (!plain || !descriptor) return;
    for (int k = s0; k < r; k++) it[k].drop = true;
    /* The legal form goes when a name remains: "Tellbrook AG" -> "Tellbrook". */
    static const char *const FORMS[] = {"ag", "asa", "sa", "inc.", "inc", "ltd", "ltd.", "plc", "corp.", "corp",
                                        "nv", "n.v.", "gmbh", "ab", "spa", "llc"};
    const ex_token *lt = T(doc, it[s1 - 1].tok);
    for (size_t k = 0; s1 - 1 > r && k < sizeof FORMS / sizeof *FORMS; k++)
        if (!strcmp(lt->low, FORMS[k])) it[s1 - 1].drop = true;
}

static bool is_function_item(const ex_doc *doc, const item *it)
{
    const ex_token *t = T(doc, it->tok);
    if (it->repl[0]) return false;
    if (t->kind == EX_PUNCT) return true;
    return (t->cls & (EX_C_PREP | EX_C_DET | EX_C_CONJ | EX_C_REL | EX_C_SUBORD)) != 0 ||
           !strcmp(t->low, "to");
}

/* Keeps at most MAX_WORDS words, cutting before a preposition where that
 * still leaves four words, and never ending on a function word. */
static void limit_words(const ex_doc *doc, label *lb)
{
    int total = 0, subj = 0, verb = -1;
    for (int i = 0; i < lb->n; i++) {
        if (lb->it[i].drop || T(doc, lb->it[i].tok)->kind == EX_PUNCT) continue;
        total++;
        if (lb->it[i].subject) subj++;
        else if (verb < 0) verb = i;
    }
    if (total > MAX_WORDS && subj > 5) {
        /* A long subject loses its prepositional phrases ("Presidents
         * Kuchma of Ukraine and Yeltsin of Russia"), then its tail. */
        for (int i = 0; i < lb->n; i++) {
            if (!lb->it[i].subject || lb->it[i].drop) continue;
            const ex_token *t = T(doc, lb->it[i].tok);
            if (t->kind == EX_WORD && (t->cls & EX_C_PREP) && !(t->flags & EX_F_CAP)) {
                int j = i + 1;
                while (j < lb->n && lb->it[j].subject && T(doc, lb->it[j].tok)->kind == EX_WORD &&
                       ((T(doc, lb->it[j].tok)->flags & EX_F_CAP) || (T(doc, lb->it[j].tok)->cls & EX_C_DET)))
                    j++;
                if (j > i + 1)
                    for (int k = i; k < j; k++) lb->it[k].drop = true;
            }
        }
        int kept = 0;
        for (int i = 0; i < lb->n; i++)
            if (lb->it[i].subject && !lb->it[i].drop && T(doc, lb->it[i].tok)->kind != EX_PUNCT && ++kept > 6)
                lb->it[i].drop = true;
    }
    int words = 0, cut = -1, last_prep = -1;
    for (int i = 0; i < lb->n; i++) {
        if (lb->it[i].drop) continue;
        const ex_token *t = T(doc, lb->it[i].tok);
        if (t->kind == EX_PUNCT) continue;
        words++;
        if ((t->cls & EX_C_PREP) && words > 4 && i > verb) last_prep = i;
        if (words > MAX_WORDS) {
            cut = last_prep >= 0 ? last_prep : i;
            if (cut <= verb) cut = verb + 1;
            break;
        }
    }
    if (cut >= 0) lb->n = cut;
    while (lb->n > 1 && (lb->it[lb->n - 1].drop || is_function_item(doc, &lb->it[lb->n - 1]))) {
        /* A particle right after the verb stays: "takes over", "steps down". */
        const ex_token *t = T(doc, lb->it[lb->n - 1].tok);
        const item *pv = &lb->it[lb->n - 2];
        static const char *const PART[] = {"over", "up", "down", "out", "off", "back", "away", "in"};
        bool particle = false;
        for (size_t k = 0; k < sizeof PART / sizeof *PART; k++)
            if (!strcmp(t->low, PART[k])) particle = true;
        if (particle && !lb->it[lb->n - 1].drop && (T(doc, pv->tok)->cls & EX_C_VERB) && pv->tok == lb->it[lb->n - 1].tok - 1)
            break;
        lb->n--;
    }
    if (lb->n == 1 && (lb->it[0].drop || is_function_item(doc, &lb->it[0]))) lb->n = 0;
}

static size_t render(const ex_doc *doc, const label *lb, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < lb->n; i++) {
        const item *it = &lb->it[i];
        if (it->drop) continue;
        const ex_token *t = T(doc, it->tok);
        const char *s = it->repl[0] ? it->repl : doc->text + t->start;
        size_t n = it->repl[0] ? strlen(it->repl) : t->end - t->start;
        if (o == 0 && t->kind == EX_WORD && !it->repl[0] && (t->cls & (EX_C_CONJ | EX_C_SUBORD)) &&
            !(t->cls & EX_C_PREP))
            continue;
        bool glue = t->kind == EX_PUNCT && !it->repl[0] && (t->low[0] == ',' || t->low[0] == ')' || t->low[0] == '%');
        bool after_dollar = i > 0 && !lb->it[i - 1].drop && T(doc, lb->it[i - 1].tok)->kind == EX_PUNCT &&
                            T(doc, lb->it[i - 1].tok)->low[0] == '$';
        if (o > 0 && !glue && !after_dollar && o + 1 < size) buf[o++] = ' ';
        /* "Born" at the start of its sentence is "born" inside a label. */
        bool lower_first = o > 0 && (t->flags & EX_F_SENT_START) && t->kind == EX_WORD &&
                           !(t->flags & EX_F_UPPER) && (t->cls & (EX_C_VERB | EX_C_EVNOUN | EX_C_ING | EX_C_DET)) &&
                           n > 0 && s[0] >= 'A' && s[0] <= 'Z';
        for (size_t k = 0; k < n && o + 1 < size; k++) {
            char c = s[k];
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            if (k == 0 && lower_first) c = (char)(c - 'A' + 'a');
            buf[o++] = c;
        }
        buf[o] = '\0';
    }
    if (o > 0 && buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
    return o;
}

static int count_words(const ex_doc *doc, const label *lb)
{
    int w = 0;
    for (int i = 0; i < lb->n; i++)
        if (!lb->it[i].drop && T(doc, lb->it[i].tok)->kind != EX_PUNCT) w++;
    return w;
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
static bool subject_plural(const ex_doc *doc, const label *lb)
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
    return plural_subject(doc, lb->it[head].tok);
}

/* Does the comma at c close a relative clause ("who brokered the truce,")? */
static bool closes_relative(const ex_doc *doc, int c)
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
    int a = subject_start(doc, r);
    add_subject(doc, lb, a, r);
    if (lb->n > first || r < 2 || !(T(doc, r - 1)->kind == EX_PUNCT && T(doc, r - 1)->low[0] == ',')) return;
    for (int k = r - 2; k > doc->sents[T(doc, r)->sent].tok_first; k--)
        if (punct_is(doc, k, ',')) {
            add_subject(doc, lb, subject_start(doc, k - 1), k);
            return;
        }
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
    int a = subject_start(doc, ev);
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
    add_subject(doc, lb, a, ev);
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
            add_subject(doc, lb, subject_start(doc, rel - 1), rel);
        }
    }
    drop_expletive_it(doc, lb, first);
    if (lb->n == first && ev >= 2 && punct_is(doc, ev - 1, ',') && T(doc, ev - 2)->kind == EX_WORD &&
        !(T(doc, ev - 2)->cls & (EX_C_VERB | EX_C_PRON | EX_C_REL | EX_C_PREP | EX_C_CONJ)) &&
        (T(doc, ev)->cls & EX_C_PAST) && !(T(doc, ev)->cls & EX_C_PARTICIPLE) &&
        (T(doc, ev)->flags & EX_F_SENT_START) == 0 && T(doc, ev - 2)->timex < 0 &&
        !(T(doc, ev)->cls & EX_C_REPORT) && T(doc, ev - 2)->clause == T(doc, ev - 1)->clause - 0 &&
        !closes_relative(doc, ev - 1)) {
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
            add_np_before(doc, lb, ev - 1, 3);
            add(lb, ev, NULL, false);
            add_object(doc, lb, ev + 1);
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
        if (open > 0) add_subject(doc, lb, subject_start(doc, open - 1), open);
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
            add_subject(doc, lb, subject_start(doc, q - 2), q - 1);
    }
    if (lb->n == first && rel >= 0) {
        /* "..., which seized" / "the uprising that toppled": the antecedent. */
        int e = rel;
        if (e > 0 && punct_is(doc, e - 1, ',')) e--;
        add_np_before(doc, lb, e, 3);
    }
    if (lb->n == first) {
        /* "... and discussed": the subject of an earlier verb of the sentence. */
        int s = T(doc, ev)->sent;
        for (int k = doc->sents[s].tok_first; k < ev && lb->n == first; k++)
            if ((T(doc, k)->cls & EX_C_VERB) && ex_is_event_tok(doc, k)) add_subject(doc, lb, subject_start(doc, k), k);
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
                add_subject(doc, lb, c + 1, k);
                break;
            }
        for (int i = first; i < lb->n; i++) lb->it[i].subject = true;
        if (lb->n > first) {
            /* Headline order: subject first, then the participle. */
            char vb[40];
            verb_form(doc, ev, false, vb, sizeof vb);
            add(lb, ev, vb, false);
            add_object(doc, lb, ev + 1);
            return;
        }
    }
    if (lb->n == first && T(doc, ev)->sent > 0) {
        /* No subject at all: the previous sentence's, when it has one. */
        const ex_sentence *ps = &doc->sents[T(doc, ev)->sent - 1];
        for (int k = ps->tok_first; k < ps->tok_end; k++) {
            if (!(T(doc, k)->cls & EX_C_VERB) || !ex_is_event_tok(doc, k)) continue;
            int a2 = subject_start(doc, k);
            if (a2 < k && !(T(doc, a2)->cls & (EX_C_PRON | EX_C_REL))) add_subject(doc, lb, a2, k);
            break;
        }
    }
    if (lb->n == first + 1 && (T(doc, lb->it[first].tok)->cls & EX_C_PRON))
        resolve_pronoun(doc, lb, first, lb->it[first].tok);
    lb->plural = lb->plural || subject_plural(doc, lb);
    char vb[40];
    verb_form(doc, ev, lb->plural, vb, sizeof vb);
    add(lb, ev, absolute || participle ? NULL : vb, false);
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
    add_object_from(doc, lb, from, reported);
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
        add(lb, lb->place, NULL, false);
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
    for (int k = a; k <= ev; k++) add(lb, k, NULL, true);
    int k = ev + 1;
    if (k + 1 < hi && T(doc, k)->kind == EX_WORD && (T(doc, k)->cls & EX_C_PREP) && T(doc, k + 1)->timex < 0) {
        int j = k + 1;
        if (T(doc, j)->cls & EX_C_DET) j++;
        if (j < hi && T(doc, j)->kind == EX_WORD && (T(doc, j)->flags & EX_F_CAP)) {
            add(lb, k, NULL, false);
            for (int q = k + 1; q < j; q++) add(lb, q, NULL, false);
            bool lower_head = false;
            while (j < hi) {
                const ex_token *t = T(doc, j);
                if (t->kind == EX_WORD && (t->flags & EX_F_CAP)) {
                    add(lb, j, NULL, false);
                    j++;
                } else if (!lower_head && t->kind == EX_WORD && !(t->flags & EX_F_CAP) && t->timex < 0 &&
                           !(t->cls & (EX_C_PREP | EX_C_VERB | EX_C_CONJ | EX_C_REL | EX_C_SUBORD | EX_C_DET |
                                       EX_C_PRON | EX_C_AUX | EX_C_MODAL | EX_C_ING)) &&
                           (T(doc, j - 1)->flags & EX_F_CAP)) {
                    /* "bombings of U.S. embassies": the noun the names qualify. */
                    add(lb, j, NULL, false);
                    lower_head = true;
                    j++;
                } else if (lower_head && j + 1 < hi && t->kind == EX_WORD && (t->cls & EX_C_PREP) &&
                           (!strcmp(t->low, "in") || !strcmp(t->low, "of") || !strcmp(t->low, "at")) &&
                           (T(doc, j + 1)->flags & EX_F_CAP) && T(doc, j + 1)->kind == EX_WORD) {
                    add(lb, j, NULL, false);
                    lower_head = false;
                    j++;
                } else if (j + 1 < hi && (punct_is(doc, j, ',') || !strcmp(t->low, "and") || !strcmp(t->low, "of")) &&
                           (T(doc, j + 1)->flags & EX_F_CAP) && T(doc, j + 1)->kind == EX_WORD) {
                    add(lb, j, NULL, false);
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
                add(lb, k, NULL, false);
                while (q < hi && taken < 3 && T(doc, q)->kind == EX_WORD && T(doc, q)->timex < 0 &&
                       !(T(doc, q)->cls & (EX_C_PREP | EX_C_VERB | EX_C_REL | EX_C_CONJ | EX_C_SUBORD))) {
                    add(lb, q, NULL, false);
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
        verb_form(doc, r + 1, plural_subject(doc, ev), vb, sizeof vb);
        add(lb, r + 1, vb, false);
        add_object(doc, lb, r + 2);
    } else if (r == k && r < hi && (T(doc, r)->cls & EX_C_VERB) && !(T(doc, r)->cls & (EX_C_REPORT | EX_C_BASE))) {
        char vb[40];
        verb_form(doc, r, plural_subject(doc, ev), vb, sizeof vb);
        add(lb, r, vb, false);
        add_object(doc, lb, r + 1);
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
    shorten(doc, &lb);
    limit_words(doc, &lb);
    size_t n = render(doc, &lb, buf, size);
    if (count_words(doc, &lb) < 2 && skip_tx >= 0 && skip_tx < doc->n_timexes &&
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
