#pragma once
// The files a run created, changed and removed per format, in words: the same line in the
// change report partgen prints and on the review's changes page.

#include <map>
#include <string>

#include "model/change_report.h"

namespace partgen {

// e.g. "dxf 1 changed; resolved 1 created, 1 removed"
std::string formatCountsText(const std::map<std::string, FileCounts>& byFormat);

}  // namespace partgen
