#pragma once
// A 2D view drawn by cairo on an image surface, before pngPicture encodes it: apart so that
// tests can compare a PNG's decoded pixels with the pixels it was encoded from.

#include "geometry/projection.h"
#include "picture/cairo_handles.h"

namespace partgen {

// The view's polygons filled in order on a white square of CAIRO_FORMAT_RGB24, `pixels`
// wide and high, fitted with a margin.
CairoSurface drawView(const View2d& view, int pixels);

}  // namespace partgen
