#include "kicad/symbol_writer.h"

#include "kicad/sexpr.h"
#include "model/partgen_version.h"

namespace partgen {
namespace {

SExpr font(Length size) { return SExpr::of("font", SExpr::of("size", size, size)); }

SExpr effects(Length size, bool hidden, KicadVersion version) {
    SExpr e = SExpr::of("effects", font(size));
    if (hidden) version == KicadVersion::v9 ? e.add(SExpr::of("hide", Sym{"yes"})) : e.add(Sym{"hide"});
    return e;
}

SExpr field(const SymbolField& f, int id, Length size, KicadVersion version) {
    // KiCad 6 calls the description field ki_description and numbers every field.
    const std::string name = version == KicadVersion::v6 && f.name == "Description" ? "ki_description" : f.name;
    SExpr p = SExpr::of("property", Str{name}, Str{f.value});
    if (version == KicadVersion::v6) p.add(SExpr::of("id", id));
    p.add(SExpr::of("at", f.at.x, f.at.y, 0));
    p.add(effects(size, f.hidden, version));
    return p;
}

SExpr body(const SymbolModel& s, KicadVersion version) {
    SExpr stroke = SExpr::of("stroke", SExpr::of("width", s.lineWidth), SExpr::of("type", Sym{"default"}));
    if (version == KicadVersion::v6) stroke.add(SExpr::of("color", 0, 0, 0, 0));
    return SExpr::of("symbol", Str{s.name + "_0_1"},
                     SExpr::of("rectangle", SExpr::of("start", s.body.min.x, s.body.max.y),
                               SExpr::of("end", s.body.max.x, s.body.min.y), stroke,
                               SExpr::of("fill", SExpr::of("type", Sym{"background"}))));
}

SExpr pins(const SymbolModel& s) {
    SExpr unit = SExpr::of("symbol", Str{s.name + "_1_1"});
    for (const auto& p : s.pins)
        unit.add(SExpr::of("pin", Sym{"passive"}, Sym{"line"}, SExpr::of("at", p.at.x, p.at.y, 0),
                           SExpr::of("length", p.length),
                           SExpr::of("name", Str{p.name}, SExpr::of("effects", font(s.textSize))),
                           SExpr::of("number", Str{p.number}, SExpr::of("effects", font(s.textSize)))));
    return unit;
}

SExpr symbol(const SymbolModel& s, KicadVersion version) {
    SExpr e = SExpr::of("symbol", Str{s.name}, SExpr::of("pin_names", SExpr::of("offset", Length::fromSteps(1'016'000))));
    if (version == KicadVersion::v9) e.add(SExpr::of("exclude_from_sim", Sym{"no"}));
    e.add(SExpr::of("in_bom", Sym{"yes"}));
    e.add(SExpr::of("on_board", Sym{"yes"}));
    int id = 0;
    for (const auto& f : s.fields) e.add(field(f, id++, s.textSize, version));
    e.add(body(s, version));
    e.add(pins(s));
    if (version == KicadVersion::v9) e.add(SExpr::of("embedded_fonts", Sym{"no"}));
    return e;
}

}  // namespace

// The library is one list: its header lists, then a symbol per line of the file.
std::string symbolLibraryOpening(KicadVersion version) {
    const std::vector<SExpr> header =
        version == KicadVersion::v9
            ? std::vector<SExpr>{SExpr::of("version", 20241209), SExpr::of("generator", Str{"partgen"}),
                                 SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())})}
            : std::vector<SExpr>{SExpr::of("version", 20211014), SExpr::of("generator", Sym{"partgen"})};
    std::string text = "(kicad_symbol_lib\n";
    for (const auto& e : header) e.render(text, 1);
    return text;
}

std::string symbolText(const SymbolModel& s, KicadVersion version) {
    std::string text;
    symbol(s, version).render(text, 1);
    return text;
}

std::string symbolLibraryClosing() { return ")\n"; }

std::string writeSymbolLibrary(const std::vector<SymbolModel>& symbols, KicadVersion version) {
    std::string text = symbolLibraryOpening(version);
    for (const auto& s : symbols) text += symbolText(s, version);
    return text + symbolLibraryClosing();
}

}  // namespace partgen
