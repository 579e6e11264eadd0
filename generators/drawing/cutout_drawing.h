#pragma once
// The drawing of one panel cutout: the contour to cut, centre mark, dimensions with
// tolerance, and the notes a panel builder needs (plate thickness, punching note,
// which sizes are estimates).

#include <string>

#include "drawing/drawing.h"
#include "drawing/drawing_rules.h"
#include "geometry/cutout.h"
#include "model/variant.h"

namespace partgen {

// The rules' cutout-contour; mid-tolerance unless they say nominal.
ContourSize contourSizeOf(const DrawingRules& rules);

// "CUT AT MID-TOLERANCE" or "CUT AT NOMINAL": every drawing that shows a cut says which,
// since the dimension texts show the nominal size either way.
std::string contourStatement(ContourSize size);

Drawing cutoutDrawing(const Variant& v, const Cutout& cutout, const DrawingRules& rules);

// Centre mark, reaching `overhang` past the shape; shared with the panel drawing.
void addCentreMark(Drawing& d, const RoundedRect& shape, Length overhang);

}  // namespace partgen
