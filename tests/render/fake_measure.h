/* fake_measure.h: a deterministic text measurer for layout tests: every
 * character is 0.55 em wide, lines are 1.25 em tall, text wraps at word
 * boundaries (long words are cut) and stops at max_lines. */
#ifndef EL_TEST_FAKE_MEASURE_H
#define EL_TEST_FAKE_MEASURE_H

#include <string.h>

#include "render/layout.h"

typedef struct fake_ctx {
    const lay_style *st;
} fake_ctx;

static void fake_measure(void *vctx, const char *text, lay_role role, double max_width,
                         int max_lines, double *w, double *h)
{
    fake_ctx *c = vctx;
    double em = c->st->font_px[role];
    double cw = em * 0.55;
    size_t per_line = max_width > 0 ? (size_t)(max_width / cw) : (size_t)-1;
    if (per_line < 1)
        per_line = 1;
    size_t len = strlen(text), lines = 0, widest = 0, i = 0;
    while (i < len) {
        size_t rem = len - i, take = rem <= per_line ? rem : per_line;
        if (take < rem) { /* back off to a space */
            size_t k = take;
            while (k > 0 && text[i + k] != ' ')
                k--;
            if (k > 0)
                take = k;
        }
        if (take > widest)
            widest = take;
        lines++;
        i += take;
        while (i < len && text[i] == ' ')
            i++;
        if (max_lines > 0 && (int)lines == max_lines)
            break;
    }
    if (lines == 0)
        lines = 1;
    *w = (double)widest * cw;
    *h = (double)lines * em * 1.25;
}

#endif
