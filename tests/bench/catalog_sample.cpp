#include "catalog_sample.h"

#include <algorithm>
#include <random>
#include <stdexcept>

#include "partgen_runner.h"
#include "pipeline/formats.h"
#include "spec/load.h"

namespace partgen::bench {
namespace {

constexpr std::mt19937::result_type sampleSeed = 1;

}  // namespace

std::vector<SampledModel> sampleCatalog(const std::filesystem::path& root, std::size_t count) {
    const LoadedSpec spec = loadSpec(root / catalogDir, root / "templates", specReaders());
    if (spec.diagnostics.hasErrors()) throw std::runtime_error("the benchmark catalog has errors; run partgen check");
    // Random, not every n-th: the catalog repeats its 11 pole counts in order, so a
    // stride that is a multiple of 11 would sample one pole count only. A fixed seed
    // keeps the sample the same from run to run.
    std::vector<std::size_t> picked;
    std::vector<std::size_t> all(spec.catalog.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    std::sample(all.begin(), all.end(), std::back_inserter(picked), count, std::mt19937(sampleSeed));

    std::vector<SampledModel> sample;
    for (const std::size_t i : picked) {
        const Variant v = spec.variant(i);
        const LayoutResult result = connectorLayout(v, spec.rules.get<ModelRules>());
        if (!result.layout) throw std::runtime_error(v.number + ": " + result.problems.front());
        sample.push_back({v.fileStem, *result.layout});
    }
    return sample;
}

}  // namespace partgen::bench
