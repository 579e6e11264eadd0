#include "kicad/symbol_writer_v6.h"

#include "kicad/symbol_common.h"

namespace partgen::kicad6 {
namespace {

// A hidden field ends its effects with the bare token `hide`.
SExpr effects(Length size, bool hidden) {
    SExpr e = SExpr::of("effects", symbolFont(size));
    if (hidden) e.add(Sym{"hide"});
    return e;
}

// Every field carries its number; the description field is called ki_description.
SExpr field(const SymbolField& f, int id, Length size) {
    const std::string name = f.name == "Description" ? "ki_description" : f.name;
    return SExpr::of("property", Str{name}, Str{f.value}, SExpr::of("id", id), SExpr::of("at", f.at.x, f.at.y, 0),
                     effects(size, f.hidden));
}

// The body rectangle; KiCad 6 writes a stroke colour, all zero for the default.
SExpr body(const SymbolModel& s) {
    const SExpr stroke = SExpr::of("stroke", SExpr::of("width", s.lineWidth), SExpr::of("type", Sym{"default"}),
                                   SExpr::of("color", 0, 0, 0, 0));
    return SExpr::of("symbol", Str{s.name + "_0_1"},
                     SExpr::of("rectangle", SExpr::of("start", s.body.min.x, s.body.max.y),
                               SExpr::of("end", s.body.max.x, s.body.min.y), stroke,
                               SExpr::of("fill", SExpr::of("type", Sym{"background"}))));
}

}  // namespace

// The generator is a bare token here; the format has no generator_version.
std::vector<SExpr> symbolLibraryHeader() {
    return {SExpr::of("version", 20211014), SExpr::of("generator", Sym{"partgen"})};
}

SExpr symbol(const SymbolModel& s) {
    SExpr e = SExpr::of("symbol", Str{s.name}, symbolPinNames(s), SExpr::of("in_bom", Sym{"yes"}),
                        SExpr::of("on_board", Sym{"yes"}));
    int id = 0;
    for (const auto& f : s.fields) e.add(field(f, id++, s.textSize));
    e.add(body(s));
    e.add(symbolPinUnit(s));
    return e;
}

}  // namespace partgen::kicad6
