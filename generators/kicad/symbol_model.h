#pragma once
// KiCad schematic symbols independent of file-format version, in KiCad's symbol
// coordinates (millimetres, y pointing up).
//
// A WINSTA part is wired, not soldered: its pins go to terminal blocks by wire, so the
// connector symbol is excluded from the board (KiCad's Update PCB skips it and it needs no
// footprint) and stays in the BOM. A panel-mount part also gets a zero-pin cutout symbol,
// like KiCad's Mechanical:MountingHole: on the board, out of the BOM, linked to the
// footprint that holds the panel cutout.

#include <optional>
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

struct SymbolLine {
    Point from, to;
};

// An arc through three points, in the order KiCad 9 writes them.
struct SymbolArc {
    Point start, mid, end;
};

struct SymbolModel {
    std::string name;
    std::vector<SymbolField>
        fields;  // Reference, Value, Footprint, Datasheet, Description, ki_keywords[, ki_fp_filters]
    bool inBom = true, onBoard = true;
    bool pinNamesHidden = false;  // hidden when every name only repeats its number
    Box body;
    bool bodyFilled = true;
    std::vector<SymbolLine> lines;  // details drawn inside the body, in the detail line width
    std::vector<SymbolArc> arcs;
    std::vector<SymbolPin> pins;
    Length textSize, lineWidth, detailLineWidth, pinNameOffset;
};

// The connector: a pin per pole, each ending in a socket contact (or a plug's pin).
SymbolModel symbolOf(const Variant& v, const Family& family, const KicadRules& rules);

// The panel cutout of a panel-mount part; none for a part on flying leads.
std::optional<SymbolModel> cutoutSymbolOf(const Variant& v, const Family& family, const KicadRules& rules);

// The symbol's Description field: kind, poles, coding, colour, ratings, conductor range,
// pitch, and what is estimated.
std::string symbolDescription(const Variant& v);

}  // namespace partgen
