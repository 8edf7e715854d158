/* layout_items.h: building the item list of a layout.  Not installed. */
#ifndef EL_RENDER_LAYOUT_ITEMS_H
#define EL_RENDER_LAYOUT_ITEMS_H

#include "render/layout.h"

/* Appends an item with a bounding box; NULL (and r->oom set) when out of
 * memory.  The pointer is valid until the next push. */
lay_item *li_push(lay_result *r, lay_kind kind, double x, double y, double w, double h);

/* Makes it show events first .. first+count-1.  -1 when out of memory. */
int li_events(lay_result *r, lay_item *it, size_t first, size_t count);

/* Copies s into storage the layout owns ("" when out of memory). */
const char *li_strdup(lay_result *r, const char *s);

#endif
