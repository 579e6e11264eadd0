#include "drawing/dxf.h"

#include "drawing/cutout_drawing.h"
#include "drawing/dxf_r12.h"
#include "drawing/dxf_r2000.h"
#include "drawing/svg.h"

namespace partgen {

std::string writeDxf(const Drawing& drawing, DxfVersion version) {
    return version == DxfVersion::r12 ? writeDxfR12(drawing) : writeDxfR2000(drawing);
}

std::optional<DxfVersion> dxfVersionFromName(const std::string& name) {
    if (name == "12" || name == "R12") return DxfVersion::r12;
    if (name == "2000" || name == "R2000") return DxfVersion::r2000;
    return std::nullopt;
}

std::vector<Document> cutoutDocuments(const Variant& v, const Templates& templates, DxfVersion version) {
    const auto cutout = cutoutOf(v);
    if (!cutout) return {};
    const Drawing drawing = cutoutDrawing(v, *cutout, templates.drawing);
    const std::string stem = "drawings/" + v.fileStem + "_cutout";
    return documentList(Document{stem + ".dxf", writeDxf(drawing, version)}, Document{stem + ".svg", writeSvg(drawing)});
}

}  // namespace partgen
