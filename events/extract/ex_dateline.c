/* ex_dateline.c: finds the agency dateline ("TRIPOLI, July 7 (Xinhua) --")
 * that belongs to no sentence. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eventline/extract.h"
#include "events/extract/ex_cand.h"

/* Checks for an agency dateline starting at i ("TRIPOLI, July 7 (Xinhua)
 * --", "WASHINGTON (AP) _", "LONDON, March 9, 2021 (Reuters) -"):
 * upper-case place words, then a dash within 60 bytes on the same line.
 * Returns the offset after the dash, or 0. */
static size_t dateline_at(const char *t, size_t len, size_t i)
{
    size_t s = i;
    int upper = 0;
    while (i < len && (isupper((unsigned char)t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '\'')) {
        if (isupper((unsigned char)t[i])) upper++;
        i++;
    }
    if (upper < 3 || i == s || (i < len && islower((unsigned char)t[i]))) return 0;
    size_t lim = i + 60 < len ? i + 60 : len;
    for (size_t j = i; j + 1 < lim; j++) {
        unsigned char c = (unsigned char)t[j];
        if (c == '\n') break;
        bool dash = (c == '-' && t[j + 1] == '-') || c == '_' ||
                    (c == 0xE2 && j + 2 < len && (unsigned char)t[j + 1] == 0x80 &&
                     ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94)) ||
                    (c == '-' && j > 0 && t[j - 1] == ' ' && t[j + 1] == ' ');
        if (dash) {
            size_t e = j;
            while (e < len && (t[e] == '-' || t[e] == '_' || (unsigned char)t[e] >= 0x80)) e++;
            return e;
        }
    }
    return 0;
}

/* Finds the dateline at the start of one of the first three lines (a
 * headline may come first).  The tagger's span, when it has one, wins for
 * the start; the end covers the agency and the dash. */
void ex_find_dateline(const char *t, size_t len, size_t tag_s, size_t tag_e, size_t *s, size_t *e)
{
    *s = *e = 0;
    size_t line = 0;
    for (int l = 0; l < 3 && line < len; l++) {
        size_t i = line;
        while (i < len && isspace((unsigned char)t[i])) i++;
        size_t end = dateline_at(t, len, i);
        if (end > 0) {
            *s = i;
            *e = end;
            break;
        }
        while (i < len && t[i] != '\n') i++;
        line = i + 1;
    }
    if (tag_e > tag_s && (*e == 0 || tag_s < *s || tag_s >= *e)) {
        *s = tag_s;
        *e = tag_e;
    } else if (tag_e > *e && tag_s >= *s && tag_s < *e) {
        *e = tag_e;
    }
}

