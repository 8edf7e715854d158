/* render_example.c: render an eventline/1 JSON event list to a PNG with the
 * library.  Build: cc render_example.c $(pkg-config --cflags --libs eventline)
 * Run: ./render_example events.json timeline.png */
#include <stdio.h>
#include <stdlib.h>
#include <eventline/eventline.h>

static int to_file(void *f, const unsigned char *data, size_t len)
{
    return fwrite(data, 1, len, f) == len ? 0 : -1;
}

int main(int argc, char **argv)
{
    static char text[1 << 20];
    el_timeline *tl = NULL;
    el_render_options opt;
    el_error err = {0};
    FILE *in = argc == 3 ? fopen(argv[1], "rb") : NULL, *out;
    size_t len = in ? fread(text, 1, sizeof text, in) : 0;
    if (in == NULL || el_json_read(text, len, NULL, &tl, &err) != EL_OK) {
        fprintf(stderr, "usage: render_example IN.json OUT.png (%s)\n", err.msg);
        return 1;
    }
    el_render_options_init(&opt);   /* PNG, 1920x1080, light theme */
    out = fopen(argv[2], "wb");
    if (out == NULL || el_render(tl, &opt, to_file, out, NULL, &err) != EL_OK)
        fprintf(stderr, "render_example: %s\n", out ? err.msg : "cannot open output");
    el_timeline_free(tl);
    fclose(in);
    return out != NULL && fclose(out) == 0 && err.code == EL_OK ? 0 : 1;
}
