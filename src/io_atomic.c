/* io_atomic.c: writing outputs so that a failed run never leaves a
 * half-written file and never clobbers an existing one.
 *
 * A regular file is written to a temporary file in the same folder
 * (".NAME.XXXXXX", made by mkstemp) and renamed over the target only when
 * every byte was written and the file closed cleanly.  "-" is standard
 * output; an existing device, pipe or socket (/dev/null, /dev/full, a FIFO)
 * is written in place, because it cannot be replaced by a rename.  A
 * symbolic link to a file keeps being a link: the file it names is replaced.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Splits path into a malloc'd folder part ("." when there is none) and a
 * pointer to the last component inside path. */
static char *dir_of(const char *path, const char **base)
{
    const char *slash = strrchr(path, '/');
    char *dir;
    if (slash == NULL) {
        *base = path;
        dir = malloc(2);
        if (dir != NULL)
            memcpy(dir, ".", 2);
        return dir;
    }
    *base = slash + 1;
    if (slash == path) {
        dir = malloc(2);
        if (dir != NULL)
            memcpy(dir, "/", 2);
        return dir;
    }
    dir = malloc((size_t)(slash - path) + 1);
    if (dir != NULL) {
        memcpy(dir, path, (size_t)(slash - path));
        dir[slash - path] = '\0';
    }
    return dir;
}

static void out_reset(io_out *o)
{
    o->path = NULL;
    o->tmp = NULL;
    o->fd = -1;
    o->err_no = 0;
    o->do_fsync = false;
    o->buf = NULL;
    o->nbuf = 0;
}

int io_out_open(io_out *o, const char *path, mode_t mode, bool do_fsync,
                el_error *err)
{
    struct stat st, lst;
    const char *base;
    char *dir;
    size_t n;
    out_reset(o);
    o->do_fsync = do_fsync;
    if (strcmp(path, "-") == 0) {
        o->fd = STDOUT_FILENO;
        return EL_OK;
    }
    if (*path == '\0')
        return el_fail(err, EL_ERR_USAGE, 0, 0, "empty output file name");
    o->path = malloc(strlen(path) + 1);
    if (o->path == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    strcpy(o->path, path);
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            io_out_abort(o);
            return el_fail(err, EL_ERR_IO, 0, 0,
                           "is a folder; name an output file inside it");
        }
        if (!S_ISREG(st.st_mode)) {
            /* A device or pipe: write in place. */
            o->fd = open(path, O_WRONLY | O_CLOEXEC);
            if (o->fd < 0) {
                int e = errno;
                io_out_abort(o);
                return el_fail(err, EL_ERR_IO, 0, 0, "cannot open for writing: %s",
                               strerror(e));
            }
            return EL_OK;
        }
        if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
            /* Replace the file the link points to, not the link. */
            char *target = realpath(path, NULL);
            if (target == NULL) {
                int e = errno;
                io_out_abort(o);
                return el_fail(err, EL_ERR_IO, 0, 0, "cannot follow the link: %s", strerror(e));
            }
            free(o->path);
            o->path = target;
            path = target;
        }
        if (access(path, W_OK) != 0 && errno == EACCES) {
            /* Renaming over a read-only file would work, but the user
             * protected it; say so rather than replace it. */
            io_out_abort(o);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot write: %s", strerror(EACCES));
        }
        mode = st.st_mode & 07777;
    } else if (path[strlen(path) - 1] == '/') {
        io_out_abort(o);
        return el_fail(err, EL_ERR_IO, 0, 0, "no such folder");
    }
    dir = dir_of(path, &base);
    if (dir == NULL) {
        io_out_abort(o);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    n = strlen(dir) + strlen(base) + 16;
    o->tmp = malloc(n);
    if (o->tmp == NULL) {
        free(dir);
        io_out_abort(o);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    snprintf(o->tmp, n, "%s/.%s.XXXXXX", dir, base);
    free(dir);
    o->fd = mkstemp(o->tmp);
    if (o->fd < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        io_out_abort(o);
        if (e == ENOENT || e == ENOTDIR)
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot create: the folder does not exist");
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot create: %s", strerror(e));
    }
    if (fchmod(o->fd, mode) != 0) {
        int e = errno;
        io_out_abort(o);
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot set permissions: %s", strerror(e));
    }
    return EL_OK;
}

/* Writes len bytes straight to the file; remembers the first error. */
static int write_fd(io_out *o, const unsigned char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(o->fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            o->err_no = errno;
            return -1;
        }
        if (w == 0) {
            o->err_no = EIO;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Writes out what waits in the buffer. */
static int flush_buf(io_out *o)
{
    size_t n = o->nbuf;
    o->nbuf = 0;
    return n > 0 ? write_fd(o, o->buf, n) : 0;
}

int io_out_write(void *closure, const unsigned char *data, size_t len)
{
    io_out *o = closure;
    if (o->err_no != 0)
        return -1;
    if (o->buf == NULL && len < IO_OUT_BUF)
        o->buf = calloc(1, IO_OUT_BUF); /* NULL: write unbuffered; zeroed, which also spares gcc -O2 a false "may be used uninitialized" */
    if (o->buf == NULL)
        return write_fd(o, data, len);
    if (o->nbuf + len > IO_OUT_BUF && flush_buf(o) != 0)
        return -1;
    if (len >= IO_OUT_BUF)
        return write_fd(o, data, len);
    memcpy(o->buf + o->nbuf, data, len);
    o->nbuf += len;
    return 0;
}

/* Flushes the folder holding path, so that the rename itself survives a
 * crash (best effort: some file systems cannot sync a folder). */
static void sync_dir(const char *path)
{
    const char *base;
    char *dir = dir_of(path, &base);
    int fd;
    if (dir == NULL)
        return;
    fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

int io_out_commit(io_out *o, el_error *err)
{
    int rc = EL_OK;
    if (o->err_no == 0 && o->buf != NULL)
        flush_buf(o);
    if (o->err_no != 0) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "cannot write: %s", strerror(o->err_no));
        io_out_abort(o);
        return rc;
    }
    if (o->fd == STDOUT_FILENO) {
        /* Standard output stays open; its close is checked at exit. */
        free(o->buf);
        out_reset(o);
        return EL_OK;
    }
    if (o->do_fsync && o->tmp != NULL && fsync(o->fd) != 0) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "cannot flush to disk: %s", strerror(errno));
        io_out_abort(o);
        return rc;
    }
    if (close(o->fd) != 0) {
        int e = errno;
        o->fd = -1;
        rc = el_fail(err, EL_ERR_IO, 0, 0, "cannot write: %s", strerror(e));
        io_out_abort(o);
        return rc;
    }
    o->fd = -1;
    if (o->tmp != NULL && rename(o->tmp, o->path) != 0) {
        rc = el_fail(err, EL_ERR_IO, 0, 0, "cannot replace the file: %s", strerror(errno));
        io_out_abort(o);
        return rc;
    }
    if (o->do_fsync && o->tmp != NULL)
        sync_dir(o->path);
    free(o->tmp);
    free(o->path);
    free(o->buf);
    out_reset(o);
    return EL_OK;
}

