#include "kicad/kicad_library.h"

#include <algorithm>

#include "geometry/cutout.h"
#include "kicad/footprint_writer.h"
#include "kicad/sexpr.h"
#include "kicad/symbol_writer.h"
#include "model/spool.h"

namespace partgen {

std::vector<Document> footprintDocuments(const Variant& v, const Family& family, const Templates& templates,
                                         KicadVersion version) {
    if (!cutoutOf(v)) return {};
    const FootprintModel fp = footprintOf(v, family, templates.kicad);
    return documentList(Document{"kicad/" + kicadLibraryName(family, templates.kicad) + ".pretty/" + fp.name + ".kicad_mod",
                                 writeFootprint(fp, version)});
}

StreamedDocument symbolLibraryDocument(const Family& family, const VariantSelection& variants,
                                       const Templates& templates, KicadVersion version) {
    const auto write = [&family, variants, &templates, version](const ByteSink& sink) {
        // Sorted by symbol name: each variant is made once and its symbol text waits in a
        // temporary file, remembered by name and place, until all are written.
        struct Written {
            std::string name;
            std::uint64_t offset;
            std::size_t length;
            bool operator<(const Written& other) const { return name < other.name; }
        };
        Spool symbols;
        std::vector<Written> order;
        order.reserve(variants.size());
        variants.forEach([&](const Variant& v) {
            const std::string text = symbolText(symbolOf(v, family, templates.kicad), version);
            order.push_back({kicadSymbolName(v, family, templates.kicad), symbols.size(), text.size()});
            symbols.add(text);
        });
        std::stable_sort(order.begin(), order.end());
        sink(symbolLibraryOpening(version));
        for (const auto& w : order) sink(symbols.read(w.offset, w.length));
        sink(symbolLibraryClosing());
    };
    return {"kicad/" + kicadLibraryName(family, templates.kicad) + ".kicad_sym", write};
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
