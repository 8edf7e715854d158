/* batch_scan.c: finding the inputs of a batch: files, folders searched
 * recursively in name order, and the lines of NDJSON files.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"

#define SCAN_MAX_DEPTH 64

/* True when name ends with ext (case-insensitive, ext includes the dot). */
static bool has_ext(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool is_ndjson(const char *name)
{
    return has_ext(name, ".ndjson") || has_ext(name, ".jsonl");
}

/* Files a folder search picks up. */
static bool wanted(const char *name)
{
    return has_ext(name, ".json") || has_ext(name, ".csv") || is_ndjson(name) ||
           has_ext(name, ".txt");
}

/* Appends a job; takes a copy of path.  0 or -1 (out of memory). */
static int add_job(batch_list *list, const char *path, off_t offset,
                   size_t length, size_t line)
{
    batch_job *j;
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 64;
        batch_job *p = realloc(list->jobs, cap * sizeof *p);
        if (p == NULL)
            return -1;
        list->jobs = p;
        list->cap = cap;
    }
    j = &list->jobs[list->n];
    memset(j, 0, sizeof *j);
    j->path = malloc(strlen(path) + 1);
    if (j->path == NULL)
        return -1;
    strcpy(j->path, path);
    j->offset = offset;
    j->length = length;
    j->line = line;
    list->n++;
    return 0;
}

/* Appends a job that only reports a problem found while scanning. */
static int add_error_job(batch_list *list, const char *path, int code, const char *msg)
{
    batch_job *j;
    if (add_job(list, path, 0, 0, 0) != 0)
        return -1;
    j = &list->jobs[list->n - 1];
    j->error = malloc(strlen(msg) + 1);
    if (j->error == NULL)
        return -1;
    strcpy(j->error, msg);
    j->error_code = code;
    return 0;
}

/* The folders from the top of the search down to the current one, to
 * notice a symbolic link that leads back up (a loop). */
typedef struct scan_stack {
    dev_t dev[SCAN_MAX_DEPTH + 2];
    ino_t ino[SCAN_MAX_DEPTH + 2];
    int n;
} scan_stack;

/* Adds one job per non-blank line of an NDJSON file, reading it in blocks so
 * that a huge line costs no memory here (the worker checks its size). */
static int scan_ndjson(batch_list *list, const char *path, el_error *err)
{
    char buf[65536];
    off_t pos = 0, line_start = 0;
    size_t line = 1;
    bool blank = true;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot open: %s", strerror(errno));
    for (;;) {
        ssize_t got = read(fd, buf, sizeof buf);
        ssize_t i;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            close(fd);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot read: %s", strerror(e));
        }
        if (got == 0)
            break;
        for (i = 0; i < got; i++, pos++) {
            char ch = buf[i];
            if (ch == '\n') {
                if (!blank && add_job(list, path, line_start, (size_t)(pos - line_start), line) != 0) {
                    close(fd);
                    return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
                }
                line++;
                line_start = pos + 1;
                blank = true;
            } else if (ch != ' ' && ch != '\t' && ch != '\r') {
                blank = false;
            }
        }
    }
    close(fd);
    if (!blank && add_job(list, path, line_start, (size_t)(pos - line_start), line) != 0)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    return EL_OK;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int scan_path(batch_list *list, const char *path, scan_stack *stack,
                     bool explicit_arg, el_error *err);

/* Adds the wanted files below a folder, entries sorted by name; hidden
 * entries (".name") are skipped. */
