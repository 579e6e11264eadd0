#pragma once
// DXF R2000 (AC1015) for CAD and CAM software that wants a newer file: handles,
// owner references and subclass markers; contours as LWPOLYLINE with bulges.

#include <string>

#include "drawing/drawing.h"

namespace partgen {

std::string writeDxfR2000(const Drawing& drawing);

}  // namespace partgen
