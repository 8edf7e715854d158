/* ex_doc.c: the extractor's own light tokenizer, sentence splitter and
 * clause marker, and the word classes each token gets. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_internal.h"

static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Length of a UTF-8 punctuation sequence we treat specially at p (curly
 * quotes, apostrophes, dashes), or 0.  *apos is set for a right single
 * quote, which works as an apostrophe inside words. */
static size_t special_punct(const char *p, size_t left, bool *apos)
{
    const unsigned char *u = (const unsigned char *)p;
    *apos = false;
    if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
        (u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9C || u[2] == 0x9D ||
         u[2] == 0x93 || u[2] == 0x94)) {
        *apos = u[2] == 0x99;
        return 3;
    }
    return 0;
}

/* Word continuation byte: letters, digits and non-ASCII bytes that are not
 * one of the special punctuation sequences. */
static bool word_byte(const char *t, size_t len, size_t i)
{
    unsigned char c = (unsigned char)t[i];
    bool apos;
    if (is_alpha(c) || is_digit(c)) return true;
    if (c >= 0x80) return special_punct(t + i, len - i, &apos) == 0;
    return false;
}

/* Abbreviations that keep their dot and never end a sentence by themselves. */
static const char *const ABBREV_TITLES[] = {
    "adm", "apr", "aug", "capt", "cmdr", "col", "corp", "cpl", "dec", "dr", "feb",
    "fig", "fla", "gen", "gov", "jan", "jr", "jul", "jun", "lt", "maj", "mar", "mr",
    "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept",
    "rs", "sgt", "sr", "st", "vs"
};
/* Abbreviations that may also end a sentence. */
static const char *const ABBREV_FINAL[] = {
    "co", "etc", "inc", "ltd", "plc"
};

static bool in_list(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], w) == 0) return true;
    return false;
}

static void lower_copy(char *dst, size_t size, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < size; i++) {
        unsigned char c = (unsigned char)s[i];
        dst[k++] = (char)(is_upper(c) ? c - 'A' + 'a' : c);
    }
    dst[k] = '\0';
}

/* Tokens being made, and their lower-case forms back to back in pool (in
 * token order; the tokens point into it once it stops growing). */
typedef struct tok_vec {
    ex_token *v;
    int n, cap;
    char *pool;
    size_t pool_len, pool_cap;
} tok_vec;

/* Appends the lower-case form of the last token to the pool; 0 or -1. */
static int low_push(tok_vec *tv, const char *low)
{
    size_t n = strlen(low) + 1;
    if (tv->pool_len + n > tv->pool_cap) {
        size_t nc = tv->pool_cap ? tv->pool_cap * 2 : 4096;
        while (nc < tv->pool_len + n) nc *= 2;
        char *p = realloc(tv->pool, nc);
        if (!p) return -1;
        tv->pool = p;
        tv->pool_cap = nc;
    }
    memcpy(tv->pool + tv->pool_len, low, n);
    tv->pool_len += n;
    return 0;
}

/* Points every token at its form in the finished pool. */
static void low_link(tok_vec *tv)
{
    size_t off = 0;
    for (int i = 0; i < tv->n; i++) {
        tv->v[i].low = tv->pool + off;
        off += strlen(tv->pool + off) + 1;
    }
}

static ex_token *tok_push(tok_vec *tv)
{
    if (tv->n == tv->cap) {
        int nc = tv->cap ? tv->cap * 2 : 256;
        if ((size_t)nc > SIZE_MAX / sizeof(ex_token)) return NULL;
        ex_token *nv = realloc(tv->v, (size_t)nc * sizeof(ex_token));
        if (!nv) return NULL;
        tv->v = nv;
        tv->cap = nc;
    }
    ex_token *t = &tv->v[tv->n++];
    memset(t, 0, sizeof *t);
    t->timex = -1;
    return t;
}

/* Scans one word starting at i; returns its end and sets flags.  Handles
 * internal hyphens and apostrophes, dotted abbreviations ("U.S.") and title
 * abbreviations ("Gen."). */
