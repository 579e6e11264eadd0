#pragma once
// QElectroTech elements: qet/<number>.elmt for every variant.

#include "model/document.h"
#include "model/variant.h"
#include "spec/templates.h"

namespace partgen {

Document elementDocument(const Variant& v, const Family& family, const Templates& templates);

}  // namespace partgen