void io_out_abort(io_out *o)
{
    if (o->fd >= 0 && o->fd != STDOUT_FILENO)
        close(o->fd);
    if (o->tmp != NULL)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    free(o->buf);
    out_reset(o);
}

int io_write_all(const char *path, const void *data, size_t len, mode_t mode,
                 bool do_fsync, el_error *err)
{
    io_out o;
    int rc = io_out_open(&o, path, mode, do_fsync, err);
    if (rc != EL_OK)
        return rc;
    io_out_write(&o, data, len);
    return io_out_commit(&o, err);
}

int io_mkdirs(const char *path, el_error *err)
{
    size_t n = strlen(path);
    char *p = malloc(n + 1);
    struct stat st;
    size_t i;
    if (p == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    memcpy(p, path, n + 1);
    for (i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        p[i] = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            int e = errno;
            free(p);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot create the folder: %s",
                           strerror(e));
        }
        if (i < n)
            p[i] = '/';
    }
    free(p);
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return el_fail(err, EL_ERR_IO, 0, 0, "is not a folder");
    return EL_OK;
}

int io_out_finish(io_out *o, int write_rc, const char *output)
{
    el_error err;
    el_error_clear(&err);
    /* a write error is remembered in o and reported by the commit, which
     * then removes the temporary file; any other failure is memory */
    if (write_rc != 0 && o->err_no == 0) {
        io_out_abort(o);
        diag_errorf("out of memory");
        return EL_ERR_IO;
    }
    int rc = io_out_commit(o, &err);
    if (rc != EL_OK)
        diag_error(diag_out_name(output), &err);
    return rc;
}
