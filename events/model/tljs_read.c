/* tljs_read.c: el_timelinejs_read, TimelineJS JSON to a validated timeline.
 *
 * Mapping (see docs/FORMAT.md): title slide headline -> title, its text ->
 * subtitle; each event's start_date/end_date -> date/end, text.headline ->
 * label (HTML reduced to plain text; the start of text.text when there is no
 * headline), text.text -> note, group, display_date (slide or date level),
 * unique_id -> id, background.color -> color when it is #rgb/#rrggbb; eras
 * with both dates and a headline.  Events without start_date are skipped,
 * as TimelineJS does.  Errors carry the line:col of the TimelineJS value. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/import.h"
#include "events/model/date_internal.h"
#include "events/model/import_internal.h"
#include "events/model/json_common.h"
#include "events/model/model_internal.h"

/* Reads one integer part ("year", "month", ...) of a date object. */
static int get_part(el__jctx *c, const cJSON *obj, const char *path, const char *key,
                    int64_t lo, int64_t hi, const char *what, int64_t *out, bool *has)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    char p[160];
    *has = false;
    if (!v || cJSON_IsNull(v))
        return EL_OK;
    snprintf(p, sizeof p, "%s.%s", path, key);
    double d;
    if (cJSON_IsNumber(v)) {
        d = v->valuedouble;
    } else if (cJSON_IsString(v) && v->valuestring) {
        const char *s = v->valuestring;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strlen(s);
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        if (n == 0)
            return EL_OK; /* "" means not given */
        size_t k = (s[0] == '-');
        if (k == n)
            return el__json_fail(c, p, "expected a whole number, got \"-\"");
        for (; k < n; k++)
            if (s[k] < '0' || s[k] > '9') {
                char q[96];
                el__quote(v->valuestring, strlen(v->valuestring), q, sizeof q);
                return el__json_fail(c, p, "expected a whole number, got %s", q);
            }
        if (n > 16)
            return el__json_fail(c, p, "%s is out of range", what);
        d = strtod(s, NULL);
    } else {
        return el__json_fail(c, p, "expected a whole number, got %s", el__json_kind(v));
    }
    if (!(d == floor(d)) || fabs(d) > 1e15)
        return el__json_fail(c, p, "expected a whole number in range, got %g", d);
    if ((int64_t)d < lo || (int64_t)d > hi)
        return el__json_fail(c, p, "%lld is not a valid %s (%lld-%lld)", (long long)d,
                             what, (long long)lo, (long long)hi);
    *out = (int64_t)d;
    *has = true;
    return EL_OK;
}

/* Reads a TimelineJS date object at path into eventline date text
 * (buf) and its display_date (NULL when none). */
