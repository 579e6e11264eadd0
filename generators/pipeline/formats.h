#pragma once
// The output formats `partgen generate` knows, by the name `--format` uses.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "drawing/dxf_stream.h"
#include "model/document.h"
#include "model/variant.h"
#include "spec/templates.h"

namespace partgen {

// Choices of the command line that shape a format's bytes.
struct OutputSettings {
    DxfVersion dxfVersion = DxfVersion::r12;
};

struct Format {
    std::string name;
    std::function<std::vector<Document>(const Variant&, const Family&, const Templates&, const OutputSettings&)>
        perVariant;
};

const std::vector<Format>& allFormats();
std::string formatNames();  // "resolved, ..." for help and messages

// "resolved,kicad-sym" -> those formats; "all" or empty -> every format.
std::optional<std::vector<const Format*>> selectFormats(const std::string& list, std::string& error);

}  // namespace partgen
