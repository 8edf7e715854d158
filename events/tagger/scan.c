/* scan.c: the tagger's tokenizer.  One pass over the bytes, no allocation:
 * words, digit runs, numbers with separators and single punctuation marks,
 * each with its byte offset, case flags and lexicon entry.  Any byte is
 * accepted: NULs and control bytes count as spaces, bytes >= 0x80 as
 * letters, except the UTF-8 curly quotes, dashes and the no-break space,
 * which are folded to their ASCII meaning.
 */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tagger_internal.h"

/* Byte classes: 0 space or control, 1 letter (and non-ASCII), 2 digit,
 * 3 punctuation, 4 a lead byte of folded UTF-8 punctuation or space. */
enum { CC_SPACE, CC_LETTER, CC_DIGIT, CC_PUNCT, CC_SPECIAL };
static const uint8_t byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,
    3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3,
    3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Length of a special UTF-8 sequence at s (punctuation or space) and its
 * ASCII meaning in *c (' ' for space); 0 when s is not one. */
static size_t special_utf8(const unsigned char *s, size_t avail, char *c)
{
    if (avail >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
        *c = ' ';
        return 2;
    }
    if (avail >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
        switch (s[2]) {
        case 0x98: case 0x99: case 0xB2: *c = '\''; return 3;
        case 0x9C: case 0x9D: *c = '"'; return 3;
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95:
            *c = '-';
            return 3;
        case 0xA6: *c = '.'; return 3;
        case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85:
        case 0x86: case 0x87: case 0x88: case 0x89: case 0x8A: case 0x8B:
        case 0xA8: case 0xA9: case 0xAF:
            *c = ' ';
            return 3;
        default: break;
        }
    }
    return 0;
}

/* A word of up to four bytes packed little-endian, zero-padded: a
 * constant for a case label. */
#define AB(a, b, c, d) \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)

/* Words before a dot that do not end a sentence (single letters are
 * initials: U.S., J. Smith).  The word, lower-cased and packed into a
 * number (words hold no zero byte, so the number implies the length), is
 * looked up with one switch. */
static bool is_abbrev(const char *w, size_t n)
{
    if (n == 1)
        return true;
    if (n < 2 || n > 4)
        return false;
    uint32_t key = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        key |= (uint32_t)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch) << (8 * i);
    }
    switch (key) {
    case AB('m', 'r', 0, 0): case AB('m', 's', 0, 0): case AB('d', 'r', 0, 0):
    case AB('s', 't', 0, 0): case AB('l', 't', 0, 0): case AB('n', 'o', 0, 0):
    case AB('v', 's', 0, 0): case AB('c', 'o', 0, 0): case AB('j', 'r', 0, 0):
    case AB('s', 'r', 0, 0): case AB('m', 't', 0, 0): case AB('f', 't', 0, 0):
    case AB('m', 'r', 's', 0): case AB('j', 'a', 'n', 0): case AB('f', 'e', 'b', 0):
    case AB('m', 'a', 'r', 0): case AB('a', 'p', 'r', 0): case AB('j', 'u', 'n', 0):
    case AB('j', 'u', 'l', 0): case AB('a', 'u', 'g', 0): case AB('s', 'e', 'p', 0):
    case AB('o', 'c', 't', 0): case AB('n', 'o', 'v', 0): case AB('d', 'e', 'c', 0):
    case AB('g', 'e', 'n', 0): case AB('c', 'o', 'l', 0): case AB('s', 'e', 'n', 0):
    case AB('r', 'e', 'p', 0): case AB('g', 'o', 'v', 0): case AB('s', 'g', 't', 0):
    case AB('m', 'a', 'j', 0): case AB('i', 'n', 'c', 0): case AB('l', 't', 'd', 0):
    case AB('r', 'e', 'v', 0): case AB('f', 'r', 'i', 0): case AB('m', 'o', 'n', 0):
    case AB('t', 'u', 'e', 0): case AB('w', 'e', 'd', 0): case AB('t', 'h', 'u', 0):
    case AB('s', 'a', 't', 0): case AB('s', 'u', 'n', 0): case AB('e', 's', 't', 0):
    case AB('a', 'v', 'e', 0):
    case AB('s', 'e', 'p', 't'): case AB('p', 'r', 'o', 'f'): case AB('c', 'a', 'p', 't'):
    case AB('c', 'o', 'r', 'p'): case AB('t', 'u', 'e', 's'): case AB('t', 'h', 'u', 'r'):
    case AB('d', 'e', 'p', 't'): case AB('u', 'n', 'i', 'v'): case AB('b', 'l', 'v', 'd'):
    case AB('p', 'r', 'e', 's'):
        return true;
    default:
        return false;
    }
}

