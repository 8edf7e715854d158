/* sample_article.h: the built-in article of `eventline demo`. */
#ifndef EL_SAMPLE_ARTICLE_H
#define EL_SAMPLE_ARTICLE_H

#include <stddef.h>

extern const char sample_article_text[];
extern const size_t sample_article_len;
/* The fixed "today" the demo passes, so its output never changes. */
extern const char sample_article_today[];
/* The same day in seconds since 1970, the demo PDF's creation date. */
extern const long long sample_article_epoch;
extern const char sample_article_title[];
extern const char sample_article_subtitle[];
extern const char sample_article_source[];

#endif
