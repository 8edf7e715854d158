/* surface.c: PNG, PDF and SVG output behind one switch. */
#define _DEFAULT_SOURCE /* madvise and MADV_HUGEPAGE (Linux) */
#include "render/surface.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "render/png_write.h"
#include "render/svg_meta.h"

#define MAX_PNG_SIDE 32767

/* Cairo's stream callback on top of an el_write_fn. */
typedef struct stream {
    el_write_fn write;
    void *closure;
    int failed;
} stream;

static cairo_status_t stream_write(void *c, const unsigned char *data, unsigned int len)
{
    stream *s = c;
    if (s->failed || s->write(s->closure, data, len)) {
        s->failed = 1;
        return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
}

/* A growable memory buffer (for SVG, which is edited before writing). */
typedef struct membuf {
    unsigned char *p;
    size_t n, cap;
    int oom;
} membuf;

static cairo_status_t mem_write(void *c, const unsigned char *data, unsigned int len)
{
    membuf *b = c;
    if (b->n + len > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1 << 16;
        while (cap < b->n + len)
            cap *= 2;
        unsigned char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return CAIRO_STATUS_NO_MEMORY;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, len);
    b->n += len;
    return CAIRO_STATUS_SUCCESS;
}

/* ISO 8601 UTC time of a SOURCE_DATE_EPOCH value, for the PDF date. */
static void iso_date(long long epoch, char *buf, size_t size)
{
    time_t tt = (time_t)epoch;
    struct tm tm;
    if (!gmtime_r(&tt, &tm)) {
        snprintf(buf, size, "1970-01-01T00:00:00Z");
        return;
    }
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int finish(cairo_surface_t *s, cairo_t *cr, el_error *err, const char *what)
{
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st == CAIRO_STATUS_WRITE_ERROR)
        return el_fail(err, EL_ERR_IO, 0, 0, "writing the %s failed", what);
    if (st != CAIRO_STATUS_SUCCESS)
        return el_fail(err, EL_ERR_IO, 0, 0, "drawing the %s failed: %s", what, cairo_status_to_string(st));
    return EL_OK;
}

/* Image memory of at least size bytes (free()d by the caller).  A 1080p
 * image is 8 MB: touched the first time page by page, its 2,000 page
 * faults took a third of a whole PNG render.  On Linux the memory is
 * aligned to 2 MB and offered for transparent huge pages, which the kernel
 * (where they are enabled "always" or "madvise") maps a few faults at a
 * time; elsewhere, or when it declines, nothing changes but speed. */
static void *pixels_alloc(size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t huge = (size_t)2 << 20;
    if (size >= huge) {
        void *p = NULL;
        size_t rounded = (size + huge - 1) / huge * huge;
        if (posix_memalign(&p, huge, rounded) != 0)
            return NULL;
        madvise(p, rounded, MADV_HUGEPAGE); /* advice only: failure is harmless */
        return p;
    }
#endif
    return malloc(size);
}

void surface_pixels_free(surface_pixels *px)
{
    free(px->p);
    px->p = NULL;
    px->size = 0;
}

/* Largest pixel memory kept after a render (16 MB: a 2560x1600 image),
 * so a thread of a batch holds at most that; bigger images give theirs
 * back at once. */
#define KEEP_PIXELS ((size_t)2560 * 1600 * 4)

/* An image surface of pw x ph on px's memory (grown when too small), or on
 * its own zeroed memory when px is NULL. */
static cairo_surface_t *image_surface(int pw, int ph, int transparent, surface_pixels *px)
{
    if (!px)
        return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, pw);
    if (stride <= 0)
        return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph); /* Cairo says why */
    size_t size = (size_t)stride * (size_t)ph;
    if (px->size < size) {
        surface_pixels_free(px);
        px->p = pixels_alloc(size);
        if (!px->p)
            return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
        px->size = size;
    }
    if (transparent)
        memset(px->p, 0, size);
    return cairo_image_surface_create_for_data(px->p, CAIRO_FORMAT_ARGB32, pw, ph, stride);
}

