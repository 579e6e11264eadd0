#pragma once
// Copies of the benchmark's catalog file made for single runs: cut to a quarter, or with
// one series rule changed.

#include <cstddef>
#include <filesystem>

namespace partgen::bench {

// The same file with only its first quarter of series rules: generating it shows how
// peak memory grows with the catalog. Writes dir/catalog.xml from
// root/tests/bench/catalog.xml; returns dir.
std::filesystem::path writeQuarterCatalog(const std::filesystem::path& root, const std::filesystem::path& dir);

// The file as it is. Returns dir.
std::filesystem::path writeCatalogCopy(const std::filesystem::path& root, const std::filesystem::path& dir);

// The same file with the colour of its first series rule changed from gray to black (its
// description too): what regenerating after a one-rule spec update costs. Returns dir.
std::filesystem::path writeOneRuleChangedCatalog(const std::filesystem::path& root, const std::filesystem::path& dir);

// How many variants that change touches: the first rule's pole counts.
inline constexpr std::size_t oneRuleVariants = 11;

}  // namespace partgen::bench
