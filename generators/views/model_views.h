#pragma once
// Pictures of a variant's 3D model, built from the same solids as its STEP file: the
// front, top and right views of a third-angle drawing and an isometric view, as SVG.

#include <string>
#include <vector>

#include "model/variant.h"
#include "model3d/model_rules.h"
#include "spec/colour_table.h"

namespace partgen {

struct ModelViewSvg {
    std::string name;  // "front", "top", "right" or "isometric"
    std::string svg;
};

// The four views in that order. Throws Error (invalidSpec) when the variant's values
// leave no room for its model, as connectorModel does.
std::vector<ModelViewSvg> modelViewSvgs(const Variant& v, const Family& family, const ModelRules& rules,
                                        const ColourTable& colours);

}  // namespace partgen
