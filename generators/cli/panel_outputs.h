#pragma once
// The files `partgen panel` writes: chosen and checked before anything is read, written
// all or none as far as the file system allows.

#include <filesystem>
#include <string>
#include <vector>

#include "drawing/drawing.h"
#include "drawing/panel_files.h"

namespace partgen::cli {

struct PanelOutput {
    std::filesystem::path path;
    const PanelFileType* type;
};

// What an --out may never overwrite.
struct PanelInputs {
    std::filesystem::path layout;
    std::vector<std::filesystem::path> folders;  // parts and templates
};

// OUTPUT/panels/<layout name>.dxf and .svg, OUTPUT being generate's default output folder:
// beside the library, never beside the layout or in the current folder.
std::vector<std::string> defaultPanelOutputs(const std::filesystem::path& layout);

// Throws Error (usage) for an --out whose extension is unknown or not available yet, that
// is a folder, the layout file, inside the parts or templates folder, or the same file
// as another --out.
std::vector<PanelOutput> panelOutputs(const std::vector<std::string>& outs, const PanelInputs& inputs);

struct PanelWriteReport {
    std::vector<std::filesystem::path> written, notWritten;  // folder by folder
    std::string failure;  // why notWritten is not empty (a file of its first folder may be written)
};

// Writes every file through a temporary beside it, renamed into place once all are
// written. Throws Error (io) when a file cannot be written, and then every target is as
// it was. A rename that fails (the file system only) is reported, not thrown, since the
// files renamed before it are written.
PanelWriteReport writePanelFiles(const std::vector<PanelOutput>& outputs, const Drawing& drawing, DxfVersion version);

// The same, each file written from `printed` if its type states the printed scale itself
// (PDF), from `drawing` otherwise.
PanelWriteReport writePanelFiles(const std::vector<PanelOutput>& outputs, const Drawing& drawing,
                                 const Drawing& printed, DxfVersion version);

}  // namespace partgen::cli
