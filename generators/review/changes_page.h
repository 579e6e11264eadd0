#pragma once
// review/changes.html: the change report of the last run that changed the folder, for a
// person. Per family: each product's changed values (before, after, provenance, spec line),
// the products added and removed and the files changed per format; then, for the first
// products listed, each picture the run changed, the one before it (carried in the page,
// as its file is replaced) beside the one after it (the library's file).

#include <cstddef>
#include <string>
#include <vector>

#include "format/format.h"

namespace partgen {

inline const std::string changesPagePath = "review/changes.html";

// How many products get their pictures on the page, so that a change to every product of
// a large catalog gives a page a browser still opens; the rest are listed with their values.
constexpr std::size_t picturedProducts = 50;

// The picture files of the products the page pictures, whose fates it shows.
std::vector<std::string> changesPageFiles(const ChangeReport& report);

void writeChangesPage(const RunChanges& run, const ByteSink& sink);

}  // namespace partgen