static size_t scan_word(const char *t, size_t len, size_t i, unsigned *flags, char *low,
                        size_t low_size)
{
    size_t s = i;
    *flags = 0;
    while (i < len) {
        if (word_byte(t, len, i)) {
            i++;
            continue;
        }
        unsigned char c = (unsigned char)t[i];
        bool apos = false;
        size_t sp = special_punct(t + i, len - i, &apos);
        if ((c == '-' || c == '\'' || apos) && i + (sp ? sp : 1) < len &&
            word_byte(t, len, i + (sp ? sp : 1))) {
            if (c == '-') *flags |= EX_F_HYPHEN;
            i += sp ? sp : 1;
            continue;
        }
        /* A decimal inside a word: "magnitude-6.8" */
        if ((c == '.' || c == ',') && i > s && i + 1 < len && is_digit((unsigned char)t[i - 1]) &&
            is_digit((unsigned char)t[i + 1])) {
            i++;
            continue;
        }
        /* Dotted abbreviation: a single letter, a dot, a letter ("U.S."). */
        if (c == '.' && i + 1 < len && is_alpha((unsigned char)t[i + 1]) && i - s == 1) {
            i++;
            continue;
        }
        if (c == '.' && i + 1 < len && is_alpha((unsigned char)t[i + 1]) && i >= 2 &&
            t[i - 2] == '.') {
            i++;
            continue;
        }
        break;
    }
    size_t e = i;
    /* Possessive: word's, words' */
    size_t body = e - s;
    bool poss = false;
    if (body > 2 && (t[e - 1] == 's' || t[e - 1] == 'S') && t[e - 2] == '\'') {
        body -= 2;
        poss = true;
    } else if (body > 4 && t[e - 1] == 's' && (unsigned char)t[e - 2] == 0x99 &&
               (unsigned char)t[e - 3] == 0x80 && (unsigned char)t[e - 4] == 0xE2) {
        body -= 4;
        poss = true;
    } else if (e < len && t[e] == '\'' && t[e - 1] == 's' &&
               !(e + 1 < len && is_alpha((unsigned char)t[e + 1]))) {
        poss = true;
        e++;
    }
    lower_copy(low, low_size, t + s, body);
    if (poss) *flags |= EX_F_POSS;
    if (is_upper((unsigned char)t[s])) *flags |= EX_F_CAP;
    if (body >= 2) {
        bool up = true;
        for (size_t k = s; k < s + body; k++)
            if (is_lower((unsigned char)t[k])) up = false;
        if (up && is_upper((unsigned char)t[s])) *flags |= EX_F_UPPER;
    }
    /* Trailing abbreviation dot. */
    if (!poss && e < len && t[e] == '.') {
        bool dotted = memchr(t + s, '.', e - s) != NULL;
        bool single = (e - s == 1) && is_upper((unsigned char)t[s]);
        if (dotted || single || in_list(ABBREV_TITLES, sizeof ABBREV_TITLES / sizeof *ABBREV_TITLES, low) ||
            in_list(ABBREV_FINAL, sizeof ABBREV_FINAL / sizeof *ABBREV_FINAL, low)) {
            e++;
            *flags |= EX_F_ABBR;
        }
    }
    return e;
}

/* Splits text into tokens.  Paragraph breaks are recorded as a flag on the
 * next token through *para_breaks (a parallel byte array). */
static int tokenize(const char *t, size_t from, size_t len, size_t skip_start, size_t skip_end, tok_vec *tv,
                    unsigned char **brk)
{
    size_t i = from;
    int pending_break = 0; /* 1: sentence break, 2: paragraph break */
    size_t line_start = i;
    unsigned char *br = NULL;
    int br_cap = 0;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (i >= skip_start && i < skip_end) {
            /* The dateline: no tokens, and a sentence break after it. */
            i = skip_end;
            pending_break = 2;
            continue;
        }
        if (is_space(c)) {
            if (c == '\n') {
                size_t j = i + 1;
                while (j < len && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) j++;
                if (j < len && t[j] == '\n') {
                    pending_break = 2;
                } else if (tv->n > 0 && pending_break < 1) {
                    /* A single newline ends a sentence unless the line
                     * clearly runs on (lower-case word, comma) and is as
                     * long as wrapped text; a short line is a headline. */
                    unsigned char p = (unsigned char)t[tv->v[tv->n - 1].end - 1];
                    bool runs_on = is_lower(p) || p == ',' || p == ';' || p == ':' || p == '-' || p == '(';
                    bool next_upper = j < len && (is_upper((unsigned char)t[j]) || t[j] == '"');
                    if (!runs_on || (next_upper && i - line_start < 50)) pending_break = 1;
                }
                line_start = i + 1;
            }
            i++;
            continue;
        }
        ex_token *tk = tok_push(tv);
        if (!tk) goto oom;
        if (tv->n > br_cap) {
            int nc = br_cap ? br_cap * 2 : 256;
            unsigned char *nb = realloc(br, (size_t)nc);
            if (!nb) goto oom;
            br = nb;
            br_cap = nc;
        }
        br[tv->n - 1] = (unsigned char)pending_break;
        pending_break = 0;
        tk->start = i;
        char low[EX_LOW_MAX] = "";
        bool apos;
        size_t sp = special_punct(t + i, len - i, &apos);
        if (is_alpha(c) || (c >= 0x80 && sp == 0)) {
            tk->kind = EX_WORD;
            unsigned fl = tk->flags;
            i = scan_word(t, len, i, &fl, low, sizeof low);
            tk->flags = fl & 0xFFu;
        } else if (is_digit(c)) {
            /* Numbers: digits with inner , . : / and trailing letters (1990s). */
            tk->kind = EX_NUM;
            size_t j = i;
            while (j < len) {
                unsigned char d = (unsigned char)t[j];
                if (is_digit(d) || is_alpha(d)) j++;
                else if (d == '-' && j + 1 < len && (is_alpha((unsigned char)t[j + 1]) || is_digit((unsigned char)t[j + 1])))
                    j++;
                else if ((d == ',' || d == '.' || d == ':' || d == '/') && j + 1 < len &&
                         is_digit((unsigned char)t[j + 1]))
                    j++;
                else if (d == '\'' && j + 1 < len && t[j + 1] == 's') {
                    j += 2;
                    tk->flags |= EX_F_POSS;
                } else
                    break;
            }
            lower_copy(low, sizeof low, t + i, j - i);
            i = j;
        } else {
            tk->kind = EX_PUNCT;
            size_t n = sp ? sp : 1;
            if (c == '-' && i + 1 < len && t[i + 1] == '-') n = 2;
            if (sp) {
                const unsigned char *u = (const unsigned char *)t + i;
                low[0] = (u[2] == 0x93 || u[2] == 0x94) ? '-' : (u[2] <= 0x99 ? '\'' : '"');
                low[1] = '\0';
            } else {
                lower_copy(low, sizeof low, t + i, n);
            }
            i += n;
        }
        tk->end = i;
        if (low_push(tv, low) < 0) goto oom;
    }
    low_link(tv);
    *brk = br;
    return 0;
