#pragma once
// Merges an imported part into a family file by editing only the lines that change,
// so comments and layout stay as the maintainer wrote them. A variant keeps stating
// only what differs from its base part; values the text does not give (an estimated
// cutout) are left alone; the result must load without errors before it is kept.

#include <filesystem>
#include <string>
#include <vector>

#include "datasheet/datasheet_reader.h"

namespace partgen {

struct MergeResult {
    std::string text;                  // the family file after the merge
    std::vector<std::string> changes;  // "width: 45.5 mm -> 45.6 mm", in spec order
    bool ok = false;                   // false: problems are in the diagnostics, text unusable
};

// A path in the temporary folder no other run or thread uses, named after `name`.
std::filesystem::path privateTemporaryPath(const std::string& name);

struct MergeOptions {
    std::string familyName;         // the family file as the user named it, for messages
    bool acceptKindChange = false;  // a part may change its kind, mounting or pole count
};

// `familyFile` may be a working copy; problems are reported at `options.familyName`.
MergeResult mergeIntoFamily(const ImportedPart& part, const std::filesystem::path& familyFile,
                            const std::filesystem::path& templatesDir, const MergeOptions& options,
                            Diagnostics& diagnostics);

}  // namespace partgen
