#pragma once
// The `step` and `wrl` formats: one 3D model per variant, where the KiCad footprints
// point: kicad/<Library>.3dshapes/<Footprint>.step and .wrl. Here, not in model3d/, because
// the models are model3d's and the file names KiCad's: only the pipeline sees both.

#include <vector>

#include "model/document.h"
#include "model/variant.h"
#include "spec/templates.h"

namespace partgen {

std::vector<Document> stepDocuments(const Variant& v, const Family& family, const Templates& templates);
std::vector<Document> vrmlDocuments(const Variant& v, const Family& family, const Templates& templates);

}  // namespace partgen