oom:
    free(br);
    *brk = NULL;
    return -1;
}

static bool is_end_punct(const ex_token *t)
{
    return t->kind == EX_PUNCT && (t->low[0] == '.' || t->low[0] == '!' || t->low[0] == '?');
}

static bool is_close_punct(const ex_token *t)
{
    return t->kind == EX_PUNCT && (t->low[0] == '"' || t->low[0] == '\'' || t->low[0] == ')');
}

/* Can token t start a sentence after a full stop? */
static bool starts_sentence(const char *text, const ex_token *t)
{
    unsigned char c = (unsigned char)text[t->start];
    if (t->kind == EX_NUM) return true;
    if (t->kind == EX_PUNCT)
        return t->low[0] == '"' || t->low[0] == '\'' || t->low[0] == '(' || t->low[0] == '`';
    return is_upper(c) || c >= 0x80;
}

#define MAX_SENT_TOKENS 200

typedef struct sent_vec {
    ex_sentence *v;
    int n, cap;
} sent_vec;

static int sent_push(sent_vec *sv, int first, int end, int para)
{
    if (first >= end) return 0;
    if (sv->n == sv->cap) {
        int nc = sv->cap ? sv->cap * 2 : 64;
        ex_sentence *nv = realloc(sv->v, (size_t)nc * sizeof(ex_sentence));
        if (!nv) return -1;
        sv->v = nv;
        sv->cap = nc;
    }
    ex_sentence *s = &sv->v[sv->n++];
    s->tok_first = first;
    s->tok_end = end;
    s->paragraph = para;
    return 0;
}

/* Splits the tokens into sentences: at . ! ? (with closing quotes) before a
 * token that can start a sentence, at line breaks marked by the tokenizer,
 * and after sentence-final abbreviations ("Inc.") followed by a capital. */
static int split_sentences(ex_doc *doc, const unsigned char *brk)
{
    sent_vec sv = {0};
    int para = 0, first = 0;
    for (int i = 0; i < doc->n_toks; i++) {
        if (i > first && brk[i]) {
            if (sent_push(&sv, first, i, para) < 0) goto oom;
            first = i;
        }
        if (brk[i] == 2 && i > 0) para++;
        const ex_token *t = &doc->toks[i];
        bool end_here = false;
        int last = i;
        if (is_end_punct(t)) {
            while (last + 1 < doc->n_toks && (is_end_punct(&doc->toks[last + 1]) ||
                                              is_close_punct(&doc->toks[last + 1])) &&
                   !brk[last + 1])
                last++;
            end_here = last + 1 >= doc->n_toks || brk[last + 1] ||
                       starts_sentence(doc->text, &doc->toks[last + 1]);
        } else if ((t->flags & EX_F_ABBR) && i + 1 < doc->n_toks) {
            /* "... in the U.S. The next day" */
            const ex_token *n = &doc->toks[i + 1];
            bool title = in_list(ABBREV_TITLES, sizeof ABBREV_TITLES / sizeof *ABBREV_TITLES, t->low);
            unsigned nc = ex_lex_class(n->low);
            if (!title && strlen(t->low) > 1 && (n->flags & EX_F_CAP) &&
                (nc & (EX_C_DET | EX_C_PRON)))
                end_here = true;
        }
        /* A run-on "sentence" (lists, tables, text without stops) is cut
         * at a comma after MAX_SENT_TOKENS tokens, or anywhere at twice
         * that, so that work per sentence stays bounded. */
        if (!end_here && i - first >= MAX_SENT_TOKENS &&
            ((t->kind == EX_PUNCT && (t->low[0] == ',' || t->low[0] == ';')) || i - first >= 2 * MAX_SENT_TOKENS))
            end_here = true;
        if (end_here) {
            if (sent_push(&sv, first, last + 1, para) < 0) goto oom;
            first = last + 1;
            i = last;
        }
    }
    if (sent_push(&sv, first, doc->n_toks, para) < 0) goto oom;
    for (int s = 0; s < sv.n; s++) {
        ex_sentence *se = &sv.v[s];
        se->start = doc->toks[se->tok_first].start;
        se->end = doc->toks[se->tok_end - 1].end;
        for (int k = se->tok_first; k < se->tok_end; k++) doc->toks[k].sent = s;
        doc->toks[se->tok_first].flags |= EX_F_SENT_START;
    }
    doc->sents = sv.v;
    doc->n_sents = sv.n;
    return 0;
oom:
    free(sv.v);
    return -1;
}

