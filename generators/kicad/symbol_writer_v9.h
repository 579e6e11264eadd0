#pragma once
// Symbol libraries in the KiCad 9 file format, version 20241209. Frozen: this file
// describes that version completely and changes only to fix a departure from it.

#include <vector>

#include "kicad/sexpr.h"
#include "kicad/symbol_model.h"

namespace partgen::kicad9 {

// The lists after "(kicad_symbol_lib": file version, generator and its version.
std::vector<SExpr> symbolLibraryHeader();

// One symbol: flags, fields, body, pins and the embedded-fonts flag.
SExpr symbol(const SymbolModel& symbol);

}  // namespace partgen::kicad9
