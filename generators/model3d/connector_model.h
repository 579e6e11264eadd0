#pragma once
// The simplified, dimensionally true 3D model of one variant: housing with its mating face
// openings and conductor entries, and for panel parts the flange and snap-in wings.

#include <string>
#include <vector>

#include "geometry/solid.h"
#include "model/variant.h"
#include "model3d/model_rules.h"
#include "spec/colour_table.h"

namespace partgen {

// Why the variant's values leave no room for its model; empty when it can be built.
std::vector<std::string> connectorModelProblems(const Variant& v, const ModelRules& rules);

// Throws Error (invalidSpec) when connectorModelProblems is not empty.
Model3d connectorModel(const Variant& v, const Family& family, const ModelRules& rules, const ColourTable& colours);

}  // namespace partgen
