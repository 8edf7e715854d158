/* json_read.c: el_json_read, eventline/1 JSON text to a validated timeline.
 *
 * Steps: limits and a strict syntax check with places (json_check.c), cJSON
 * for the tree, then every member is read with its type checked, and the
 * model is validated; any error is reported at the line:col of the value it
 * is about.  Unknown members are ignored so that later versions can add
 * some.  The caller owns *out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/json.h"
#include "events/model/json_common.h"
#include "events/model/model_internal.h"

/* Reads an optional non-negative integer member (byte offsets). */
static int get_offset(el__jctx *c, const cJSON *obj, const char *path, const char *key,
                      size_t *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    char p[128];
    if (!v || cJSON_IsNull(v))
        return EL_OK;
    snprintf(p, sizeof p, "%s.%s", path, key);
    if (!cJSON_IsNumber(v))
        return el__json_fail(c, p, "expected a number, got %s", el__json_kind(v));
    double d = v->valuedouble;
    if (!(d >= 0) || d > 9007199254740992.0 || floor(d) != d)
        return el__json_fail(c, p, "expected a whole number of bytes, at least 0");
    *out = (size_t)d;
    return EL_OK;
}

/* Reads an optional array of id strings into list/n. */
static int get_ids(el__jctx *c, const cJSON *obj, const char *path, const char *key,
                   char ***list, size_t *n)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    char p[128];
    if (!v || cJSON_IsNull(v))
        return EL_OK;
    snprintf(p, sizeof p, "%s.%s", path, key);
    if (!cJSON_IsArray(v))
        return el__json_fail(c, p, "expected an array of ids, got %s", el__json_kind(v));
    size_t k = 0;
    for (const cJSON *it = v->child; it; it = it->next, k++) {
        char pk[160];
        snprintf(pk, sizeof pk, "%s[%zu]", p, k);
        if (!cJSON_IsString(it) || !it->valuestring)
            return el__json_fail(c, pk, "expected an id (a string), got %s",
                                 el__json_kind(it));
        if (el_strlist_add(list, n, it->valuestring) != 0)
            return el__json_oom(c);
    }
    return EL_OK;
}

/* Reads an evidence object into a new ev->evidence (owned by ev, also on
 * failure, so el_event_clear frees it). */
static int read_evidence(el__jctx *c, const cJSON *v, const char *path, el_event *ev)
{
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected an object, got %s", el__json_kind(v));
    el_evidence *e = calloc(1, sizeof *e);
    if (!e)
        return el__json_oom(c);
    ev->evidence = e; /* owned by the event from here on */
    size_t big = c->lim.max_note_bytes, small = c->lim.max_label_bytes;
    int rc;
    static const char *const evidence_keys[] = {"doc", "start", "end", "text", "timex"};
    if ((rc = el__json_unique_keys(c, v, path, evidence_keys,
                                   sizeof evidence_keys / sizeof evidence_keys[0])) ||
        (rc = el__json_get_str(c, v, path, "doc", big, &e->doc)) ||
        (rc = get_offset(c, v, path, "start", &e->start)) ||
        (rc = get_offset(c, v, path, "end", &e->end)) ||
        (rc = el__json_get_str(c, v, path, "text", big, &e->text)))
        return rc;
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(v, "timex");
    if (!t || cJSON_IsNull(t))
        return EL_OK;
    char tp[128];
    snprintf(tp, sizeof tp, "%s.timex", path);
    if (!cJSON_IsObject(t))
        return el__json_fail(c, tp, "expected an object, got %s", el__json_kind(t));
    e->has_timex = true;
    if ((rc = el__json_get_str(c, t, tp, "text", small, &e->timex.text)) ||
        (rc = el__json_get_str(c, t, tp, "type", small, &e->timex.type)) ||
        (rc = el__json_get_str(c, t, tp, "value", small, &e->timex.value)) ||
        (rc = el__json_get_str(c, t, tp, "mod", small, &e->timex.mod)) ||
        (rc = get_offset(c, t, tp, "start", &e->timex.start)) ||
        (rc = get_offset(c, t, tp, "end", &e->timex.end)))
        return rc;
    return EL_OK;
}