static bool is_be(const char *w)
{
    return !strcmp(w, "was") || !strcmp(w, "were") || !strcmp(w, "is") || !strcmp(w, "are") ||
           !strcmp(w, "be") || !strcmp(w, "been") || !strcmp(w, "being") || !strcmp(w, "am");
}

static bool is_have(const char *w)
{
    return !strcmp(w, "has") || !strcmp(w, "have") || !strcmp(w, "had") || !strcmp(w, "having");
}

bool ex_is_adverb(const ex_token *t)
{
    static const char *const NOT_ADV[] = {"ally", "anomaly", "apply", "assembly", "belly", "bully", "comply",
                                          "daily", "early", "family", "fly", "holy", "imply", "italy", "jelly",
                                          "july", "monopoly", "multiply", "only", "rally", "rely", "reply",
                                          "supply", "ugly", "weekly", "monthly", "yearly", "quarterly"};
    size_t n = strlen(t->low);
    if (t->kind != EX_WORD || n <= 3 || strcmp(t->low + n - 2, "ly") != 0) return false;
    if ((t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START)) return false;
    for (size_t k = 0; k < sizeof NOT_ADV / sizeof *NOT_ADV; k++)
        if (!strcmp(t->low, NOT_ADV[k])) return false;
    return true;
}

bool ex_is_verb_adverb(const char *w)
{
    return !strcmp(w, "first") || !strcmp(w, "once") || !strcmp(w, "twice") || !strcmp(w, "again") ||
           !strcmp(w, "last") || !strcmp(w, "never") || !strcmp(w, "ever");
}

/* Index of the previous word token in the same sentence skipping adverbs
 * (words ending in -ly, "not", "also"), or -1. */
static int prev_content(const ex_doc *doc, int i)
{
    int s = doc->toks[i].sent;
    for (int k = i - 1; k >= 0 && doc->toks[k].sent == s; k--) {
        const ex_token *t = &doc->toks[k];
        if (t->kind != EX_WORD) return k;
        if (ex_is_adverb(t) || (t->cls & (EX_C_NEG | EX_C_FILLER)) || ex_is_verb_adverb(t->low)) continue;
        return k;
    }
    return -1;
}

/* See ex_internal.h: a filler, an -ly adverb or "first". */
bool ex_is_clause_adverb(const ex_token *t)
{
    return (t->cls & EX_C_FILLER) || ex_is_adverb(t) || !strcmp(t->low, "first");
}

/* "that" after a verb that reports nothing, before a lower-case word
 * and then a preposition, a date, punctuation or the sentence's end:
 * "rejected that deal on Tuesday", "won that race in 2009".  After a
 * reporting verb, or before a verb, it opens a clause. */
bool ex_that_is_determiner(const ex_doc *doc, int i)
{
    const ex_token *t = &doc->toks[i];
    if (strcmp(t->low, "that") != 0 || i == 0 || i + 2 >= doc->n_toks) return false;
    const ex_token *pv = &doc->toks[i - 1], *nx = &doc->toks[i + 1], *after = &doc->toks[i + 2];
    if (!(pv->cls & EX_C_VERB) || (pv->cls & EX_C_REPORT) || nx->sent != t->sent) return false;
    /* "deal", "plan": a noun the verb guesser may have taken for a verb */
    if (nx->kind != EX_WORD || (nx->flags & EX_F_CAP) || nx->timex >= 0 ||
        (nx->cls & ~(EX_C_EVNOUN | EX_C_VERB | EX_C_BASE)) != 0)
        return false;
    /* "that" points at one thing: "show that sales of homes rose" */
    size_t n = strlen(nx->low);
    if (n > 3 && nx->low[n - 1] == 's' && nx->low[n - 2] != 's' && nx->low[n - 2] != 'u' && nx->low[n - 2] != 'i')
        return false;
    if (!(after->sent != t->sent || after->kind == EX_PUNCT || after->timex >= 0 ||
          (after->kind == EX_WORD && (after->cls & EX_C_PREP) && !(after->cls & (EX_C_VERB | EX_C_AUX)))))
        return false;
    /* "found that demand in Asia fell": a verb later on makes it a clause */
    for (int k = i + 2; k < doc->n_toks && doc->toks[k].sent == t->sent; k++) {
        const ex_token *u = &doc->toks[k];
        if (u->kind == EX_PUNCT && (u->low[0] == ',' || u->low[0] == ';')) break;
        if (u->kind == EX_WORD && (u->cls & EX_C_CONJ)) break;
        if (u->kind == EX_WORD && (u->cls & (EX_C_VERB | EX_C_AUX | EX_C_MODAL)) && !(u->cls & (EX_C_ING | EX_C_BASE)))
            return false;
    }
    return true;
}

