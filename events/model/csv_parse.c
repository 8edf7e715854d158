/* csv_parse.c: RFC 4180 CSV tokenizer with places (see csv_internal.h).
 * Accepts CRLF, LF or CR line ends, quoted fields with doubled quotes and
 * embedded line breaks; a quote inside an unquoted field is kept as is. */
#include <stdlib.h>
#include <string.h>

#include "events/model/csv_internal.h"
#include "events/model/strbuf.h"

void el__csv_init(el__csv *csv, const char *text, size_t len)
{
    memset(csv, 0, sizeof *csv);
    csv->s = text;
    csv->len = len;
    csv->line = 1;
    csv->col = 1;
    csv->max_fields = 1000;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        csv->pos = 3;
}

/* Moves past one byte, keeping line and column (in characters). */
static void step(el__csv *csv)
{
    unsigned char c = (unsigned char)csv->s[csv->pos++];
    if (c == '\n' || (c == '\r' && !(csv->pos < csv->len && csv->s[csv->pos] == '\n'))) {
        csv->line++;
        csv->col = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
        csv->col++;
    }
}

void el__csv_row_free(el__csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        free(row->f[i].text);
    free(row->f);
    memset(row, 0, sizeof *row);
}

/* Appends the text collected in sb as the next field of row (sb is
 * consumed).  0, or a negated error code. */
static int add_field(el__csv *csv, el__csv_row *row, el__sb *sb, int line, int col,
                     el_error *err)
{
    if (row->n >= csv->max_fields) {
        el__sb_discard(sb);
        return -el_fail(err, EL_ERR_INPUT, line, col, "more than %zu fields in a row",
                        csv->max_fields);
    }
    if (row->n == row->cap) {
        size_t cap = row->cap ? row->cap * 2 : 16;
        el__csv_field *f = realloc(row->f, cap * sizeof *f);
        if (!f) {
            el__sb_discard(sb);
            return -el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
        }
        row->f = f;
        row->cap = cap;
    }
    el__sb_add(sb, "", 0);
    char *text = el__sb_finish(sb);
    if (!text)
        return -el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    row->f[row->n++] = (el__csv_field){text, line, col};
    return 0;
}

int el__csv_next(el__csv *csv, el__csv_row *row, el_error *err)
{
    for (size_t i = 0; i < row->n; i++)
        free(row->f[i].text);
    row->n = 0;
    if (csv->pos >= csv->len)
        return 0;
    row->line = csv->line;
    for (;;) {
        el__sb sb = {0};
        int line = csv->line, col = csv->col;
        if (csv->pos < csv->len && csv->s[csv->pos] == '"') {
            step(csv);
            for (;;) {
                if (csv->pos >= csv->len) {
                    el__sb_discard(&sb);
                    return -el_fail(err, EL_ERR_INPUT, line, col,
                                    "unterminated quoted field (the closing '\"' is missing)");
                }
                char c = csv->s[csv->pos];
                if (c == '"') {
                    if (csv->pos + 1 < csv->len && csv->s[csv->pos + 1] == '"') {
                        el__sb_add(&sb, "\"", 1);
                        step(csv);
                        step(csv);
                        continue;
                    }
                    step(csv);
                    break;
                }
                el__sb_add(&sb, &csv->s[csv->pos], 1);
                step(csv);
            }
            if (csv->pos < csv->len && csv->s[csv->pos] != ',' && csv->s[csv->pos] != '\n' &&
                csv->s[csv->pos] != '\r') {
                el__sb_discard(&sb);
                return -el_fail(err, EL_ERR_INPUT, csv->line, csv->col,
                                "unexpected text after a quoted field (a quote inside a "
                                "field must be doubled)");
            }
        } else {
            while (csv->pos < csv->len && csv->s[csv->pos] != ',' &&
                   csv->s[csv->pos] != '\n' && csv->s[csv->pos] != '\r') {
                el__sb_add(&sb, &csv->s[csv->pos], 1);
                step(csv);
            }
        }
        int rc = add_field(csv, row, &sb, line, col, err);
        if (rc)
            return rc;
        if (csv->pos >= csv->len)
            return 1;
        char c = csv->s[csv->pos];
        step(csv);
        if (c == ',')
            continue;
        if (c == '\r' && csv->pos < csv->len && csv->s[csv->pos] == '\n')
            step(csv);
        return 1;
    }
}
