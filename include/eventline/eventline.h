/* eventline/eventline.h: the whole public API of libeventline. */
#ifndef EVENTLINE_EVENTLINE_H
#define EVENTLINE_EVENTLINE_H

#define EVENTLINE_VERSION "0.1.0"

#include "eventline/error.h"
#include "eventline/date.h"
#include "eventline/model.h"
#include "eventline/json.h"
#include "eventline/import.h"
#include "eventline/tagger.h"
#include "eventline/extract.h"
#include "eventline/render.h"

#endif
