/* svg_meta.c: inserting <title> and <desc> into Cairo's SVG output. */
#include "render/svg_meta.h"

#include <stdlib.h>
#include <string.h>

/* Appends s XML-escaped to dst (which has room: 6 bytes per input byte). */
static size_t xml_escape(char *dst, const char *s)
{
    size_t o = 0;
    for (; s && *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        default: break;
        }
        if (rep) {
            size_t n = strlen(rep);
            memcpy(dst + o, rep, n);
            o += n;
        } else if ((unsigned char)*s >= 0x20 || *s == '\n' || *s == '\t') {
            dst[o++] = *s;
        }
    }
    return o;
}

/* Finds the end ('>') of the opening <svg ...> tag. */
static const char *svg_open_end(const char *svg, size_t len)
{
    for (size_t i = 0; i + 4 < len; i++) {
        if (svg[i] == '<' && memcmp(svg + i + 1, "svg", 3) == 0 &&
            (svg[i + 4] == ' ' || svg[i + 4] == '\n' || svg[i + 4] == '>')) {
            for (size_t j = i + 4; j < len; j++)
                if (svg[j] == '>')
                    return svg + j;
            return NULL;
        }
    }
    return NULL;
}

char *svg_add_meta(const char *svg, size_t len, const char *title, const char *desc,
                   size_t *out_len)
{
    const char *gt = svg_open_end(svg, len);
    if (!gt)
        return NULL;
    size_t tl = title ? strlen(title) : 0, dl = desc ? strlen(desc) : 0;
    size_t cap = len + 6 * (tl + dl) + 64;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t head = (size_t)(gt - svg);
    size_t o = 0;
    memcpy(out, svg, head);
    o = head;
    int self_closing = head > 0 && svg[head - 1] == '/';
    if (self_closing)
        o--; /* an empty <svg/> is not something Cairo writes; keep it well-formed */
    memcpy(out + o, " role=\"img\">", 12);
    o += 12;
    memcpy(out + o, "\n<title>", 8);
    o += 8;
    o += xml_escape(out + o, title ? title : "");
    memcpy(out + o, "</title>\n<desc>", 15);
    o += 15;
    o += xml_escape(out + o, desc ? desc : "");
    memcpy(out + o, "</desc>", 7);
    o += 7;
    size_t rest = len - head - 1;
    memcpy(out + o, gt + 1, rest);
    o += rest;
    if (self_closing) {
        memcpy(out + o, "</svg>", 6);
        o += 6;
    }
    *out_len = o;
    return out;
}
