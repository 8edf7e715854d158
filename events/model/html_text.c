/* html_text.c: HTML snippets to plain text and plain text to HTML, for the
 * TimelineJS and CSV importers and exporters (see import_internal.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "events/model/import_internal.h"

static const struct { const char *name; unsigned cp; } entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB}, {"raquo", 0xBB},
    {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"euro", 0x20AC},
    {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"deg", 0xB0}, {"middot", 0xB7},
    {"bull", 0x2022}, {"times", 0xD7}, {"divide", 0xF7}, {"minus", 0x2212},
    {"plusmn", 0xB1}, {"sect", 0xA7}, {"para", 0xB6}, {"shy", 0xAD},
    {"aacute", 0xE1}, {"eacute", 0xE9}, {"iacute", 0xED}, {"oacute", 0xF3},
    {"uacute", 0xFA}, {"agrave", 0xE0}, {"egrave", 0xE8}, {"ograve", 0xF2},
    {"acirc", 0xE2}, {"ecirc", 0xEA}, {"ocirc", 0xF4}, {"auml", 0xE4}, {"euml", 0xEB},
    {"iuml", 0xEF}, {"ouml", 0xF6}, {"uuml", 0xFC}, {"Auml", 0xC4}, {"Ouml", 0xD6},
    {"Uuml", 0xDC}, {"Eacute", 0xC9}, {"szlig", 0xDF}, {"ntilde", 0xF1},
    {"ccedil", 0xE7}, {"aring", 0xE5}, {"oslash", 0xF8}, {"aelig", 0xE6},
    {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"zwj", 0x200D},
    {"zwnj", 0x200C}, {"prime", 0x2032}, {"Prime", 0x2033}, {"iexcl", 0xA1},
    {"iquest", 0xBF},
};

/* Appends code point cp as UTF-8 (U+FFFD for invalid ones). */
static void put_cp(el__sb *sb, unsigned cp)
{
    char b[4];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        b[0] = (char)cp;
        el__sb_add(sb, b, 1);
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        el__sb_add(sb, b, 2);
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        el__sb_add(sb, b, 3);
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        el__sb_add(sb, b, 4);
    }
}

/* Decodes the entity at s[i] ('&'); returns bytes consumed, 0 if none. */
static size_t entity(el__sb *sb, const char *s, size_t n, size_t i)
{
    size_t j = i + 1;
    if (j < n && s[j] == '#') {
        unsigned long cp = 0;
        bool hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
        size_t k = j + (hex ? 2 : 1), start = k;
        while (k < n && k - start < 8) {
            char c = s[k];
            int d = c >= '0' && c <= '9' ? c - '0'
                  : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            cp = cp * (hex ? 16 : 10) + (unsigned long)d;
            k++;
        }
        if (k == start)
            return 0;
        if (k < n && s[k] == ';')
            k++;
        put_cp(sb, cp > 0x10FFFF ? 0xFFFD : (unsigned)cp);
        return k - i;
    }
    size_t k = j;
    while (k < n && k - j < 10 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
        k++;
    if (k == j || k >= n || s[k] != ';')
        return 0;
    for (size_t e = 0; e < sizeof entities / sizeof entities[0]; e++) {
        if (strlen(entities[e].name) == k - j && memcmp(entities[e].name, s + j, k - j) == 0) {
            if (entities[e].cp == 0xAD) /* soft hyphen: invisible */
                return k + 1 - i;
            put_cp(sb, entities[e].cp == 0xA0 ? ' ' : entities[e].cp);
            return k + 1 - i;
        }
    }
    return 0;
}

/* True when the tag name at s[i..] (after '<' and an optional '/') is one
 * of the names in list (space-separated, lowercase). */
static bool tag_is(const char *s, size_t n, size_t i, const char *const *list)
{
    size_t k = i;
    while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                     (s[k] >= '0' && s[k] <= '9')))
        k++;
    size_t len = k - i;
    for (; *list; list++)
        if (strlen(*list) == len && strncasecmp(*list, s + i, len) == 0)
            return true;
    return false;
}

/* True when s[0..n) is already plain text in its final form: no markup,
 * no entities, no line breaks, tabs, doubled or surrounding spaces. */
static bool already_plain(const char *s, size_t n)
{
    if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '<' || c == '&' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
            c == '\v' || (c == ' ' && i + 1 < n && s[i + 1] == ' '))
            return false;
    }
    return true;
}

