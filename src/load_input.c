/* load_input.c: one input, whatever its format, to a validated timeline.
 *
 * Event lists (eventline/1 JSON, TimelineJS JSON, TimelineJS CSV) are
 * checked for binary data and invalid UTF-8 first, then parsed by the
 * library; plain text is an article and goes through extraction.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int load_format_from_name(const char *name, el_input_format *fmt)
{
    int f;
    if (strcmp(name, "json") == 0) {
        *fmt = EL_INPUT_EVENTLINE;
        return 0;
    }
    f = el_input_format_from_name(name);
    if (f < 0)
        return -1;
    *fmt = (el_input_format)f;
    return 0;
}

/* True when text holds a NUL byte (binary data, never an article). */
static bool has_nul(const char *text, size_t len)
{
    return memchr(text, '\0', len) != NULL;
}

/* Runs extraction on an article. */
static int load_text(const char *text, size_t len, const load_opts *o,
                     el_timeline **out, char *warning, size_t wsize,
                     el_error *err)
{
    el_extract_options xo;
    el_extract_info info;
    el_timeline *tl = el_timeline_new();
    int rc;
    if (tl == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    memset(&xo, 0, sizeof xo);
    memset(&info, 0, sizeof info);
    xo.dct = o->dct;
    xo.today = o->today;
    xo.doc_name = o->name;
    xo.max_input_bytes = o->limits.max_input_bytes;
    rc = el_extract(text, len, &xo, tl, &info, err);
    if (rc == EL_OK && el_extract_finish(tl) != 0)
        rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    if (rc != EL_OK) {
        el_timeline_free(tl);
        return rc;
    }
    if (warning != NULL && wsize > 0)
        snprintf(warning, wsize, "%s", info.warning);
    if (tl->n_events == 0 && !o->allow_empty) {
        el_timeline_free(tl);
        return el_fail(err, EL_ERR_INPUT, 0, 0, "no dated events found in the text");
    }
    *out = tl;
    return EL_OK;
}

int load_timeline(const char *text, size_t len, const load_opts *o,
                  el_timeline **out, char *warning, size_t wsize,
                  el_error *err)
{
    el_input_format fmt = o->format;
    int rc;
    *out = NULL;
    if (warning != NULL && wsize > 0)
        warning[0] = '\0';
    if (len == 0)
        return el_fail(err, EL_ERR_INPUT, 0, 0, "empty input");
    if (fmt == EL_INPUT_AUTO) {
        if (has_nul(text, len))
            return io_check_text(text, len, err);
        fmt = el_detect_format(text, len, o->name);
    }
    if (fmt == EL_INPUT_TEXT)
        return load_text(text, len, o, out, warning, wsize, err);
    rc = io_check_text(text, len, err);
    if (rc != EL_OK)
        return rc;
    switch (fmt) {
    case EL_INPUT_TIMELINEJS:
        rc = el_timelinejs_read(text, len, &o->limits, out, err);
        break;
    case EL_INPUT_CSV:
        rc = el_csv_read(text, len, &o->limits, out, err);
        break;
    default:
        rc = el_json_read(text, len, &o->limits, out, err);
        break;
    }
    if (rc != EL_OK) {
        el_timeline_free(*out);
        *out = NULL;
        return rc;
    }
    if ((*out)->n_events == 0 && !o->allow_empty) {
        el_timeline_free(*out);
        *out = NULL;
        return el_fail(err, EL_ERR_INPUT, 0, 0, "the event list has no events");
    }
    return EL_OK;
}
