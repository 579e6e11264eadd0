#include "review/svg_arc.h"

#include <cmath>
#include <cstdint>

#include "text/drawing_numbers.h"

namespace partgen {
namespace {

// Twice the signed area of the triangle, exact: a picture's points lie within a metre of
// each other (below 2^30 nm), so each product stays below 2^60.
std::int64_t turn(Point a, Point b, Point c) {
    const std::int64_t abx = (b.x - a.x).steps(), aby = (b.y - a.y).steps();
    const std::int64_t acx = (c.x - a.x).steps(), acy = (c.y - a.y).steps();
    return abx * acy - aby * acx;
}

// The circumradius, rounded to the nanometre so that the text is the same on every machine
// that rounds IEEE doubles alike (all of partgen's targets).
Length radiusThrough(Point a, Point b, Point c) {
    const auto side = [](Point p, Point q) { return std::hypot((q.x - p.x).units(), (q.y - p.y).units()); };
    const double ab = side(a, b), bc = side(b, c), ca = side(c, a);
    const double area2 = std::fabs(static_cast<double>(turn(a, b, c))) / 1e12;
    return Length::fromSteps(std::llround(ab * bc * ca / (2 * area2) * 1e6));
}

}  // namespace

std::string svgNumber(Length l) { return drawingCoordinate(l); }

std::string threePointArcPath(Point start, Point mid, Point end) {
    const std::string from = "M " + svgNumber(start.x) + " " + svgNumber(start.y);
    const std::string to = svgNumber(end.x) + " " + svgNumber(end.y);
    const std::int64_t side = turn(start, mid, end);
    if (side == 0) return from + " L " + to;
    const std::string r = svgNumber(radiusThrough(start, mid, end));
    // With y down, a positive turn start->mid->end is clockwise on screen: sweep-flag 1.
    const char* sweep = side > 0 ? "1" : "0";
    // The arc passes through `mid`; it is the large one when the centre lies on mid's side
    // of the chord, i.e. when mid is farther from the chord than the radius.
    const double chordHalf = std::hypot((end.x - start.x).units(), (end.y - start.y).units()) / 2;
    const double midHeight = std::fabs(static_cast<double>(side)) / 1e12 / (2 * chordHalf);
    const char* large = midHeight > radiusThrough(start, mid, end).units() ? "1" : "0";
    return from + " A " + r + " " + r + " 0 " + large + " " + sweep + " " + to;
}

}  // namespace partgen
