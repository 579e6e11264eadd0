#include "eplan/eplan_library.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_writer.h"

namespace partgen {

Document eplanDocument(const Family& family, const std::vector<const Variant*>& variants, const Templates& templates) {
    EplanLibrary library{eplanAddressOf(family), {}};
    for (const Variant* v : variants) library.parts.push_back(eplanPartOf(*v, family, templates.eplan));
    return {"eplan/" + family.id + ".xml", writeEplanLibrary(library)};
}

}  // namespace partgen
