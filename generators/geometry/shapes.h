#pragma once
// Plane shapes in exact lengths. Outlines are rounded rectangles (a cutout, a panel)
// or closed contours of straight and arc segments, as DXF polylines hold them.

#include <vector>

#include "geometry/point.h"
#include "model/quantity.h"

namespace partgen {

// An axis-parallel rectangle with rounded corners, placed by its centre.
struct RoundedRect {
    Point centre;
    Length width, height, radius;
};

// A vertex of a closed contour; `bulge` shapes the segment to the next vertex:
// 0 straight, tan(angle / 4) for an arc, positive counter-clockwise.
struct ContourVertex {
    Point at;
    double bulge = 0;
};

struct Contour {
    std::vector<ContourVertex> vertices;  // closed: the last vertex joins the first
};

// Counter-clockwise, starting at the lower end of the right edge; corners as quarter arcs
// (none when the radius is zero).
Contour contourOf(const RoundedRect& r);

Box boundsOf(const RoundedRect& r);

// The rectangle turned by a multiple of 90 degrees about its own centre.
RoundedRect turned(const RoundedRect& r, int quarterTurns);

// tan(22.5 degrees): the bulge of a counter-clockwise quarter arc.
constexpr double quarterArcBulge = 0.41421356237309503;

}  // namespace partgen
