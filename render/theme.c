/* theme.c: the colour themes.  light is the default; dark for screens;
 * print keeps every distinction readable in grayscale; colorblind uses the
 * Okabe-Ito palette. */
#include "render/theme.h"

#include <math.h>
#include <string.h>

static const uint32_t pal_light[] = {0x2F6DB5, 0xD1495B, 0xE09F3E, 0x00798C,
                                     0x66A182, 0x8E6C8A, 0xE07A5F, 0x3D405B};
static const uint32_t pal_dark[] = {0x63A9EC, 0xF2727F, 0xF6C15B, 0x3CC4C4,
                                    0x8BD17C, 0xC39BD3, 0xF39C6B, 0xA0A8F0};
static const uint32_t pal_print[] = {0x1A1A1A, 0x6B6B6B, 0x404040, 0x8F8F8F, 0x2E2E2E, 0x7D7D7D};
static const uint32_t pal_okabe_ito[] = {0x0072B2, 0xD55E00, 0x009E73, 0xE69F00,
                                         0xCC79A7, 0x56B4E9, 0x000000, 0xF0E442};

static const el_theme themes[] = {
    {"light", 0xFFFFFF, 0x151A24, 0x1F2430, 0x596171, 0xEDF0F4, 0x485163, 0xC3CAD4, 0x8F98A6,
     0x5B6475, 0xC0392B, 0x485163, {0xE8EEF7, 0xF4EEE4}, pal_light, 8},
    {"dark", 0x141820, 0xF3F5F9, 0xE8EBF1, 0xA7AFBD, 0x252B36, 0xC5CCD8, 0x3C4452, 0x687282,
     0xAAB2C0, 0xFF6B5B, 0xC5CCD8, {0x1C2433, 0x2A2420}, pal_dark, 8},
    {"print", 0xFFFFFF, 0x000000, 0x111111, 0x444444, 0xE6E6E6, 0x222222, 0xA0A0A0, 0x555555,
     0x333333, 0x000000, 0x222222, {0xEFEFEF, 0xF7F7F7}, pal_print, 6},
    {"colorblind", 0xFFFFFF, 0x151A24, 0x1F2430, 0x596171, 0xEDF0F4, 0x485163, 0xC3CAD4, 0x8F98A6,
     0x5B6475, 0xD55E00, 0x485163, {0xE3EEF7, 0xF7EFE0}, pal_okabe_ito, 8},
};

const el_theme *theme_find(const char *name)
{
    if (!name || !*name)
        return &themes[0];
    for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
        if (strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return NULL;
}

el_rgb theme_rgb(uint32_t hex)
{
    return (el_rgb){((hex >> 16) & 0xFF) / 255.0, ((hex >> 8) & 0xFF) / 255.0, (hex & 0xFF) / 255.0};
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int theme_parse_color(const char *s, uint32_t *out)
{
    if (!s || s[0] != '#')
        return -1;
    size_t n = strlen(s + 1);
    if (n != 3 && n != 6)
        return -1;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int h = hexval(s[1 + i]);
        if (h < 0)
            return -1;
        v = n == 3 ? (v << 8) | (uint32_t)(h * 17) : (v << 4) | (uint32_t)h;
    }
    *out = v;
    return 0;
}

/* WCAG relative luminance of a colour. */
static double luminance(uint32_t hex)
{
    el_rgb c = theme_rgb(hex);
    double v[3] = {c.r, c.g, c.b};
    for (int i = 0; i < 3; i++)
        v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : pow((v[i] + 0.055) / 1.055, 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

static double contrast(uint32_t a, uint32_t b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static uint32_t mix(uint32_t a, uint32_t b, double t)
{
    uint32_t out = 0;
    for (int sh = 16; sh >= 0; sh -= 8) {
        double x = ((a >> sh) & 0xFF) * (1 - t) + ((b >> sh) & 0xFF) * t;
        out |= (uint32_t)(x + 0.5) << sh;
    }
    return out;
}

uint32_t theme_readable(const el_theme *t, uint32_t col)
{
    for (int i = 1; i <= 10 && contrast(col, t->bg) < 3.0; i++)
        col = mix(col, t->text, 0.1 * i);
    return col;
}
