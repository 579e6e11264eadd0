#pragma once
// A 2D view drawn as a PNG: cairo fills the view's polygons in order on a white square,
// fitted with a margin, and libpng encodes it (picture/png_encoder.h). One back-end of
// geometry/projection.h; others (SVG) can draw the same polygons.

#include <string>

#include "geometry/projection.h"

namespace partgen {

// The PNG file's bytes, `pixels` wide and high. The same view gives the same bytes:
// no time is written into the file.
std::string pngPicture(const View2d& view, int pixels);

}  // namespace partgen
