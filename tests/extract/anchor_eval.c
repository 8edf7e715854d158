/* anchor_eval.c: measures event anchoring against TimeML gold.  For every
 * DATE/TIME TIMEX3 in the .tml files of a directory that has a TLINK to an
 * event, it runs the extractor's anchoring on the plain text (with the gold
 * time expressions, so tagger errors do not count) and checks whether the
 * chosen event word is one of the gold-linked events.
 *
 * With --pipeline it runs the whole extractor (tagger included) instead and
 * counts the expressions that end up as a timeline event with that date.
 *
 * usage: anchor_eval DIR [MIN_PERCENT] [--errors|--context] [--pipeline]
 * Exit 0 (score >= MIN_PERCENT), 1 (below), 77 (DIR absent), 2 (usage). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/extract.h"
#include "events/extract/ex_internal.h"

typedef struct span {
    char id[16];
    size_t start, end;
    char type[12];
    char value[40];
} span;

typedef struct link {
    char time[16];
    char event[16]; /* event instance id */
} link;

typedef struct inst {
    char eiid[16];
    char eid[16];
} inst;

typedef struct gold_doc {
    char *text;
    size_t len;
    span *ev;
    size_t n_ev;
    span *tx;
    size_t n_tx;
    link *ln;
    size_t n_ln;
    inst *in;
    size_t n_in;
} gold_doc;

static void *grow(void *p, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap) return p;
    size_t nc = *cap ? *cap * 2 : 64;
    void *q = realloc(p, nc * elem);
    if (!q) {
        fprintf(stderr, "anchor_eval: out of memory\n");
        exit(3);
    }
    *cap = nc;
    return q;
}

/* Copies attribute name="..." from a tag into out. */
static void attr(const char *tag, size_t tag_len, const char *name, char *out, size_t size)
{
    out[0] = '\0';
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl + 2 < tag_len; i++) {
        if ((i == 0 || tag[i - 1] == ' ') && !strncmp(tag + i, name, nl) && tag[i + nl] == '=' &&
            tag[i + nl + 1] == '"') {
            size_t j = i + nl + 2, k = 0;
            while (j < tag_len && tag[j] != '"' && k + 1 < size) out[k++] = tag[j++];
            out[k] = '\0';
            return;
        }
    }
}

