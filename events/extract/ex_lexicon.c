/* ex_lexicon.c: word-class lookups and headline verb forms for the
 * extractor (its own small lexicon; it does not use the tagger's). */
#include <stdlib.h>
#include <string.h>

#include "events/extract/ex_internal.h"

typedef struct lex_entry {
    const char *word;
    unsigned cls;
} lex_entry;

typedef struct irr_entry {
    const char *form;
    const char *base;
    int participle_only; /* 1: "taken", "born" (never a simple past) */
} irr_entry;

#include "events/extract/ex_lexicon_tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int cmp_lex(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const lex_entry *)e)->word);
}

static int cmp_irr(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const irr_entry *)e)->form);
}

static int cmp_str(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

unsigned ex_lex_class(const char *low)
{
    const lex_entry *e = bsearch(low, LEX_WORDS, COUNT(LEX_WORDS), sizeof LEX_WORDS[0], cmp_lex);
    if (e) return e->cls;
    /* Plural titles and event nouns: "presidents", "rulings". */
    size_t n = strlen(low);
    if (n > 3 && n < 40 && low[n - 1] == 's') {
        char sing[40];
        memcpy(sing, low, n - 1);
        sing[n - 1] = '\0';
        e = bsearch(sing, LEX_WORDS, COUNT(LEX_WORDS), sizeof LEX_WORDS[0], cmp_lex);
        if (e && (e->cls & (EX_C_TITLE | EX_C_EVNOUN))) return e->cls & (EX_C_TITLE | EX_C_EVNOUN);
    }
    return 0;
}

bool ex_lex_irregular_past(const char *low)
{
    return bsearch(low, LEX_IRREGULAR, COUNT(LEX_IRREGULAR), sizeof LEX_IRREGULAR[0], cmp_irr) != NULL;
}

bool ex_lex_ed_exception(const char *low)
{
    return bsearch(low, LEX_ED_EXCEPT, COUNT(LEX_ED_EXCEPT), sizeof LEX_ED_EXCEPT[0], cmp_str) != NULL;
}

bool ex_lex_participle_only(const char *low)
{
    const irr_entry *e = bsearch(low, LEX_IRREGULAR, COUNT(LEX_IRREGULAR), sizeof LEX_IRREGULAR[0], cmp_irr);
    return e && e->participle_only;
}

static bool e_stem(const char *stem_e)
{
    return bsearch(stem_e, LEX_E_STEMS, COUNT(LEX_E_STEMS), sizeof LEX_E_STEMS[0], cmp_str) != NULL;
}

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Writes the third-person singular of a base form into buf. */
static bool third_person(const char *base, char *buf, size_t size)
{
    size_t n = strlen(base);
    if (n == 0 || n + 3 >= size) return false;
    if (!strcmp(base, "have")) {
        memcpy(buf, "has", 4);
        return true;
    }
    memcpy(buf, base, n + 1);
    char last = base[n - 1];
    char prev = n > 1 ? base[n - 2] : '\0';
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 's' || prev == 'c')) ||
        (last == 'o' && n <= 3)) {
        strcpy(buf + n, "es");
    } else if (last == 'y' && n > 1 && !vowel(prev)) {
        strcpy(buf + n - 1, "ies");
    } else {
        strcpy(buf + n, "s");
    }
    return true;
}

/* Rebuilds the base of a regular -ed form: decides whether a final "e" was
 * dropped ("toppled" -> "topple") or a consonant doubled ("stopped" ->
 * "stop").  Writes the base into buf; false when the form is not -ed. */
