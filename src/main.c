/* main.c: placeholder entry point; replaced by the CLI (src/). */
#include <stdio.h>
int main(void)
{
    fputs("eventline: error: not built yet\n", stderr);
    return 3;
}
