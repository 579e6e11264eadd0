#include "kicad/symbol_common.h"

namespace partgen {

SExpr symbolFont(Length size) { return SExpr::of("font", SExpr::of("size", size, size)); }

SExpr symbolPoints(const SymbolLine& line) {
    return SExpr::of("pts", SExpr::of("xy", line.from.x, line.from.y), SExpr::of("xy", line.to.x, line.to.y));
}

SExpr symbolPinUnit(const SymbolModel& s) {
    SExpr unit = SExpr::of("symbol", Str{s.name + "_1_1"});
    for (const auto& p : s.pins)
        unit.add(SExpr::of("pin", Sym{"passive"}, Sym{"line"}, SExpr::of("at", p.at.x, p.at.y, 0),
                           SExpr::of("length", p.length),
                           SExpr::of("name", Str{p.name}, SExpr::of("effects", symbolFont(s.textSize))),
                           SExpr::of("number", Str{p.number}, SExpr::of("effects", symbolFont(s.textSize)))));
    return unit;
}

}  // namespace partgen
