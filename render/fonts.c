/* fonts.c: fontconfig configuration, Pango font map, measuring and drawing
 * of text.  A font map belongs to one renderer (one thread at a time) or to
 * one render; nothing here is shared between threads. */
#include "render/fonts.h"

#include <dirent.h>
#include <pthread.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef EL_FONTS_SRC_DIR
#define EL_FONTS_SRC_DIR "fonts"
#endif
#ifndef EL_FONTS_INSTALL_DIR
#define EL_FONTS_INSTALL_DIR "/usr/local/share/eventline/fonts"
#endif

static int is_file(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* True for the font file extensions fontconfig reads. */
static int font_ext(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    static const char *const ext[] = {".ttf", ".otf", ".ttc", ".otc", ".TTF", ".OTF", ".pfb", ".woff", ".woff2"};
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
        if (strcmp(dot, ext[i]) == 0)
            return 1;
    return 0;
}

/* Adds the font files of dir one by one (adding a directory makes
 * fontconfig try to write a cache there). */
static int add_font_dir(FcConfig *cfg, const char *dir, el_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "font folder \"%s\" cannot be read", dir);
    int added = 0;
    struct dirent *de;
    char path[4096];
    while ((de = readdir(d)) != NULL) {
        if (!font_ext(de->d_name))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (is_file(path) && FcConfigAppFontAddFile(cfg, (const FcChar8 *)path))
            added++;
    }
    closedir(d);
    if (!added)
        return el_fail(err, EL_ERR_USAGE, 0, 0, "font folder \"%s\" holds no usable font files", dir);
    return EL_OK;
}

/* A fresh configuration from fonts.conf (installed copy first, then the
 * source tree), or the system's when neither is there; *have_alias tells
 * which.  NULL when out of memory. */
static FcConfig *load_config(int *have_alias)
{
    FcConfig *cfg = FcConfigCreate();
    if (!cfg)
        return NULL;
    const char *conf = NULL;
    static const char *const places[] = {EL_FONTS_INSTALL_DIR "/fonts.conf",
                                         EL_FONTS_SRC_DIR "/fonts.conf"};
    for (size_t i = 0; i < 2 && !conf; i++)
        if (is_file(places[i]))
            conf = places[i];
    *have_alias = 0;
    if (conf && FcConfigParseAndLoad(cfg, (const FcChar8 *)conf, FcTrue))
        *have_alias = 1;
    else
        FcConfigParseAndLoad(cfg, NULL, FcTrue); /* the system configuration */
    return cfg;
}

/* Loading a configuration reads fontconfig's cache files and builds its font
 * set, and fontconfig does not promise that this is safe from several threads
 * at once.  This lock makes each thread's one-time set-up take its turn (a few
 * milliseconds per thread); rendering itself runs in parallel.  It guards the
 * dependency, not state of ours. */
static pthread_mutex_t config_load_lock = PTHREAD_MUTEX_INITIALIZER;

int font_config_make_default(el_error *err)
{
    int have_alias;
    pthread_mutex_lock(&config_load_lock);
    FcConfig *cfg = load_config(&have_alias);
    if (!cfg) {
        pthread_mutex_unlock(&config_load_lock);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory creating the font configuration");
    }
    int ok = FcConfigBuildFonts(cfg) && FcConfigSetCurrent(cfg);
    FcConfigDestroy(cfg); /* on success fontconfig keeps its own reference */
    pthread_mutex_unlock(&config_load_lock);
    if (!ok)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot set up the font configuration");
    return EL_OK;
}


/* Cairo keeps one process-wide table of scaled fonts, keyed by face, size
 * and font options, and each scaled font's glyph cache sits behind its own
 * mutex.  Renderers on different threads would find the same scaled fonts
 * there and queue for that mutex on every line of text (a batch of SVGs
 * ran 35% slower per file on two threads).  A variation setting on an axis
 * no font has ("elfm", ignored when glyphs are made) makes the options, and
 * so the scaled fonts, this font map's own: each thread then works in its
 * own glyph caches.  Glyph shapes and the output bytes do not change. */
