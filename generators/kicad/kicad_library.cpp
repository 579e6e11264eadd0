#include "kicad/kicad_library.h"

#include "geometry/cutout.h"
#include "kicad/footprint_writer.h"
#include "kicad/sexpr.h"
#include "kicad/symbol_writer.h"

namespace partgen {

std::vector<Document> footprintDocuments(const Variant& v, const Family& family, const KicadRules& rules,
                                         KicadVersion version) {
    if (!cutoutOf(v)) return {};
    const FootprintModel fp = footprintOf(v, family, rules);
    return documentList(Document{"kicad/" + kicadLibraryName(family, rules) + ".pretty/" + fp.name + ".kicad_mod",
                                 writeFootprint(fp, version)});
}

std::string symbolLibraryPath(const Family& family, const KicadRules& rules) {
    return "kicad/" + kicadLibraryName(family, rules) + ".kicad_sym";
}

SymbolEntry symbolEntry(const Variant& v, const Family& family, const KicadRules& rules, KicadVersion version) {
    return {kicadSymbolName(v, family, rules), symbolText(symbolOf(v, family, rules), version)};
}

Document libraryTable(const Catalog& catalog, const KicadRules& rules, bool symbols) {
    SExpr table = SExpr::of(symbols ? "sym_lib_table" : "fp_lib_table", SExpr::of("version", 7));
    for (const auto& family : catalog.families) {
        const std::string name = kicadLibraryName(family, rules);
        const std::string uri =
            std::string(kicadLibraryDirVariable) + "/kicad/" + name + (symbols ? ".kicad_sym" : ".pretty");
        table.add(SExpr::of("lib", SExpr::of("name", Str{name}), SExpr::of("type", Str{"KiCad"}),
                            SExpr::of("uri", Str{uri}), SExpr::of("options", Str{""}),
                            SExpr::of("descr", Str{family.manufacturer.shortName + " " + family.series})));
    }
    return {symbols ? "kicad/sym-lib-table" : "kicad/fp-lib-table", table.render()};
}

}  // namespace partgen
