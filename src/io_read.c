/* io_read.c: reading a whole input (file or standard input) into memory,
 * with the size limit checked before anything is parsed: io_read_all copies
 * it into the heap, io_input_open maps a regular file in place.
 */
#define _DEFAULT_SOURCE /* MAP_POPULATE */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#ifndef MAP_POPULATE
#define MAP_POPULATE 0
#endif

/* Formats a byte count for messages: "64 MiB", "1000 bytes". */
static void human_size(size_t n, char *buf, size_t size)
{
    if (n >= ((size_t)1 << 30) && n % ((size_t)1 << 30) == 0)
        snprintf(buf, size, "%zu GiB", n >> 30);
    else if (n >= ((size_t)1 << 20) && n % ((size_t)1 << 20) == 0)
        snprintf(buf, size, "%zu MiB", n >> 20);
    else if (n >= ((size_t)1 << 10) && n % ((size_t)1 << 10) == 0)
        snprintf(buf, size, "%zu KiB", n >> 10);
    else
        snprintf(buf, size, "%zu bytes", n);
}

static int too_big(size_t max, el_error *err)
{
    char lim[32];
    human_size(max, lim, sizeof lim);
    return el_fail(err, EL_ERR_INPUT, 0, 0,
                   "input is larger than the limit of %s (raise it with --max-input-bytes)",
                   lim);
}

/* Reads fd to the end into a growing buffer, stopping one byte past max. */
static int read_fd(int fd, size_t max, size_t hint, char **buf, size_t *len,
                   el_error *err)
{
    size_t cap = hint > 0 && hint < max ? hint + 1 : 65536;
    size_t n = 0;
    char *p = malloc(cap + 1);
    if (p == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    for (;;) {
        ssize_t got;
        if (n == cap) {
            size_t ncap = cap * 2;
            char *q;
            if (cap > max) { /* already holds max + 1 bytes */
                free(p);
                return too_big(max, err);
            }
            if (ncap > max + 1)
                ncap = max + 1;
            q = realloc(p, ncap + 1);
            if (q == NULL) {
                free(p);
                return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
            }
            p = q;
            cap = ncap;
        }
        got = read(fd, p + n, cap - n);
        if (got < 0) {
            int e = errno;
            if (e == EINTR)
                continue;
            free(p);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot read: %s", strerror(e));
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (n > max) {
            free(p);
            return too_big(max, err);
        }
    }
    p[n] = '\0';
    *buf = p;
    *len = n;
    return EL_OK;
}

/* Opens path ("-" = standard input) for reading the whole of it: checks
 * that it is no folder and, for a regular file, that its size is within
 * max.  Returns the descriptor in *fd (the caller closes it unless it is
 * standard input) and the file size in *hint (0 when unknown). */
static int open_input(const char *path, size_t max, int *fd_out, size_t *hint,
                      el_error *err)
{
    struct stat st;
    int fd;
    *hint = 0;
    if (strcmp(path, "-") == 0) {
        fd = STDIN_FILENO;
    } else {
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot open: %s", strerror(errno));
    }
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            if (fd != STDIN_FILENO)
                close(fd);
            return el_fail(err, EL_ERR_IO, 0, 0, "is a folder, not a file");
        }
        if (S_ISREG(st.st_mode)) {
            if ((unsigned long long)st.st_size > (unsigned long long)max) {
                if (fd != STDIN_FILENO)
                    close(fd);
                return too_big(max, err);
            }
            *hint = (size_t)st.st_size;
        }
    }
    *fd_out = fd;
    return EL_OK;
}

/* The size limit io_read_all and io_input_open apply: 0 means the default. */
static size_t input_limit(size_t max)
{
    if (max == 0)
        max = EL_DEFAULT_MAX_INPUT_BYTES;
    if (max > SIZE_MAX / 2)
        max = SIZE_MAX / 2;
    return max;
}

int io_read_all(const char *path, size_t max, char **buf, size_t *len,
                el_error *err)
{
    int fd = -1, rc;
    size_t hint;
    *buf = NULL;
    *len = 0;
    max = input_limit(max);
    rc = open_input(path, max, &fd, &hint, err);
    if (rc != EL_OK)
        return rc;
    rc = read_fd(fd, max, hint, buf, len, err);
    if (fd != STDIN_FILENO)
        close(fd);
    return rc;
}

/* A non-empty regular file named by path is mapped read-only and private,
 * its pages populated up front: the text is used where the page cache
 * holds it, with no copy and no fresh pages to clear.  (A file truncated
 * by another process while mapped would end the program with SIGBUS, as
 * with any tool that maps its input.)  Anything else (standard input, a
 * pipe, an empty or /proc file, a failed map) is read as io_read_all does.
 * The input owns either the mapping or the heap buffer; io_input_close
 * releases whichever it holds. */
int io_input_open(const char *path, size_t max, io_input *in, el_error *err)
{
    int fd = -1, rc;
    size_t hint;
    memset(in, 0, sizeof *in);
    max = input_limit(max);
    rc = open_input(path, max, &fd, &hint, err);
    if (rc != EL_OK)
        return rc;
    if (hint > 0 && fd != STDIN_FILENO) {
        /* (standard input is read: it may have been read from already) */
        void *p = mmap(NULL, hint, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) {
            close(fd);
            in->map = p;
            in->map_len = hint;
            in->data = p;
            in->len = hint;
            return EL_OK;
        }
    }
    rc = read_fd(fd, max, hint, &in->heap, &in->len, err);
    if (fd != STDIN_FILENO)
        close(fd);
    in->data = in->heap;
    return rc;
}

void io_input_close(io_input *in)
{
    if (in->map != NULL)
        munmap(in->map, in->map_len);
    free(in->heap);
    memset(in, 0, sizeof *in);
}
