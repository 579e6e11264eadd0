#pragma once
// The pieces of a symbol that every symbol-library file version partgen writes (KiCad 6
// and 9) spells alike. Only what is identical in all of them belongs here: a version that
// spells one differently writes its own and leaves this one alone.

#include "kicad/sexpr.h"
#include "kicad/symbol_model.h"

namespace partgen {

// (font (size s s))
SExpr symbolFont(Length size);

// (pts (xy x y) ...) of a line inside the body.
SExpr symbolPoints(const SymbolLine& line);

// The unit "<name>_1_1" holding the pins, passive, each with its name and number.
SExpr symbolPinUnit(const SymbolModel& symbol);

}  // namespace partgen
