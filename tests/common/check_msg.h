/* check_msg.h: the assertion kit shared by the tagger and renderer tests.
 * CHECK(cond, fmt, ...) counts a check and, when cond is false, prints the
 * file, line, condition and a printf-style explanation.  CHECK_DONE() prints
 * "N passed, M failed" (the line ctest users and CI read) and returns the exit
 * status from main: 1 when any check failed. */
#ifndef EL_TEST_CHECK_MSG_H
#define EL_TEST_CHECK_MSG_H

#include <stdio.h>

static int t_run, t_fail;

#define CHECK(cond, ...)                                                             \
    do {                                                                             \
        t_run++;                                                                     \
        if (!(cond)) {                                                               \
            t_fail++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                            \
            fputc('\n', stderr);                                                     \
        }                                                                            \
    } while (0)

#define CHECK_DONE()                                               \
    do {                                                           \
        printf("%d passed, %d failed\n", t_run - t_fail, t_fail); \
        return t_fail ? 1 : 0;                                     \
    } while (0)

#endif
