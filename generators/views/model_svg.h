#pragma once
// A 2D view of a model as an SVG document, for pages people read in a browser: the view's
// polygons filled in painter's order, each face's openings cut out, true to size in
// millimetres. Plain text, no renderer: the same view gives the same bytes.

#include <string>

#include "geometry/projection.h"

namespace partgen {

// The whole document, its <title> the given text. The viewBox is the view's bounds with a
// margin, in millimetres with y turned down as SVG has it, and width and height say the
// same size in mm.
std::string modelViewSvg(const View2d& view, const std::string& title);

}  // namespace partgen
