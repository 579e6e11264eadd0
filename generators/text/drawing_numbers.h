#pragma once
// Numbers and sizes as drawings and footprint notes show them: millimetres, at most
// three decimals in texts, full nanometre precision in coordinates.

#include <string>

#include "model/part_values.h"
#include "model/quantity.h"

namespace partgen {

std::string drawingCoordinate(Length l);        // "-19.2", exact
std::string drawingSize(Length l);              // "40.4", rounded to 0.001 mm
std::string toleranceText(const Tolerance& t);  // "+0.1/0", "+0.1/-0.05"

}  // namespace partgen
