#include "drawing/panel_files.h"

#include "drawing/dxf.h"
#include "drawing/pdf.h"
#include "drawing/svg.h"
#include "text/strings.h"

namespace partgen {

const std::vector<PanelFileType>& panelFileTypes() {
    static const std::vector<PanelFileType> types{
        {".dxf", "DXF", [](const Drawing& d, DxfVersion version) { return writeDxf(d, version); }},
        {".svg", "SVG", [](const Drawing& d, DxfVersion) { return writeSvg(d); }},
        {".pdf", "PDF", [](const Drawing& d, DxfVersion) { return writePdf(d); }, true},
    };
    return types;
}

const PanelFileType* panelFileTypeOf(const std::filesystem::path& file) {
    const std::string extension = lowercase(file.extension().string());
    for (const auto& type : panelFileTypes())
        if (type.extension == extension) return &type;
    return nullptr;
}

std::string writablePanelExtensions() {
    std::string list;
    for (const auto& type : panelFileTypes())
        if (type.write) list += (list.empty() ? "" : ", ") + std::string(type.extension);
    return list;
}

}  // namespace partgen
