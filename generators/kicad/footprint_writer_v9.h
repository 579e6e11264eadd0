#pragma once
// Footprints in the KiCad 9 file format (20241229). Frozen: this file describes that
// version completely and changes only to fix a departure from it.

#include <string>

#include "kicad/footprint_model.h"

namespace partgen::kicad9 {

std::string footprintText(const FootprintModel& fp);

}  // namespace partgen::kicad9
