#include "cli/report_file.h"

#include "model/document.h"
#include "model/error.h"
#include "pipeline/output_folder.h"
#include "pipeline/output_tree.h"

namespace partgen::cli {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const fs::path& report, const std::string& why) {
    throw Error(ErrorCategory::usage, "--report " + report.generic_string() + ": " + why);
}

}  // namespace

void checkReportFile(const fs::path& report, const fs::path& outDir, const std::vector<fs::path>& inputFolders) {
    if (report.empty() || !report.has_filename()) throw Error(ErrorCategory::usage, "--report needs a file name");
    if (isInside(report, outDir))
        refuse(report, "lies inside the output folder " + outDir.generic_string() + "; write the report elsewhere");
    for (const auto& folder : inputFolders)
        if (isInside(report, folder))
            refuse(report, "lies inside the input folder " + folder.generic_string() + "; write the report elsewhere");
    std::error_code ec;
    if (fs::is_directory(report, ec)) refuse(report, "is a folder; give a file name such as report.json");
}

void writeReportFile(const fs::path& report, const std::string& bytes) {
    const fs::path folder = report.has_parent_path() ? report.parent_path() : fs::path(".");
    OutputTree tree(folder, false, OutputTree::Journal::none);
    tree.stage(Document{report.filename().string(), bytes});
    tree.commit({});
}

}  // namespace partgen::cli
