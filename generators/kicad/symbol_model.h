#pragma once
// A KiCad schematic symbol independent of file-format version, in KiCad's symbol
// coordinates (millimetres, y pointing up), laid out after the KLC connector rules:
// pins on the 100 mil grid on the left, passive, names from the pole markings.

#include <string>
#include <vector>

#include "geometry/shapes.h"
#include "kicad/kicad_rules.h"
#include "model/catalog.h"

namespace partgen {

struct SymbolPin {
    std::string number;
    std::string name;
    Point at;  // the connection point; the pin points right, into the body
    Length length;
};

struct SymbolField {
    std::string name;
    std::string value;
    Point at;
    bool hidden;
};

struct SymbolModel {
    std::string name;
    std::vector<SymbolField> fields;  // Reference, Value, Footprint, Datasheet, Description, ki_keywords, ki_fp_filters
    Box body;
    std::vector<SymbolPin> pins;
    Length textSize, lineWidth, pinNameOffset;
};

SymbolModel symbolOf(const Variant& v, const Family& family, const KicadRules& rules);

// The symbol's Description field: kind, poles, coding, colour, ratings, conductor range,
// and a note when any value is estimated.
std::string symbolDescription(const Variant& v);

}  // namespace partgen
