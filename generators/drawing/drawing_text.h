#pragma once
// Numbers only DXF writes: the bulge of a polyline arc.

#include <string>

namespace partgen {

std::string bulgeText(double bulge);  // fixed, at most 15 decimals

}  // namespace partgen