int surface_render(const el_render_options *opt, double w, double h, const surface_meta *meta,
                   paint_cb paint, void *pctx, surface_pixels *px, el_write_fn write,
                   void *closure, el_error *err)
{
    double dpi = opt->dpi > 0 ? opt->dpi : 96;
    switch (opt->format) {
    case EL_FORMAT_PNG: {
        double scale = dpi / 96.0;
        double pw = ceil(w * scale), ph = ceil(h * scale);
        double max_px = opt->max_canvas_pixels > 0 ? opt->max_canvas_pixels : 200e6;
        if (pw > MAX_PNG_SIDE || ph > MAX_PNG_SIDE || pw * ph > max_px)
            return el_fail(err, EL_ERR_USAGE, 0, 0,
                           "image of %.0fx%.0f pixels is too large (limit %d a side, %.0f megapixels); "
                           "lower --dpi or use --fixed-size",
                           pw, ph, MAX_PNG_SIDE, max_px / 1e6);
        cairo_surface_t *s = image_surface((int)pw, (int)ph, opt->transparent, px);
        if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(s);
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory for a %.0fx%.0f image", pw, ph);
        }
        cairo_t *cr = cairo_create(s);
        cairo_scale(cr, scale, scale);
        paint(cr, pctx, 1);
        cairo_status_t st = cairo_status(cr);
        cairo_destroy(cr);
        if (st != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(s);
            if (px && px->size > KEEP_PIXELS)
                surface_pixels_free(px);
            return el_fail(err, EL_ERR_IO, 0, 0, "drawing the PNG failed: %s", cairo_status_to_string(st));
        }
        int rc = png_write_surface(s, !opt->transparent, opt->png_level, dpi, write, closure);
        cairo_surface_destroy(s);
        if (px && px->size > KEEP_PIXELS)
            surface_pixels_free(px);
        if (rc == -1)
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory encoding the PNG");
        if (rc)
            return el_fail(err, EL_ERR_IO, 0, 0, "writing the PNG failed");
        return EL_OK;
    }
    case EL_FORMAT_PDF: {
        stream str = {write, closure, 0};
        cairo_surface_t *s = cairo_pdf_surface_create_for_stream(stream_write, &str, w * 0.75, h * 0.75);
        if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(s);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot create the PDF");
        }
        if (meta->title && *meta->title)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, meta->title);
        if (meta->author && *meta->author)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, meta->author);
        if (meta->desc && *meta->desc)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, meta->desc);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "eventline");
        if (opt->source_date_epoch >= 0) {
            char date[32];
            iso_date(opt->source_date_epoch, date, sizeof date);
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
        } else {
            /* Cairo stamps the current time unless told otherwise; an empty
             * date leaves it out, so the same input gives the same bytes. */
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "");
        }
        cairo_t *cr = cairo_create(s);
        cairo_scale(cr, 0.75, 0.75);
        paint(cr, pctx, 0);
        return finish(s, cr, err, "PDF");
    }
    case EL_FORMAT_SVG: {
        membuf b = {0};
        cairo_surface_t *s = cairo_svg_surface_create_for_stream(mem_write, &b, w, h);
        if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(s);
            free(b.p);
            return el_fail(err, EL_ERR_IO, 0, 0, "cannot create the SVG");
        }
        cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
        cairo_t *cr = cairo_create(s);
        paint(cr, pctx, 0);
        int rc = finish(s, cr, err, "SVG");
        if (rc == EL_OK && b.oom)
            rc = el_fail(err, EL_ERR_IO, 0, 0, "out of memory writing the SVG");
        if (rc) {
            free(b.p);
            return rc;
        }
        size_t n = 0;
        char *svg = svg_add_meta((const char *)b.p, b.n, meta->title ? meta->title : "Timeline",
                                 meta->desc ? meta->desc : "", &n);
        free(b.p);
        if (!svg)
            return el_fail(err, EL_ERR_IO, 0, 0, "out of memory writing the SVG");
        rc = write(closure, (const unsigned char *)svg, n) ? el_fail(err, EL_ERR_IO, 0, 0, "writing the SVG failed") : EL_OK;
        free(svg);
        return rc;
    }
    }
    return el_fail(err, EL_ERR_USAGE, 0, 0, "unknown output format %d", (int)opt->format);
}
