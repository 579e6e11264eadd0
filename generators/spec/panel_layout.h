#pragma once
// A panel layout file: the sheet and the parts placed on it, for `partgen panel`.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/quantity.h"
#include "model/sourced.h"

namespace partgen {

class Diagnostics;

struct Placement {
    std::string number;
    Length x, y;       // cutout centre, from the panel's lower left corner
    int rotation = 0;  // degrees: 0, 90, 180 or 270
    SourceLocation at;
};

struct PanelLayout {
    std::string name;
    Length width, height, thickness, cornerRadius;
    std::string material;
    std::string drawingNumber;                              // default: the layout file's name without its extension
    std::string revision;                                   // default: "-", not revised
    std::optional<Length> minimumWeb, minimumEdgeDistance;  // override the templates
    std::vector<Placement> placements;
    SourceLocation at;
};

std::optional<PanelLayout> readPanelLayout(const std::filesystem::path& path, const std::string& displayName,
                                           Diagnostics& diagnostics);

}  // namespace partgen
