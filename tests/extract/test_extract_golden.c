/* test_extract_golden.c: golden timelines.  For NAME.expected (next to
 * NAME.txt) it extracts the article and checks the expected events appear
 * in that order with those dates and key words.
 *
 * NAME.expected lines:
 *   # comment
 *   dct YYYY-MM-DD            the report date given to the extractor
 *   today YYYY-MM-DD          no DCT given: dateline (or today) decides
 *   max_events N              at most N events in the timeline
 *   event DATE | KEY+KEY...   an event (DATE "*" = any), in timeline order
 *   after KEYS | KEYS         the first event has an "after" link to the second
 *
 * usage: test_extract_golden FILE.expected...  (exit 0 all pass, 1 otherwise) */
#include "ex_check.h"
#include "ex_timeline_check.h"

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\r' || e[-1] == '\t')) *--e = '\0';
    return s;
}

static int run_one(const char *expected_path)
{
    int fails_before = ex_t_fail;
    size_t n;
    char *spec = ex_read_file(expected_path, &n);
    CHECK(spec != NULL);
    if (!spec) return 1;
    char txt_path[4096];
    snprintf(txt_path, sizeof txt_path, "%s", expected_path);
    char *dot = strrchr(txt_path, '.');
    if (dot) snprintf(dot, sizeof txt_path - (size_t)(dot - txt_path), ".txt");
    size_t len;
    char *text = ex_read_file(txt_path, &len);
    CHECK(text != NULL);
    if (!text) {
        free(spec);
        return 1;
    }
    char dct[32] = "", today[32] = "";
    long max_events = -1;
    /* First pass: options. */
    char *copy = strdup(spec), *save = NULL;
    for (char *line = copy ? strtok_r(copy, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
        line = trim(line);
        if (!strncmp(line, "dct ", 4)) snprintf(dct, sizeof dct, "%s", trim(line + 4));
        else if (!strncmp(line, "today ", 6)) snprintf(today, sizeof today, "%s", trim(line + 6));
        else if (!strncmp(line, "max_events ", 11)) max_events = atol(line + 11);
    }
    free(copy);
    el_timeline *tl = el_timeline_new();
    el_extract_options opt = {dct[0] ? dct : NULL, today[0] ? today : NULL, txt_path, 0};
    el_extract_info info;
    el_error err;
    int rc = el_extract(text, len, &opt, tl, &info, &err);
    CHECK_INT(rc, EL_OK);
    if (rc != EL_OK) fprintf(stderr, "%s: %s\n", txt_path, err.msg);
    CHECK_INT(el_extract_finish(tl), 0);
    el_error verr;
    CHECK_INT(el_timeline_validate(tl, &verr), EL_OK);
    long pos = -1;
    int expected = 0, found = 0;
    save = NULL;
    for (char *line = strtok_r(spec, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        line = trim(line);
        char *bar = strchr(line, '|');
        if (!strncmp(line, "event ", 6) && bar) {
            *bar = '\0';
            char *date = trim(line + 6), *keys = trim(bar + 1);
            expected++;
            long at = ex_find_event(tl, (size_t)(pos + 1), strcmp(date, "*") ? date : NULL, keys);
            if (at < 0) {
                long anywhere = ex_find_event(tl, 0, strcmp(date, "*") ? date : NULL, keys);
                fprintf(stderr, "%s: event %s | %s %s\n", txt_path, date, keys,
                        anywhere >= 0 ? "out of order" : "missing");
                ex_t_run++;
                ex_t_fail++;
            } else {
                ex_t_run++;
                found++;
                pos = at;
            }
        } else if (!strncmp(line, "after ", 6) && bar) {
            *bar = '\0';
            long a = ex_find_event(tl, 0, NULL, trim(line + 6)), b = ex_find_event(tl, 0, NULL, trim(bar + 1));
            CHECK(a >= 0 && b >= 0);
            if (a >= 0 && b >= 0) {
                int linked = 0;
                for (size_t k = 0; k < tl->events[a].n_after; k++)
                    if (!strcmp(tl->events[a].after[k], tl->events[b].id)) linked = 1;
                CHECK(linked);
            }
        }
    }
    if (max_events >= 0) CHECK((long)tl->n_events <= max_events);
    printf("%s: %d of %d expected events in order, %zu events\n", txt_path, found, expected, tl->n_events);
    if (ex_t_fail > fails_before) ex_print_timeline(tl, stderr);
    el_timeline_free(tl);
    free(text);
    free(spec);
    return ex_t_fail > fails_before;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_extract_golden FILE.expected...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) run_one(argv[i]);
    CHECK_DONE();
}
