#pragma once
// Footprint files, one frozen writer per KiCad file-format version:
// KiCad 9 (20241229, footprint_writer_v9) and KiCad 6 (20211014, also read by KiCad 7 and
// 8; footprint_writer_v6). A new format version gets a writer of its own beside them.

#include <string>

#include "kicad/footprint_model.h"
#include "kicad/kicad_names.h"

namespace partgen {

std::string writeFootprint(const FootprintModel& fp, KicadVersion version);

}  // namespace partgen