/* Bytes inside a word: 0 ends it, WB_ASCII an ASCII letter, WB_OTHER a
 * byte >= 0x80; WB_LEAD marks the lead bytes of the folded UTF-8
 * punctuation (C2, E2), which end a word when a folded sequence follows. */
enum { WB_ASCII = 1, WB_OTHER = 2, WB_LEAD = 4 };
static const uint8_t word_byte[256] = {
    ['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    [0x80] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    (defined(__GNUC__) || defined(__clang__))
#define EL_SCAN_SWAR 1
#define BYTES_01 0x0101010101010101ull
#define BYTES_80 0x8080808080808080ull

/* High bit of each of the 8 bytes at p set where the byte is an ASCII
 * letter (bytes with the high bit set never are): per-byte range tests
 * done with one addition each, which cannot carry out of a byte because
 * the high bits are cleared first. */
static inline uint64_t letter_bits(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t v = (x | 0x2020202020202020ull) & ~BYTES_80;
    uint64_t ge_a = v + BYTES_01 * (0x80 - 'a');
    uint64_t gt_z = v + BYTES_01 * (0x80 - 'z' - 1);
    return ge_a & ~gt_z & ~x & BYTES_80;
}
#endif

/* The 8 bytes at p as a little-endian number. */
static inline uint64_t le64(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = (v << 8) | p[k];
    return v;
#endif
}

/* Fills case flags and lexicon entries of the word token t at w (t->len
 * bytes, the text ends at end; ascii tells whether all of them are ASCII
 * letters).  The lexicon
 * is only consulted when the length/first/last-letter filter lets the
 * word through, so most words cost no hash and no lookup. */
static void finish_word(el__tok *t, const unsigned char *w, const unsigned char *end, bool ascii)
{
    size_t n = t->len;
    if (w[0] >= 'A' && w[0] <= 'Z')
        t->flags |= TF_CAP;
    /* a lower-case second letter settles it for most capitalised words */
    if (((t->flags & TF_CAP) || w[0] >= 0x80) && !(n > 1 && w[1] >= 'a' && w[1] <= 'z')) {
        /* all capitals (at least two) and no lower-case letter: a heading */
        unsigned upper = 0, lower = 0;
        for (size_t k = 0; k < n; k++) {
            upper += w[k] >= 'A' && w[k] <= 'Z';
            lower += w[k] >= 'a' && w[k] <= 'z';
        }
        if (upper > 1 && lower == 0)
            t->flags |= TF_UPPER;
    }
    if (!ascii || n >= EL__LEX_FILTER_LEN)
        return;
    unsigned first = (unsigned)(w[0] | 0x20) - 'a', last = (unsigned)(w[n - 1] | 0x20) - 'a';
    if (!((el__lex_filter[n][first] >> last) & 1u))
        return;
    /* the key: the word's bytes lower-cased (all are ASCII letters, so
     * OR 0x20 does it), packed little-endian and zero-padded */
    uint64_t lo = 0, hi = 0;
    if (w + 16 <= end) {
        uint64_t a = le64(w), b = le64(w + 8);
        if (n < 8) {
            lo = a & ((1ull << (8 * n)) - 1);
        } else {
            lo = a;
            hi = n == 16 ? b : n == 8 ? 0 : b & ((1ull << (8 * (n - 8))) - 1);
        }
    } else {
        for (size_t k = 0; k < n; k++) {
            if (k < 8)
                lo |= (uint64_t)w[k] << (8 * k);
            else
                hi |= (uint64_t)w[k] << (8 * (k - 8));
        }
    }
    lo |= 0x2020202020202020ull & (n >= 8 ? ~0ull : (1ull << (8 * n)) - 1);
    hi |= 0x2020202020202020ull & (n >= 16 ? ~0ull : n <= 8 ? 0 : (1ull << (8 * (n - 8))) - 1);
    el__lex_word lw;
    if (!el__lex_word_find(lo, hi, n, &lw))
        return;
    t->lex = (uint16_t)(lw.first + 1);
    t->nlex = (uint8_t)(lw.count > 255 ? 255 : lw.count);
    t->cls = lw.cls;
    if (lw.starts)
        t->flags |= TF_START;
}

/* Masks of the lexicon key's bytes for a word of n (< 16) bytes: lo
 * keeps bytes 0..n-1 of the first eight, hi bytes 8..n-1. */
static const uint64_t key_mask_lo[EL__LEX_FILTER_LEN] = {
    0x0ull, 0xffull, 0xffffull, 0xffffffull,
    0xffffffffull, 0xffffffffffull, 0xffffffffffffull, 0xffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
};
static const uint64_t key_mask_hi[EL__LEX_FILTER_LEN] = {
    0x0ull, 0x0ull, 0x0ull, 0x0ull,
    0x0ull, 0x0ull, 0x0ull, 0x0ull,
    0x0ull, 0xffull, 0xffffull, 0xffffffull,
    0xffffffffull, 0xffffffffffull, 0xffffffffffffull, 0xffffffffffffffull,
};

/* finish_word for a word of n ASCII letters (n >= 1), inlined into the
 * scanner's fast path: the same flags and lexicon entries. */
static inline __attribute__((always_inline)) void finish_ascii_word(el__tok *t,
                                                                   const unsigned char *w,
                                                                   size_t n,
                                                                   const unsigned char *end)
{
    /* Capitalised or not is a coin toss: the flag is set without a
     * branch, and only a capital with no lower-case letter after it (w[1]
     * is readable: the text goes on past the word) is looked at. */
    unsigned cap = (unsigned)(w[0] - 'A') < 26u, low2 = (unsigned)(w[1] - 'a') < 26u;
    t->flags |= (uint8_t)(cap * TF_CAP);
    if (cap > low2) {
        /* all capitals (at least two): a heading */
        size_t k = 1;
        while (k < n && (unsigned)(w[k] - 'A') < 26u)
            k++;
        if (n > 1 && k == n)
            t->flags |= TF_UPPER;
    }
    if (n >= EL__LEX_FILTER_LEN)
        return;
    uint64_t lo, hi;
    if (w + 16 <= end) {
        /* the word's bytes lower-cased (all are ASCII letters, so OR 0x20
         * does it), packed little-endian and zero-padded */
        lo = (le64(w) | 0x2020202020202020ull) & key_mask_lo[n];
        hi = (le64(w + 8) | 0x2020202020202020ull) & key_mask_hi[n];
    } else {
        lo = hi = 0;
        for (size_t k = 0; k < n; k++) {
            uint64_t b = w[k] | 0x20u;
            if (k < 8)
                lo |= b << (8 * k);
            else
                hi |= b << (8 * (k - 8));
        }
    }
    /* Whether a word is in the lexicon is a coin toss (half the words
     * are), so there is no branch on it: the one slot the word can be in
     * is read and its fields kept or masked to zero (a word outside the
     * lexicon: no entry, no class, as the token starts).  A key of
     * letters implies its length: the two key words are all to compare. */
    const el__lex_slot *sl = el__lex_slot_of(lo, hi, n);
    uint32_t m = 0u - (uint32_t)((sl->lo == lo) & (sl->hi == hi));
    t->lex = (uint16_t)(sl->idx & m);
    t->nlex = (uint8_t)(sl->count & m);
    t->cls = sl->cls & m;
    t->flags |= (uint8_t)((sl->starts & m) * (TF_START | TF_CAND)); /* starts is 0 or 1 */
}

/* The scanner proper (see el__scan); with copy (a constant once inlined)
 * each token's final flags also go to fl[index]. */
static inline __attribute__((always_inline)) int scan(const char *text, size_t len, size_t pos,
                                                      el__tok *toks, int cap, size_t *next,
                                                      uint8_t *fl, const bool copy)
{
    const unsigned char *s = (const unsigned char *)text;
    int n = 0;
    unsigned pending = 0;   /* TF_SPACE/TF_NL/TF_PARA for the next token */
    int newlines = 0;
    size_t i = pos;
    /* words longer than this are cut (token lengths are 32-bit) */
    bool huge = len - pos > 0x7FFFFFFF;
    while (i < len && n < cap) {
        unsigned char ch = s[i];
        if (ch == ' ') {
            /* the most frequent byte: no class lookup */
            pending |= TF_SPACE;
            i++;
            continue;
        }
#ifdef EL_SCAN_SWAR
        if (word_byte[ch] == WB_ASCII && !huge && i + 8 <= len) {
            /* The most frequent token: a word of ASCII letters, usually
             * followed by a single space and another one; this inner loop
             * takes such a run of words.  A word's end is found sixteen
             * (or eight) bytes at a time; a byte >= 0x80 right after the
             * letters sends the word to the general loop below. */
            bool general = false;
            for (;;) {
                size_t j = i;
#ifdef __SSE2__
                /* sixteen bytes at a time: most words end in the first step */
                while (j + 16 <= len) {
                    __m128i raw = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
                    __m128i v = _mm_or_si128(raw, _mm_set1_epi8(0x20));
                    __m128i in = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                               _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
                    unsigned stop = ~(unsigned)_mm_movemask_epi8(in) & 0xFFFFu;
                    if (stop) {
                        j += (size_t)__builtin_ctz(stop);
                        goto word_end;
                    }
                    j += 16;
                }
#endif
                for (;;) {
                    if (j + 8 > len) {
                        while (j < len && word_byte[s[j]] == WB_ASCII)
                            j++;
                        break;
                    }
                    uint64_t m = letter_bits(s + j);
                    if (m == BYTES_80) {
                        j += 8;
                        continue;
                    }
                    j += (size_t)(__builtin_ctzll(~m & BYTES_80) >> 3);
                    break;
                }
#ifdef __SSE2__
            word_end:
#endif
                if (j < len && s[j] >= 0x80) {
                    general = true;
                    break;
                }
                el__tok *t = &toks[n];
                *t = (el__tok){.off = i, .len = (uint32_t)(j - i), .num = -1,
                               .kind = TK_WORD, .flags = (uint8_t)pending};
                pending = 0;
                newlines = 0;
                finish_ascii_word(t, s + i, j - i, s + len);
                if (copy)
                    fl[n] = t->flags;
                n++;
                i = j;
                /* a single space and another word: the usual case */
                if (!(i + 9 <= len && s[i] == ' ' && word_byte[s[i + 1]] == WB_ASCII && n < cap))
                    break;
                pending = TF_SPACE;
                i++;
            }
            if (!general)
                continue;
            ch = s[i]; /* a new word's first byte when the run went on */
        }
#endif
        uint8_t cls0 = byte_class[ch];
        char sp = 0;
        size_t sl = cls0 == CC_SPECIAL ? special_utf8(s + i, len - i, &sp) : 0;
        if (cls0 == CC_SPACE || (sl && sp == ' ')) {
            pending |= TF_SPACE;
            if (ch == '\n') {
                pending |= TF_NL;
                if (++newlines >= 2)
                    pending |= TF_PARA;
            } else if (ch != '\r' && ch != ' ' && ch != '\t') {
                /* other control bytes: a plain space */
            }
            i += sl ? sl : 1;
            continue;
        }
        el__tok *t = &toks[n];
        *t = (el__tok){.off = i, .flags = (uint8_t)pending, .num = -1};
        pending = 0;
        newlines = 0;
        if (sl) {
            t->kind = TK_PUNCT;
            t->c = sp;
            t->len = (uint32_t)sl;
            i += sl;
        } else if (cls0 == CC_DIGIT) {
            size_t j = i;
            int64_t v = 0;
            unsigned nd = 0;
            while (j < len && is_digit(s[j])) {
                if (nd < 10)
                    v = v * 10 + (s[j] - '0');
                nd++;
                j++;
            }
            t->kind = TK_NUM;
            /* 2,011 and 1,000,000: thousands groups; 3.5: a decimal. */
            if (nd <= 3) {
                size_t k = j;
                bool grouped = false;
                while (k + 3 < len + 0 && s[k] == ',' && is_digit(s[k + 1]) &&
                       is_digit(s[k + 2]) && is_digit(s[k + 3]) &&
                       (k + 4 >= len || !is_digit(s[k + 4]))) {
                    k += 4;
                    grouped = true;
                }
                if (grouped) {
                    j = k;
                    t->kind = TK_NUMSEP;
                }
            }
            if (t->kind == TK_NUM && j + 1 < len && s[j] == '.' &&
                is_digit(s[j + 1]) && nd <= 6) {
                size_t k = j + 1;
                while (k < len && is_digit(s[k]))
                    k++;
                /* 1.3.99 or 10.30 stays digits; a plain decimal merges. */
                if (!(k < len && s[k] == '.' && k + 1 < len && is_digit(s[k + 1]))) {
                    j = k;
                    t->kind = TK_NUMSEP;
                }
            }
            t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
            t->num = (t->kind == TK_NUM && nd <= 9) ? (int32_t)v : -1;
            if (j - i > UINT32_MAX)
                j = i + UINT32_MAX;
            t->len = (uint32_t)(j - i);
            i = j;
        } else if (cls0 == CC_LETTER || cls0 == CC_SPECIAL) {
            /* The word's end: a tight loop over a byte table; a folded
             * UTF-8 punctuation sequence inside it ends it. */
            size_t j = i + 1;
            size_t jmax = len - i > 0x7FFFFFFF ? i + 0x7FFFFFFF : len;
            unsigned kinds = word_byte[ch] ? word_byte[ch] : WB_OTHER;
#ifdef EL_SCAN_SWAR
            /* eight ASCII letters at a time up to the first other byte */
            while (j + 8 <= jmax) {
                uint64_t m = letter_bits(s + j);
                if (m == BYTES_80) {
                    j += 8;
                    continue;
                }
                j += (size_t)(__builtin_ctzll(~m & BYTES_80) >> 3);
                break;
            }
#endif
            while (j < jmax) {
                unsigned k = word_byte[s[j]];
                if (k == WB_ASCII) {
                    j++;
                    continue;
                }
                char sp2;
                if (!k || ((k & WB_LEAD) && special_utf8(s + j, len - j, &sp2) != 0))
                    break;
                kinds |= k;
                j++;
            }
            t->kind = TK_WORD;
            t->len = (uint32_t)(j - i);
            finish_word(t, s + i, s + len, kinds == WB_ASCII);
            i = j;
        } else {
            t->kind = TK_PUNCT;
            t->c = (char)ch;
            t->len = 1;
            i++;
            if ((ch == '.' || ch == '!' || ch == '?') && n > 0) {
                /* A sentence ends when a space and a capital, quote or
                 * digit follow and the word before is no abbreviation. */
                const el__tok *prev = &toks[n - 1];
                bool ws = (i >= len) || s[i] <= ' ';
                size_t k = i;
                while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' ||
                                   s[k] == '\n' || s[k] == '"' || s[k] == '\''))
                    k++;
                bool capnext = (k >= len) || (s[k] >= 'A' && s[k] <= 'Z') ||
                               is_digit(s[k]) || s[k] >= 0x80;
                bool abbrev = ch == '.' && prev->kind == TK_WORD &&
                              prev->off + prev->len == t->off &&
                              is_abbrev(text + prev->off, prev->len);
                bool para = false;
                for (size_t q = i; q < len && q < i + 4 && s[q] <= ' '; q++)
                    if (s[q] == '\n')
                        para = true;
                /* "the Sasquatch! Music Festival": a name's exclamation
                 * mark after "the", a capital after it */
                const el__tok *pp = n >= 2 ? &toks[n - 2] : NULL;
                bool bang_name = ch == '!' && capnext && k < len && prev->kind == TK_WORD &&
                                 prev->off + prev->len == t->off && text[prev->off] >= 'A' &&
                                 text[prev->off] <= 'Z' && pp && pp->kind == TK_WORD && pp->len == 3 &&
                                 (text[pp->off] == 't' || text[pp->off] == 'T') && text[pp->off + 1] == 'h' &&
                                 text[pp->off + 2] == 'e';
                bool ends = (ws && capnext && !abbrev) || (ch != '.' && ws);
                if (para || (ends && !bang_name))
                    t->flags |= TF_SEND;
            }
        }
        if (t->kind == TK_WORD ? (t->flags & TF_START) != 0 : (t->kind != TK_PUNCT || t->c == '\''))
            t->flags |= TF_CAND;
        if (copy)
            fl[n] = t->flags;
        n++;
    }
    /* Skip trailing whitespace so that *next is a token start or len. */
    *next = i;
    return n;
}

int el__scan(const char *text, size_t len, size_t pos, el__tok *toks, int cap,
             size_t *next)
{
    return scan(text, len, pos, toks, cap, next, NULL, false);
}

int el__scan_flags(const char *text, size_t len, size_t pos, el__tok *toks, int cap,
                   size_t *next, uint8_t *fl)
{
    return scan(text, len, pos, toks, cap, next, fl, true);
}
