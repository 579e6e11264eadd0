#pragma once
// Text as EPLAN's parts import reads it: multilingual strings ("de_DE@...;en_US@...;")
// and numbers with a decimal point in the file's units (mm, kg).

#include <string>

#include "eplan/eplan_rules.h"
#include "model/quantity.h"
#include "model/variant.h"
#include "text/wording.h"

namespace partgen {

// "de_DE@German;en_US@English;". EPLAN ends each language at ';', so a ';' inside a
// text becomes ','.
std::string multilingual(const Wording& words);

std::string millimetreText(Length l);  // "45.5"
std::string kilogramText(Mass m);      // "0.0156" for 15.6 g
std::string squareMillimetreText(Area a);

// The EPLAN part number from the templates' pattern, e.g. "WAGO.770-744".
std::string eplanPartNumber(const std::string& pattern, const Variant& v, const Family& family);

}  // namespace partgen
