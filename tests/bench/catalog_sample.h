#pragma once
// Variants of the benchmark catalog laid out for their 3D models, as partgen lays them out.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "model3d/connector_layout.h"

namespace partgen::bench {

struct SampledModel {
    std::string fileStem;
    ConnectorLayout layout;
};

// `count` variants of the catalog in `root`/tests/bench, always the same ones (all of
// them when it has fewer); throws when the catalog has errors or a variant has no model.
std::vector<SampledModel> sampleCatalog(const std::filesystem::path& root, std::size_t count);

}  // namespace partgen::bench