static int scan_dir(batch_list *list, const char *path, scan_stack *stack,
                    el_error *err)
{
    DIR *d;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    int rc = EL_OK;
    d = opendir(path);
    if (d == NULL)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot open the folder: %s", strerror(errno));
    while ((e = readdir(d)) != NULL) {
        char *copy;
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **p = realloc(names, ncap * sizeof *p);
            if (p == NULL) {
                rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
                break;
            }
            names = p;
            cap = ncap;
        }
        copy = malloc(strlen(e->d_name) + 1);
        if (copy == NULL) {
            rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
            break;
        }
        strcpy(copy, e->d_name);
        names[n++] = copy;
    }
    closedir(d);
    if (rc == EL_OK && n > 1)
        qsort(names, n, sizeof *names, cmp_names);
    for (i = 0; i < n; i++) {
        if (rc == EL_OK) {
            size_t len = strlen(path) + strlen(names[i]) + 2;
            char *child = malloc(len);
            if (child == NULL) {
                rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
            } else {
                bool slash = path[0] != '\0' && path[strlen(path) - 1] == '/';
                snprintf(child, len, "%s%s%s", path, slash ? "" : "/", names[i]);
                rc = scan_path(list, child, stack, false, err);
                free(child);
            }
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* Searches a folder below the ones on the stack; a folder that is already
 * on the stack (reached again through a symbolic link) or one nested too
 * deep is reported as a failed job instead. */
static int scan_child_dir(batch_list *list, const char *path, const struct stat *st,
                          scan_stack *stack, bool explicit_arg, el_error *err)
{
    int i, rc;
    for (i = 0; i < stack->n; i++)
        if (stack->dev[i] == st->st_dev && stack->ino[i] == st->st_ino)
            return add_error_job(list, path, EL_ERR_INPUT,
                                 "folder loop: a symbolic link leads back to a folder "
                                 "above it; skipped") == 0
                       ? EL_OK
                       : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    if (stack->n > SCAN_MAX_DEPTH)
        return add_error_job(list, path, EL_ERR_INPUT,
                             "folders nested too deep; skipped") == 0
                   ? EL_OK
                   : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    stack->dev[stack->n] = st->st_dev;
    stack->ino[stack->n] = st->st_ino;
    stack->n++;
    rc = scan_dir(list, path, stack, err);
    stack->n--;
    if (rc == EL_ERR_IO && !explicit_arg && strcmp(err->msg, "out of memory") != 0) {
        /* An unreadable folder inside the search: report it, go on. */
        rc = add_error_job(list, path, EL_ERR_IO, err->msg) == 0
                 ? EL_OK
                 : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    return rc;
}

/* Adds path: a folder is searched, a file is one job (or one per line for
 * NDJSON).  Inside folders, only wanted extensions count, and problems
 * become failed jobs. */
static int scan_path(batch_list *list, const char *path, scan_stack *stack,
                     bool explicit_arg, el_error *err)
{
    struct stat st;
    int rc;
    if (stat(path, &st) != 0) {
        int e = errno;
        if (explicit_arg)
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot open: %s", strerror(e));
        if (e == ENOENT)
            return EL_OK; /* a dangling link inside a folder */
        if (!wanted(path) && e != ELOOP)
            return EL_OK;
        el_fail(err, EL_ERR_IO, 0, 0, "cannot open: %s%s", strerror(e),
                e == ELOOP ? " (a symbolic link loop)" : "");
        return add_error_job(list, path, EL_ERR_IO, err->msg) == 0
                   ? EL_OK
                   : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    if (S_ISDIR(st.st_mode))
        return scan_child_dir(list, path, &st, stack, explicit_arg, err);
    if (!explicit_arg && (!S_ISREG(st.st_mode) || !wanted(path)))
        return EL_OK;
    if (is_ndjson(path)) {
        rc = scan_ndjson(list, path, err);
        if (rc == EL_ERR_IO && !explicit_arg && strcmp(err->msg, "out of memory") != 0)
            rc = add_error_job(list, path, EL_ERR_IO, err->msg) == 0
                     ? EL_OK
                     : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
        return rc;
    }
    if (add_job(list, path, 0, 0, 0) != 0)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    return EL_OK;
}

int batch_scan(batch_list *list, const char *path, el_error *err)
{
    scan_stack stack;
    int rc;
    stack.n = 0;
    rc = scan_path(list, path, &stack, true, err);
    if (rc != EL_OK && strcmp(err->msg, "out of memory") != 0) {
        /* A named input that cannot be used (missing, unreadable) fails on
         * its own; the others still render. */
        rc = add_error_job(list, path, rc, err->msg) == 0
                 ? EL_OK
                 : el_fail(err, EL_ERR_IO, 0, 0, "out of memory");
    }
    return rc;
}

void batch_list_free(batch_list *list)
{
    size_t i;
    for (i = 0; i < list->n; i++) {
        free(list->jobs[i].path);
        free(list->jobs[i].name);
        free(list->jobs[i].error);
    }
    free(list->jobs);
    list->jobs = NULL;
    list->n = list->cap = 0;
}
