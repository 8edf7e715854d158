/* csv_internal.h: an RFC 4180 CSV tokenizer that keeps the line:col of
 * every field.  Not installed. */
#ifndef EL_CSV_INTERNAL_H
#define EL_CSV_INTERNAL_H

#include <stddef.h>

#include "eventline/error.h"

typedef struct el__csv_field {
    char *text;     /* unquoted, NUL-terminated, malloc'd */
    int line, col;  /* 1-based place of the field's first character */
} el__csv_field;

typedef struct el__csv_row {
    el__csv_field *f;
    size_t n, cap;
    int line;       /* line the row starts on */
} el__csv_row;

typedef struct el__csv {
    const char *s;
    size_t len, pos;
    int line, col;  /* place of s[pos] */
    size_t max_fields;
} el__csv;

/* Starts reading text (a UTF-8 BOM is skipped). */
void el__csv_init(el__csv *csv, const char *text, size_t len);

/* Reads the next row into row (its old fields are freed).  Returns 1 when a
 * row was read, 0 at the end, or -EL_ERR_INPUT / -EL_ERR_IO with err set
 * (an unterminated quote, text after a closing quote, too many fields, out
 * of memory). */
int el__csv_next(el__csv *csv, el__csv_row *row, el_error *err);

/* Frees the fields of row. */
void el__csv_row_free(el__csv_row *row);

#endif
