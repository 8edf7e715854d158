/* layout_style.c: type sizes and spacing for a canvas.  Everything scales
 * with the shorter side of the canvas, so a 1920x1080 slide and an A4 page
 * both read at their usual distance. */
#include "render/layout.h"

void lay_style_for(double w, double h, lay_style *st)
{
    double s = (w < h ? w : h) / 1080.0;
    if (s < 0.62)
        s = 0.62;
    if (s > 2.5)
        s = 2.5;
    static const double base[LAY_FONT_COUNT] = {
        [LAY_FONT_TITLE] = 40, [LAY_FONT_SUBTITLE] = 22, [LAY_FONT_DATE] = 15,
        [LAY_FONT_LABEL] = 18, [LAY_FONT_NOTE] = 15,     [LAY_FONT_TICK] = 15,
        [LAY_FONT_SOURCE] = 14, [LAY_FONT_LEGEND] = 15,  [LAY_FONT_ERA] = 14,
    };
    for (int r = 0; r < LAY_FONT_COUNT; r++) {
        st->font_px[r] = base[r] * s;
        st->bold[r] = r == LAY_FONT_TITLE || r == LAY_FONT_LABEL || r == LAY_FONT_DATE ||
                      r == LAY_FONT_ERA;
    }
    st->margin = 48 * s;
    st->gap = 12 * s;
    st->block_w = 300 * s;
    st->ribbon_pad = 7 * s;
    st->stem_gap = 7 * s;
    st->lane = 8 * s;
    st->marker_r = 5.5 * s;
    st->break_len = 30 * s;
}