/* Reads events[i] into ev, checking the type of every known member. */
static int read_event(el__jctx *c, const cJSON *v, size_t i, el_event *ev)
{
    char path[64];
    snprintf(path, sizeof path, "events[%zu]", i);
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected an object, got %s", el__json_kind(v));
    size_t lab = c->lim.max_label_bytes, note = c->lim.max_note_bytes;
    int rc;
    /* ids, dates and colours are bounded by the input size and the date
     * parser's own limit; the limits apply to the texts drawn */
    static const char *const event_keys[] = {"id", "date", "end", "label", "note",
                                             "display_date", "group", "color", "after",
                                             "before", "evidence"};
    if ((rc = el__json_unique_keys(c, v, path, event_keys,
                                   sizeof event_keys / sizeof event_keys[0])) ||
        (rc = el__json_get_str(c, v, path, "id", 0, &ev->id)) ||
        (rc = el__json_get_str(c, v, path, "date", 0, &ev->date_text)) ||
        (rc = el__json_get_str(c, v, path, "end", 0, &ev->end_text)) ||
        (rc = el__json_get_str(c, v, path, "label", lab, &ev->label)) ||
        (rc = el__json_get_str(c, v, path, "note", note, &ev->note)) ||
        (rc = el__json_get_str(c, v, path, "display_date", lab, &ev->display_date)) ||
        (rc = el__json_get_str(c, v, path, "group", lab, &ev->group)) ||
        (rc = el__json_get_str(c, v, path, "color", 0, &ev->color)) ||
        (rc = get_ids(c, v, path, "after", &ev->after, &ev->n_after)) ||
        (rc = get_ids(c, v, path, "before", &ev->before, &ev->n_before)))
        return rc;
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(v, "evidence");
    if (e && !cJSON_IsNull(e)) {
        char ep[80];
        snprintf(ep, sizeof ep, "%s.evidence", path);
        return read_evidence(c, e, ep, ev);
    }
    return EL_OK;
}

/* Reads eras[i] into era. */
static int read_era(el__jctx *c, const cJSON *v, size_t i, el_era *era)
{
    char path[64];
    snprintf(path, sizeof path, "eras[%zu]", i);
    if (!cJSON_IsObject(v))
        return el__json_fail(c, path, "expected an object, got %s", el__json_kind(v));
    size_t lab = c->lim.max_label_bytes;
    int rc;
    static const char *const era_keys[] = {"date", "label", "color"};
    if ((rc = el__json_unique_keys(c, v, path, era_keys, sizeof era_keys / sizeof era_keys[0])) ||
        (rc = el__json_get_str(c, v, path, "date", 0, &era->date_text)) ||
        (rc = el__json_get_str(c, v, path, "label", lab, &era->label)) ||
        (rc = el__json_get_str(c, v, path, "color", 0, &era->color)))
        return rc;
    return EL_OK;
}

