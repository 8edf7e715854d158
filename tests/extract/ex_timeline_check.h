/* ex_timeline_check.h: helpers shared by the extraction tests: reading a
 * file, running the extractor on it, printing a timeline, and finding an
 * event by date and key words. */
#ifndef EX_TIMELINE_CHECK_H
#define EX_TIMELINE_CHECK_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/extract.h"

/* Reads a whole file (malloc'd, NUL-terminated) or NULL. */
static inline char *ex_read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 14, len = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap) break;
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf) buf[len] = '\0';
    *n = len;
    return buf;
}

static inline void ex_print_timeline(const el_timeline *tl, FILE *out)
{
    for (size_t i = 0; i < tl->n_events; i++) {
        const el_event *e = &tl->events[i];
        fprintf(out, "  %-4s %-22s %s", e->id ? e->id : "?", e->date_text ? e->date_text : "?",
                e->label ? e->label : "?");
        for (size_t k = 0; k < e->n_after; k++) fprintf(out, " [after %s]", e->after[k]);
        for (size_t k = 0; k < e->n_before; k++) fprintf(out, " [before %s]", e->before[k]);
        fprintf(out, "\n");
    }
}

/* Case-insensitive substring test. */
static inline int ex_contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = hay; *p; p++) {
        size_t k = 0;
        while (k < n && p[k] && tolower((unsigned char)p[k]) == tolower((unsigned char)needle[k])) k++;
        if (k == n) return 1;
    }
    return n == 0;
}

/* True when every '+'-separated key word appears in the label. */
static inline int ex_label_has_all(const char *label, const char *keys)
{
    char buf[256], *save = NULL;
    snprintf(buf, sizeof buf, "%s", keys);
    for (char *tok = strtok_r(buf, "+", &save); tok; tok = strtok_r(NULL, "+", &save)) {
        while (*tok == ' ') tok++;
        char *e = tok + strlen(tok);
        while (e > tok && e[-1] == ' ') *--e = '\0';
        if (!ex_contains_ci(label, tok)) return 0;
    }
    return 1;
}

/* Index of the first event at or after `from` with this date (NULL: any)
 * and key words, or -1. */
static inline long ex_find_event(const el_timeline *tl, size_t from, const char *date, const char *keys)
{
    for (size_t i = from; i < tl->n_events; i++) {
        const el_event *e = &tl->events[i];
        if (date && (!e->date_text || strcmp(e->date_text, date) != 0)) continue;
        if (e->label && ex_label_has_all(e->label, keys)) return (long)i;
    }
    return -1;
}

#endif
