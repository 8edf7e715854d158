/* check.h: the tiny assertion kit of the model tests.  Failures are counted,
 * printed with file and line, and turn the exit status to 1. */
#ifndef EL_TEST_CHECK_H
#define EL_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int t_run, t_fail;

#define CHECK(cond) do { t_run++; if (!(cond)) { t_fail++;                     \
    fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
    } while (0)

#define CHECK_EQ_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    t_run++; if (a_ != b_) { t_fail++;                                         \
    fprintf(stderr, "%s:%d: %s == %s failed (%lld vs %lld)\n", __FILE__,       \
            __LINE__, #a, #b, a_, b_); } } while (0)

#define CHECK_STR_EQ(a, b) do { const char *a_ = (a), *b_ = (b); t_run++;      \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { t_fail++;                        \
    fprintf(stderr, "%s:%d: %s == %s failed (\"%s\" vs \"%s\")\n", __FILE__,   \
            __LINE__, #a, #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)

#define CHECK_CONTAINS(hay, needle) do { const char *h_ = (hay), *n_ = (needle); \
    t_run++; if (!h_ || !strstr(h_, n_)) { t_fail++;                           \
    fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__,       \
            __LINE__, h_ ? h_ : "(null)", n_); } } while (0)

#define CHECK_REPORT() do { printf("%d checks, %d passed, %d failed\n", t_run,   \
    t_run - t_fail, t_fail); return t_fail ? 1 : 0; } while (0)

#include <stdlib.h>

/* Reads a whole file into a malloc'd, NUL-terminated buffer (the caller
 * frees it) and stores its length in *len; NULL when it cannot be read. */
static inline char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

#endif