static int read_date(el__jctx *c, const cJSON *v, const char *path, char *buf, size_t size,
                     el_date *parsed, const char **display)
{
    *display = NULL;
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected a date object ({\"year\": ...}), got %s",
                             el__json_kind(v));
    el__tparts p;
    memset(&p, 0, sizeof p);
    int64_t x = 0;
    int rc;
    if ((rc = get_part(c, v, path, "year", -EL_YEAR_LIMIT, EL_YEAR_LIMIT, "year", &p.year,
                       &p.has_year)))
        return rc;
    if ((rc = get_part(c, v, path, "month", 1, 12, "month", &x, &p.has_month)))
        return rc;
    p.month = (int)x;
    if ((rc = get_part(c, v, path, "day", 1, 31, "day", &x, &p.has_day)))
        return rc;
    p.day = (int)x;
    if ((rc = get_part(c, v, path, "hour", 0, 23, "hour", &x, &p.has_hour)))
        return rc;
    p.hour = (int)x;
    if ((rc = get_part(c, v, path, "minute", 0, 59, "minute", &x, &p.has_minute)))
        return rc;
    p.minute = (int)x;
    if ((rc = get_part(c, v, path, "second", 0, 59, "second", &x, &p.has_second)))
        return rc;
    p.second = (int)x;
    if (!p.has_year)
        return el__json_fail(c, path, "missing \"year\"");
    /* TimelineJS fills missing month and day with 1 when finer parts exist */
    if (!p.has_month && (p.has_day || p.has_hour || p.has_minute || p.has_second)) {
        p.has_month = true;
        p.month = 1;
    }
    if (!p.has_day && (p.has_hour || p.has_minute || p.has_second)) {
        p.has_day = true;
        p.day = 1;
    }
    if (el__tparts_to_text(&p, buf, size) != 0)
        return el__json_fail(c, path, "date out of range");
    el_error e;
    if (el_date_parse(buf, parsed, &e) != EL_OK)
        return el__json_fail(c, path, "%s", e.msg);
    const cJSON *dd = cJSON_GetObjectItemCaseSensitive(v, "display_date");
    if (cJSON_IsString(dd) && dd->valuestring && dd->valuestring[0])
        *display = dd->valuestring;
    return EL_OK;
}

/* Reads a string member that holds HTML, as plain text (NULL if absent or
 * blank).  max 0: no limit. */
static int get_html(el__jctx *c, const cJSON *obj, const char *path, const char *key,
                    size_t max, char **out)
{
    char *raw = NULL;
    int rc = el__json_get_str(c, obj, path, key, 0, &raw);
    if (rc || !raw)
        return rc;
    char *text = el__html_to_text(raw, strlen(raw));
    free(raw);
    if (!text)
        return el__json_oom(c);
    if (!text[0]) {
        free(text);
        return EL_OK;
    }
    if (max && strlen(text) > max) {
        char p[160];
        snprintf(p, sizeof p, "%s.%s", path, key);
        free(text);
        return el__json_fail(c, p, "is longer than the limit of %zu bytes", max);
    }
    free(*out);
    *out = text;
    return EL_OK;
}

/* Reads the text object of a slide into headline / body (plain text). */
static int read_text(el__jctx *c, const cJSON *slide, const char *path, char **headline,
                     char **body)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(slide, "text");
    char tp[128];
    if (!t || cJSON_IsNull(t))
        return EL_OK;
    snprintf(tp, sizeof tp, "%s.text", path);
    if (!cJSON_IsObject(t))
        return el__json_fail(c, tp, "expected an object with headline and text, got %s",
                             el__json_kind(t));
    int rc = get_html(c, t, tp, "headline", c->lim.max_label_bytes, headline);
    if (rc == EL_OK && body)
        rc = get_html(c, t, tp, "text", c->lim.max_note_bytes, body);
    return rc;
}

static bool is_colour(const char *s)
{
    size_t n = strlen(s);
    if (s[0] != '#' || (n != 4 && n != 7))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!strchr("0123456789abcdefABCDEF", s[i]))
            return false;
    return true;
}

/* Reads TimelineJS events[j] into a new event of tl; *skipped is set for a
 * slide without start_date (TimelineJS skips those too). */
