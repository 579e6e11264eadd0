#pragma once
// The floor for partgen's STEP models: the same solids built and written with
// OpenCASCADE, the kernel most open-source CAD tools use. No OpenCASCADE header is
// included here, so only occt_baseline.cpp compiles against it.

#include <filesystem>
#include <vector>

#include "catalog_sample.h"
#include "measurement.h"

namespace partgen::bench {

// Builds and writes one STEP file per sampled model into the new folder `outDir`; the
// time covers building and writing, one model after another on one thread.
Measurement occtBaseline(const std::vector<SampledModel>& sample, const std::filesystem::path& outDir);

}  // namespace partgen::bench
