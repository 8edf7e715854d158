/* json_common.c: parsing with places, typed member access and error
 * reporting for the JSON readers (see json_common.h). */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "eventline/json.h"
#include "events/model/json_common.h"
#include "events/model/model_internal.h"

void el__jctx_init(el__jctx *ctx, const char *text, size_t len, const el_limits *lim,
                   el_error *err)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->text = text;
    ctx->len = len;
    if (lim)
        ctx->lim = *lim;
    el_limits_fill_defaults(&ctx->lim);
    ctx->err = err;
}

/* cJSON's parser stores its last error position in a process-wide variable
 * on every call, so concurrent parses race on it even though our checker has
 * already proved the text valid.  This lock serialises just the cJSON call;
 * it is the only shared state in the library and guards a dependency's. */
static pthread_mutex_t cjson_parse_lock = PTHREAD_MUTEX_INITIALIZER;

int el__json_parse(el__jctx *ctx, cJSON **root)
{
    *root = NULL;
    if (!ctx->text)
        return el_fail(ctx->err, EL_ERR_USAGE, 0, 0, "no input text");
    if (ctx->len > ctx->lim.max_input_bytes)
        return el_fail(ctx->err, EL_ERR_INPUT, 0, 0,
                       "input is %zu bytes, more than the limit of %zu bytes",
                       ctx->len, ctx->lim.max_input_bytes);
    size_t off = 0;
    char msg[256];
    if (el__json_check(ctx->text, ctx->len, ctx->lim.max_depth, &off, msg, sizeof msg)) {
        int line, col;
        el__json_line_col(ctx->text, ctx->len, off, &line, &col);
        return el_fail(ctx->err, EL_ERR_INPUT, line, col, "%s", msg);
    }
    const char *end = NULL;
    pthread_mutex_lock(&cjson_parse_lock);
    *root = cJSON_ParseWithLengthOpts(ctx->text, ctx->len, &end, 0);
    pthread_mutex_unlock(&cjson_parse_lock);
    if (!*root) /* the text is valid JSON, so this is memory */
        return el__json_oom(ctx);
    return EL_OK;
}

int el__json_oom(el__jctx *ctx)
{
    return el_fail(ctx->err, EL_ERR_IO, 0, 0, "out of memory");
}

int el__json_fail(el__jctx *ctx, const char *path, const char *fmt, ...)
{
    char reason[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    int line = 0, col = 0;
    char p[128];
    snprintf(p, sizeof p, "%s", path);
    /* the value itself, else its parents */
    while (el_json_locate(ctx->text, ctx->len, p, &line, &col) != 0) {
        char *cut = strrchr(p, '.');
        char *br = strrchr(p, '[');
        if (br && (!cut || br > cut))
            cut = br;
        if (!cut) {
            p[0] = '\0';
            if (el_json_locate(ctx->text, ctx->len, p, &line, &col) != 0)
                line = col = 0;
            break;
        }
        *cut = '\0';
    }
    if (path[0])
        return el_fail(ctx->err, EL_ERR_INPUT, line, col, "%s: %s", path, reason);
    return el_fail(ctx->err, EL_ERR_INPUT, line, col, "%s", reason);
}

const char *el__json_kind(const cJSON *v)
{
    if (!v)
        return "nothing";
    if (cJSON_IsString(v))
        return "a string";
    if (cJSON_IsNumber(v))
        return "a number";
    if (cJSON_IsBool(v))
        return "a boolean";
    if (cJSON_IsNull(v))
        return "null";
    if (cJSON_IsArray(v))
        return "an array";
    if (cJSON_IsObject(v))
        return "an object";
    return "an unknown value";
}

int el__json_get_str(el__jctx *ctx, const cJSON *obj, const char *path, const char *key,
                     size_t max, char **field)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    char p[128];
    if (!v || cJSON_IsNull(v))
        return EL_OK;
    snprintf(p, sizeof p, "%s%s%s", path, path[0] ? "." : "", key);
    if (!cJSON_IsString(v) || !v->valuestring)
        return el__json_fail(ctx, p, "expected a string, got %s", el__json_kind(v));
    size_t n = strlen(v->valuestring);
    if (max && n > max)
        return el__json_fail(ctx, p, "is %zu bytes long, more than the limit of %zu", n, max);
    if (el_set_strn(field, v->valuestring, n) != 0)
        return el__json_oom(ctx);
    return EL_OK;
}

int el__json_unique_keys(el__jctx *ctx, const cJSON *obj, const char *path,
                         const char *const *keys, size_t n)
{
    unsigned char seen[32] = {0};
    if (n > sizeof seen)
        n = sizeof seen;
    for (const cJSON *m = obj ? obj->child : NULL; m; m = m->next) {
        if (!m->string)
            continue;
        for (size_t k = 0; k < n; k++) {
            if (strcmp(m->string, keys[k]) != 0)
                continue;
            if (seen[k])
                return el__json_fail(ctx, path, "\"%s\" is given twice (each key may "
                                     "appear once)", keys[k]);
            seen[k] = 1;
            break;
        }
    }
    return EL_OK;
}
