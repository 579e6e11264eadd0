#pragma once
// The KiCad library files of a family: a symbol library, a footprint per panel-mount
// variant, and library-table entries a user can paste.

#include <vector>

#include "kicad/kicad_names.h"
#include "kicad/kicad_rules.h"
#include "model/catalog.h"
#include "model/document.h"

namespace partgen {

// kicad/<Library>.pretty/<Name>.kicad_mod; none for a part without a cutout.
std::vector<Document> footprintDocuments(const Variant& v, const Family& family, const KicadRules& rules,
                                         KicadVersion version);

// kicad/<Library>.kicad_sym
std::string symbolLibraryPath(const Family& family, const KicadRules& rules);

// The library's entries are sorted by symbol name; the text is the variant's symbol.
struct SymbolEntry {
    std::string name;
    std::string text;
};
SymbolEntry symbolEntry(const Variant& v, const Family& family, const KicadRules& rules, KicadVersion version);

// kicad/sym-lib-table or kicad/fp-lib-table, one entry per family, pointing below
// the path variable PARTGEN_LIBRARY_DIR (the output folder).
Document libraryTable(const Catalog& catalog, const KicadRules& rules, bool symbols);

}  // namespace partgen