/* Parses the TEXT part and the links of a .tml file. */
static int parse_tml(const char *src, size_t n, gold_doc *g)
{
    memset(g, 0, sizeof *g);
    const char *tb = strstr(src, "<TEXT>");
    const char *te = strstr(src, "</TEXT>");
    if (!tb || !te || te < tb) return -1;
    g->text = malloc((size_t)(te - tb) + 1);
    if (!g->text) return -1;
    size_t cap_ev = 0, cap_tx = 0, cap_ln = 0, cap_in = 0;
    span *open_ev = NULL, *open_tx = NULL;
    size_t open_ev_i = 0, open_tx_i = 0;
    int in_ev = 0, in_tx = 0;
    for (const char *p = tb + 6; p < te;) {
        if (*p == '<') {
            const char *q = memchr(p, '>', (size_t)(te - p));
            if (!q) break;
            size_t tl = (size_t)(q - p + 1);
            if (!strncmp(p, "<EVENT ", 7)) {
                g->ev = grow(g->ev, &cap_ev, g->n_ev, sizeof(span));
                span *s = &g->ev[g->n_ev];
                memset(s, 0, sizeof *s);
                attr(p + 1, tl - 2, "eid", s->id, sizeof s->id);
                s->start = g->len;
                open_ev_i = g->n_ev++;
                in_ev = 1;
            } else if (!strncmp(p, "</EVENT>", 8) && in_ev) {
                g->ev[open_ev_i].end = g->len;
                in_ev = 0;
            } else if (!strncmp(p, "<TIMEX3 ", 8)) {
                g->tx = grow(g->tx, &cap_tx, g->n_tx, sizeof(span));
                span *s = &g->tx[g->n_tx];
                memset(s, 0, sizeof *s);
                attr(p + 1, tl - 2, "tid", s->id, sizeof s->id);
                attr(p + 1, tl - 2, "type", s->type, sizeof s->type);
                attr(p + 1, tl - 2, "value", s->value, sizeof s->value);
                s->start = g->len;
                open_tx_i = g->n_tx++;
                in_tx = 1;
            } else if (!strncmp(p, "</TIMEX3>", 9) && in_tx) {
                g->tx[open_tx_i].end = g->len;
                in_tx = 0;
            }
            p = q + 1;
            continue;
        }
        if (*p == '&') {
            static const struct {
                const char *ent;
                char c;
            } E[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            int done = 0;
            for (size_t k = 0; k < sizeof E / sizeof *E; k++) {
                size_t el = strlen(E[k].ent);
                if ((size_t)(te - p) >= el && !strncmp(p, E[k].ent, el)) {
                    g->text[g->len++] = E[k].c;
                    p += el;
                    done = 1;
                    break;
                }
            }
            if (done) continue;
        }
        g->text[g->len++] = *p++;
    }
    (void)open_ev;
    (void)open_tx;
    g->text[g->len] = '\0';
    for (const char *p = te; (p = strstr(p, "<MAKEINSTANCE ")) != NULL; p++) {
        const char *q = strchr(p, '>');
        if (!q) break;
        g->in = grow(g->in, &cap_in, g->n_in, sizeof(inst));
        attr(p + 1, (size_t)(q - p - 1), "eiid", g->in[g->n_in].eiid, 16);
        attr(p + 1, (size_t)(q - p - 1), "eventID", g->in[g->n_in].eid, 16);
        g->n_in++;
    }
    for (const char *p = te; (p = strstr(p, "<TLINK ")) != NULL; p++) {
        const char *q = strchr(p, '>');
        if (!q) break;
        size_t tl = (size_t)(q - p - 1);
        char ei[16], rt[16], ti[16], re[16];
        attr(p + 1, tl, "eventInstanceID", ei, sizeof ei);
        attr(p + 1, tl, "relatedToTime", rt, sizeof rt);
        attr(p + 1, tl, "timeID", ti, sizeof ti);
        attr(p + 1, tl, "relatedToEventInstance", re, sizeof re);
        const char *time = NULL, *event = NULL;
        if (ei[0] && rt[0]) {
            event = ei;
            time = rt;
        } else if (ti[0] && re[0]) {
            event = re;
            time = ti;
        }
        if (!time) continue;
        g->ln = grow(g->ln, &cap_ln, g->n_ln, sizeof(link));
        snprintf(g->ln[g->n_ln].time, 16, "%s", time);
        snprintf(g->ln[g->n_ln].event, 16, "%s", event);
        g->n_ln++;
    }
    (void)n;
    return 0;
}

static void gold_free(gold_doc *g)
{
    free(g->text);
    free(g->ev);
    free(g->tx);
    free(g->ln);
    free(g->in);
}

static const span *event_of_instance(const gold_doc *g, const char *eiid)
{
    for (size_t i = 0; i < g->n_in; i++)
        if (!strcmp(g->in[i].eiid, eiid))
            for (size_t k = 0; k < g->n_ev; k++)
                if (!strcmp(g->ev[k].id, g->in[i].eid)) return &g->ev[k];
    return NULL;
}

/* Pipeline mode: runs the whole extractor (tagger included) on the text
 * and counts the gold DATE/TIME expressions with an event link that give a
 * timeline event: its evidence overlaps the expression and, for concrete
 * gold values, its date equals the gold value. */
static void eval_pipeline(const char *name, const gold_doc *g, const char *dct, long *total, long *found,
                          int show_errors)
{
    el_timeline *tl = el_timeline_new();
    el_extract_options opt = {dct, "2026-11-27", name, 0};
    el_error err;
    if (!tl || el_extract(g->text, g->len, &opt, tl, NULL, &err) != EL_OK) {
        el_timeline_free(tl);
        return;
    }
    for (size_t i = 0; i < g->n_tx; i++) {
        if (strcmp(g->tx[i].type, "DATE") != 0 && strcmp(g->tx[i].type, "TIME") != 0) continue;
        int linked = 0;
        for (size_t k = 0; k < g->n_ln && !linked; k++)
            if (!strcmp(g->ln[k].time, g->tx[i].id) && event_of_instance(g, g->ln[k].event)) linked = 1;
        if (!linked) continue;
        (*total)++;
        el_date gd;
        el_error e2;
        int concrete = el_date_parse(g->tx[i].value, &gd, &e2) == EL_OK;
        int ok = 0;
        for (size_t k = 0; k < tl->n_events && !ok; k++) {
            const el_evidence *ev = tl->events[k].evidence;
            if (!ev || !ev->has_timex) continue;
            if (ev->timex.start >= g->tx[i].end || g->tx[i].start >= ev->timex.end) continue;
            ok = !concrete || el_date_compare(&tl->events[k].date, &gd) == 0 ||
                 (tl->events[k].date.start.lo <= gd.start.lo && gd.end.hi <= tl->events[k].date.end.hi);
        }
        if (ok) (*found)++;
        else if (show_errors)
            printf("%s: no event for \"%.*s\" (%s)\n", name, (int)(g->tx[i].end - g->tx[i].start),
                   g->text + g->tx[i].start, g->tx[i].value);
    }
    el_timeline_free(tl);
}

typedef struct tally {
    long total, right, no_anchor;
    long by_rule[8], right_by_rule[8];
} tally;

static void eval_doc(const char *name, gold_doc *g, tally *t, int show_errors)
{
    el_timex *tx = calloc(g->n_tx ? g->n_tx : 1, sizeof *tx);
    if (!tx) exit(3);
    for (size_t i = 0; i < g->n_tx; i++) {
        tx[i].start = g->tx[i].start;
        tx[i].end = g->tx[i].end;
        tx[i].type = !strcmp(g->tx[i].type, "TIME")       ? EL_TIMEX_TIME
                     : !strcmp(g->tx[i].type, "DURATION") ? EL_TIMEX_DURATION
                     : !strcmp(g->tx[i].type, "SET")      ? EL_TIMEX_SET
                                                          : EL_TIMEX_DATE;
        snprintf(tx[i].value, sizeof tx[i].value, "%s", g->tx[i].value);
    }
    ex_doc doc;
    if (ex_doc_build(&doc, g->text, g->len, tx, g->n_tx, 0, 0) < 0) exit(3);
    ex_anchor *an = calloc(g->n_tx ? g->n_tx : 1, sizeof *an);
    if (!an) exit(3);
    ex_anchor_all(&doc, an);
    for (size_t i = 0; i < g->n_tx; i++) {
        if (tx[i].type != EL_TIMEX_DATE && tx[i].type != EL_TIMEX_TIME) continue;
        /* Gold events linked to this timex, within its sentence. */
        const span *gold[32];
        int ng = 0;
        for (size_t k = 0; k < g->n_ln && ng < 32; k++) {
            if (strcmp(g->ln[k].time, g->tx[i].id) != 0) continue;
            const span *e = event_of_instance(g, g->ln[k].event);
            if (e) gold[ng++] = e;
        }
        if (ng == 0) continue;
        t->total++;
        ex_anchor *a = &an[i];
        t->by_rule[a->rule]++;
        if (a->event_tok < 0) {
            t->no_anchor++;
            if (show_errors) {
                printf("%s: NONE  \"%.*s\"", name, (int)(tx[i].end - tx[i].start), g->text + tx[i].start);
                int f = doc.timex_first[i];
                if (show_errors > 1 && f >= 0) {
                    const ex_sentence *se = &doc.sents[doc.toks[f].sent];
                    printf("\n    | %.*s", (int)(se->end - se->start), g->text + se->start);
                }
                printf("\n");
            }
            continue;
        }
        const ex_token *et = &doc.toks[a->event_tok];
        int ok = 0;
        for (int k = 0; k < ng; k++)
            if (et->start < gold[k]->end && gold[k]->start < et->end) ok = 1;
        if (ok) {
            t->right++;
            t->right_by_rule[a->rule]++;
        } else if (show_errors) {
            printf("%s: rule %d \"%.*s\" -> \"%.*s\"; gold:", name, a->rule,
                   (int)(tx[i].end - tx[i].start), g->text + tx[i].start,
                   (int)(et->end - et->start), g->text + et->start);
            for (int k = 0; k < ng; k++)
                printf(" \"%.*s\"", (int)(gold[k]->end - gold[k]->start), g->text + gold[k]->start);
            if (show_errors > 1) {
                const ex_sentence *se = &doc.sents[et->sent];
                printf("\n    | %.*s", (int)(se->end - se->start), g->text + se->start);
            }
            printf("\n");
        }
    }
    free(an);
    ex_doc_free(&doc);
    free(tx);
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
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

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: anchor_eval DIR [MIN_PERCENT] [--errors|--context] [--pipeline]\n");
        return 2;
    }
    double min_pct = 0;
    int show_errors = 0, pipeline = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--pipeline")) pipeline = 1;
        else if (!strcmp(argv[i], "--errors")) show_errors = 1;
        else if (!strcmp(argv[i], "--context")) show_errors = 2;
        else min_pct = atof(argv[i]);
    }
    DIR *d = opendir(argv[1]);
    if (!d) {
        printf("anchor_eval: %s not found, skipping\n", argv[1]);
        return 77;
    }
    char **names = NULL;
    size_t n_names = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l > 4 && !strcmp(de->d_name + l - 4, ".tml")) {
            names = grow(names, &cap, n_names, sizeof *names);
            names[n_names++] = strdup(de->d_name);
        }
    }
    closedir(d);
    qsort(names, n_names, sizeof *names, cmp_names);
    tally t;
    memset(&t, 0, sizeof t);
    for (size_t i = 0; i < n_names; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
        size_t n;
        char *src = read_file(path, &n);
        gold_doc g;
        if (src && parse_tml(src, n, &g) == 0) {
            if (pipeline) {
                /* The DCT is the TIMEX3 with functionInDocument="CREATION_TIME". */
                char dct[16] = "";
                const char *p = strstr(src, "CREATION_TIME");
                const char *v = p ? strstr(src, "<DCT>") : NULL;
                v = v ? strstr(v, "value=\"") : NULL;
                if (v) snprintf(dct, sizeof dct, "%.10s", v + 7);
                eval_pipeline(names[i], &g, dct[0] ? dct : NULL, &t.total, &t.right, show_errors);
            } else {
                eval_doc(names[i], &g, &t, show_errors);
            }
            gold_free(&g);
        }
        free(src);
        free(names[i]);
    }
    free(names);
    static const char *const rule_names[] = {"none", "noun phrase", "preposition", "adjacent verb",
                                             "report verb", "clause", "sentence"};
    double pct = t.total ? 100.0 * (double)t.right / (double)t.total : 0;
    if (pipeline) {
        printf("pipeline: %ld of %ld DATE/TIME expressions with a gold event link give a timeline event "
               "with that date (%.1f%%)\n", t.right, t.total, pct);
        return pct < min_pct ? 1 : 0;
    }
    printf("anchoring: %ld of %ld DATE/TIME timexes with a gold event link anchored to a gold event (%.1f%%)\n",
           t.right, t.total, pct);
    for (int r = 0; r < 7; r++)
        if (t.by_rule[r])
            printf("  %-14s %5ld chosen, %5ld right (%.1f%%)\n", rule_names[r], t.by_rule[r],
                   t.right_by_rule[r], 100.0 * (double)t.right_by_rule[r] / (double)t.by_rule[r]);
    if (pct < min_pct) {
        printf("below the floor of %.1f%%\n", min_pct);
        return 1;
    }
    return 0;
}
