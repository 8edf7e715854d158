/* svg_meta.c: inserting <title> and <desc> into Cairo's SVG output. */
#include "render/svg_meta.h"

#include <stdio.h>
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

/* Cairo names the drawing's group "surface<N>" with N from a process-wide
 * counter, so the same graphic drawn twice in one process (a batch) would
 * differ.  Renumbers every "surface<N>" that follows a quote or '#' (ids
 * and references alike) 1, 2, ... in order of first appearance, in place;
 * the text only gets shorter.  Returns the new length. */
static size_t renumber_surfaces(char *s, size_t len)
{
    unsigned long long seen[64];
    size_t n_seen = 0, o = 0;
    for (size_t i = 0; i < len;) {
        if ((s[i] == '"' || s[i] == '#') && i + 8 < len && memcmp(s + i + 1, "surface", 7) == 0 &&
            s[i + 8] >= '0' && s[i + 8] <= '9') {
            size_t j = i + 8;
            unsigned long long v = 0;
            while (j < len && s[j] >= '0' && s[j] <= '9' && v < 1000000000ull)
                v = v * 10 + (unsigned long long)(s[j++] - '0');
            size_t k = 0;
            while (k < n_seen && seen[k] != v)
                k++;
            if (k == n_seen && n_seen < 64)
                seen[n_seen++] = v;
            if (k < 64) {
                char num[24];
                int w = snprintf(num, sizeof num, "%zu", k + 1);
                memmove(s + o, s + i, 8); /* the quote or '#' and "surface" */
                o += 8;
                memcpy(s + o, num, (size_t)w);
                o += (size_t)w;
                i = j;
                continue;
            }
        }
        s[o++] = s[i++];
    }
    return o;
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
    *out_len = renumber_surfaces(out, o);
    return out;
}
