#pragma once
// VRML 2.0 of a 3D model for KiCad's viewer and renderer: one shape per solid with its
// colour, faces triangulated (openings included), in KiCad's unit of 0.1 inch.

#include <string>

#include "geometry/solid.h"

namespace partgen {

std::string writeVrml(const Model3d& model);

}  // namespace partgen