/* Fills tl from the parsed document root. */
static int read_doc(el__jctx *c, const cJSON *root, el_timeline *tl)
{
    if (!cJSON_IsObject(root))
        return el__json_fail(c, "", "expected a JSON object at the top, got %s",
                             el__json_kind(root));
    const cJSON *ver = cJSON_GetObjectItemCaseSensitive(root, "eventline");
    if (ver && !(cJSON_IsNumber(ver) && ver->valuedouble == 1.0)) {
        if (cJSON_IsNumber(ver))
            return el__json_fail(c, "eventline", "unsupported version %g (this reader "
                                 "knows version 1)", ver->valuedouble);
        return el__json_fail(c, "eventline", "expected the number 1, got %s",
                             el__json_kind(ver));
    }
    size_t note = c->lim.max_note_bytes;
    int rc;
    static const char *const top_keys[] = {"eventline", "title", "subtitle", "source", "dct",
                                           "events", "eras"};
    if ((rc = el__json_unique_keys(c, root, "", top_keys, sizeof top_keys / sizeof top_keys[0])) ||
        (rc = el__json_get_str(c, root, "", "title", note, &tl->title)) ||
        (rc = el__json_get_str(c, root, "", "subtitle", note, &tl->subtitle)) ||
        (rc = el__json_get_str(c, root, "", "source", note, &tl->source)) ||
        (rc = el__json_get_str(c, root, "", "dct", 0, &tl->dct)))
        return rc;
    const cJSON *events = cJSON_GetObjectItemCaseSensitive(root, "events");
    if (!events)
        return el__json_fail(c, "", "missing \"events\" (the list of events)");
    if (!cJSON_IsArray(events))
        return el__json_fail(c, "events", "expected an array, got %s",
                             el__json_kind(events));
    size_t i = 0;
    for (const cJSON *it = events->child; it; it = it->next, i++) {
        if (i >= c->lim.max_events) {
            char p[64];
            snprintf(p, sizeof p, "events[%zu]", i);
            return el__json_fail(c, p, "more than %zu events (the limit)",
                                 c->lim.max_events);
        }
        el_event *ev = el_timeline_add_event(tl);
        if (!ev)
            return el__json_oom(c);
        if ((rc = read_event(c, it, i, ev)))
            return rc;
    }
    const cJSON *eras = cJSON_GetObjectItemCaseSensitive(root, "eras");
    if (eras && !cJSON_IsNull(eras)) {
        if (!cJSON_IsArray(eras))
            return el__json_fail(c, "eras", "expected an array, got %s",
                                 el__json_kind(eras));
        i = 0;
        for (const cJSON *it = eras->child; it; it = it->next, i++) {
            if (i >= c->lim.max_events)
                return el__json_fail(c, "eras", "more than %zu eras (the limit)",
                                     c->lim.max_events);
            el_era *era = el_timeline_add_era(tl);
            if (!era)
                return el__json_oom(c);
            if ((rc = read_era(c, it, i, era)))
                return rc;
        }
    }
    return EL_OK;
}

int el__json_validate_placed(el__jctx *c, el_timeline *tl)
{
    char path[128];
    el_error e;
    el_error_clear(&e);
    int rc = el__timeline_validate(tl, &e, path, sizeof path);
    if (rc == EL_OK)
        return EL_OK;
    if (rc != EL_ERR_INPUT) {
        if (c->err)
            *c->err = e;
        return rc;
    }
    /* e.msg starts with "path: "; keep the message, add the place */
    size_t plen = strlen(path);
    const char *reason = e.msg;
    if (plen && strncmp(e.msg, path, plen) == 0 && e.msg[plen] == ':')
        reason = e.msg + plen + 2;
    return el__json_fail(c, path, "%s", reason);
}

int el_json_read(const char *text, size_t len, const el_limits *lim,
                 el_timeline **out, el_error *err)
{
    el__jctx c;
    cJSON *root = NULL;
    if (out)
        *out = NULL;
    el_error_clear(err);
    if (!out)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "no place for the result");
    el__jctx_init(&c, text, len, lim, err);
    int rc = el__json_parse(&c, &root);
    if (rc)
        return rc;
    el_timeline *tl = el_timeline_new();
    if (!tl) {
        cJSON_Delete(root);
        return el__json_oom(&c);
    }
    rc = read_doc(&c, root, tl);
    cJSON_Delete(root);
    if (rc == EL_OK)
        rc = el__json_validate_placed(&c, tl);
    if (rc) {
        el_timeline_free(tl);
        return rc;
    }
    *out = tl;
    return EL_OK;
}
