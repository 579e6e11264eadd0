#include "kicad/symbol_writer_v9.h"

#include <optional>

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

SExpr stroke(Length width) { return SExpr::of("stroke", SExpr::of("width", width), SExpr::of("type", Sym{"default"})); }

SExpr arc(const SymbolArc& a, const SExpr& drawnWith) {
    return SExpr::of("arc", SExpr::of("start", a.start.x, a.start.y), SExpr::of("mid", a.mid.x, a.mid.y),
                     SExpr::of("end", a.end.x, a.end.y), drawnWith);
}

const SymbolGraphicsSpelling graphics{stroke, arc};

// KiCad 9 leaves out its default offset of 20 mil, and the whole list when nothing else is
// said; written the same way, a symbol reads back item for item.
constexpr Length defaultPinNameOffset = Length::fromSteps(508'000);

std::optional<SExpr> pinNames(const SymbolModel& s) {
    SExpr e("pin_names");
    if (s.pinNameOffset != defaultPinNameOffset) e.add(SExpr::of("offset", s.pinNameOffset));
    if (s.pinNamesHidden) e.add(SExpr::of("hide", Sym{"yes"}));
    if (s.pinNameOffset == defaultPinNameOffset && !s.pinNamesHidden) return std::nullopt;
    return e;
}

}  // namespace

std::vector<SExpr> symbolLibraryHeader() {
    return {SExpr::of("version", 20241209), SExpr::of("generator", Str{"partgen"}),
            SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())})};
}

SExpr symbol(const SymbolModel& s) {
    SExpr e = SExpr::of("symbol", Str{s.name});
    if (const auto names = pinNames(s)) e.add(*names);
    e.add(SExpr::of("exclude_from_sim", Sym{"no"}));
    e.add(SExpr::of("in_bom", symbolYesNo(s.inBom)));
    e.add(SExpr::of("on_board", symbolYesNo(s.onBoard)));
    for (const auto& f : s.fields) e.add(field(f, s.textSize));
    e.add(symbolBodyUnit(s, graphics));
    if (!s.pins.empty()) e.add(symbolPinUnit(s));
    e.add(SExpr::of("embedded_fonts", Sym{"no"}));
    return e;
}

}  // namespace partgen::kicad9
