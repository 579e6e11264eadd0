#pragma once
// The selected formats' changes pages (format/format.h: ChangesPage), staged last like the
// run's other records, while the folder still holds what the last run left: so each
// picture the run replaces or removes can be shown as it was.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "format/format.h"
#include "pipeline/output_tree.h"

namespace partgen {

struct ChangesPageRun {
    OutputTree& tree;
    const std::filesystem::path& outDir;
    const std::vector<std::string>& removals;  // files the commit removes
    bool repairedKilledRun = false;
};

// A page is written when the run changed something, had nothing to compare with, finished
// a killed run, or finds the page missing; a run that changes nothing keeps it as it is.
void stageChangesPages(const std::vector<const Format*>& formats, const ChangeReport& report,
                       const ChangesPageRun& run);

// The most of an old file a page carries; a bigger one is not shown (not one partgen wrote).
constexpr std::uintmax_t largestPictureBefore = 1 << 20;

}  // namespace partgen
