#pragma once
// A 2D view drawn as a PNG by cairo: the view's polygons filled in order on a white
// square, fitted with a margin. One back-end of geometry/projection.h; others (SVG)
// can draw the same polygons.

#include <string>

#include "geometry/projection.h"

namespace partgen {

// The PNG file's bytes, `pixels` wide and high. The same view gives the same bytes:
// cairo writes no time into the file.
std::string pngPicture(const View2d& view, int pixels);

}  // namespace partgen
