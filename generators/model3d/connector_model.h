#pragma once
// The simplified, dimensionally true 3D model of one variant: housing with its mating face
// openings and conductor entries, and for panel parts the flange and snap-in wings.

#include <string>
#include <vector>

#include "geometry/solid.h"
#include "model/variant.h"
#include "model3d/model_rules.h"
#include "spec/colour_table.h"
#include "spec/house_rules.h"

namespace partgen {

// Why the variant's values leave no room for its model; empty when it can be built.
std::vector<std::string> connectorModelProblems(const Variant& v, const ModelRules& rules);

// The same as a format's check (Format::check), for every format drawn from the 3D model:
// a spec that leaves the model no room is refused whatever formats are chosen.
std::vector<std::string> connectorModelCheck(const Variant& v, const HouseRules& rules);

// Throws Error (invalidSpec) when connectorModelProblems is not empty.
Model3d connectorModel(const Variant& v, const Family& family, const ModelRules& rules, const ColourTable& colours);

}  // namespace partgen
