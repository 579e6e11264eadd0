#pragma once
// Library, symbol and footprint names from the name patterns in templates/kicad.xml.
// Names use only A-Z a-z 0-9 _ - . , + (anything else becomes '_').

#include <string>

#include "kicad/kicad_rules.h"
#include "model/variant.h"

namespace partgen {

std::string kicadLibraryName(const Family& family, const KicadRules& rules);
std::string kicadSymbolName(const Variant& v, const Family& family, const KicadRules& rules);
std::string kicadFootprintName(const Variant& v, const Family& family, const KicadRules& rules);
std::string kicadCutoutSymbolName(const Variant& v, const Family& family, const KicadRules& rules);

// Where a variant's 3D model goes below the output folder, without extension:
// "kicad/<Library>.3dshapes/<Footprint>"; footprints name it with ".step" appended.
std::string kicadModelStem(const Variant& v, const Family& family, const KicadRules& rules);

// What a footprint's 3D model reference says: "<model-folder>/<Library>.3dshapes/<Footprint>.step".
std::string kicadModelReference(const Variant& v, const Family& family, const KicadRules& rules);

// The path variable the global library tables start with: the output folder.
inline constexpr const char* kicadLibraryDirVariable = "${PARTGEN_LIBRARY_DIR}";

// A footprint filter for the symbol: manufacturer and number with - _ / as '?'.
std::string kicadFootprintFilter(const Variant& v, const Family& family);

enum class KicadVersion { v6, v9 };

}  // namespace partgen
