/* place.h: placing text blocks beside a time axis so that no block
 * overlaps another and no stem runs through another event's block.
 *
 * Works in two directions: "along" the axis (x for a horizontal timeline,
 * y for a vertical one) and "across" it (levels stacked away from the axis
 * on side 0 and side 1).  Each block hangs from a stem at position a; a
 * block at level l must keep clear of the stems of every block on the same
 * side at a level above l (those stems pass through level l).  Levels are
 * handed out cyclically from the top down, K per side, which lets each
 * block use the space between the stems of its higher neighbours.
 * Runs in O(n K).  Not installed. */
#ifndef EL_RENDER_PLACE_H
#define EL_RENDER_PLACE_H

#include <stddef.h>

typedef struct pl_unit {
    double a;      /* stem position along the axis */
    double len;    /* block length along the axis */
    double thick;  /* block thickness across the axis */
    double want;   /* preferred block start minus a */
    int fixed_side;/* -1: any; 0 or 1: this side only */
    /* results */
    int side;
    int level;
    double b;      /* block start along the axis */
} pl_unit;

typedef struct pl_params {
    double a_min, a_max; /* blocks stay within [a_min, a_max] */
    double gap;          /* between blocks on one level (>= stem_gap) */
    double stem_gap;     /* text keeps this far from any stem */
    double inset;        /* a block's own stem is at least this far inside its end */
    int two_sides;
    int free_slide;      /* with one level per side: blocks may leave their stems
                            (drawn with bent leaders), keeping their order */
} pl_params;

/* Assigns sides and K levels per side to u[0..n) (sorted by a) and slides
 * every block along the axis.  Returns 1 when every block found room along
 * the axis, 0 when some did not (results are then partial).  scratch holds
 * 4 n doubles and 2 n size_t. */
int pl_assign(pl_unit *u, size_t n, const pl_params *p, int K, int pattern, double *dscratch,
              size_t *iscratch);

/* Moves blocks placed by pl_assign to nearer levels where that stays
 * clear (no block meets another on its new level, no longer stem crosses
 * it, its own stem crosses no nearer block), so that stems are no longer
 * than they need to be.  A block may slide along the axis, within the
 * bounds its own stem sets, to clear a neighbour on the nearer level.
 * Levels may grow thicker, so the caller checks the fit again.  u sorted
 * by a. */
void pl_compact(pl_unit *u, size_t n, const pl_params *p, int K);

/* Level patterns for pl_assign: top down (blocks reach right, under the
 * previous block), bottom up (blocks reach left), or top down in the first
 * half of the axis and bottom up in the second. */
enum { PL_TOP_DOWN = 0, PL_BOTTOM_UP = 1, PL_SPLIT = 2, PL_PATTERNS = 3 };

/* Thickness of each level on each side after pl_assign: fills
 * band[side * K + level] with the thickest block there (0 when empty). */
void pl_bands(const pl_unit *u, size_t n, int K, double *band);

#endif
