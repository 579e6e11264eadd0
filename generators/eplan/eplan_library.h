#pragma once
// The EPLAN parts file of a family: eplan/<family-id>.xml with every variant.

#include <vector>

#include "model/catalog.h"
#include "model/document.h"
#include "spec/templates.h"

namespace partgen {

// Written one record at a time, each variant made once: the later sections wait in
// temporary files while the first is written.
StreamedDocument eplanDocument(const Family& family, const VariantSelection& variants,
                               const Templates& templates);

}  // namespace partgen
