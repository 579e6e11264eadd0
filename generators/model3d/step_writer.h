#pragma once
// partgen's own STEP writer: AP214 (AUTOMOTIVE_DESIGN), planar B-rep solids
// (MANIFOLD_SOLID_BREP of ADVANCED_FACEs on PLANEs, openings as inner bounds), millimetres,
// one product named by the part number, a surface colour per solid.

#include <string>

#include "geometry/solid.h"

namespace partgen {

// `fileName` goes into the header's FILE_NAME, as the file is called on disk.
std::string writeStep(const Model3d& model, const std::string& fileName);

}  // namespace partgen
