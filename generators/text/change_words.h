#pragma once
// The change report's words that partgen prints and the review's changes page shows alike,
// so that the two never say a change differently.

#include <cstddef>
#include <map>
#include <string>

#include "model/change_report.h"

namespace partgen {

// e.g. "dxf 1 changed; resolved 1 created, 1 removed"
std::string formatCountsText(const std::map<std::string, FileCounts>& byFormat);

// e.g. "1 file changed", "17 files created"
std::string fileCountText(std::size_t n, const char* verb);

// What makes a product, as a reader says it: "series rule", "part" or "variant".
std::string originWords(const std::string& origin);

}  // namespace partgen
