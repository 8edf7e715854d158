/* run_cases.c: data-driven tagger test.  Reads a TSV file of rows
 *   id  dct  context  text  type  value  mod  ours  reason
 * (see the header of cases.tsv), tags each context with its DCT and checks
 * that the phrase `text` is tagged with exactly that extent, type, value
 * and mod, or, for type NONE, that nothing overlaps it.  A row whose
 * `ours` column holds "text|type|value|mod" is one the tagger resolves
 * differently on purpose; then `ours` is what is asserted and `reason`
 * must say why.  Prints every failing row; exit 1 if any fails.
 * Usage: run_cases FILE.tsv [-v]
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/tagger.h"

#define MAXF 10

/* Splits line at tabs into f[]; returns the number of fields. */
static int split(char *line, char **f)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < MAXF; p++) {
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    }
    return n;
}

/* Checks one expectation; returns an error text or NULL. */
static const char *check(const char *ctx, const el_tag_result *r, const char *text,
                         const char *type, const char *value, const char *mod,
                         char *why, size_t wsize)
{
    const char *at = strstr(ctx, text);
    if (!at) {
        snprintf(why, wsize, "phrase \"%s\" not in the context", text);
        return why;
    }
    size_t s = (size_t)(at - ctx), e = s + strlen(text);
    for (size_t i = 0; i < r->n; i++) {
        const el_timex *t = &r->timexes[i];
        bool overlap = t->start < e && s < t->end;
        if (!overlap)
            continue;
        if (strcmp(type, "NONE") == 0) {
            snprintf(why, wsize, "tagged \"%.*s\" %s %s, expected nothing", (int)(t->end - t->start),
                     ctx + t->start, el_timex_type_name(t->type), t->value);
            return why;
        }
        if (t->start != s || t->end != e) {
            snprintf(why, wsize, "extent \"%.*s\", expected \"%s\"", (int)(t->end - t->start),
                     ctx + t->start, text);
            return why;
        }
        if (strcmp(el_timex_type_name(t->type), type) != 0 || strcmp(t->value, value) != 0 ||
            strcmp(t->mod, mod) != 0) {
            snprintf(why, wsize, "got %s %s mod=\"%s\", expected %s %s mod=\"%s\"",
                     el_timex_type_name(t->type), t->value, t->mod, type, value, mod);
            return why;
        }
        return NULL;
    }
    if (strcmp(type, "NONE") == 0)
        return NULL;
    snprintf(why, wsize, "\"%s\" not tagged", text);
    return why;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: run_cases FILE.tsv [-v]\n");
        return 2;
    }
    bool verbose = argc > 2 && strcmp(argv[2], "-v") == 0;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        fprintf(stderr, "run_cases: error: %s: cannot open\n", argv[1]);
        return 3;
    }
    char line[4096];
    int rows = 0, failed = 0, deviations = 0, lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (n == 0 || line[0] == '#')
            continue;
        char *fl[MAXF] = {0};
        int nf = split(line, fl);
        if (nf < 7) {
            fprintf(stderr, "%s:%d: malformed row (%d fields)\n", argv[1], lineno, nf);
            failed++;
            continue;
        }
        const char *id = fl[0], *dct = fl[1], *ctx = fl[2];
        const char *text = fl[3], *type = fl[4], *value = fl[5], *mod = fl[6];
        const char *ours = nf > 7 ? fl[7] : "", *reason = nf > 8 ? fl[8] : "";
        char obuf[512];
        char *of[4] = {0};
        if (ours[0]) {
            /* text|type|value|mod */
            snprintf(obuf, sizeof obuf, "%s", ours);
            int k = 0;
            of[k++] = obuf;
            for (char *p = obuf; *p && k < 4; p++)
                if (*p == '|') {
                    *p = 0;
                    of[k++] = p + 1;
                }
            if (k < 3 || !reason[0]) {
                fprintf(stderr, "%s:%d: row %s: a deviation needs text|type|value[|mod] and a reason\n",
                        argv[1], lineno, id);
                failed++;
                continue;
            }
            text = of[0];
            type = of[1];
            value = of[2];
            mod = of[3] ? of[3] : "";
            deviations++;
        }
        rows++;
        el_tag_options opt = {dct, dct, 0};
        el_tag_result r;
        el_error err;
        memset(&err, 0, sizeof err);
        if (el_tag(ctx, strlen(ctx), &opt, &r, &err) != EL_OK) {
            fprintf(stderr, "%s:%d: row %s: el_tag failed: %s\n", argv[1], lineno, id, err.msg);
            failed++;
            continue;
        }
        char why[512];
        const char *bad = check(ctx, &r, text, type, value, mod, why, sizeof why);
        if (bad) {
            fprintf(stderr, "%s:%d: row %s: \"%s\": %s\n", argv[1], lineno, id, ctx, bad);
            failed++;
        }
        if (verbose || bad) {
            for (size_t i = 0; i < r.n; i++)
                fprintf(stderr, "    [%zu,%zu) \"%.*s\" %s %s %s\n", r.timexes[i].start,
                        r.timexes[i].end, (int)(r.timexes[i].end - r.timexes[i].start),
                        ctx + r.timexes[i].start, el_timex_type_name(r.timexes[i].type),
                        r.timexes[i].value, r.timexes[i].mod);
        }
        el_tag_result_free(&r);
    }
    fclose(f);
    printf("%d rows, %d deliberate deviations, %d failed\n", rows, deviations, failed);
    return failed ? 1 : 0;
}
