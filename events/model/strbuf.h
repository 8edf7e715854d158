/* strbuf.h: a growable NUL-terminated text buffer for the writers.
 * Not installed.  After an allocation failure the buffer is marked failed,
 * further appends do nothing, and el__sb_finish returns NULL. */
#ifndef EL_STRBUF_H
#define EL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct el__sb {
    char *data;     /* malloc'd, NUL-terminated while not failed */
    size_t len;
    size_t cap;
    bool failed;
} el__sb;

void el__sb_add(el__sb *sb, const char *s, size_t n);
void el__sb_puts(el__sb *sb, const char *s);
void el__sb_printf(el__sb *sb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends s with any ill-formed UTF-8 byte replaced by U+FFFD. */
void el__sb_add_utf8(el__sb *sb, const char *s);
/* Appends s as a JSON string literal (ill-formed UTF-8 becomes U+FFFD) with quotes and escapes. */
void el__sb_json_str(el__sb *sb, const char *s);
/* Returns the text (caller frees) or NULL after a failure (buffer freed). */
char *el__sb_finish(el__sb *sb);
/* Frees the buffer without returning it. */
void el__sb_discard(el__sb *sb);

#endif
