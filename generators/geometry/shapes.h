#pragma once
// Plane shapes in exact lengths. Outlines are rounded rectangles (a cutout, a panel)
// or closed contours of straight and arc segments, as DXF polylines hold them.

#include <variant>
#include <vector>

#include "geometry/arc.h"
#include "geometry/point.h"
#include "model/quantity.h"

namespace partgen {

// An axis-parallel rectangle with rounded corners, placed by its centre.
struct RoundedRect {
    Point centre;
    Length width, height, radius;
};

struct LineSegment {
    Point from, to;
    bool operator==(const LineSegment&) const = default;
};

using ContourSegment = std::variant<LineSegment, Arc>;

Point startOf(const ContourSegment& segment);
Point endOf(const ContourSegment& segment);

struct Contour {
    std::vector<ContourSegment> segments;  // closed: each ends where the next starts, the last where the first starts
};

// Counter-clockwise, starting at the lower end of the right edge; each straight edge is
// followed by the quarter arc into the next edge (no arcs when the radius is zero).
Contour contourOf(const RoundedRect& r);

Box boundsOf(const RoundedRect& r);

// The rectangle turned by a multiple of 90 degrees about its own centre.
RoundedRect turned(const RoundedRect& r, int quarterTurns);

}  // namespace partgen
