/* timex_type.c: names of TIMEX3 types. */
#include "eventline/tagger.h"

const char *el_timex_type_name(el_timex_type t)
{
    switch (t) {
    case EL_TIMEX_DATE: return "DATE";
    case EL_TIMEX_TIME: return "TIME";
    case EL_TIMEX_DURATION: return "DURATION";
    case EL_TIMEX_SET: return "SET";
    }
    return "DATE";
}