static bool regular_base(const char *w, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (n < 4 || strcmp(w + n - 2, "ed") != 0 || n + 2 >= size) return false;
    if (n == 4 && w[1] == 'i') { /* died tied lied */
        memcpy(buf, w, n - 1);
        buf[n - 1] = '\0';
        return true;
    }
    if (n > 4 && !strcmp(w + n - 3, "ied")) {
        memcpy(buf, w, n - 3);
        strcpy(buf + n - 3, "y");
        return true;
    }
    if (!strcmp(w + n - 3, "eed")) { /* agreed freed */
        memcpy(buf, w, n - 1);
        buf[n - 1] = '\0';
        return true;
    }
    size_t m = n - 2; /* stem length */
    memcpy(buf, w, m);
    buf[m] = '\0';
    /* Known e-final verbs first. */
    buf[m] = 'e';
    buf[m + 1] = '\0';
    if (e_stem(buf)) return true;
    buf[m] = '\0';
    char c1 = buf[m - 1], c2 = buf[m - 2], c3 = m >= 3 ? buf[m - 3] : '\0';
    /* Doubled final consonant: stopped, planned, committed. */
    if (c1 == c2 && !vowel(c1) && c1 != 's' && c1 != 'f' && c1 != 'z' && c1 != 'l' && strcmp(buf, "add") != 0) {
        buf[m - 1] = '\0';
        return true;
    }
    if (c1 == 'l' && c2 == 'l') {
        static const char *const ll[] = {"cancell", "compell", "controll", "expell", "fuell", "labell",
                                         "patroll", "propell", "travell"};
        for (size_t i = 0; i < COUNT(ll); i++)
            if (!strcmp(buf, ll[i])) buf[m - 1] = '\0';
        return true;
    }
    bool add_e = false;
    bool single_vowel = vowel(c2) && !vowel(c3);
    switch (c1) {
    case 'v': case 'c': case 'z': case 'u':
        add_e = true;
        break;
    case 'g':
        add_e = c2 != 'n';
        break;
    case 'l':
        /* "filed", "ruled" but "totaled", "signaled" (longer stems). */
        add_e = (!vowel(c2) && c2 != 'l' && c2 != 'r' && c2 != 'w') || (single_vowel && c2 != 'e' && m <= 4);
        break;
    case 's':
        add_e = (vowel(c2) && vowel(c3)) || (!vowel(c2) && c2 != 's');
        break;
    case 't':
        /* "created", "graduated", "negotiated"; not "treated", "floated". */
        add_e = (c2 == 'a' && (!vowel(c3) || c3 == 'u' || c3 == 'i')) || (c2 == 'u' && !vowel(c3));
        break;
    case 'r':
        add_e = (c2 == 'i' || c2 == 'u') && !vowel(c3);
        if (c2 == 'a' && !vowel(c3)) add_e = true;
        break;
    case 'd':
        /* "conceded", "preceded" but "exceeded", "headed" */
        add_e = (single_vowel && c2 != 'e') || (c2 == 'e' && !vowel(c3) && m >= 5);
        break;
    case 'n':
        add_e = single_vowel && (c2 == 'i' || c2 == 'o' || c2 == 'u');
        break;
    case 'k': case 'b': case 'm':
        add_e = single_vowel && c2 != 'e';
        break;
    default:
        break;
    }
    if (add_e) {
        buf[m] = 'e';
        buf[m + 1] = '\0';
    }
    return true;
}

bool ex_lex_base(const char *low, char *buf, size_t size)
{
    size_t n = strlen(low);
    if (n > 5 && n < 40 && !strcmp(low + n - 3, "ing")) {
        /* "adding" -> "added" -> "add"; "making" -> "make"; "running" -> "run". */
        char ed[48];
        memcpy(ed, low, n - 3);
        memcpy(ed + n - 3, "ed", 3);
        return regular_base(ed, buf, size);
    }
    const irr_entry *e = bsearch(low, LEX_IRREGULAR, COUNT(LEX_IRREGULAR), sizeof LEX_IRREGULAR[0], cmp_irr);
    if (e) {
        if (strlen(e->base) + 1 > size) return false;
        memcpy(buf, e->base, strlen(e->base) + 1);
        return true;
    }
    return regular_base(low, buf, size);
}

bool ex_lex_present(const char *low, char *buf, size_t size)
{
    char base[48];
    if (ex_lex_base(low, base, sizeof base)) return third_person(base, buf, size);
    return false;
}

const char *ex_lex_title_abbrev(const char *low1, const char *low2)
{
    static const struct {
        const char *a, *b, *abbr;
    } T[] = {{"foreign", "minister", "FM"}, {"prime", "minister", "PM"}};
    for (size_t i = 0; i < COUNT(T); i++)
        if (!strcmp(low1, T[i].a) && low2 && !strcmp(low2, T[i].b)) return T[i].abbr;
    return NULL;
}

const char *ex_lex_check_sorted(void)
{
    for (size_t i = 1; i < COUNT(LEX_WORDS); i++)
        if (strcmp(LEX_WORDS[i - 1].word, LEX_WORDS[i].word) >= 0) return "LEX_WORDS";
    for (size_t i = 1; i < COUNT(LEX_IRREGULAR); i++)
        if (strcmp(LEX_IRREGULAR[i - 1].form, LEX_IRREGULAR[i].form) >= 0) return "LEX_IRREGULAR";
    for (size_t i = 1; i < COUNT(LEX_ED_EXCEPT); i++)
        if (strcmp(LEX_ED_EXCEPT[i - 1], LEX_ED_EXCEPT[i]) >= 0) return "LEX_ED_EXCEPT";
    for (size_t i = 1; i < COUNT(LEX_E_STEMS); i++)
        if (strcmp(LEX_E_STEMS[i - 1], LEX_E_STEMS[i]) >= 0) return "LEX_E_STEMS";
    return NULL;
}
