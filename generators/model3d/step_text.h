#pragma once
// Values as ISO 10303-21 (STEP part 21) writes them.

#include <string>
#include <string_view>

#include "model/quantity.h"

namespace partgen {

// A quoted string: ' doubled, \ doubled, non-ASCII as \X2\hhhh\X0\ (or \X4\ beyond the
// basic plane).
std::string stepString(std::string_view utf8);

// A REAL always has a decimal point: "12.5", "0.", "-3." (written by StepLine).
std::string stepLength(Length l);    // millimetres, exact
std::string stepReal(double value);  // at most 12 decimals, locale-free

}  // namespace partgen
