#pragma once
// The files `partgen panel` writes, chosen by the extension of each --out. Another format
// is one more row in panelFileTypes().

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "drawing/drawing.h"
#include "drawing/dxf_stream.h"

namespace partgen {

struct PanelFileType {
    std::string_view extension;                        // ".dxf", lower case
    std::string_view name;                             // "DXF", for messages
    std::string (*write)(const Drawing&, DxfVersion);  // nullptr: not available yet
    bool printsScale = false;                          // states the scale it printed at (PDF)
};

const std::vector<PanelFileType>& panelFileTypes();

// The row for `file`'s extension, compared without case; nullptr for one not in the table.
const PanelFileType* panelFileTypeOf(const std::filesystem::path& file);

// ".dxf, .svg": the extensions partgen can write now, for messages and help.
std::string writablePanelExtensions();

}  // namespace partgen
