#pragma once
// The DXF writer for a chosen version.

#include <optional>
#include <string>

#include "drawing/drawing.h"
#include "drawing/dxf_stream.h"

namespace partgen {

std::string writeDxf(const Drawing& drawing, DxfVersion version);

// "12" or "2000"
std::optional<DxfVersion> dxfVersionFromName(const std::string& name);

}  // namespace partgen
