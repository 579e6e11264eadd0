#pragma once
// A KiCad footprint independent of file-format version, in KiCad's coordinates
// (millimetres, y pointing down). Built from the variant; written by one writer per
// format version.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "geometry/shapes.h"
#include "kicad/kicad_names.h"
#include "kicad/kicad_rules.h"
#include "model/variant.h"

namespace partgen {

enum class KicadLayer { fCu, fSilkS, fFab, fCrtYd, edgeCuts };
std::string_view kicadLayerName(KicadLayer layer);

// Every item has a key saying what it is, unique within its footprint: "silk/outline",
// "pin-1-mark", "edge-cut/arc/2" (the second arc of the cutout, counted among arcs only).
// Its UUID is made from the footprint name and the key, never from the item's place, so
// adding an item leaves the UUID of every other item, and the footprint's file, alone.

struct FpLine {
    Point start, end;
    KicadLayer layer;
    Length width;
    std::string key;
};

struct FpArc {
    Point start, mid, end;
    KicadLayer layer;
    Length width;
    std::string key;
};

struct FpRect {
    Point start, end;
    KicadLayer layer;
    Length width;
    std::string key;
};

struct FpPoly {
    std::vector<Point> points;
    KicadLayer layer;
    Length width;
    std::string key;
};

using FpGraphic = std::variant<FpLine, FpArc, FpRect, FpPoly>;

struct FpText {
    std::string text;
    Point at;
    KicadLayer layer;
    Length size, thickness;
    std::string key;
};

struct FootprintModel {
    std::string name;
    std::string description;
    std::string tags;
    FpText reference, value, fabReference;
    std::vector<FpGraphic> graphics;
    std::string modelPath;  // "<model-folder>/<Library>.3dshapes/<Footprint>.step"
};

// The footprint of a panel-mount variant: cutout on Edge.Cuts, flange on F.Fab and
// F.SilkS, courtyard, pin-1 mark, texts and 3D model.
FootprintModel footprintOf(const Variant& v, const Family& family, const KicadRules& rules);

}  // namespace partgen
