#pragma once
// The KiCad library files of a family: a symbol library, a footprint per panel-mount
// variant, and library-table entries a user can paste.

#include <vector>

#include "kicad/kicad_names.h"
#include "model/catalog.h"
#include "model/document.h"
#include "spec/templates.h"

namespace partgen {

// kicad/<Library>.pretty/<Name>.kicad_mod; none for a part without a cutout.
std::vector<Document> footprintDocuments(const Variant& v, const Family& family, const Templates& templates,
                                         KicadVersion version);

// kicad/<Library>.kicad_sym with one symbol per variant, sorted by name, written one
// symbol at a time.
StreamedDocument symbolLibraryDocument(const Family& family, const VariantSelection& variants,
                                       const Templates& templates, KicadVersion version);

// kicad/sym-lib-table or kicad/fp-lib-table, one entry per family, pointing below
// the path variable PARTGEN_LIBRARY_DIR (the output folder).
Document libraryTable(const Catalog& catalog, const Templates& templates, bool symbols);

}  // namespace partgen
