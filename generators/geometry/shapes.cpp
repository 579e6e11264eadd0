#include "geometry/shapes.h"

#include <utility>

namespace partgen {

Point startOf(const ContourSegment& segment) {
    if (const auto* line = std::get_if<LineSegment>(&segment)) return line->from;
    return startOf(std::get<Arc>(segment));
}

Point endOf(const ContourSegment& segment) {
    if (const auto* line = std::get_if<LineSegment>(&segment)) return line->to;
    return endOf(std::get<Arc>(segment));
}

Contour contourOf(const RoundedRect& r) {
    const Box b = boundsOf(r);
    const Length left = b.min.x, right = b.max.x, bottom = b.min.y, top = b.max.y;
    const Length k = r.radius;
    Contour c;
    if (k == Length()) {
        c.segments = {LineSegment{{right, bottom}, {right, top}}, LineSegment{{right, top}, {left, top}},
                      LineSegment{{left, top}, {left, bottom}}, LineSegment{{left, bottom}, {right, bottom}}};
        return c;
    }
    // Each corner's quarter arc about the centre of its rounding, in the order the edges turn.
    const Arc upperRight{{right - k, top - k}, k, {0}, {1}};
    const Arc upperLeft{{left + k, top - k}, k, {1}, {2}};
    const Arc lowerLeft{{left + k, bottom + k}, k, {2}, {3}};
    const Arc lowerRight{{right - k, bottom + k}, k, {3}, {4}};
    c.segments = {
        LineSegment{endOf(lowerRight), startOf(upperRight)}, upperRight,
        LineSegment{endOf(upperRight), startOf(upperLeft)},  upperLeft,
        LineSegment{endOf(upperLeft), startOf(lowerLeft)},   lowerLeft,
        LineSegment{endOf(lowerLeft), startOf(lowerRight)},  lowerRight,
    };
    return c;
}

Box boundsOf(const RoundedRect& r) {
    const Length left = r.centre.x - Length::fromSteps(r.width.steps() / 2);
    const Length bottom = r.centre.y - Length::fromSteps(r.height.steps() / 2);
    return {{left, bottom}, {left + r.width, bottom + r.height}};
}

RoundedRect turned(const RoundedRect& r, int quarterTurns) {
    RoundedRect out = r;
    if (((quarterTurns % 4) + 4) % 4 % 2 == 1) std::swap(out.width, out.height);
    return out;
}

}  // namespace partgen
