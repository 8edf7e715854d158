/* fuzz_check.h: the one assertion the fuzz targets use.
 *
 * FUZZ_CHECK(cond, ...) prints the failed condition and a printf-style
 * detail to stderr, then aborts, so that libFuzzer (and the plain replay
 * program that ctest runs) records the input as a failure.  Assertions in
 * the targets stay active in Release builds, unlike assert().
 */
#ifndef EVENTLINE_FUZZ_CHECK_H
#define EVENTLINE_FUZZ_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond, ...)                                                 \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__,        \
                    __LINE__, #cond);                                         \
            fprintf(stderr, __VA_ARGS__);                                     \
            fputc('\n', stderr);                                              \
            abort();                                                          \
        }                                                                     \
    } while (0)

/* The entry point every target defines (libFuzzer's contract). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
