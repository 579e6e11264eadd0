#pragma once
// The change report of `partgen generate` as lines for a person: per family, each
// product's changed values with where the new value is written, the products added and
// removed, and the files changed per format.

#include <iosfwd>
#include <string>

#include "model/change_report.h"

namespace partgen::cli {

// e.g. "770-744: depth 37.5 mm -> 36 mm (datasheet, parts/wago-winsta-midi.xml:68); 6 files changed"
std::string productLine(const ProductChange& product);

// The whole report; without a previous record, one line saying why there is none.
void printChangeReport(const ChangeReport& report, const std::string& outDir, std::ostream& out);

}  // namespace partgen::cli