/* "unfinished", "unidentified": adjectives, unlike "unveiled". */
static bool un_adjective(const char *w)
{
    static const char *const VERBS[] = {"uncovered", "unearthed", "unleashed", "unlocked", "unloaded",
                                        "unpacked", "unplugged", "unravelled", "unraveled", "unsealed",
                                        "unseated", "untied", "unveiled", "unwrapped", "unmasked"};
    if (strncmp(w, "un", 2) != 0 || !strncmp(w, "under", 5) || !strncmp(w, "unit", 4)) return false;
    for (size_t k = 0; k < sizeof VERBS / sizeof *VERBS; k++)
        if (!strcmp(w, VERBS[k])) return false;
    return true;
}

/* "all", "both", "many": determiners that can also stand for a subject
 * ("all voted"). */
static bool is_quantifier(const char *w)
{
    static const char *const Q[] = {"all", "both", "many", "most", "few", "several"};
    for (size_t k = 0; k < sizeof Q / sizeof *Q; k++)
        if (!strcmp(w, Q[k])) return true;
    return false;
}

/* Guesses verb forms from context: irregular pasts, -ed forms, base forms
 * after modals/to/did, -ing after be, participles after have/be. */
static void mark_verbs(ex_doc *doc)
{
    for (int i = 0; i < doc->n_toks; i++) {
        ex_token *t = &doc->toks[i];
        if (t->kind != EX_WORD || t->timex >= 0) continue;
        bool cap_mid = (t->flags & EX_F_CAP) && !(t->flags & EX_F_SENT_START);
        if (cap_mid || (t->flags & EX_F_POSS)) continue;
        if (t->cls & (EX_C_DET | EX_C_PREP | EX_C_PRON | EX_C_CONJ | EX_C_REL | EX_C_MODAL |
                      EX_C_SUBORD | EX_C_NEG))
            continue;
        int p = prev_content(doc, i);
        const ex_token *pt = p >= 0 ? &doc->toks[p] : NULL;
        bool after_det = pt && pt->kind == EX_WORD && (pt->cls & EX_C_DET) && !(pt->cls & EX_C_REL) &&
                         !is_quantifier(pt->low);
        bool after_poss = pt && (pt->flags & EX_F_POSS);
        /* "its sixth cut", "the first strike": an ordinal after a determiner. */
        if (pt && !after_det && p > 0 && pt->kind == EX_WORD && (doc->toks[p - 1].cls & EX_C_DET) &&
            !(doc->toks[p - 1].cls & EX_C_REL)) {
            static const char *const ORD[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                              "eighth", "ninth", "tenth", "latest", "last", "next", "final"};
            for (size_t k = 0; k < sizeof ORD / sizeof *ORD; k++)
                if (!strcmp(pt->low, ORD[k])) after_det = true;
            /* "its full-year forecast" */
            if (pt->flags & EX_F_HYPHEN) after_det = true;
        }
        /* "several damaged buildings": a quantifier, the form, a noun. */
        if (pt && pt->kind == EX_WORD && is_quantifier(pt->low) && i + 1 < doc->n_toks) {
            const ex_token *nt = &doc->toks[i + 1];
            if (nt->kind == EX_WORD && nt->sent == t->sent && !(nt->flags & EX_F_CAP) && nt->timex < 0 &&
                (ex_lex_class(nt->low) & ~EX_C_EVNOUN) == 0)
                after_det = true;
        }
        size_t n = strlen(t->low);
        bool ed = n >= 4 && !strcmp(t->low + n - 2, "ed") && !ex_lex_ed_exception(t->low) &&
                  !(t->flags & EX_F_HYPHEN) && !un_adjective(t->low);
        /* "a seasonally adjusted annualised 2.1 percent": an -ed word after
         * an -ed adjective and before a number or a plain noun is one too */
        if (ed && pt && pt->kind == EX_WORD && !(pt->cls & EX_C_VERB) && pt->end - pt->start > 3 &&
            !memcmp(doc->text + pt->end - 2, "ed", 2) && i + 1 < doc->n_toks && doc->toks[i + 1].sent == t->sent) {
            const ex_token *nt = &doc->toks[i + 1];
            if (nt->kind == EX_NUM || (nt->kind == EX_WORD && !(nt->flags & EX_F_CAP) && nt->timex < 0 &&
                                       (ex_lex_class(nt->low) & ~EX_C_EVNOUN) == 0))
                after_det = true;
        }
        bool irr = ex_lex_irregular_past(t->low);
        bool ing = n >= 5 && !strcmp(t->low + n - 3, "ing") && !(t->flags & EX_F_HYPHEN);
        if (t->cls & EX_C_AUX) {
            /* Auxiliaries are not events themselves. */
            continue;
        }
        bool pt_aux = pt && pt->kind == EX_WORD && (pt->cls & EX_C_AUX);
        if (pt_aux && is_have(pt->low) && (ed || irr)) {
            t->cls |= EX_C_VERB | EX_C_PAST | EX_C_PARTICIPLE;
            if (!strcmp(pt->low, "had")) t->cls |= EX_C_PERFECT;
            continue;
        }
        if (pt_aux && is_be(pt->low) && (ed || irr)) {
            t->cls |= EX_C_VERB | EX_C_PAST | EX_C_PARTICIPLE;
            continue;
        }
        if (pt_aux && is_be(pt->low) && ing) {
            t->cls |= EX_C_VERB | EX_C_ING;
            continue;
        }
        if (pt && pt->kind == EX_WORD &&
            ((pt->cls & EX_C_MODAL) || !strcmp(pt->low, "to") || !strcmp(pt->low, "did") ||
             !strcmp(pt->low, "does") || !strcmp(pt->low, "do") || !strcmp(pt->low, "didn't") ||
             !strcmp(pt->low, "doesn't") || !strcmp(pt->low, "don't")) &&
            !(t->flags & EX_F_CAP) && !ed && !ing && !(t->cls & EX_C_TITLE) &&
            !(t->cls & EX_C_PLACE_NOUN)) {
            /* "to" + noun is common ("to Libya", "to shelters", "came to
             * light"): not after a verb of motion, not a plural. */
            if (!strcmp(pt->low, "to") && n > 3 && t->low[n - 1] == 's' && t->low[n - 2] != 's')
                continue;
            if (!strcmp(pt->low, "to")) {
                /* "to" + noun is common: "came to light", "brought Castro to
                 * power", "sent to prison". */
                static const char *const MOTION[] = {"came", "come", "comes", "went", "go", "goes", "returned",
                                                     "moved", "sent", "brought", "headed", "fled", "flew",
                                                     "taken", "took", "back", "according", "prior", "due",
                                                     "led", "return", "returns"};
                static const char *const NOUNS[] = {"bed", "church", "court", "date", "death", "end", "hospital",
                                                    "jail", "justice", "life", "light", "market", "office",
                                                    "power", "prison", "rest", "school", "sea", "trial", "war",
                                                    "work", "town", "home"};
                const ex_token *bt = p > 0 ? &doc->toks[p - 1] : NULL;
                bool ok = true;
                for (size_t k = 0; bt && k < sizeof MOTION / sizeof *MOTION; k++)
                    if (!strcmp(bt->low, MOTION[k])) ok = false;
                for (size_t k = 0; k < sizeof NOUNS / sizeof *NOUNS; k++)
                    if (!strcmp(t->low, NOUNS[k])) ok = false;
                /* "to parliament", "to the ministry": noun endings. */
                static const char *const NOUN_END[] = {"ment", "tion", "sion", "ness", "ity", "ism", "ship"};
                static const char *const MENT_VERBS[] = {"cement", "comment", "document", "implement",
                                                         "lament", "supplement", "augment"};
                for (size_t k = 0; ok && k < sizeof NOUN_END / sizeof *NOUN_END; k++) {
                    size_t el = strlen(NOUN_END[k]);
                    if (n > el + 2 && !strcmp(t->low + n - el, NOUN_END[k])) ok = false;
                }
                for (size_t k = 0; !ok && k < sizeof MENT_VERBS / sizeof *MENT_VERBS; k++)
                    if (!strcmp(t->low, MENT_VERBS[k])) ok = true;
                if (!ok) continue;
            }
            t->cls |= EX_C_VERB | EX_C_BASE;
            continue;
        }
        if (ing && !(t->flags & EX_F_CAP) && !(t->cls & EX_C_EVNOUN)) t->cls |= EX_C_ING;
        bool after_prep = pt && pt->kind == EX_WORD && (pt->cls & EX_C_PREP) && !(pt->cls & EX_C_SUBORD) &&
                          strcmp(pt->low, "to") != 0;
        if ((irr || ed) && !after_det && !after_poss && !(ed && after_prep)) {
            t->cls |= EX_C_VERB | EX_C_PAST;
            continue;
        }
        if (t->cls & EX_C_REPORT) {
            /* Present reporting forms: says, tells.  "report", "claims",
             * "notes" are nouns as often: a verb only after a pronoun or a
             * name; "according" is never a predicate. */
            static const char *const NOUNISH[] = {"report", "reports", "claim", "claims", "note", "notes",
                                                  "state", "states", "quote", "quotes", "according"};
            bool nounish = false;
            for (size_t k = 0; k < sizeof NOUNISH / sizeof *NOUNISH; k++)
                if (!strcmp(t->low, NOUNISH[k])) nounish = true;
            if (nounish && strcmp(t->low, "according") != 0 && pt && pt->kind == EX_WORD &&
                ((pt->cls & EX_C_PRON) || ((pt->flags & EX_F_CAP) && !(pt->flags & EX_F_SENT_START))))
                nounish = false;
            if (!after_det && !nounish) t->cls |= EX_C_VERB;
            continue;
        }
        /* Present third person after a pronoun or a name: "he says". */
        if (pt && n > 2 && t->low[n - 1] == 's' && t->low[n - 2] != 's' &&
            ((pt->cls & EX_C_PRON) && strcmp(pt->low, "it") != 0 ? true : false) &&
            !(t->cls & EX_C_EVNOUN)) {
            t->cls |= EX_C_VERB;
        }
    }
}

