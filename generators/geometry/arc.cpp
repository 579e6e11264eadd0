#include "geometry/arc.h"

#include <algorithm>
#include <stdexcept>

#include "geometry/wide_int.h"

namespace partgen {
namespace {

// 0..3 for any direction, also a negative one.
int reduced(int quarterTurns) { return ((quarterTurns % 4) + 4) % 4; }

// radius * sqrt(2) / 2, rounded: with t = floor(sqrt(2 r^2)) the value lies in
// [t / 2, (t + 1) / 2), and being irrational (for r > 0) it is never a tie, so
// rounding gives (t + 1) / 2 in integer division.
Length halfDiagonal(Length radius) {
    const WideInt r = radius.steps();
    return Length::fromSteps(static_cast<std::int64_t>((floorSqrt(2 * r * r) + 1) / 2));
}

// The point at `radius` from `centre` in the direction of `eighths` eighth turns, odd:
// a diagonal, in the quadrant of the quarter turn below it.
Point diagonalPointAt(Point centre, Length radius, int eighths) {
    const Length d = halfDiagonal(radius);
    const int quadrant = reduced((eighths - 1) / 2);  // exact division: eighths - 1 is even
    const bool right = quadrant == 0 || quadrant == 3, up = quadrant < 2;
    return {centre.x + (right ? d : -d), centre.y + (up ? d : -d)};
}

}  // namespace

QuarterTurns sweepOf(const Arc& arc) {
    const QuarterTurns sweep = arc.end - arc.start;
    if (sweep.count == 0 || sweep.count <= -4 || sweep.count >= 4) throw std::logic_error("arc of no or a full turn");
    if (arc.radius <= Length()) throw std::logic_error("arc without a radius");
    return sweep;
}

Point pointAt(Point centre, Length radius, QuarterTurns direction) {
    switch (reduced(direction.count)) {
        case 0:
            return {centre.x + radius, centre.y};
        case 1:
            return {centre.x, centre.y + radius};
        case 2:
            return {centre.x - radius, centre.y};
        default:
            return {centre.x, centre.y - radius};
    }
}

Point startOf(const Arc& arc) { return pointAt(arc.centre, arc.radius, arc.start); }
Point endOf(const Arc& arc) { return pointAt(arc.centre, arc.radius, arc.end); }

Point middleOf(const Arc& arc) {
    sweepOf(arc);
    // Halfway between the end directions, in eighth turns: on an axis or on a diagonal.
    const int eighths = arc.start.count + arc.end.count;
    if (eighths % 2 == 0) return pointAt(arc.centre, arc.radius, {eighths / 2});
    return diagonalPointAt(arc.centre, arc.radius, eighths);
}

Box boundsOf(const Arc& arc) {
    const int step = sweepOf(arc).count > 0 ? 1 : -1;
    const Point first = startOf(arc);
    Box box{first, first};
    for (int d = arc.start.count + step; d != arc.end.count + step; d += step) {
        const Point p = pointAt(arc.centre, arc.radius, {d});
        box.min = {std::min(box.min.x, p.x), std::min(box.min.y, p.y)};
        box.max = {std::max(box.max.x, p.x), std::max(box.max.y, p.y)};
    }
    return box;
}

}  // namespace partgen
