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

// KiCad 6 writes a stroke colour, all zero for the default.
SExpr stroke(Length width) {
    return SExpr::of("stroke", SExpr::of("width", width), SExpr::of("type", Sym{"default"}),
                     SExpr::of("color", 0, 0, 0, 0));
}

// KiCad 6 runs an arc the other way round from KiCad 9: its start is KiCad 9's end.
SExpr arc(const SymbolArc& a, const SExpr& drawnWith) {
    return SExpr::of("arc", SExpr::of("start", a.end.x, a.end.y), SExpr::of("mid", a.mid.x, a.mid.y),
                     SExpr::of("end", a.start.x, a.start.y), drawnWith);
}

const SymbolGraphicsSpelling graphics{stroke, arc};

// Hidden pin names are the bare token `hide`.
SExpr pinNames(const SymbolModel& s) {
    SExpr e = SExpr::of("pin_names", SExpr::of("offset", s.pinNameOffset));
    if (s.pinNamesHidden) e.add(Sym{"hide"});
    return e;
}

}  // namespace

// The generator is a bare token here; the format has no generator_version.
std::vector<SExpr> symbolLibraryHeader() {
    return {SExpr::of("version", 20211014), SExpr::of("generator", Sym{"partgen"})};
}

SExpr symbol(const SymbolModel& s) {
    SExpr e = SExpr::of("symbol", Str{s.name}, pinNames(s), SExpr::of("in_bom", symbolYesNo(s.inBom)),
                        SExpr::of("on_board", symbolYesNo(s.onBoard)));
    int id = 0;
    for (const auto& f : s.fields) e.add(field(f, id++, s.textSize));
    e.add(symbolBodyUnit(s, graphics));
    if (!s.pins.empty()) e.add(symbolPinUnit(s));
    return e;
}

}  // namespace partgen::kicad6
