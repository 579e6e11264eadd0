// How often a generate builds each variant, and what it does with a variant's own problems
// when the loader left them to the run.
#include <atomic>

#include "pipeline/formats.h"
#include "pipeline/run.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

// Builds through the repository's spec and counts every build.
class CountingSource : public VariantSource {
public:
    explicit CountingSource(std::shared_ptr<const VariantSource> inner) : inner_(std::move(inner)) {}
    Variant make(std::size_t source) const override {
        ++builds;
        return inner_->make(source);
    }
    Variant makeChecked(std::size_t source, Diagnostics& diagnostics) const override {
        ++builds;
        Variant v = inner_->makeChecked(source, diagnostics);
        if (v.number == failing) diagnostics.error(v.at, "a problem of " + v.number);
        return v;
    }
    mutable std::atomic<int> builds{0};
    std::string failing;

private:
    std::shared_ptr<const VariantSource> inner_;
};

struct CountedSpec {
    LoadedSpec spec;
    std::shared_ptr<CountingSource> counter;
};

CountedSpec countedRepositorySpec() {
    CountedSpec counted{test::repositorySpec(), nullptr};
    counted.counter = std::make_shared<CountingSource>(counted.spec.source);
    counted.spec.source = counted.counter;
    counted.spec.variantsChecked = false;
    return counted;
}

}  // namespace

TEST_CASE("a generate of every format builds each variant once", "[pipeline][run]") {
    test::ScratchDir dir;
    const CountedSpec counted = countedRepositorySpec();
    GenerateOptions options;
    options.outDir = dir / "out";
    options.jobs = 2;
    const GenerateReport report = generate(counted.spec, options);
    CHECK(report.diagnostics.sorted().empty());
    CHECK(report.variants == counted.spec.catalog.size());
    CHECK(counted.counter->builds == static_cast<int>(counted.spec.catalog.size()));
}

TEST_CASE("a run limited by --only builds the other variants of its family once, for the family files",
          "[pipeline][run]") {
    test::ScratchDir dir;
    const CountedSpec counted = countedRepositorySpec();
    GenerateOptions options;
    options.outDir = dir / "out";
    options.only = "770-744";
    options.formats = "resolved";
    CHECK(generate(counted.spec, options).variants == 1);
    CHECK(counted.counter->builds == 1);
    options.formats = "resolved,kicad-sym";
    CHECK(generate(counted.spec, options).variants == 1);
    CHECK(counted.counter->builds == 1 + static_cast<int>(counted.spec.catalog.size()));
}

TEST_CASE("a variant's own problem found while building stops the run before anything is written", "[pipeline][run]") {
    test::ScratchDir dir;
    CountedSpec counted = countedRepositorySpec();
    counted.counter->failing = "770-745";
    GenerateOptions options;
    options.outDir = dir / "out";
    const GenerateReport report = generate(counted.spec, options);
    REQUIRE(report.diagnostics.hasErrors());
    CHECK(formatDiagnostic(report.diagnostics.sorted().front()).find("a problem of 770-745") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out/resolved"));
    CHECK_FALSE(std::filesystem::exists(dir / "out/.partgen-manifest"));
}
