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

std::string symbolLibraryName(const Family& family, const KicadRules& rules, SymbolLibrary library) {
    return kicadLibraryName(family, rules) + (library == SymbolLibrary::cutouts ? "_PanelCutout" : "");
}

std::string symbolLibraryPath(const Family& family, const KicadRules& rules, SymbolLibrary library) {
    return "kicad/" + symbolLibraryName(family, rules, library) + ".kicad_sym";
}

SymbolEntry symbolEntry(const Variant& v, const Family& family, const KicadRules& rules, KicadVersion version,
                        SymbolLibrary library) {
    if (library == SymbolLibrary::connectors)
        return {kicadSymbolName(v, family, rules), symbolText(symbolOf(v, family, rules), version)};
    const auto cutout = cutoutSymbolOf(v, family, rules);
    return {kicadCutoutSymbolName(v, family, rules), cutout ? symbolText(*cutout, version) : ""};
}

namespace {

SExpr tableEntry(const std::string& name, const std::string& file, const Family& family) {
    const std::string uri = std::string(kicadLibraryDirVariable) + "/kicad/" + file;
    return SExpr::of("lib", SExpr::of("name", Str{name}), SExpr::of("type", Str{"KiCad"}), SExpr::of("uri", Str{uri}),
                     SExpr::of("options", Str{""}),
                     SExpr::of("descr", Str{family.manufacturer.shortName + " " + family.series}));
}

}  // namespace

Document libraryTable(const Catalog& catalog, const KicadRules& rules, LibraryTable kind, KicadVersion version) {
    const bool symbols = kind == LibraryTable::symbols;
    SExpr table(symbols ? "sym_lib_table" : "fp_lib_table");
    if (version == KicadVersion::v9) table.add(SExpr::of("version", 7));
    for (const auto& family : catalog.families) {
        if (!symbols) {
            const std::string name = kicadLibraryName(family, rules);
            table.add(tableEntry(name, name + ".pretty", family));
            continue;
        }
        for (const auto library : {SymbolLibrary::connectors, SymbolLibrary::cutouts}) {
            const std::string name = symbolLibraryName(family, rules, library);
            table.add(tableEntry(name, name + ".kicad_sym", family));
        }
    }
    return {symbols ? "kicad/sym-lib-table" : "kicad/fp-lib-table", table.render()};
}

}  // namespace partgen
