#pragma once
// The merge of a run's product values (in catalog order) with the output folder's
// previous value record (in the same order): the change report, and the new record.
// Both sides are read one product at a time.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/change_report.h"
#include "pipeline/manifest.h"
#include "pipeline/spool.h"

namespace partgen {

struct MergeInputs {
    const std::filesystem::path& outDir;
    const Catalog& catalog;
    const std::string& only;                    // the run's --only
    const std::vector<ManifestEntry>& removed;  // files the run removes
    // Per selected product, two lines: its count of files created or changed and its
    // value row; the location of each of its values.
    Spool& rows;
    std::map<std::string, std::map<std::string, FileCounts>> byFamily;  // files created or changed
    std::map<std::string, FileCounts> catalogFiles;
};

// Writes the new record into `record` and returns the report.
ChangeReport mergeChanges(MergeInputs& inputs, Spool& record);

}  // namespace partgen
