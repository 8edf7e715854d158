/* json_check.c: a strict JSON syntax checker that says where the text goes
 * wrong.  The readers run it before handing text to cJSON, so that every
 * syntax error gets a place and a plain message, nesting is bounded before
 * cJSON recurses, and cJSON is only asked to parse text known to be valid. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "events/model/model_internal.h"

#define MAX_NESTING 1000 /* hard cap, whatever the caller's limit */

typedef struct checker {
    const unsigned char *s;
    size_t len;
    size_t pos;
    size_t *offset;
    char *msg;
    size_t msgsize;
} checker;

static int fail(checker *c, size_t at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail(checker *c, size_t at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->msg, c->msgsize, fmt, ap);
    va_end(ap);
    *c->offset = at;
    return -1;
}

void el__json_line_col(const char *text, size_t len, size_t offset, int *line, int *col)
{
    int l = 1, k = 1;
    size_t i = 0;
    if (offset > len)
        offset = len;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 && offset >= 3)
        i = 3; /* a byte-order mark takes no column */
    for (; i < offset; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            l++;
            k = 1;
        } else if ((ch & 0xC0) != 0x80) {
            k++;
        }
    }
    if (line)
        *line = l;
    if (col)
        *col = k;
}

static void skip_ws(checker *c)
{
    while (c->pos < c->len) {
        unsigned char ch = c->s[c->pos];
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
            break;
        c->pos++;
    }
}

/* Describes the byte at pos for "unexpected ..." messages. */
static int fail_unexpected(checker *c, const char *expected)
{
    if (c->pos >= c->len)
        return fail(c, c->pos, "unexpected end of input: %s", expected);
    unsigned char ch = c->s[c->pos];
    if (ch == 0)
        return fail(c, c->pos, "NUL byte in the input");
    if (ch >= 0x21 && ch < 0x7f)
        return fail(c, c->pos, "unexpected '%c': %s", ch, expected);
    return fail(c, c->pos, "unexpected byte 0x%02X: %s", ch, expected);
}

static int hex4(const unsigned char *p, unsigned *v)
{
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char ch = p[i];
        x <<= 4;
        if (ch >= '0' && ch <= '9')
            x |= ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            x |= ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            x |= ch - 'A' + 10;
        else
            return -1;
    }
    *v = x;
    return 0;
}

/* Checks the string starting at the quote at c->pos and moves past it:
 * escapes, surrogate pairs, control characters, UTF-8. */
static int check_string(checker *c)
{
    size_t open = c->pos;
    c->pos++; /* the quote */
    while (c->pos < c->len) {
        unsigned char ch = c->s[c->pos];
        if (ch == '"') {
            c->pos++;
            return 0;
        }
        if (ch == '\\') {
            size_t at = c->pos;
            if (c->pos + 1 >= c->len)
                break;
            unsigned char e = c->s[c->pos + 1];
            if (e && strchr("\"\\/bfnrt", e)) {
                c->pos += 2;
                continue;
            }
            if (e != 'u')
                return fail(c, at, "invalid escape '\\%c' in a string",
                            e >= 0x21 && e < 0x7f ? e : '?');
            unsigned v, v2;
            if (c->pos + 6 > c->len || hex4(c->s + c->pos + 2, &v))
                return fail(c, at, "\\u must be followed by four hex digits");
            if (v == 0)
                return fail(c, at, "\\u0000 (NUL) is not allowed in a string");
            c->pos += 6;
            if (v >= 0xDC00 && v <= 0xDFFF)
                return fail(c, at, "lone low surrogate \\u%04X in a string", v);
            if (v >= 0xD800 && v <= 0xDBFF) {
                if (c->pos + 6 > c->len || c->s[c->pos] != '\\' || c->s[c->pos + 1] != 'u' ||
                    hex4(c->s + c->pos + 2, &v2) || v2 < 0xDC00 || v2 > 0xDFFF)
                    return fail(c, at, "high surrogate \\u%04X not followed by a low one", v);
                c->pos += 6;
            }
            continue;
        }
        if (ch == 0)
            return fail(c, c->pos, "NUL byte in a string");
        if (ch < 0x20)
            return fail(c, c->pos, "control character 0x%02X in a string (escape it)", ch);
        if (ch >= 0x80) {
            size_t n = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
            if (n > c->len - c->pos)
                n = c->len - c->pos;
            size_t bad;
            if (ch < 0xC2 || ch > 0xF4 ||
                !el__utf8_valid((const char *)c->s + c->pos, n, &bad))
                return fail(c, c->pos, "invalid UTF-8 in a string");
            c->pos += n;
            continue;
        }
        c->pos++;
    }
    return fail(c, open, "unexpected end of input: this string is not closed");
}