static int read_event(el__jctx *c, const cJSON *v, size_t j, el_timeline *tl, bool *skipped)
{
    char path[64], sp[96], ep[96], buf[64];
    const char *disp = NULL, *edisp = NULL;
    snprintf(path, sizeof path, "events[%zu]", j);
    *skipped = false;
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected an object, got %s", el__json_kind(v));
    const cJSON *sd = cJSON_GetObjectItemCaseSensitive(v, "start_date");
    if (!sd || cJSON_IsNull(sd)) {
        *skipped = true; /* TimelineJS skips these too */
        return EL_OK;
    }
    if (tl->n_events >= c->lim.max_events)
        return el__json_fail(c, path, "more than %zu events (the limit)", c->lim.max_events);
    el_event *ev = el_timeline_add_event(tl);
    if (!ev)
        return el__json_oom(c);
    snprintf(sp, sizeof sp, "%s.start_date", path);
    int rc = read_date(c, sd, sp, buf, sizeof buf, &ev->date, &disp);
    if (rc)
        return rc;
    if (el_set_str(&ev->date_text, buf))
        return el__json_oom(c);
    const cJSON *ed = cJSON_GetObjectItemCaseSensitive(v, "end_date");
    if (ed && !cJSON_IsNull(ed)) {
        snprintf(ep, sizeof ep, "%s.end_date", path);
        if ((rc = read_date(c, ed, ep, buf, sizeof buf, &ev->end, &edisp)))
            return rc;
        if (strcmp(buf, ev->date_text) != 0) { /* identical ends are dropped */
            if (ev->end.end.hi <= ev->date.start.lo)
                return el__json_fail(c, ep, "the end \"%s\" is before the start \"%s\"",
                                     buf, ev->date_text);
            if (el_set_str(&ev->end_text, buf))
                return el__json_oom(c);
        }
    }
    if ((rc = read_text(c, v, path, &ev->label, &ev->note)))
        return rc;
    if (!ev->label) {
        if (!ev->note)
            return el__json_fail(c, path, "no text.headline or text.text to use as a label");
        ev->label = el__label_from_text(ev->note, c->lim.max_label_bytes);
        if (!ev->label)
            return el__json_oom(c);
    }
    size_t lab = c->lim.max_label_bytes;
    char *group = NULL, *display = NULL, *uid = NULL;
    if ((rc = el__json_get_str(c, v, path, "unique_id", lab, &uid)))
        return rc;
    ev->id = uid;
    if ((rc = get_html(c, v, path, "group", lab, &group)))
        return rc;
    ev->group = group;
    if ((rc = get_html(c, v, path, "display_date", lab, &display)))
        return rc;
    if (!display && (disp || edisp)) {
        char *a = disp ? el__html_to_text(disp, strlen(disp)) : NULL;
        char *b = edisp ? el__html_to_text(edisp, strlen(edisp)) : NULL;
        if ((disp && !a) || (edisp && !b)) {
            free(a);
            free(b);
            return el__json_oom(c);
        }
        el__sb sb = {0};
        el__sb_puts(&sb, a ? a : ev->date_text);
        if (b) {
            el__sb_puts(&sb, " - ");
            el__sb_puts(&sb, b);
        }
        free(a);
        free(b);
        display = el__sb_finish(&sb);
        if (!display)
            return el__json_oom(c);
        if (strlen(display) > lab) {
            free(display);
            return el__json_fail(c, disp ? sp : ep, "display dates longer than the limit "
                                 "of %zu bytes", lab);
        }
    }
    ev->display_date = display;
    const cJSON *bg = cJSON_GetObjectItemCaseSensitive(v, "background");
    if (cJSON_IsObject(bg)) {
        const cJSON *col = cJSON_GetObjectItemCaseSensitive(bg, "color");
        if (cJSON_IsString(col) && col->valuestring && is_colour(col->valuestring) &&
            el_set_str(&ev->color, col->valuestring))
            return el__json_oom(c);
    }
    return EL_OK;
}

/* Reads TimelineJS eras[i] into a new era of tl (date "start/end"). */
static int read_era(el__jctx *c, const cJSON *v, size_t i, el_timeline *tl)
{
    char path[64], sp[96], ep[96], a[64], b[64];
    const char *disp;
    el_date da, db;
    snprintf(path, sizeof path, "eras[%zu]", i);
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected an object, got %s", el__json_kind(v));
    const cJSON *sd = cJSON_GetObjectItemCaseSensitive(v, "start_date");
    const cJSON *ed = cJSON_GetObjectItemCaseSensitive(v, "end_date");
    if (!sd || !ed)
        return el__json_fail(c, path, "an era needs both start_date and end_date");
    snprintf(sp, sizeof sp, "%s.start_date", path);
    snprintf(ep, sizeof ep, "%s.end_date", path);
    int rc;
    if ((rc = read_date(c, sd, sp, a, sizeof a, &da, &disp)) ||
        (rc = read_date(c, ed, ep, b, sizeof b, &db, &disp)))
        return rc;
    if (db.end.hi <= da.start.lo)
        return el__json_fail(c, ep, "the end \"%s\" is before the start \"%s\"", b, a);
    el_era *era = el_timeline_add_era(tl);
    if (!era)
        return el__json_oom(c);
    char *label = NULL;
    if ((rc = read_text(c, v, path, &label, NULL)))
        return rc;
    era->label = label;
    if (!label)
        return el__json_fail(c, path, "an era needs text.headline");
    el__sb sb = {0};
    el__sb_printf(&sb, "%s/%s", a, b);
    era->date_text = el__sb_finish(&sb);
    if (!era->date_text)
        return el__json_oom(c);
    return EL_OK;
}

