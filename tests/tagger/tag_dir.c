/* tag_dir.c: scoring driver.  For every NAME.txt with a NAME.dct in INDIR,
 * tags the text with that DCT and writes OUTDIR/NAME.json in the scorer's
 * format (see el_tag_result_json_ex; offsets in code points).  Usage: tag_dir INDIR OUTDIR
 * Exit status: 0 ok, 1 a file could not be tagged, 2 usage, 3 I/O.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventline/tagger.h"

/* Reads a whole file into a malloc'd buffer (NUL-terminated); NULL on error. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    while (b) {
        size_t r = fread(b + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
        if (n + 1 == cap) {
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                b = NULL;
                break;
            }
            b = nb;
            cap *= 2;
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (!b || bad) {
        free(b);
        return NULL;
    }
    b[n] = 0;
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: tag_dir INDIR OUTDIR\n");
        return 2;
    }
    DIR *dir = opendir(argv[1]);
    if (!dir) {
        fprintf(stderr, "tag_dir: error: %s: cannot open directory\n", argv[1]);
        return 3;
    }
    int status = 0, count = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        size_t nl = strlen(de->d_name);
        if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt") != 0)
            continue;
        char base[1024], path[2048], out[2048], tmp[2100];
        if (nl - 4 >= sizeof base)
            continue;
        memcpy(base, de->d_name, nl - 4);
        base[nl - 4] = 0;
        size_t dl = 0, tl = 0;
        snprintf(path, sizeof path, "%s/%s.dct", argv[1], base);
        char *dct = read_file(path, &dl);
        if (!dct)
            continue;
        while (dl > 0 && (dct[dl - 1] == '\n' || dct[dl - 1] == '\r' || dct[dl - 1] == ' '))
            dct[--dl] = 0;
        snprintf(path, sizeof path, "%s/%s.txt", argv[1], base);
        char *text = read_file(path, &tl);
        if (!text) {
            fprintf(stderr, "tag_dir: error: %s: cannot read\n", path);
            free(dct);
            status = 3;
            continue;
        }
        el_tag_options opt = {dct, dct, 0};
        el_tag_result r;
        el_error err;
        memset(&err, 0, sizeof err);
        if (el_tag(text, tl, &opt, &r, &err) != EL_OK) {
            fprintf(stderr, "tag_dir: error: %s: %s\n", path, err.msg);
            status = 1;
        } else {
            /* the scorer counts code points; the same as bytes on ASCII */
            char *json = el_tag_result_json_ex(text, tl, &r, EL_TAG_JSON_CHAR_OFFSETS);
            snprintf(out, sizeof out, "%s/%s.json", argv[2], base);
            snprintf(tmp, sizeof tmp, "%s.tmp", out);
            FILE *f = json ? fopen(tmp, "wb") : NULL;
            bool ok = f && fputs(json, f) >= 0;
            if (f && fclose(f) != 0)
                ok = false;
            if (ok && rename(tmp, out) != 0)
                ok = false;
            if (!ok) {
                fprintf(stderr, "tag_dir: error: %s: cannot write\n", out);
                remove(tmp);
                status = 3;
            }
            free(json);
            el_tag_result_free(&r);
            count++;
        }
        free(text);
        free(dct);
    }
    closedir(dir);
    if (count == 0 && status == 0) {
        fprintf(stderr, "tag_dir: error: %s: no NAME.txt with NAME.dct\n", argv[1]);
        return 1;
    }
    return status;
}
