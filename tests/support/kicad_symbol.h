#pragma once
// The symbol model of a variant of the repository's spec, with the repository's KiCad rules.

#include <string>

#include "kicad/symbol_model.h"

namespace partgen::test {

SymbolModel repositorySymbol(const std::string& number);

}  // namespace partgen::test
