/* main.c: the eventline command: finds the subcommand and runs it, then
 * makes sure everything written to standard output really got there.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char main_help[] =
    "Usage: eventline COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Turns news text and event lists into annotated timeline graphics.\n"
    "\n"
    "Commands:\n"
    "  extract   text articles to an eventline/1 JSON event list\n"
    "  timex     the time expressions found in a text, as JSON\n"
    "  render    an event list or article to PNG, PDF or SVG\n"
    "  batch     many event lists or articles to graphics, on all cores\n"
    "  convert   between eventline/1 JSON, TimelineJS JSON and CSV\n"
    "  demo      draw demo.png, demo.pdf and demo.svg from a built-in article\n"
    "\n"
    "Run 'eventline COMMAND --help' for the options of a command.\n"
    "\n"
    "  -h, --help      show this help\n"
    "  -V, --version   show the version\n"
    "\n"
    "Exit codes: 0 success, 1 bad input data, 2 usage error, 3 I/O or system error.\n"
    "\n"
    "Examples:\n"
    "  eventline demo -O /tmp/demo\n"
    "  eventline extract article.txt -o events.json\n"
    "  eventline render events.json -o timeline.png\n"
    "  eventline batch -j 4 -f png,pdf -O out/ lists/\n";

typedef int (*cmd_fn)(int argc, char **argv, const cli_env *env);

static const struct {
    const char *name;
    cmd_fn fn;
} commands[] = {
    {"extract", cmd_extract}, {"timex", cmd_timex},   {"render", cmd_render},
    {"demo", cmd_demo},       {"batch", cmd_batch},   {"convert", cmd_convert},
};

/* Finds a subcommand by name; NULL when there is none. */
static cmd_fn find_command(const char *name)
{
    size_t i;
    for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].fn;
    return NULL;
}

/* Flushes and closes standard output; a failure (a full disk, a closed
 * pipe) turns a successful run into exit code 3. */
static int finish_stdout(int rc)
{
    int bad = fflush(stdout) != 0 || ferror(stdout);
    int e = errno;
    if (fclose(stdout) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        diag_errorf("cannot write to standard output: %s", strerror(e));
        return rc == 0 ? EL_ERR_IO : rc;
    }
    return rc;
}

int main(int argc, char **argv)
{
    struct sigaction sa;
    cli_env env;
    mode_t mask;
    cmd_fn fn;
    int rc;

    /* Write errors on a closed pipe come back as EPIPE and exit code 3. */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);

    mask = umask(0);
    umask(mask);
    env.create_mode = 0666 & ~mask;

    if (argc < 2)
        return finish_stdout(opt_usage(NULL, "no command given"));
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
        return finish_stdout(opt_help(main_help, (const char *)NULL));
    if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
        printf("eventline %s\n", EVENTLINE_VERSION);
        return finish_stdout(0);
    }
    if (strcmp(argv[1], "help") == 0) {
        char *help_argv[] = {argv[1], (char *)"--help", NULL};
        if (argc < 3)
            return finish_stdout(opt_help(main_help, (const char *)NULL));
        fn = find_command(argv[2]);
        if (fn == NULL)
            return finish_stdout(opt_usage(NULL, "unknown command \"%s\"", argv[2]));
        help_argv[0] = argv[2];
        return finish_stdout(fn(2, help_argv, &env));
    }
    fn = find_command(argv[1]);
    if (fn == NULL) {
        if (argv[1][0] == '-')
            return finish_stdout(opt_usage(NULL, "unknown option %s", argv[1]));
        return finish_stdout(opt_usage(NULL, "unknown command \"%s\"", argv[1]));
    }
    rc = fn(argc - 1, argv + 1, &env);
    return finish_stdout(rc);
}
