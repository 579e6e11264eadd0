#pragma once
// A variant's review page and its pictures: the schematic symbol, and for a panel-mount
// part the footprint and the cutout drawing, each drawn by partgen from the models its
// library files are written from; then every value with its provenance and spec line.

#include <vector>

#include "drawing/drawing_rules.h"
#include "kicad/kicad_rules.h"
#include "model/document.h"
#include "model/variant.h"

namespace partgen {

struct ReviewRules {
    const KicadRules& kicad;
    const DrawingRules& drawing;
};

std::vector<Document> variantReview(const Variant& v, const Family& family, const ReviewRules& rules);

}  // namespace partgen
