#pragma once
// An SVG preview of a drawing for a person to look at, in millimetres.

#include <string>

#include "drawing/drawing.h"

namespace partgen {

std::string writeSvg(const Drawing& drawing);

}  // namespace partgen
