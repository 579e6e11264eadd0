#pragma once
// The file `generate --report FILE` writes: checked before anything is read, so that a
// report can never land in the output folder (where it would be a file partgen does not
// list) nor overwrite the spec; written through a temporary renamed into place.

#include <filesystem>
#include <string>
#include <vector>

namespace partgen::cli {

// Throws Error (usage) for a report file that is a folder, or lies inside the output
// folder or one of the input folders (parts, templates).
void checkReportFile(const std::filesystem::path& report, const std::filesystem::path& outDir,
                     const std::vector<std::filesystem::path>& inputFolders);

// Throws Error (io) when it cannot be written; the old file, if any, is then as it was.
void writeReportFile(const std::filesystem::path& report, const std::string& bytes);

}  // namespace partgen::cli
