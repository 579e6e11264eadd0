#pragma once
// The parts-management XML that EPLAN Electric P8 / Pro Panel imports (import format
// "XML", XPamImportXml); schemas/eplan-partsmanagement.xsd describes the subset written.

#include <cstddef>
#include <string>

#include "eplan/eplan_model.h"

namespace partgen {

// Records that others refer to come first: the address, the drilling patterns, the
// accessory lists and the connection point patterns, then the parts that name them.
std::string writeEplanLibrary(const EplanLibrary& library);

// The same file in pieces, for writing one record at a time: the opening with the
// number of parts and the address, every drilling pattern, every accessory list, every
// connection point pattern, every part, the closing.
std::string eplanOpening(const EplanAddress& manufacturer, std::size_t parts);
std::string eplanConstructionText(const EplanDrillingPattern& pattern);
std::string eplanAccessoryListText(const EplanAccessoryList& list);
std::string eplanTerminalText(const EplanConnectionPattern& pattern);
std::string eplanPartText(const EplanPart& part);
std::string eplanClosing();

}  // namespace partgen
