/* extract_finish.c: el_extract_finish, merging duplicate events (same date,
 * near-identical label; across documents too) and putting the timeline in
 * chronological order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/extract.h"

#define MAX_LABEL_WORDS 24

/* Lower-case content words of a label (articles and short words left out). */
static int label_words(const char *label, char words[][24], int max)
{
    int n = 0;
    const char *p = label;
    while (*p && n < max) {
        while (*p && !isalnum((unsigned char)*p)) p++;
        const char *s = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '-' || (unsigned char)*p >= 0x80)) p++;
        size_t len = (size_t)(p - s);
        if (len < 3) continue;
        if (len > 23) len = 23;
        for (size_t i = 0; i < len; i++) words[n][i] = (char)tolower((unsigned char)s[i]);
        words[n][len] = '\0';
        /* Crude stem so that "meets" and "met" do not matter much. */
        if (len > 4 && words[n][len - 1] == 's') words[n][len - 1] = '\0';
        if (!strcmp(words[n], "the") || !strcmp(words[n], "and")) continue;
        n++;
    }
    return n;
}

/* True when two labels share most of their content words. */
static bool labels_similar(const char *a, const char *b)
{
    char wa[MAX_LABEL_WORDS][24], wb[MAX_LABEL_WORDS][24];
    int na = label_words(a, wa, MAX_LABEL_WORDS), nb = label_words(b, wb, MAX_LABEL_WORDS);
    if (na == 0 || nb == 0) return false;
    int common = 0;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (!strcmp(wa[i], wb[j])) {
                common++;
                break;
            }
    int small = na < nb ? na : nb;
    /* Most of the shorter label appears in the longer one. */
    return common * 10 >= small * 7;
}

static bool same_date(const el_event *a, const el_event *b)
{
    if (!a->date_text || !b->date_text) return false;
    return el_date_compare(&a->date, &b->date) == 0;
}

/* Replaces id `from` by `to` in a link list, dropping duplicates. */
static int relink(char ***list, size_t *n, const char *from, const char *to, const char *self)
{
    for (size_t i = 0; i < *n; i++) {
        if (strcmp((*list)[i], from) != 0) continue;
        bool dup = !strcmp(to, self);
        for (size_t j = 0; j < *n && !dup; j++)
            if (!strcmp((*list)[j], to)) dup = true;
        if (dup) {
            free((*list)[i]);
            memmove(&(*list)[i], &(*list)[i + 1], (*n - i - 1) * sizeof **list);
            (*n)--;
            i--;
        } else if (el_set_str(&(*list)[i], to) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Adds the evidence of dup to keep's note: "Also in DOC: sentence". */
static int note_evidence(el_event *keep, const el_event *dup)
{
    if (!dup->evidence || !dup->evidence->text) return 0;
    const char *doc = dup->evidence->doc ? dup->evidence->doc : "-";
    const char *old = keep->note ? keep->note : "";
    size_t tl = strlen(dup->evidence->text);
    if (tl > 300) tl = 300;
    size_t need = strlen(old) + strlen(doc) + tl + 32;
    if (need > 8000) return 0; /* keep notes bounded */
    char *buf = malloc(need);
    if (!buf) return -1;
    snprintf(buf, need, "%s%sAlso in %s: %.*s", old, old[0] ? " " : "", doc, (int)tl, dup->evidence->text);
    free(keep->note);
    keep->note = buf;
    return 0;
}

int el_extract_finish(el_timeline *tl)
{
    if (!tl) return 0;
    for (size_t i = 0; i < tl->n_events; i++) {
        for (size_t j = i + 1; j < tl->n_events; j++) {
            el_event *a = &tl->events[i], *b = &tl->events[j];
            if (!a->label || !b->label || !a->id || !b->id) continue;
            if (!same_date(a, b) || !labels_similar(a->label, b->label)) continue;
            /* Same event: keep the first, take over the links of the second. */
            if (note_evidence(a, b) < 0) return -1;
            for (size_t k = 0; k < b->n_after; k++)
                if (strcmp(b->after[k], a->id) != 0 && el_strlist_add(&a->after, &a->n_after, b->after[k]) < 0)
                    return -1;
            for (size_t k = 0; k < b->n_before; k++)
                if (strcmp(b->before[k], a->id) != 0 &&
                    el_strlist_add(&a->before, &a->n_before, b->before[k]) < 0)
                    return -1;
            char *gone = b->id;
            b->id = NULL;
            for (size_t k = 0; k < tl->n_events; k++) {
                el_event *e = &tl->events[k];
                if (k == j || !e->id) continue;
                if (relink(&e->after, &e->n_after, gone, a->id, e->id) < 0 ||
                    relink(&e->before, &e->n_before, gone, a->id, e->id) < 0) {
                    free(gone);
                    return -1;
                }
            }
            free(gone);
            el_event_clear(&tl->events[j]);
            memmove(&tl->events[j], &tl->events[j + 1], (tl->n_events - j - 1) * sizeof(el_event));
            tl->n_events--;
            j--;
        }
    }
    el_timeline_sort(tl);
    return 0;
}
