#pragma once
// Library, symbol and footprint names from the name patterns in templates/kicad.xml.
// Names use only A-Z a-z 0-9 _ - . , + (anything else becomes '_').

#include <string>

#include "model/variant.h"
#include "spec/templates.h"

namespace partgen {

std::string kicadLibraryName(const Family& family, const KicadRules& rules);
std::string kicadSymbolName(const Variant& v, const Family& family, const KicadRules& rules);
std::string kicadFootprintName(const Variant& v, const Family& family, const KicadRules& rules);

// A footprint filter for the symbol: manufacturer and number with - _ / as '?'.
std::string kicadFootprintFilter(const Variant& v, const Family& family);

enum class KicadVersion { v6, v9 };

}  // namespace partgen
