/* render_input.h: turns an el_timeline into the layout's input: events in
 * chronological order with their spans, shapes and date lines, eras,
 * groups and colours.  Not installed. */
#ifndef EL_RENDER_INPUT_H
#define EL_RENDER_INPUT_H

#include <stdint.h>

#include "eventline/model.h"
#include "eventline/render.h"
#include "render/layout.h"
#include "render/theme.h"

typedef struct render_input {
    lay_input in;
    lay_event *events;   /* chronological */
    lay_era *eras;
    char *text;          /* date lines and default ids, one allocation */
    uint32_t *ev_color;  /* per layout event */
    const char **legend; /* group names (borrowed from tl) */
    uint32_t *legend_color;
} render_input;

/* Fills ri from tl and opt (theme t for the group colours).  Returns EL_OK,
 * EL_ERR_INPUT for a bad colour, EL_ERR_IO when out of memory. */
int render_input_build(render_input *ri, const el_timeline *tl, const el_render_options *opt,
                       const el_theme *t, el_error *err);
void render_input_free(render_input *ri);

#endif
