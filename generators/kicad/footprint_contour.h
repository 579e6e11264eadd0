#pragma once
// A closed contour as KiCad footprint graphics: a line per straight segment, an arc
// (start, middle, end) per exact arc, in KiCad's coordinates (y pointing down).

#include <string>
#include <vector>

#include "geometry/shapes.h"
#include "kicad/footprint_model.h"

namespace partgen {

// KiCad writes an arc clockwise on screen; the middle is exact to the nanometre.
FpArc kicadArcOf(const Arc& arc, KicadLayer layer, Length width, std::string key);

// Lines and arcs are keyed "<role>/line/n" and "<role>/arc/n", each kind counted on its
// own from 1, so a corner that gains or loses its arc renumbers no line.
std::vector<FpGraphic> kicadGraphicsOf(const Contour& contour, KicadLayer layer, Length width, const std::string& role);

}  // namespace partgen
