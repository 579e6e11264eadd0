#include "kicad/kicad_library.h"

#include <algorithm>

#include "geometry/cutout.h"
#include "kicad/footprint_writer.h"
#include "kicad/sexpr.h"
#include "kicad/symbol_writer.h"

namespace partgen {

std::vector<Document> footprintDocuments(const Variant& v, const Family& family, const Templates& templates,
                                         KicadVersion version) {
    if (!cutoutOf(v)) return {};
    const FootprintModel fp = footprintOf(v, family, templates.kicad);
    return documentList(Document{"kicad/" + kicadLibraryName(family, templates.kicad) + ".pretty/" + fp.name + ".kicad_mod",
                                 writeFootprint(fp, version)});
}

Document symbolLibraryDocument(const Family& family, const std::vector<const Variant*>& variants,
                               const Templates& templates, KicadVersion version) {
    std::vector<SymbolModel> symbols;
    for (const Variant* v : variants) symbols.push_back(symbolOf(*v, family, templates.kicad));
    std::sort(symbols.begin(), symbols.end(), [](const SymbolModel& a, const SymbolModel& b) { return a.name < b.name; });
    return {"kicad/" + kicadLibraryName(family, templates.kicad) + ".kicad_sym", writeSymbolLibrary(symbols, version)};
}

Document libraryTable(const Catalog& catalog, const Templates& templates, bool symbols) {
    SExpr table = SExpr::of(symbols ? "sym_lib_table" : "fp_lib_table", SExpr::of("version", 7));
    for (const auto& family : catalog.families) {
        const std::string name = kicadLibraryName(family, templates.kicad);
        const std::string uri = std::string(kicadLibraryDirVariable) + "/kicad/" + name + (symbols ? ".kicad_sym" : ".pretty");
        table.add(SExpr::of("lib", SExpr::of("name", Str{name}), SExpr::of("type", Str{"KiCad"}),
                            SExpr::of("uri", Str{uri}), SExpr::of("options", Str{""}),
                            SExpr::of("descr", Str{family.manufacturer.shortName + " " + family.series})));
    }
    return {symbols ? "kicad/sym-lib-table" : "kicad/fp-lib-table", table.render()};
}

}  // namespace partgen
