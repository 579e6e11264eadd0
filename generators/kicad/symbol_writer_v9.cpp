#include "kicad/symbol_writer_v9.h"

#include "kicad/symbol_common.h"
#include "model/partgen_version.h"

namespace partgen::kicad9 {
namespace {

// A hidden field ends its effects with (hide yes).
SExpr effects(Length size, bool hidden) {
    SExpr e = SExpr::of("effects", symbolFont(size));
    if (hidden) e.add(SExpr::of("hide", Sym{"yes"}));
    return e;
}

// Fields go by name alone, the description field included.
SExpr field(const SymbolField& f, Length size) {
    return SExpr::of("property", Str{f.name}, Str{f.value}, SExpr::of("at", f.at.x, f.at.y, 0),
                     effects(size, f.hidden));
}

SExpr body(const SymbolModel& s) {
    const SExpr stroke = SExpr::of("stroke", SExpr::of("width", s.lineWidth), SExpr::of("type", Sym{"default"}));
    return SExpr::of("symbol", Str{s.name + "_0_1"},
                     SExpr::of("rectangle", SExpr::of("start", s.body.min.x, s.body.max.y),
                               SExpr::of("end", s.body.max.x, s.body.min.y), stroke,
                               SExpr::of("fill", SExpr::of("type", Sym{"background"}))));
}

}  // namespace

std::vector<SExpr> symbolLibraryHeader() {
    return {SExpr::of("version", 20241209), SExpr::of("generator", Str{"partgen"}),
            SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())})};
}

SExpr symbol(const SymbolModel& s) {
    SExpr e = SExpr::of("symbol", Str{s.name}, symbolPinNames(s), SExpr::of("exclude_from_sim", Sym{"no"}),
                        SExpr::of("in_bom", Sym{"yes"}), SExpr::of("on_board", Sym{"yes"}));
    for (const auto& f : s.fields) e.add(field(f, s.textSize));
    e.add(body(s));
    e.add(symbolPinUnit(s));
    e.add(SExpr::of("embedded_fonts", Sym{"no"}));
    return e;
}

}  // namespace partgen::kicad9