/* Clause ids: a new clause starts at ; : ( ) quotes and dashes, at a
 * relative pronoun, at a subordinator not followed by a time expression,
 * and at "and"/"but" followed by a verb. */
static void mark_clauses(ex_doc *doc)
{
    int clause = 0;
    int sent = -1;
    bool in_quote = false, sub_clause = false;
    for (int i = 0; i < doc->n_toks; i++) {
        ex_token *t = &doc->toks[i];
        if (t->sent != sent) {
            sent = t->sent;
            clause++;
            sub_clause = false;
        }
        bool boundary = false;
        if (t->kind == EX_PUNCT) {
            char c = t->low[0];
            if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '`' || (c == '-' && t->low[1] == '-') ||
                (c == '-' && t->end - t->start == 3))
                boundary = true;
            if (c == '"') in_quote = !in_quote;
            /* ``news agency'' quotes */
            if (c == '`') in_quote = true;
            if (c == '\'' && i + 1 < doc->n_toks && doc->toks[i + 1].kind == EX_PUNCT && doc->toks[i + 1].low[0] == '\'' &&
                doc->toks[i + 1].start == t->end)
                in_quote = false;
        } else if (t->kind == EX_WORD && !(t->flags & EX_F_SENT_START)) {
            int nx = i + 1 < doc->n_toks && doc->toks[i + 1].sent == t->sent ? i + 1 : -1;
            bool next_timex = nx >= 0 && doc->toks[nx].timex >= 0;
            if ((t->cls & EX_C_REL) && strcmp(t->low, "that") != 0) boundary = true;
            /* "said that", "that fell": a clause ("rejected that deal": not) */
            bool that_opens = !strcmp(t->low, "that") && i > 0 && !ex_that_is_determiner(doc, i);
            if (that_opens && (doc->toks[i - 1].cls & (EX_C_REPORT | EX_C_VERB))) boundary = true;
            if (that_opens && nx >= 0 && (doc->toks[nx].cls & EX_C_VERB) && doc->toks[i - 1].kind == EX_WORD)
                boundary = true;
            /* "after 14 hours of talks broke down": the duration opens the
             * subject of a clause, not a time for the one before */
            bool timex_of = false;
            if (next_timex) {
                int e = nx;
                while (e + 1 < doc->n_toks && doc->toks[e + 1].timex == doc->toks[nx].timex) e++;
                timex_of = e + 1 < doc->n_toks && doc->toks[e + 1].sent == t->sent &&
                           !strcmp(doc->toks[e + 1].low, "of");
            }
            if ((t->cls & EX_C_SUBORD) && (!next_timex || timex_of)) boundary = true;
            /* "said the scheme came", "said she died": the reported clause. */
            int pv = i - 1;
            while (pv > 0 && doc->toks[pv].timex >= 0 && doc->toks[pv].sent == t->sent) pv--;
            if (pv >= 0 && pv < i - 1 && (doc->toks[pv].cls & EX_C_PREP) && pv > 0) pv--;
            /* Not after verbs that take an object: "reported a 12 percent
             * fall", "announced a savings programme", "told the court". */
            static const char *const OBJ_REPORTS[] = {"reported", "reports", "announced", "announces", "told",
                                                      "tells", "confirmed", "confirms", "unveiled", "issued"};
            bool obj_report = false;
            for (size_t q = 0; pv >= 0 && q < sizeof OBJ_REPORTS / sizeof *OBJ_REPORTS; q++)
                if (!strcmp(doc->toks[pv].low, OBJ_REPORTS[q])) obj_report = true;
            /* "announced that ...", "reported she ..." still open a clause. */
            if ((t->cls & EX_C_PRON) || !strcmp(t->low, "that")) obj_report = false;
            if (pv >= 0 && (doc->toks[pv].cls & EX_C_REPORT) && (doc->toks[pv].cls & EX_C_VERB) &&
                (t->cls & (EX_C_DET | EX_C_PRON | EX_C_REL)) && !obj_report)
                boundary = true;
            /* "said Elian's father intends": a name opens the reported clause
             * after "said" ("told Reuters" keeps its object). */
            if (pv >= 0 && (!strcmp(doc->toks[pv].low, "said") || !strcmp(doc->toks[pv].low, "says")) &&
                (doc->toks[pv].cls & EX_C_VERB) && (t->flags & EX_F_CAP) && !(t->cls & EX_C_TITLE) &&
                t->timex < 0) /* "said Monday" keeps its date */
                boundary = true;
            /* "said talks began": a bare noun and a verb after "said". */
            if (pv >= 0 && (!strcmp(doc->toks[pv].low, "said") || !strcmp(doc->toks[pv].low, "says")) &&
                (doc->toks[pv].cls & EX_C_VERB) && t->kind == EX_WORD && !(t->flags & EX_F_CAP) &&
                (t->cls & ~EX_C_EVNOUN) == 0 && nx >= 0 && (doc->toks[nx].cls & EX_C_VERB) &&
                !(doc->toks[nx].cls & EX_C_ING))
                boundary = true;
            if (!strcmp(t->low, "that") && i > 0 && doc->toks[i - 1].kind == EX_PUNCT && doc->toks[i - 1].low[0] == ',' &&
                nx >= 0 && (doc->toks[nx].cls & (EX_C_PRON | EX_C_DET)))
                boundary = true;
            if ((t->cls & EX_C_CONJ) && nx >= 0 && (doc->toks[nx].cls & EX_C_VERB)) boundary = true;
            /* "and is expected to crash", "and will begin" */
            if ((t->cls & EX_C_CONJ) && nx >= 0 && (doc->toks[nx].cls & (EX_C_AUX | EX_C_MODAL)) &&
                !(doc->toks[nx].cls & EX_C_PREP))
                boundary = true;
            /* "and then released", "and later resigned", "and first asked" */
            if ((t->cls & EX_C_CONJ) && nx >= 0 && nx + 1 < doc->n_toks && doc->toks[nx + 1].sent == t->sent &&
                ex_is_clause_adverb(&doc->toks[nx]) &&
                (doc->toks[nx + 1].cls & EX_C_VERB))
                boundary = true;
            /* ", but in March a judge ruled", ", and the army took" */
            if ((t->cls & EX_C_CONJ) && i > 0 && doc->toks[i - 1].kind == EX_PUNCT && doc->toks[i - 1].low[0] == ',' &&
                nx >= 0 && ((doc->toks[nx].cls & (EX_C_PREP | EX_C_DET | EX_C_PRON)) || doc->toks[nx].timex >= 0))
                boundary = true;
            if (!strcmp(t->low, "but")) boundary = true;
        }
        /* A relative or subordinate clause ends at the next comma: "who
         * mapped the reefs, has died", "When he arrived, the army left". */
        if (t->kind == EX_PUNCT && t->low[0] == ',' && sub_clause) {
            clause++;
            sub_clause = false;
            t->clause = clause;
            if (in_quote) t->flags |= EX_F_QUOTE_IN;
            continue;
        }
        if (boundary) {
            clause++;
            sub_clause = t->kind == EX_WORD && (t->cls & (EX_C_REL | EX_C_SUBORD)) && strcmp(t->low, "that") != 0;
        }
        if (t->flags & EX_F_SENT_START)
            sub_clause = t->kind == EX_WORD && (t->cls & EX_C_SUBORD) && !(t->cls & EX_C_PREP);
        t->clause = clause;
        if (in_quote) t->flags |= EX_F_QUOTE_IN;
    }
}

