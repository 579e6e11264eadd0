#pragma once
// Where the parts of a connector's 3D model go, worked out from the spec and the
// proportions in templates/model3d.xml, before any solid is built. A layout that does not
// fit (openings wider than the face, wings past the flange) is reported, not drawn.
//
// Axes: x along the pole row (pole 1 at the left), y up, z out of the mating face. Panel
// parts stand with the panel's front face at z = 0, the flange in front of it and the
// housing behind; free connectors have their mating face at z = 0.

#include <optional>
#include <string>
#include <vector>

#include "geometry/builders.h"
#include "model/variant.h"
#include "model3d/model_rules.h"

namespace partgen {

struct FlangeLayout {
    Length width, height, thickness, chamfer;
};

// A snap-in wing on the top (+y) or bottom (-y) of the housing, seen from the side: it
// rises from the housing at its tail to `tip` at the thickest plate and falls back to the
// housing at the thinnest, so any plate of the range is held by its catch slope.
struct WingLayout {
    Length base, tip;                 // |y| of the housing face and of the wing's tip
    Length tail, thickest, thinnest;  // z of the tail and where the catch meets the plate range
    Length width;
};

struct ConnectorLayout {
    Length width, height, depth;  // the whole model's bounding box
    Length bodyWidth, bodyHeight, bodyChamfer;
    Length front, rear;                  // z of mating face and rear face
    std::optional<FlangeLayout> flange;  // panel-mount parts
    std::optional<WingLayout> wings;
    std::vector<Pocket> matingPockets;  // contact openings and the coding slot
    std::vector<Pocket> rearPockets;    // conductor entries
};

struct LayoutResult {
    std::optional<ConnectorLayout> layout;
    std::vector<std::string> problems;  // why there is none, one sentence each
};

LayoutResult connectorLayout(const Variant& v, const ModelRules& rules);

}  // namespace partgen
