#pragma once
// A closed contour as KiCad footprint graphics: a line per straight segment, an arc
// (start, middle, end) per exact arc, in KiCad's coordinates (y pointing down).

#include <vector>

#include "geometry/shapes.h"
#include "kicad/footprint_model.h"

namespace partgen {

// KiCad writes an arc clockwise on screen; the middle is exact to the nanometre.
FpArc kicadArcOf(const Arc& arc, KicadLayer layer, Length width);

std::vector<FpGraphic> kicadGraphicsOf(const Contour& contour, KicadLayer layer, Length width);

}  // namespace partgen