/* Marks which tokens fall inside each timex. */
static int mark_timexes(ex_doc *doc)
{
    int n = doc->n_timexes;
    doc->timex_first = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    doc->timex_last = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    if (!doc->timex_first || !doc->timex_last) return -1;
    int k = 0;
    for (int x = 0; x < n; x++) {
        const el_timex *tx = &doc->timexes[x];
        doc->timex_first[x] = -1;
        doc->timex_last[x] = -1;
        while (k < doc->n_toks && doc->toks[k].end <= tx->start) k++;
        int j = k;
        while (j < doc->n_toks && doc->toks[j].start < tx->end) {
            if (doc->toks[j].timex < 0) doc->toks[j].timex = x;
            if (doc->timex_first[x] < 0) doc->timex_first[x] = j;
            doc->timex_last[x] = j;
            j++;
        }
    }
    return 0;
}

int ex_doc_build(ex_doc *doc, const char *text, size_t len, const el_timex *tx, size_t n_tx,
                 size_t skip_start, size_t skip_end)
{
    return ex_doc_build_range(doc, text, 0, len, tx, n_tx, skip_start, skip_end);
}

int ex_doc_build_range(ex_doc *doc, const char *text, size_t from, size_t len, const el_timex *tx, size_t n_tx,
                       size_t skip_start, size_t skip_end)
{
    memset(doc, 0, sizeof *doc);
    doc->text = text;
    doc->len = len;
    doc->timexes = tx;
    doc->n_timexes = n_tx > (size_t)INT32_MAX ? INT32_MAX : (int)n_tx;
    tok_vec tv = {0};
    unsigned char *brk = NULL;
    if (tokenize(text, from, len, skip_start, skip_end, &tv, &brk) < 0) {
        free(tv.v);
        free(tv.pool);
        return -1;
    }
    doc->low_pool = tv.pool;
    doc->toks = tv.v;
    doc->n_toks = tv.n;
    for (int i = 0; i < doc->n_toks; i++)
        if (doc->toks[i].kind == EX_WORD) doc->toks[i].cls = ex_lex_class(doc->toks[i].low);
    if (mark_timexes(doc) < 0 || (doc->n_toks > 0 && split_sentences(doc, brk) < 0)) {
        free(brk);
        ex_doc_free(doc);
        return -1;
    }
    free(brk);
    mark_verbs(doc);
    mark_clauses(doc);
    return 0;
}

void ex_doc_free(ex_doc *doc)
{
    if (!doc) return;
    free(doc->toks);
    free(doc->sents);
    free(doc->timex_first);
    free(doc->timex_last);
    free(doc->low_pool);
    memset(doc, 0, sizeof *doc);
}