static void set_private_font_key(cairo_font_options_t *fo, const PangoFontMap *owner)
{
    char key[48];
    snprintf(key, sizeof key, "elfm=%lu", (unsigned long)((uintptr_t)owner % 1000000007u));
    cairo_font_options_set_variations(fo, key);
}

int font_map_open(font_map *m, const char *font_dir, el_error *err)
{
    memset(m, 0, sizeof *m);
    pthread_mutex_lock(&config_load_lock);
    FcConfig *cfg = load_config(&m->have_alias);
    if (!cfg) {
        pthread_mutex_unlock(&config_load_lock);
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory creating the font configuration");
    }
    if (font_dir) {
        int rc = add_font_dir(cfg, font_dir, err);
        if (rc) {
            FcConfigDestroy(cfg);
            pthread_mutex_unlock(&config_load_lock);
            return rc;
        }
    }
    FcConfigBuildFonts(cfg);
    pthread_mutex_unlock(&config_load_lock);
    m->fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!m->fm) {
        FcConfigDestroy(cfg);
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot create a font map");
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m->fm), cfg);
    FcConfigDestroy(cfg); /* the font map keeps its own reference */
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(m->fm), 96);
    m->pc = pango_font_map_create_context(m->fm);
    if (!m->pc)
        return el_fail(err, EL_ERR_IO, 0, 0, "cannot create a font context");
    /* One language for every run of text.  Left to the locale ("C" on most
     * servers), Pango asks fontconfig about each font twice, once for the
     * locale and once for English, and each new font costs two threads of
     * Pango's own: 21 font sorts and 43 threads for one timeline, 14 and 28
     * with this, and graphics no longer depend on the machine's locale. */
    pango_context_set_language(m->pc, pango_language_from_string("en"));
    /* Unhinted metrics: the same widths at every scale and in every format. */
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    set_private_font_key(fo, m->fm);
    pango_cairo_context_set_font_options(m->pc, fo);
    cairo_font_options_destroy(fo);
    return EL_OK;
}

void font_map_close(font_map *m)
{
    if (m->pc)
        g_object_unref(m->pc);
    if (m->fm)
        g_object_unref(m->fm);
    memset(m, 0, sizeof *m);
}

int fonts_use(el_fonts *f, const font_map *m, measure_cache *cache, const char *family,
              const lay_style *st, el_error *err)
{
    memset(f, 0, sizeof *f);
    f->fm = m->fm;
    f->pc = m->pc;
    f->cache = cache;
    measure_cache_set_family(cache, family);
    const char *fallback = m->have_alias ? "eventline-sans" : "Noto Sans, DejaVu Sans, sans-serif";
    char fam[512];
    if (family && *family)
        snprintf(fam, sizeof fam, "%s, %s", family, fallback);
    else
        snprintf(fam, sizeof fam, "%s", fallback);
    for (int r = 0; r < LAY_FONT_COUNT; r++) {
        f->desc[r] = pango_font_description_new();
        if (!f->desc[r])
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory describing fonts");
        f->px[r] = st->font_px[r];
        f->weight[r] = st->bold[r] ? (r == LAY_FONT_DATE || r == LAY_FONT_ERA ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_BOLD)
                                   : PANGO_WEIGHT_NORMAL;
        pango_font_description_set_family(f->desc[r], fam);
        pango_font_description_set_absolute_size(f->desc[r], st->font_px[r] * PANGO_SCALE);
        pango_font_description_set_weight(f->desc[r], (PangoWeight)f->weight[r]);
    }
    f->layout = pango_layout_new(f->pc);
    if (!f->layout)
        return el_fail(err, EL_ERR_IO, 0, 0, "out of memory setting text");
    return EL_OK;
}

int fonts_open(el_fonts *f, const char *family, const char *font_dir, const lay_style *st,
               el_error *err)
{
    memset(f, 0, sizeof *f);
    font_map m;
    int rc = font_map_open(&m, font_dir, err);
    if (rc == EL_OK)
        rc = fonts_use(f, &m, NULL, family, st, err);
    f->own = m; /* fonts_close releases it */
    return rc;
}

