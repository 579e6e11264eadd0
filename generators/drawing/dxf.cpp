#include "drawing/dxf.h"

#include "drawing/dxf_r12.h"
#include "drawing/dxf_r2000.h"

namespace partgen {

std::string writeDxf(const Drawing& drawing, DxfVersion version) {
    return version == DxfVersion::r12 ? writeDxfR12(drawing) : writeDxfR2000(drawing);
}

std::optional<DxfVersion> dxfVersionFromName(const std::string& name) {
    if (name == "12" || name == "R12") return DxfVersion::r12;
    if (name == "2000" || name == "R2000") return DxfVersion::r2000;
    return std::nullopt;
}

}  // namespace partgen
