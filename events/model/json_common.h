/* json_common.h: what the JSON readers (eventline/1 and TimelineJS) share.
 * Not installed. */
#ifndef EL_JSON_COMMON_H
#define EL_JSON_COMMON_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "eventline/model.h"

/* The text being read, its limits and where errors go. */
typedef struct el__jctx {
    const char *text;
    size_t len;
    el_limits lim;      /* defaults filled in */
    el_error *err;
} el__jctx;

/* Sets up ctx; lim may be NULL (defaults). */
void el__jctx_init(el__jctx *ctx, const char *text, size_t len, const el_limits *lim,
                   el_error *err);

/* Checks size, syntax and depth, then parses with cJSON into *root (the
 * caller deletes it).  Errors carry line:col. */
int el__json_parse(el__jctx *ctx, cJSON **root);

/* Reports "PATH: MESSAGE" as EL_ERR_INPUT at the place of the value at path
 * (or of the nearest enclosing value that can be found). */
int el__json_fail(el__jctx *ctx, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Out of memory. */
int el__json_oom(el__jctx *ctx);

/* "a string", "a number", "an object", ... for messages. */
const char *el__json_kind(const cJSON *v);

/* Reads the optional string member key of obj into *field (left alone when
 * absent or null).  path is obj's path; max 0 means no length limit.
 * Errors for a wrong type or a string longer than max bytes. */
int el__json_get_str(el__jctx *ctx, const cJSON *obj, const char *path, const char *key,
                     size_t max, char **field);

/* Runs el_timeline_validate on tl and places any error at the value named
 * by the failing path in ctx's text. */
int el__json_validate_placed(el__jctx *ctx, el_timeline *tl);

/* Fails when obj (at path) gives one of the n names in keys more than once
 * ("date" twice would silently keep one).  Other members are not looked at:
 * unknown keys are ignored anyway.  One pass over the members. */
int el__json_unique_keys(el__jctx *ctx, const cJSON *obj, const char *path,
                         const char *const *keys, size_t n);

#endif
