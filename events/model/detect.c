/* detect.c: el_detect_format and el_input_format_from_name. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "eventline/import.h"
#include "eventline/json.h"
#include "events/model/model_internal.h"

/* True when name ends with ext (case-insensitive). */
static bool has_ext(const char *name, const char *ext)
{
    if (!name)
        return false;
    size_t n = strlen(name), e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

/* True when the first line of text, split at commas, has a field equal to
 * each of the two names (case-insensitive, spaces and quotes trimmed). */
static bool header_has(const char *text, size_t len, const char *a, const char *b)
{
    bool found_a = false, found_b = false;
    size_t i = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && text[i] != '\n' && text[i] != '\r') {
        size_t start = i;
        while (i < len && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
            i++;
        size_t s = start, e = i;
        while (s < e && (text[s] == ' ' || text[s] == '"'))
            s++;
        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '"'))
            e--;
        if (e - s == strlen(a) && strncasecmp(text + s, a, e - s) == 0)
            found_a = true;
        if (e - s == strlen(b) && strncasecmp(text + s, b, e - s) == 0)
            found_b = true;
        if (i < len && text[i] == ',')
            i++;
    }
    return found_a && found_b;
}

el_input_format el_detect_format(const char *text, size_t len, const char *name)
{
    if (!text)
        return EL_INPUT_TEXT;
    size_t i = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    size_t off;
    if (i < len && text[i] == '{') {
        if (el__json_locate_offset(text, len, "eventline", &off) == 0)
            return EL_INPUT_EVENTLINE;
        /* the first events that say which kind they are */
        for (int k = 0; k < 8; k++) {
            char p[48];
            snprintf(p, sizeof p, "events[%d].start_date", k);
            if (el__json_locate_offset(text, len, p, &off) == 0)
                return EL_INPUT_TIMELINEJS;
            snprintf(p, sizeof p, "events[%d].date", k);
            if (el__json_locate_offset(text, len, p, &off) == 0)
                return EL_INPUT_EVENTLINE;
        }
        /* a TimelineJS title is a slide object, an eventline one a string */
        if (el__json_locate_offset(text, len, "title", &off) == 0 && text[off] == '{')
            return EL_INPUT_TIMELINEJS;
        return EL_INPUT_EVENTLINE;
    }
    if (i < len && text[i] == '[')
        return EL_INPUT_EVENTLINE; /* its reader explains what is wrong */
    if (header_has(text, len, "Year", "Headline") || header_has(text, len, "Year", "Text") ||
        header_has(text, len, "Start Date", "Headline"))
        return EL_INPUT_CSV;
    if (has_ext(name, ".csv"))
        return EL_INPUT_CSV;
    if (has_ext(name, ".json"))
        return EL_INPUT_EVENTLINE;
    return EL_INPUT_TEXT;
}

int el_input_format_from_name(const char *name)
{
    static const struct { const char *name; el_input_format fmt; } names[] = {
        {"auto", EL_INPUT_AUTO}, {"eventline", EL_INPUT_EVENTLINE},
        {"json", EL_INPUT_EVENTLINE}, {"timelinejs", EL_INPUT_TIMELINEJS},
        {"tljs", EL_INPUT_TIMELINEJS}, {"csv", EL_INPUT_CSV}, {"text", EL_INPUT_TEXT},
        {"txt", EL_INPUT_TEXT}};
    if (!name)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0)
            return (int)names[i].fmt;
    return -1;
}
