/* ex_label_words.c: the rest of an event's label: the verb's object, the
 * words dropped or shortened (articles, attributions, long names), the
 * limit of MAX_WORDS words, and the final text.  Works on the label under
 * construction (ex_label.h). */
#include <stdio.h>
#include <string.h>

#include "events/extract/ex_label.h"

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

void ex_lb_add_object(const ex_doc *doc, label *lb, int a) { ex_lb_add_object_from(doc, lb, a, false); }

/* As add_object; with reported set, a is the start of a reported clause
 * ("said that the bank expected growth ..."), whose first verb stays. */
void ex_lb_add_object_from(const ex_doc *doc, label *lb, int a, bool reported)
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
                for (int q = k; q <= e; q++) ex_lb_add(lb, q, NULL, false);
                k = e;
                continue;
            }
            /* "lost a quarter of its value", "sentenced to seven years": a
             * duration that is the object, not the event's time span. */
            if (doc->timexes[t->timex].type == EL_TIMEX_DURATION && k > 0 && T(doc, k - 1)->kind == EX_WORD &&
                (!strcmp(T(doc, k - 1)->low, "to") || (nx && !strcmp(nx->low, "of")))) {
                for (int q = k; q <= e; q++) ex_lb_add(lb, q, NULL, false);
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
            /* "an engineer who testified on March 15 supported that
             * account": the main clause's verb after the relative clause */
            if (nx && nx->kind == EX_WORD && (nx->cls & EX_C_VERB) && (nx->cls & EX_C_PAST) &&
                !(nx->cls & (EX_C_PARTICIPLE | EX_C_BASE | EX_C_ING)) && !(nx->flags & EX_F_CAP))
                break;
            k = e;
            continue;
        }
        if (t->kind == EX_PUNCT) {
            if (t->low[0] == ',' && k > a && k + 1 < hi && (T(doc, k - 1)->flags & EX_F_CAP) &&
                (T(doc, k + 1)->flags & EX_F_CAP) && T(doc, k + 1)->kind == EX_WORD &&
                !(T(doc, k + 1)->cls & (EX_C_DET | EX_C_PRON))) {
                ex_lb_add(lb, k, NULL, false);
                continue;
            }
            if (t->low[0] == '(') {
                while (k + 1 < hi && !punct_is(doc, k, ')')) k++;
                continue;
            }
            if (t->low[0] == '%' && k > a && T(doc, k - 1)->kind == EX_NUM) {
                ex_lb_add(lb, k, NULL, false); /* "6%" */
                continue;
            }
            if (t->low[0] == '$' && k + 1 < hi && T(doc, k + 1)->kind == EX_NUM) {
                ex_lb_add(lb, k, NULL, false); /* "$4.2 million" */
                continue;
            }
            break;
        }
        if (t->kind == EX_WORD) {
            if ((t->cls & EX_C_REL) && !(t->cls & EX_C_DET)) break;
            if (!strcmp(t->low, "that") && !ex_that_is_determiner(doc, k)) break;
            bool next_timex = k + 1 < hi && T(doc, k + 1)->timex >= 0;
            if ((t->cls & EX_C_SUBORD) && !next_timex) break;
            if (stop_word_at(doc, k)) break;
            if (t->cls & EX_C_REPORT) break;
            if ((t->cls & EX_C_CONJ) && k + 1 < hi &&
                (T(doc, k + 1)->cls & (EX_C_VERB | EX_C_SUBORD | EX_C_PRON | EX_C_AUX | EX_C_MODAL)))
                break;
            /* "and then left", "and first asked": a second verb after an adverb */
            if ((t->cls & EX_C_CONJ) && k + 2 < hi && (T(doc, k + 2)->cls & EX_C_VERB) &&
                ex_is_clause_adverb(T(doc, k + 1)))
                break;
            /* ("214 people were killed and 2,011 injured": after a count,
             * an -ed form is a participle, not the reported verb) */
            if ((t->cls & EX_C_VERB) && !(t->cls & (EX_C_BASE | EX_C_PARTICIPLE | EX_C_ING)) && k > a &&
                strcmp(T(doc, k - 1)->low, "to") != 0 && T(doc, k - 1)->kind != EX_NUM) {
                if (!reported) break;
                reported = false;
                char vb[40];
                if (ex_lex_present(t->low, vb, sizeof vb)) {
                    ex_lb_add(lb, k, vb, false);
                    words++;
                    continue;
                }
            }
            if (is_ly_adverb(t) || (t->cls & EX_C_FILLER)) continue;
        }
        ex_lb_add(lb, k, NULL, false);
        words++;
    }
}

/* Title runs and places: "Italian Foreign Minister Enzo Moavero Milanesi"
 * -> "Italian FM Milanesi"; a subject "Libya's Prime Minister Fayez Serraj"
 * -> "Serraj"; "former leader Gaddafi's" -> "Gaddafi's"; "the Libyan
 * capital Tripoli" -> "Tripoli". */
void ex_lb_shorten(const ex_doc *doc, label *lb)
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
    if (t->kind == EX_PUNCT) return t->low[0] != '%'; /* "rise by 5 %" keeps its sign */
    return (t->cls & (EX_C_PREP | EX_C_DET | EX_C_CONJ | EX_C_REL | EX_C_SUBORD)) != 0 ||
           !strcmp(t->low, "to");
}

/* Keeps at most MAX_WORDS words, cutting before a preposition where that
 * still leaves four words, and never ending on a function word. */
void ex_lb_limit_words(const ex_doc *doc, label *lb)
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

size_t ex_lb_render(const ex_doc *doc, const label *lb, char *buf, size_t size)
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
        /* nor with the verb of a report whose subject was left out ("said
         * about 20,000 people reached Tuzla" -> "About 20,000 people ...") */
        if (o == 0 && t->kind == EX_WORD && (t->cls & EX_C_REPORT) && i + 1 < lb->n)
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

int ex_lb_count_words(const ex_doc *doc, const label *lb)
{
    int w = 0;
    for (int i = 0; i < lb->n; i++)
        if (!lb->it[i].drop && T(doc, lb->it[i].tok)->kind != EX_PUNCT) w++;
    return w;
}
