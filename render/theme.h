/* theme.h: colours of the four themes (light, dark, print, colorblind).
 * Not installed. */
#ifndef EL_RENDER_THEME_H
#define EL_RENDER_THEME_H

#include <stddef.h>
#include <stdint.h>

typedef struct el_rgb {
    double r, g, b;
} el_rgb;

typedef struct el_theme {
    const char *name;
    uint32_t bg, title, text, muted, ribbon, ribbon_text, tick, stem, era_text, dct, cluster;
    uint32_t era[2];             /* era band tints, alternating */
    const uint32_t *palette;     /* group colours */
    size_t n_palette;
} el_theme;

/* The theme called name (NULL = light); NULL when unknown. */
const el_theme *theme_find(const char *name);

/* 0xRRGGBB to components in 0..1. */
el_rgb theme_rgb(uint32_t hex);

/* Parses "#rgb" or "#rrggbb"; returns 0 and sets *out, or -1. */
int theme_parse_color(const char *s, uint32_t *out);

/* col, moved toward the theme's text colour until it reads on the
 * background (contrast ratio of at least 3). */
uint32_t theme_readable(const el_theme *t, uint32_t col);

#endif