static int is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* Checks an RFC 8259 number at c->pos and moves past it. */
static int check_number(checker *c)
{
    size_t at = c->pos;
    if (c->s[c->pos] == '-')
        c->pos++;
    if (c->pos >= c->len || !is_digit(c->s[c->pos]))
        return fail(c, at, "invalid number: expected a digit after '-'");
    if (c->s[c->pos] == '0') {
        c->pos++;
        if (c->pos < c->len && is_digit(c->s[c->pos]))
            return fail(c, at, "invalid number: no leading zeros");
    } else {
        while (c->pos < c->len && is_digit(c->s[c->pos]))
            c->pos++;
    }
    if (c->pos < c->len && c->s[c->pos] == '.') {
        c->pos++;
        if (c->pos >= c->len || !is_digit(c->s[c->pos]))
            return fail(c, at, "invalid number: expected a digit after '.'");
        while (c->pos < c->len && is_digit(c->s[c->pos]))
            c->pos++;
    }
    if (c->pos < c->len && (c->s[c->pos] == 'e' || c->s[c->pos] == 'E')) {
        c->pos++;
        if (c->pos < c->len && (c->s[c->pos] == '+' || c->s[c->pos] == '-'))
            c->pos++;
        if (c->pos >= c->len || !is_digit(c->s[c->pos]))
            return fail(c, at, "invalid number: expected a digit in the exponent");
        while (c->pos < c->len && is_digit(c->s[c->pos]))
            c->pos++;
    }
    return 0;
}

/* Checks true, false or null at c->pos and moves past it. */
static int check_literal(checker *c)
{
    static const char *const lits[] = {"true", "false", "null"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(lits[i]);
        if (c->len - c->pos >= n && memcmp(c->s + c->pos, lits[i], n) == 0) {
            c->pos += n;
            return 0;
        }
    }
    return fail_unexpected(c, "expected a value");
}

int el__json_check(const char *text, size_t len, int max_depth, size_t *offset,
                   char *msg, size_t msgsize)
{
    checker c = {(const unsigned char *)text, len, 0, offset, msg, msgsize};
    char stack[MAX_NESTING];
    size_t opened[MAX_NESTING];
    int depth = 0;
    if (max_depth <= 0 || max_depth > MAX_NESTING)
        max_depth = MAX_NESTING;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        c.pos = 3;
    for (;;) {
        /* a value is expected here */
        skip_ws(&c);
        if (c.pos >= c.len && depth > 0) {
            int l, k;
            el__json_line_col(text, len, opened[depth - 1], &l, &k);
            return fail(&c, c.pos, "unexpected end of input: the %s opened at %d:%d "
                        "is not closed", stack[depth - 1] == '{' ? "object" : "array", l, k);
        }
        if (c.pos >= c.len)
            return fail_unexpected(&c, "the input is empty");
        unsigned char ch = c.s[c.pos];
        if (ch == '{' || ch == '[') {
            if (depth >= max_depth)
                return fail(&c, c.pos, "nesting deeper than %d levels", max_depth);
            stack[depth] = (char)ch;
            opened[depth] = c.pos;
            depth++;
            c.pos++;
            skip_ws(&c);
            char close = ch == '{' ? '}' : ']';
            if (c.pos < c.len && c.s[c.pos] == (unsigned char)close) {
                c.pos++;
                depth--;
            } else if (ch == '{') {
                if (c.pos >= c.len || c.s[c.pos] != '"')
                    return fail_unexpected(&c, "expected a string key or '}'");
                if (check_string(&c))
                    return -1;
                skip_ws(&c);
                if (c.pos >= c.len || c.s[c.pos] != ':')
                    return fail_unexpected(&c, "expected ':' after the key");
                c.pos++;
                continue;
            } else {
                continue;
            }
        } else if (ch == '"') {
            if (check_string(&c))
                return -1;
        } else if (ch == '-' || is_digit(ch)) {
            if (check_number(&c))
                return -1;
        } else if (check_literal(&c)) {
            return -1;
        }
        /* after a value: close containers or move to the next member */
        for (;;) {
            skip_ws(&c);
            if (depth == 0) {
                if (c.pos < c.len)
                    return fail_unexpected(&c, "nothing may follow the JSON value");
                return 0;
            }
            char top = stack[depth - 1];
            if (c.pos >= c.len) {
                int l, k;
                el__json_line_col(text, len, opened[depth - 1], &l, &k);
                return fail(&c, c.pos, "unexpected end of input: the %s opened at %d:%d "
                            "is not closed", top == '{' ? "object" : "array", l, k);
            }
            ch = c.s[c.pos];
            if (ch == (top == '{' ? '}' : ']')) {
                c.pos++;
                depth--;
                continue;
            }
            if (ch != ',')
                return fail_unexpected(&c, top == '{' ? "expected ',' or '}'"
                                                      : "expected ',' or ']'");
            c.pos++;
            if (top == '{') {
                skip_ws(&c);
                if (c.pos >= c.len || c.s[c.pos] != '"')
                    return fail_unexpected(&c, "expected a string key");
                if (check_string(&c))
                    return -1;
                skip_ws(&c);
                if (c.pos >= c.len || c.s[c.pos] != ':')
                    return fail_unexpected(&c, "expected ':' after the key");
                c.pos++;
            }
            break;
        }
    }
}