/* Drops repeated unique_ids (TimelineJS replaces them too), so that the
 * later events fall back to default ids. */
typedef struct uid_slot {
    const char *id;
    size_t idx;
} uid_slot;

static int cmp_uid(const void *a, const void *b)
{
    const uid_slot *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static int drop_repeated_ids(el__jctx *c, el_timeline *tl)
{
    size_t n = 0;
    uid_slot *s = malloc((tl->n_events ? tl->n_events : 1) * sizeof *s);
    if (!s)
        return el__json_oom(c);
    for (size_t i = 0; i < tl->n_events; i++)
        if (tl->events[i].id)
            s[n++] = (uid_slot){tl->events[i].id, i};
    qsort(s, n, sizeof *s, cmp_uid);
    for (size_t k = 1; k < n; k++)
        if (strcmp(s[k - 1].id, s[k].id) == 0) {
            size_t i = s[k].idx;
            s[k].id = s[k - 1].id; /* keep comparing against the survivor */
            free(tl->events[i].id);
            tl->events[i].id = NULL;
        }
    free(s);
    return EL_OK;
}

int el_timelinejs_read(const char *text, size_t len, const el_limits *lim,
                       el_timeline **out, el_error *err)
{
    el__jctx c;
    cJSON *root = NULL;
    el_error_clear(err);
    if (!out)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "no place for the result");
    *out = NULL;
    el__jctx_init(&c, text, len, lim, err);
    int rc = el__json_parse(&c, &root);
    if (rc)
        return rc;
    el_timeline *tl = el_timeline_new();
    if (!tl) {
        cJSON_Delete(root);
        return el__json_oom(&c);
    }
    if (!cJSON_IsObject(root)) {
        rc = el__json_fail(&c, "", "expected a JSON object at the top, got %s",
                           el__json_kind(root));
        goto done;
    }
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(root, "title");
    if (title && !cJSON_IsNull(title)) {
        if (!cJSON_IsObject(title)) {
            rc = el__json_fail(&c, "title", "expected a slide object, got %s",
                               el__json_kind(title));
            goto done;
        }
        if ((rc = read_text(&c, title, "title", &tl->title, &tl->subtitle)))
            goto done;
    }
    const cJSON *events = cJSON_GetObjectItemCaseSensitive(root, "events");
    if (!events) {
        rc = el__json_fail(&c, "", "missing \"events\" (the list of slides)");
        goto done;
    }
    if (!cJSON_IsArray(events)) {
        rc = el__json_fail(&c, "events", "expected an array, got %s", el__json_kind(events));
        goto done;
    }
    size_t j = 0;
    for (const cJSON *it = events->child; it; it = it->next, j++) {
        bool skipped;
        if ((rc = read_event(&c, it, j, tl, &skipped)))
            goto done;
    }
    const cJSON *eras = cJSON_GetObjectItemCaseSensitive(root, "eras");
    if (eras && !cJSON_IsNull(eras)) {
        if (!cJSON_IsArray(eras)) {
            rc = el__json_fail(&c, "eras", "expected an array, got %s", el__json_kind(eras));
            goto done;
        }
        j = 0;
        for (const cJSON *it = eras->child; it; it = it->next, j++) {
            if (j >= c.lim.max_events) {
                rc = el__json_fail(&c, "eras", "more than %zu eras (the limit)",
                                   c.lim.max_events);
                goto done;
            }
            if ((rc = read_era(&c, it, j, tl)))
                goto done;
        }
    }
    if ((rc = drop_repeated_ids(&c, tl)))
        goto done;
    el_error e;
    rc = el_timeline_validate(tl, &e);
    if (rc) /* checks above cover the input; what is left has no single place */
        el_fail(err, rc, 0, 0, "%s", e.msg);
done:
    cJSON_Delete(root);
    if (rc) {
        el_timeline_free(tl);
        return rc;
    }
    *out = tl;
    return EL_OK;
}
