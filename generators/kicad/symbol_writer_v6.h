#pragma once
// Symbol libraries in the KiCad 6 file format, version 20211014, which KiCad 6 writes
// and KiCad 7 to 9 still read. Frozen: this file describes that version completely and
// changes only to fix a departure from it.

#include <vector>

#include "kicad/sexpr.h"
#include "kicad/symbol_model.h"

namespace partgen::kicad6 {

// The lists after "(kicad_symbol_lib": file version and generator.
std::vector<SExpr> symbolLibraryHeader();

// One symbol: flags, fields, body and pins.
SExpr symbol(const SymbolModel& symbol);

}  // namespace partgen::kicad6
