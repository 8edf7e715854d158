/* json_locate.c: el_json_locate, the line:col of the value at a path such as
 * "events[2].date" in JSON text.  cJSON keeps no positions, so the readers
 * find the place of a bad value again with this small scanner.  It walks the
 * text without building anything and is safe on any input (it only fails). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/json.h"
#include "events/model/model_internal.h"

typedef struct scan {
    const char *s;
    size_t len;
    size_t pos;
} scan;

static void ws(scan *sc)
{
    while (sc->pos < sc->len && strchr(" \t\r\n", sc->s[sc->pos]) && sc->s[sc->pos])
        sc->pos++;
}

/* Skips a string starting at the quote; false when it is not closed. */
static bool skip_string(scan *sc)
{
    sc->pos++;
    while (sc->pos < sc->len) {
        char ch = sc->s[sc->pos];
        if (ch == '\\')
            sc->pos += 2;
        else if (ch == '"') {
            sc->pos++;
            return true;
        } else
            sc->pos++;
    }
    return false;
}

/* Skips one value of any kind, nested ones by counting brackets. */
static bool skip_value(scan *sc)
{
    ws(sc);
    if (sc->pos >= sc->len)
        return false;
    char ch = sc->s[sc->pos];
    if (ch == '"')
        return skip_string(sc);
    if (ch == '{' || ch == '[') {
        size_t depth = 0;
        while (sc->pos < sc->len) {
            ch = sc->s[sc->pos];
            if (ch == '"') {
                if (!skip_string(sc))
                    return false;
                continue;
            }
            if (ch == '{' || ch == '[')
                depth++;
            else if (ch == '}' || ch == ']') {
                depth--;
                if (depth == 0) {
                    sc->pos++;
                    return true;
                }
            }
            sc->pos++;
        }
        return false;
    }
    /* number or literal */
    size_t start = sc->pos;
    while (sc->pos < sc->len && !strchr(",}] \t\r\n", sc->s[sc->pos]))
        sc->pos++;
    return sc->pos > start;
}

/* Compares the JSON string at sc->pos (raw, escapes decoded only for the
 * simple one-character forms) with key[0..klen); skips it either way. */
static bool key_matches(scan *sc, const char *key, size_t klen)
{
    size_t p = sc->pos + 1, k = 0;
    bool same = true;
    while (p < sc->len && sc->s[p] != '"') {
        char ch = sc->s[p];
        if (ch == '\\' && p + 1 < sc->len) {
            char e = sc->s[p + 1];
            ch = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b'
               : e == 'f' ? '\f' : e;
            if (e == 'u')
                same = false; /* keys spelled with \u never match a path */
            p += 2;
        } else {
            p++;
        }
        if (k >= klen || key[k] != ch)
            same = false;
        k++;
    }
    skip_string(sc);
    return same && k == klen;
}

/* Moves to the value of member key in the object at sc->pos. */
static bool enter_key(scan *sc, const char *key, size_t klen)
{
    ws(sc);
    if (sc->pos >= sc->len || sc->s[sc->pos] != '{')
        return false;
    sc->pos++;
    for (;;) {
        ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] != '"')
            return false;
        bool match = key_matches(sc, key, klen);
        ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] != ':')
            return false;
        sc->pos++;
        ws(sc);
        if (match)
            return true;
        if (!skip_value(sc))
            return false;
        ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] != ',')
            return false;
        sc->pos++;
    }
}

/* Moves to element idx of the array at sc->pos. */
static bool enter_index(scan *sc, size_t idx)
{
    ws(sc);
    if (sc->pos >= sc->len || sc->s[sc->pos] != '[')
        return false;
    sc->pos++;
    for (size_t i = 0;; i++) {
        ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] == ']')
            return false;
        if (i == idx)
            return true;
        if (!skip_value(sc))
            return false;
        ws(sc);
        if (sc->pos >= sc->len || sc->s[sc->pos] != ',')
            return false;
        sc->pos++;
    }
}

int el__json_locate_offset(const char *text, size_t len, const char *path, size_t *offset)
{
    if (!text || !path)
        return -1;
    scan sc = {text, len, 0};
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        sc.pos = 3;
    const char *p = path;
    while (*p) {
        if (*p == '.') {
            p++;
            continue;
        }
        if (*p == '[') {
            char *end;
            unsigned long long idx = strtoull(p + 1, &end, 10);
            if (end == p + 1 || *end != ']')
                return -1;
            if (!enter_index(&sc, (size_t)idx))
                return -1;
            p = end + 1;
            continue;
        }
        size_t klen = strcspn(p, ".[");
        if (!enter_key(&sc, p, klen))
            return -1;
        p += klen;
    }
    ws(&sc);
    if (sc.pos >= sc.len)
        return -1;
    *offset = sc.pos;
    return 0;
}

int el_json_locate(const char *text, size_t len, const char *path, int *line, int *col)
{
    size_t off;
    if (el__json_locate_offset(text, len, path, &off) != 0)
        return -1;
    el__json_line_col(text, len, off, line, col);
    return 0;
}
