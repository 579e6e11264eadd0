#pragma once
// The KiCad schematic symbol drawn as SVG for the review pages, from the same model the
// symbol library is written from, in KiCad's default schematic colours.

#include <string>

#include "kicad/symbol_model.h"

namespace partgen {

std::string symbolSvg(const SymbolModel& symbol);

}  // namespace partgen
