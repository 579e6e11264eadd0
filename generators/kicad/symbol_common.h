#pragma once
// The pieces of a symbol that every symbol-library file version partgen writes (KiCad 6
// and 9) spells alike. Only what is identical in all of them belongs here, or what has the
// same shape with the version's own spelling passed in (SymbolGraphicsSpelling): a version
// that spells one differently writes its own and leaves this one alone.

#include "kicad/sexpr.h"
#include "kicad/symbol_model.h"

namespace partgen {

// (font (size s s))
SExpr symbolFont(Length size);

// (pts (xy x y) ...) of a line inside the body.
SExpr symbolPoints(const SymbolLine& line);

// yes or no, as flags are written.
Sym symbolYesNo(bool value);

// How a file version spells the body's graphics: a stroke of a width, and an arc (its
// points, in the order the version runs it, then the stroke).
struct SymbolGraphicsSpelling {
    SExpr (*stroke)(Length width);
    SExpr (*arc)(const SymbolArc& arc, const SExpr& stroke);
};

// The unit "<name>_0_1" that every unit shares: the body rectangle and the details drawn
// in it (lines, then arcs).
SExpr symbolBodyUnit(const SymbolModel& symbol, const SymbolGraphicsSpelling& spelling);

// The unit "<name>_1_1" holding the pins, passive, each with its name and number.
SExpr symbolPinUnit(const SymbolModel& symbol);

}  // namespace partgen
