#pragma once
// A variant's review page and its pictures: the schematic symbol, and for a panel-mount
// part the footprint and the cutout drawing, each drawn by partgen from the models its
// library files are written from; the front, top, right and isometric views of its 3D
// model, from the solids its STEP file holds; then every value with its provenance and
// spec line.

#include <vector>

#include "drawing/drawing_rules.h"
#include "kicad/kicad_rules.h"
#include "model/document.h"
#include "model/variant.h"
#include "model3d/model_rules.h"
#include "spec/colour_table.h"

namespace partgen {

struct ReviewRules {
    const KicadRules& kicad;
    const DrawingRules& drawing;
    const ModelRules& model;
    const ColourTable& colours;
};

std::vector<Document> variantReview(const Variant& v, const Family& family, const ReviewRules& rules);

}  // namespace partgen
