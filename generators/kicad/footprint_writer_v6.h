#pragma once
// Footprints in the KiCad 6 file format (20211014, also read by KiCad 7 and 8). Frozen: this file describes that
// version completely and changes only to fix a departure from it.

#include <string>

#include "kicad/footprint_model.h"

namespace partgen::kicad6 {

std::string footprintText(const FootprintModel& fp);

}  // namespace partgen::kicad6
