#pragma once
// The review indexes: review/index.html lists the families, and review/<family>/index.html
// has a row per variant (number, kind, poles, sizes, the provenances of its values and a
// thumbnail of its symbol, loaded only when scrolled to).

#include <string>

#include "model/catalog.h"
#include "model/document.h"

namespace partgen {

// A variant's row of its family's index.
std::string familyIndexRow(const Variant& v);

// What comes before and after the rows.
std::string familyIndexOpening(const Family& family);
std::string familyIndexClosing();

// review/index.html: every family with its number of variants.
Document catalogIndex(const Catalog& catalog);

}  // namespace partgen
