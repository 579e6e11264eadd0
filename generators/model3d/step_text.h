#pragma once
// Values as ISO 10303-21 (STEP part 21) writes them.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/quantity.h"

namespace partgen {

// A quoted string: ' doubled, \ doubled, non-ASCII as \X2\hhhh\X0\ (or \X4\ beyond the
// basic plane).
std::string stepString(std::string_view utf8);

// A REAL always has a decimal point: "12.5", "0.", "-3.".
std::string stepLength(Length l);  // millimetres, exact
std::string stepReal(double value);  // at most 12 decimals, locale-free
void appendStepLength(std::string& out, Length l);
void appendStepReal(std::string& out, double value);
// A REAL goes through whole steps of 10^-12, so two values written alike have equal steps.
std::int64_t stepRealSteps(double value);
void appendStepRealSteps(std::string& out, std::int64_t steps);

}  // namespace partgen
