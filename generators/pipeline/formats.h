#pragma once
// The output formats `partgen generate` knows, by the name `--format` uses.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "drawing/dxf_stream.h"
#include "kicad/kicad_names.h"
#include "model/catalog.h"
#include "model/document.h"
#include "model/variant.h"
#include "spec/load.h"
#include "spec/templates.h"

namespace partgen {

// Choices of the command line that shape a format's bytes.
struct OutputSettings {
    DxfVersion dxfVersion = DxfVersion::r12;
    KicadVersion kicadVersion = KicadVersion::v9;
};

// A format makes files per variant, per family (from all its variants; streamed, since
// such a file grows with the family) or once for the whole catalog; any of the three
// may be empty.
struct Format {
    std::string name;
    std::function<std::vector<Document>(const Variant&, const Family&, const Templates&, const OutputSettings&)>
        perVariant;
    std::function<std::vector<StreamedDocument>(const Family&, const VariantSelection&, const Templates&,
                                                const OutputSettings&)>
        perFamily;
    std::function<std::vector<Document>(const Catalog&, const Templates&)> perCatalog;
};

const std::vector<Format>& allFormats();

// The problems only an output finds in a variant: a 3D model with no room for its openings
// or wings. Every command that reads a spec passes it to loadSpec (a VariantCheck), so
// `check` and `generate` refuse the same specs whatever formats are chosen.
std::vector<std::string> outputFitProblems(const Variant& v, const Templates& templates);
std::string formatNames();  // "resolved, ..." for help and messages

// "resolved,kicad-sym" -> those formats; "all" or empty -> every format.
std::optional<std::vector<const Format*>> selectFormats(const std::string& list, std::string& error);

}  // namespace partgen
