/* ex_check.h: tiny counting assertions for the extraction tests. */
#ifndef EX_CHECK_H
#define EX_CHECK_H

#include <stdio.h>
#include <string.h>

static int ex_t_run, ex_t_fail;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        ex_t_run++;                                                                  \
        if (!(cond)) {                                                               \
            ex_t_fail++;                                                             \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECK_STR(a, b)                                                                          \
    do {                                                                                         \
        const char *a_ = (a), *b_ = (b);                                                         \
        ex_t_run++;                                                                              \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                 \
            ex_t_fail++;                                                                         \
            fprintf(stderr, "%s:%d: %s == %s failed (\"%s\" vs \"%s\")\n", __FILE__, __LINE__, #a, \
                    #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)");                                 \
        }                                                                                        \
    } while (0)

#define CHECK_INT(a, b)                                                                            \
    do {                                                                                           \
        long long a_ = (long long)(a), b_ = (long long)(b);                                        \
        ex_t_run++;                                                                                \
        if (a_ != b_) {                                                                            \
            ex_t_fail++;                                                                           \
            fprintf(stderr, "%s:%d: %s == %s failed (%lld vs %lld)\n", __FILE__, __LINE__, #a, #b, \
                    a_, b_);                                                                       \
        }                                                                                          \
    } while (0)

#define CHECK_DONE()                                                      \
    do {                                                                  \
        printf("%d passed, %d failed\n", ex_t_run - ex_t_fail, ex_t_fail); \
        return ex_t_fail ? 1 : 0;                                         \
    } while (0)

#endif
