#pragma once
// SVG path pieces shared by the symbol and footprint pictures: KiCad stores arcs by three
// points (start, middle, end), SVG by radius and flags.

#include <string>

#include "geometry/point.h"

namespace partgen {

// "M x y A r r 0 large sweep x y" through the three points, in SVG's own coordinates
// (y down); a straight line when the points are in a row.
std::string threePointArcPath(Point start, Point mid, Point end);

// A length as SVG numbers: millimetres, exact to the nanometre, never "-0".
std::string svgNumber(Length l);

}  // namespace partgen
