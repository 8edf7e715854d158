/* sample_article.c: the short news article `eventline demo` draws.
 *
 * Written for eventline; the story, places and agency are invented.  It
 * holds the kinds of dates real wire copy has: a dateline without a year,
 * a weekday ("on Saturday"), vague past references ("recently", "a few
 * years ago"), a relative one ("shortly after that"), a season ("this
 * summer"), years inside noun phrases ("the 2014 floods", "the 1998 ...
 * Accord") and a future one.
 */
#include "sample_article.h"

const char sample_article_text[] =
    "KESSARA, October 12 (Northwind News Agency) -- The water ministers of "
    "Valdoria and Estmark met on Saturday in the river port of Kessara to "
    "settle how the new Tamsin Dam will share the river between the two "
    "countries.\n"
    "According to a joint statement, the talks covered how much water the "
    "reservoir may hold back in the dry season and a common warning system "
    "for floods downstream.\n"
    "Farmers in the lower valley recently blocked the border road in protest "
    "after the first filling of the reservoir this summer cut the river's flow "
    "by almost a third.\n"
    "Shortly after that, Valdoria's environment agency opened an inquiry into "
    "the rules for operating the dam.\n"
    "The ministers also agreed to reopen Kessara to cargo barges, which "
    "stopped calling at the port a few years ago when silt closed its main "
    "channel.\n"
    "Officials on both sides said the 2014 floods, which swept away two "
    "bridges and forced thousands of families from their homes, showed that "
    "neither country can manage the river alone.\n"
    "The two governments reaffirmed the 1998 Tamsin Water Accord, which "
    "divides the river's flow between them and set up a joint commission to "
    "watch over it.\n"
    "Engineers from both countries will meet in Estmark next month to draft "
    "new filling rules, the statement said.\n";

const size_t sample_article_len = sizeof sample_article_text - 1;

/* October 12 fell on a Saturday in 2024; with this "today" the dateline rule
 * picks that year on every machine and every day. */
const char sample_article_today[] = "2025-03-01";
const long long sample_article_epoch = 1740787200; /* 2025-03-01T00:00:00Z */

const char sample_article_title[] = "Talks on the Tamsin Dam";
const char sample_article_subtitle[] =
    "Events extracted from a sample news article by eventline";
const char sample_article_source[] =
    "Source: invented article built into eventline (eventline demo --print-article)";
