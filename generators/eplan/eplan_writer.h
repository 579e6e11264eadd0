#pragma once
// The parts-management XML that EPLAN Electric P8 / Pro Panel imports (import format
// "XML", XPamImportXml); schemas/eplan-partsmanagement.xsd describes the subset written.

#include <string>

#include "eplan/eplan_model.h"

namespace partgen {

// Records that others refer to come first: the address, the drilling patterns and the
// connection point patterns, then the parts that name them.
std::string writeEplanLibrary(const EplanLibrary& library);

}  // namespace partgen
