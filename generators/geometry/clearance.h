#pragma once
// Distances between outlines, decided exactly (CGAL's exact kernel on nanometre
// coordinates), so a web exactly at its limit passes and one nanometre less fails.
// Outlines are rounded rectangles: a core rectangle grown by the corner radius.

#include "geometry/shapes.h"

namespace partgen {

// Whether the boundaries of `a` and `b` are at least `web` apart, neither touching
// nor overlapping the other.
bool webAtLeast(const RoundedRect& a, const RoundedRect& b, Length web);

// Whether `inner` lies inside `outer` with at least `margin` between their boundaries.
bool insideWithMargin(const RoundedRect& inner, const RoundedRect& outer, Length margin);

// For messages: the distance between the boundaries of `a` and `b` in mm (0 when they
// touch or overlap), and how far `inner` stays from `outer`'s boundary in mm
// (negative when it reaches outside).
double gapBetween(const RoundedRect& a, const RoundedRect& b);
double marginInside(const RoundedRect& inner, const RoundedRect& outer);

}  // namespace partgen
