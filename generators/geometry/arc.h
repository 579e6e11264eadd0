#pragma once
// Circular arcs held exactly: centre, radius and the directions of both ends in whole
// quarter turns. Every arc the shapes make (a rounded rectangle's corners) starts and
// ends on an axis through its centre, so each writer derives what its format needs
// (end points, sweep, middle, bulge) with integer arithmetic only: the same bytes from
// every compiler.

#include "geometry/point.h"

namespace partgen {

// An angle in whole quarter turns (90 degrees), counter-clockwise positive; as a
// direction, 0 points along +x. Not reduced: 4 is the direction of 0 after a full turn.
struct QuarterTurns {
    int count = 0;
    constexpr auto operator<=>(const QuarterTurns&) const = default;
    constexpr QuarterTurns operator-(QuarterTurns o) const { return {count - o.count}; }
};

// From the direction `start` to the direction `end` about `centre`: counter-clockwise
// when end > start, clockwise when end < start; less than a full turn, radius above zero.
struct Arc {
    Point centre;
    Length radius;
    QuarterTurns start, end;
    bool operator==(const Arc&) const = default;
};

// end - start, checked: throws std::logic_error for an empty or full turn or a radius
// that is not positive.
QuarterTurns sweepOf(const Arc& arc);

// The point at `radius` from `centre` in the direction `direction`.
Point pointAt(Point centre, Length radius, QuarterTurns direction);

Point startOf(const Arc& arc);
Point endOf(const Arc& arc);

// The point halfway along the arc, each coordinate rounded to the nearest nanometre.
Point middleOf(const Arc& arc);

// The smallest box holding the arc: its ends and the axis points it passes through.
Box boundsOf(const Arc& arc);

}  // namespace partgen
