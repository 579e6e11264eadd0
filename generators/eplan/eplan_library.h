#pragma once
// The EPLAN parts file of a family: eplan/<family-id>.xml with every variant.

#include <vector>

#include "model/document.h"
#include "model/catalog.h"
#include "spec/templates.h"

namespace partgen {

// Written one record at a time: each pass over the variants builds only what it writes.
StreamedDocument eplanDocument(const Family& family, const VariantSelection& variants,
                               const Templates& templates);

}  // namespace partgen
