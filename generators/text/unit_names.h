#pragma once
// The name of each dimension and the unit its values are written in: the base unit the
// model counts in, so "45.5 mm" and "6 kV" read back as they were meant.

#include <string_view>

#include "model/quantity.h"

namespace partgen {

std::string_view baseUnitSymbol(Dimension d);  // "mm", "V", ...
std::string_view dimensionName(Dimension d);   // "length", "voltage", ...

}  // namespace partgen
