#pragma once
// A catalog a quarter the size of the benchmark's: the same file with only its first
// quarter of series rules. Generating it shows how peak memory grows with the catalog.

#include <filesystem>

namespace partgen::bench {

// Writes dir/catalog.xml from root/tests/bench/catalog.xml; returns dir.
std::filesystem::path writeQuarterCatalog(const std::filesystem::path& root, const std::filesystem::path& dir);

}  // namespace partgen::bench
