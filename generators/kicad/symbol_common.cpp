#include "kicad/symbol_common.h"

namespace partgen {

SExpr symbolFont(Length size) { return SExpr::of("font", SExpr::of("size", size, size)); }

SExpr symbolPoints(const SymbolLine& line) {
    return SExpr::of("pts", SExpr::of("xy", line.from.x, line.from.y), SExpr::of("xy", line.to.x, line.to.y));
}

Sym symbolYesNo(bool value) { return Sym{value ? "yes" : "no"}; }

namespace {

SExpr fill(const char* type) { return SExpr::of("fill", SExpr::of("type", Sym{type})); }

}  // namespace

SExpr symbolBodyUnit(const SymbolModel& s, const SymbolGraphicsSpelling& spelling) {
    SExpr unit = SExpr::of("symbol", Str{s.name + "_0_1"},
                           SExpr::of("rectangle", SExpr::of("start", s.body.min.x, s.body.max.y),
                                     SExpr::of("end", s.body.max.x, s.body.min.y), spelling.stroke(s.lineWidth),
                                     fill(s.bodyFilled ? "background" : "none")));
    for (const auto& l : s.lines)
        unit.add(SExpr::of("polyline", symbolPoints(l), spelling.stroke(s.detailLineWidth), fill("none")));
    for (const auto& a : s.arcs) {
        SExpr arc = spelling.arc(a, spelling.stroke(s.detailLineWidth));
        arc.add(fill("none"));
        unit.add(arc);
    }
    return unit;
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