void fonts_close(el_fonts *f)
{
    for (size_t i = 0; i < f->n_memo; i++) {
        free(f->memo[i].text);
        g_object_unref(f->memo[i].layout);
    }
    free(f->memo);
    if (f->layout)
        g_object_unref(f->layout);
    for (int r = 0; r < LAY_FONT_COUNT; r++)
        if (f->desc[r])
            pango_font_description_free(f->desc[r]);
    font_map_close(&f->own);
    memset(f, 0, sizeof *f);
}

/* Sets up layout l for text in role, wrapped and cut as the layout asks. */
static void setup_layout(el_fonts *f, PangoLayout *l, const char *text, lay_role role,
                         double max_width, int max_lines, int right)
{
    pango_layout_set_font_description(l, f->desc[role]);
    pango_layout_set_auto_dir(l, TRUE);
    if (max_width > 0) {
        pango_layout_set_width(l, (int)(max_width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        pango_layout_set_height(l, max_lines > 0 ? -max_lines : -1000);
    } else {
        pango_layout_set_width(l, -1);
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_NONE);
        pango_layout_set_height(l, -1);
    }
    pango_layout_set_alignment(l, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l, text, -1);
}

/* Most layouts kept per render for drawing (the rest are shaped again). */
#define MEMO_MAX 512

static measure_key key_of(const el_fonts *f, const char *text, lay_role role, double max_width,
                          int max_lines)
{
    measure_key k = {text, f->px[role], f->weight[role], max_width > 0 ? max_width : 0,
                     max_width > 0 && max_lines > 0 ? max_lines : 0};
    return k;
}

/* The layout kept for k, or NULL. */
static PangoLayout *memo_find(const el_fonts *f, const measure_key *k)
{
    for (size_t i = f->n_memo; i-- > 0;) {
        const fonts_memo *m = &f->memo[i];
        if (m->px == k->px && m->max_width == k->max_width && m->weight == k->weight &&
            m->max_lines == k->max_lines && strcmp(m->text, k->text) == 0)
            return m->layout;
    }
    return NULL;
}

/* Keeps l (taking the reference) under k; 0 when it could not (out of
 * memory: the caller still owns l). */
static int memo_add(el_fonts *f, const measure_key *k, PangoLayout *l)
{
    if (f->n_memo % 64 == 0) {
        fonts_memo *p = realloc(f->memo, (f->n_memo + 64) * sizeof *p);
        if (!p)
            return 0;
        f->memo = p;
    }
    char *text = strdup(k->text);
    if (!text)
        return 0;
    f->memo[f->n_memo++] = (fonts_memo){text, k->px, k->max_width, k->weight, k->max_lines, l};
    return 1;
}

void fonts_measure(void *ctx, const char *text, lay_role role, double max_width, int max_lines,
                   double *w, double *h)
{
    el_fonts *f = ctx;
    measure_key k = key_of(f, text, role, max_width, max_lines);
    if (measure_cache_get(f->cache, &k, w, h))
        return;
    PangoLayout *l = f->layout, *fresh = NULL;
    if (f->n_memo < MEMO_MAX && !memo_find(f, &k) && (fresh = pango_layout_new(f->pc)) != NULL)
        l = fresh;
    setup_layout(f, l, text, role, max_width, max_lines, 0);
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    *w = (double)logical.width / PANGO_SCALE;
    *h = (double)logical.height / PANGO_SCALE;
    if (fresh && !memo_add(f, &k, fresh))
        g_object_unref(fresh);
    measure_cache_put(f->cache, &k, *w, *h);
}

void fonts_draw(el_fonts *f, cairo_t *cr, const char *text, lay_role role, double wrap_w,
                int max_lines, int right, double x, double y, double w)
{
    measure_key k = key_of(f, text, role, wrap_w, max_lines);
    PangoLayout *l = right ? NULL : memo_find(f, &k);
    if (!l) {
        l = f->layout;
        setup_layout(f, l, text, role, wrap_w, max_lines, right);
    }
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    double lx = (double)logical.x / PANGO_SCALE, ly = (double)logical.y / PANGO_SCALE;
    double lw = (double)logical.width / PANGO_SCALE;
    cairo_save(cr);
    if (right)
        cairo_move_to(cr, x + w - lw - lx, y - ly);
    else
        cairo_move_to(cr, x - lx, y - ly);
    pango_cairo_show_layout(cr, l);
    cairo_restore(cr);
}
