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

// A family has two symbol libraries: its connectors, and the zero-pin panel cutout
// symbols, which follow KiCad's Mechanical:MountingHole rather than the KLC rules for
// symbols with pins (see README, "KiCad").
enum class SymbolLibrary { connectors, cutouts };

// "<Library>" or "<Library>_PanelCutout".
std::string symbolLibraryName(const Family& family, const KicadRules& rules, SymbolLibrary library);

// kicad/<name>.kicad_sym
std::string symbolLibraryPath(const Family& family, const KicadRules& rules, SymbolLibrary library);

// The library's entries are sorted by symbol name; the text is the variant's symbol in that
// library, empty when it has none there (no cutout symbol for a part on flying leads).
struct SymbolEntry {
    std::string name;
    std::string text;
};
SymbolEntry symbolEntry(const Variant& v, const Family& family, const KicadRules& rules, KicadVersion version,
                        SymbolLibrary library);

enum class LibraryTable { symbols, footprints };

// kicad/sym-lib-table or kicad/fp-lib-table, the entries of every family, pointing below
// the path variable PARTGEN_LIBRARY_DIR (the output folder). KiCad 6 refuses a version
// line, so its tables have none.
Document libraryTable(const Catalog& catalog, const KicadRules& rules, LibraryTable table, KicadVersion version);

}  // namespace partgen
