#pragma once
// DXF R12 (AC1009): what punching and laser CAM software reads most reliably.
// Frozen to that version: contours as POLYLINE/VERTEX/SEQEND with bulges.

#include <string>

#include "drawing/drawing.h"

namespace partgen {

std::string writeDxfR12(const Drawing& drawing);

}  // namespace partgen
