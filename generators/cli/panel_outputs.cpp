#include "cli/panel_outputs.h"

#include <memory>

#include "cli/cli_common.h"
#include "model/error.h"
#include "pipeline/output_folder.h"
#include "pipeline/output_tree.h"

namespace partgen::cli {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const fs::path& out, const std::string& why) {
    throw Error(ErrorCategory::usage, "--out " + out.generic_string() + ": " + why);
}

const PanelFileType& fileTypeOf(const fs::path& out) {
    const PanelFileType* type = panelFileTypeOf(out);
    if (!type)
        refuse(out, "unknown file type '" + out.extension().string() + "'; partgen panel writes " +
                        writablePanelExtensions());
    if (!type->write)
        refuse(out, std::string(type->name) + " output is not available yet; partgen panel writes " +
                        writablePanelExtensions());
    return *type;
}

void checkNotInput(const fs::path& out, const PanelInputs& inputs) {
    if (sameFile(out, inputs.layout)) refuse(out, "is the layout file; it would be overwritten");
    for (const auto& folder : inputs.folders)
        if (isInside(out, folder))
            refuse(out, "lies inside the input folder " + folder.generic_string() + "; write the drawing elsewhere");
    std::error_code ec;
    if (fs::is_directory(out, ec)) refuse(out, "is a folder; give a file name such as panel.dxf");
}

// Found now rather than at the rename, when other files may be in place already.
void checkFolderPossible(const fs::path& out) {
    std::error_code ec;
    for (fs::path above = fs::absolute(out).parent_path(); !above.empty(); above = above.parent_path()) {
        if (fs::is_directory(above, ec)) return;
        if (fs::exists(above, ec)) refuse(out, above.generic_string() + " is a file, not a folder");
        if (above == above.parent_path()) return;
    }
}

// Renames the tree's files into place; on failure, says why in `failure`.
bool committed(OutputTree& tree, std::string& failure) {
    try {
        tree.commit({});
        return true;
    } catch (const std::exception& e) {
        failure = e.what();
        return false;
    }
}

}  // namespace

std::vector<std::string> defaultPanelOutputs(const fs::path& layout) {
    const fs::path stem = fs::path(defaultOutputFolder) / panelsFolderName / layout.stem();
    return {stem.generic_string() + ".dxf", stem.generic_string() + ".svg"};
}

std::vector<PanelOutput> panelOutputs(const std::vector<std::string>& outs, const PanelInputs& inputs) {
    std::vector<PanelOutput> outputs;
    for (const auto& text : outs) {
        const fs::path out(text);
        if (out.empty() || !out.has_filename()) throw Error(ErrorCategory::usage, "--out needs a file name");
        checkNotInput(out, inputs);
        checkFolderPossible(out);
        const PanelFileType& type = fileTypeOf(out);
        for (const auto& earlier : outputs)
            if (sameFile(out, earlier.path)) refuse(out, "is the same file as --out " + earlier.path.generic_string());
        outputs.push_back({out, &type});
    }
    return outputs;
}

PanelWriteReport writePanelFiles(const std::vector<PanelOutput>& outputs, const Drawing& drawing, DxfVersion version) {
    return writePanelFiles(outputs, drawing, drawing, version);
}

PanelWriteReport writePanelFiles(const std::vector<PanelOutput>& outputs, const Drawing& drawing,
                                 const Drawing& printed, DxfVersion version) {
    // One tree per folder: each file's temporary lies beside it, so every rename stays
    // within its file system. All are staged before the first rename.
    struct Folder {
        fs::path path;
        std::unique_ptr<OutputTree> tree;
        std::vector<fs::path> files;
    };
    std::vector<Folder> folders;
    const auto folderOf = [&](const fs::path& path) -> Folder& {
        for (auto& folder : folders)
            if (sameFile(folder.path, path)) return folder;
        folders.push_back({path, std::make_unique<OutputTree>(path, false, OutputTree::Journal::none), {}});
        return folders.back();
    };
    for (const auto& output : outputs) {
        Folder& folder = folderOf(output.path.parent_path().empty() ? fs::path(".") : output.path.parent_path());
        folder.tree->stage({output.path.filename().string(),
                            output.type->write(output.type->printsScale ? printed : drawing, version)});
        folder.files.push_back(output.path);
    }
    PanelWriteReport report;
    for (auto& folder : folders) {
        const bool ok = report.failure.empty() && committed(*folder.tree, report.failure);
        auto& list = ok ? report.written : report.notWritten;
        list.insert(list.end(), folder.files.begin(), folder.files.end());
    }
    return report;
}

}  // namespace partgen::cli