char *el__html_to_text(const char *s, size_t n)
{
    if (already_plain(s, n)) {
        char *copy = NULL;
        return el_set_strn(&copy, s, n) == 0 ? copy : NULL;
    }
    static const char *const breaks[] = {"br", "p", "div", "li", "ul", "ol", "h1", "h2",
                                         "h3", "h4", "h5", "h6", "tr", "blockquote", NULL};
    static const char *const hidden[] = {"script", "style", NULL};
    el__sb raw = {0};
    el__sb_add(&raw, "", 0);
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '<') {
            size_t name = i + 1 + (i + 1 < n && s[i + 1] == '/');
            bool closing = name > i + 1;
            const char *gt = memchr(s + i, '>', n - i);
            if (!gt || !(name < n && ((s[name] >= 'a' && s[name] <= 'z') ||
                                      (s[name] >= 'A' && s[name] <= 'Z') || s[name] == '!'))) {
                el__sb_add(&raw, "<", 1); /* a lone '<' is text */
                i++;
                continue;
            }
            size_t end = (size_t)(gt - s) + 1;
            if (!closing && tag_is(s, n, name, hidden)) {
                /* skip to the matching close tag */
                size_t k = end;
                while (k + 1 < n && !(s[k] == '<' && s[k + 1] == '/' &&
                                      tag_is(s, n, k + 2, hidden)))
                    k++;
                const char *gt2 = k < n ? memchr(s + k, '>', n - k) : NULL;
                i = gt2 ? (size_t)(gt2 - s) + 1 : n;
                continue;
            }
            if (tag_is(s, n, name, breaks))
                el__sb_add(&raw, "\n", 1);
            i = end;
            continue;
        }
        if (c == '&') {
            size_t used = entity(&raw, s, n, i);
            if (used) {
                i += used;
                continue;
            }
        }
        /* a line break in HTML source is only a space */
        el__sb_add(&raw, (c == '\n' || c == '\r') ? " " : &s[i], 1);
        i++;
    }
    char *text = el__sb_finish(&raw);
    if (!text)
        return NULL;
    /* collapse whitespace: spaces within lines, blank lines to one break */
    el__sb out = {0};
    el__sb_add(&out, "", 0);
    bool pending_space = false, pending_break = false;
    for (const char *p = text; *p; p++) {
        char c = *p;
        if (c == '\n' || c == '\r') {
            pending_break = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            pending_space = true;
            continue;
        }
        if (out.len > 0) {
            if (pending_break)
                el__sb_add(&out, "\n", 1);
            else if (pending_space)
                el__sb_add(&out, " ", 1);
        }
        pending_break = pending_space = false;
        el__sb_add(&out, p, 1);
    }
    free(text);
    return el__sb_finish(&out);
}

void el__sb_html(el__sb *sb, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&': el__sb_puts(sb, "&amp;"); break;
        case '<': el__sb_puts(sb, "&lt;"); break;
        case '>': el__sb_puts(sb, "&gt;"); break;
        case '"': el__sb_puts(sb, "&quot;"); break;
        case '\n': el__sb_puts(sb, "<br>"); break;
        default: el__sb_add(sb, p, 1);
        }
    }
}

void el__sb_html_min(el__sb *sb, const char *text)
{
    for (const char *p = text; *p; p++) {
        bool esc = false;
        if (*p == '&') {
            /* only where a reader would see an entity */
            const char *q = p + 1;
            while (*q && q - p <= 10 && (*q == '#' || (*q >= '0' && *q <= '9') ||
                                         (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
                q++;
            esc = q > p + 1 && *q == ';';
        } else if (*p == '<') {
            char n = p[1];
            esc = n == '/' || n == '!' || (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z');
        }
        if (esc)
            el__sb_puts(sb, *p == '&' ? "&amp;" : "&lt;");
        else if (*p == '\n')
            el__sb_puts(sb, "<br>");
        else
            el__sb_add(sb, p, 1);
    }
}

char *el__label_from_text(const char *text, size_t max)
{
    if (!text || !*text)
        return NULL;
    size_t limit = max && max < 80 ? max : 80;
    size_t n = strcspn(text, "\n");
    if (n > limit) {
        /* cut at a space in the second half, else at a character boundary */
        size_t cut = limit;
        while (cut > limit / 2 && text[cut] != ' ')
            cut--;
        if (text[cut] != ' ') {
            cut = limit;
            while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
                cut--;
        }
        n = cut;
    }
    while (n > 0 && text[n - 1] == ' ')
        n--;
    if (n == 0)
        return NULL;
    char *out = NULL;
    if (el_set_strn(&out, text, n) != 0)
        return NULL;
    return out;
}
