/* match.h: matchers and token helpers of the temporal tagger (internal).
 * Every matcher m_xxx(x, i, c) tries to read one kind of time expression
 * starting at token i; on success it fills *c and returns the token index
 * just past the match, otherwise it returns 0.
 */
#ifndef EL_TAGGER_MATCH_H
#define EL_TAGGER_MATCH_H

#include "tagger_internal.h"

/* Token i is the punctuation character c. */
static inline bool el__punct(const el__ctx *x, int i, char c)
{
    const el__tok *t = el__tk(x, i);
    return t->kind == TK_PUNCT && t->c == c;
}
/* Token i starts with a capital letter. */
static inline bool el__cap(const el__ctx *x, int i)
{
    return (el__tk(x, i)->flags & TF_CAP) != 0;
}
void el__cand_init(el__cand *c, int tb);

/* Number phrase (digits, 1,000, "twenty-four", "a hundred"; "a"/"an" as 1
 * when allow_article).  Returns the end token or 0. */
int el__parse_num(const el__ctx *x, int i, int64_t *val, bool allow_article);
/* Ordinal: 4th, fourth, twenty-first.  Returns the end token or 0. */
int el__parse_ord(const el__ctx *x, int i, int *val);
/* A 4-digit year token 1000..2099.  Returns the end token or 0. */
int el__parse_year4(const el__ctx *x, int i, int64_t *y);
/* True when the year-like number at [i, end) is not a quantity, an id or
 * part of a longer number. */
bool el__year_context_ok(const el__ctx *x, int i, int end);
/* True when the sentence around token i tells a game's score and not a
 * company's books ("trailed 17-10 in the fourth quarter", "scored twice
 * in the second half"): a quarter or half there is a period of play. */
bool el__game_period(const el__ctx *x, int i);
/* am/pm/a.m./p.m. at i; returns the end token or 0. */
int el__parse_ampm(const el__ctx *x, int i, bool *pm);

int el__m_numeric(const el__ctx *x, int i, el__cand *c);
int el__m_monthdate(const el__ctx *x, int i, el__cand *c);
int el__m_clock(const el__ctx *x, int i, el__cand *c);
int el__m_wday(const el__ctx *x, int i, el__cand *c);
int el__m_deic(const el__ctx *x, int i, el__cand *c);
int el__m_rel(const el__ctx *x, int i, el__cand *c);
int el__m_year(const el__ctx *x, int i, el__cand *c);
int el__m_duration(const el__ctx *x, int i, el__cand *c);
int el__m_set(const el__ctx *x, int i, el__cand *c);
int el__m_season(const el__ctx *x, int i, el__cand *c);
int el__m_holiday(const el__ctx *x, int i, el__cand *c);
int el__m_quarter(const el__ctx *x, int i, el__cand *c);
int el__m_century(const el__ctx *x, int i, el__cand *c);

/* After a date match ending at te, reads an optional time of day or part
 * of day that belongs to it ("Friday night", "July 4 at noon"). */
int el__m_attach_time(const el__ctx *x, int te, el__cand *c);

#endif
