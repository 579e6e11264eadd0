#pragma once
// The drawing of one panel cutout: the contour to cut, centre mark, dimensions with
// tolerance, and the notes a panel builder needs (plate thickness, punching note,
// which sizes are estimates).

#include "drawing/drawing.h"
#include "drawing/drawing_rules.h"
#include "geometry/cutout.h"
#include "model/variant.h"

namespace partgen {

ContourSize contourSizeOf(const DrawingRules& rules);

Drawing cutoutDrawing(const Variant& v, const Cutout& cutout, const DrawingRules& rules);

// Centre mark, reaching `overhang` past the shape; shared with the panel drawing.
void addCentreMark(Drawing& d, const RoundedRect& shape, Length overhang);

}  // namespace partgen
