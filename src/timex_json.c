/* timex_json.c: the tagger's JSON with character offsets.  The library
 * writes byte offsets (el_tag_result_json); a scorer that slices decoded
 * strings wants code points, so --char-offsets rewrites start and end.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"

/* Number of characters in text[0..off): bytes that do not continue a
 * multi-byte UTF-8 sequence. */
static size_t char_offset(const char *text, size_t off)
{
    size_t i, n = 0;
    for (i = 0; i < off; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Replaces a byte offset member with the character offset. */
static void rewrite_offset(cJSON *timex, const char *key, const char *text, size_t len)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(timex, key);
    size_t off;
    if (!cJSON_IsNumber(v) || v->valuedouble < 0)
        return;
    off = (size_t)v->valuedouble;
    if (off > len)
        off = len;
    cJSON_SetNumberValue(v, (double)char_offset(text, off));
}

char *timex_json_char_offsets(const char *json, const char *text, size_t len)
{
    cJSON *root = cJSON_Parse(json);
    cJSON *list, *t;
    char *out, *nl;
    if (root == NULL)
        return NULL;
    list = cJSON_GetObjectItemCaseSensitive(root, "timexes");
    cJSON_ArrayForEach(t, list)
    {
        rewrite_offset(t, "start", text, len);
        rewrite_offset(t, "end", text, len);
    }
    out = cJSON_Print(root);
    cJSON_Delete(root);
    if (out == NULL)
        return NULL;
    /* cJSON's buffer is malloc'd with room to spare; end it with a newline
     * like the library's own writer. */
    nl = realloc(out, strlen(out) + 2);
    if (nl == NULL) {
        cJSON_free(out);
        return NULL;
    }
    strcat(nl, "\n");
    return nl;
}
