#pragma once
// QElectroTech elements: qet/<number>.elmt for every variant.

#include "model/document.h"
#include "model/variant.h"
#include "spec/wording_rules.h"

namespace partgen {

Document elementDocument(const Variant& v, const Family& family, const WordingRules& words);

}  // namespace partgen
