#pragma once
// The DXF writer for a chosen version, and the cutout files of one variant.

#include <optional>
#include <string>
#include <vector>

#include "drawing/drawing.h"
#include "drawing/dxf_stream.h"
#include "model/document.h"
#include "model/variant.h"
#include "spec/templates.h"

namespace partgen {

std::string writeDxf(const Drawing& drawing, DxfVersion version);

// "12" or "2000"
std::optional<DxfVersion> dxfVersionFromName(const std::string& name);

// drawings/<number>_cutout.dxf and .svg; none for a variant without a cutout.
std::vector<Document> cutoutDocuments(const Variant& v, const Templates& templates, DxfVersion version);

}  // namespace partgen
