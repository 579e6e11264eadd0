#pragma once
// The benchmark's runs, in the order they depend on each other.

#include <iosfwd>
#include <vector>

#include "bench_options.h"
#include "measurement.h"

namespace partgen::bench {

struct BenchResults {
    std::vector<Measurement> perFormat;  // each format alone, --jobs 1, in partgen's order
    Measurement stepAlone;               // the `step` row of perFormat
    Measurement allJobs1, allJobs2;      // every format, fresh output
    Measurement noOp;                    // allJobs2 again over its own output
    Measurement oneRule;                 // allJobs2's output regenerated after one series rule changed
    Measurement quarter;                 // allJobs2 over the first quarter of the catalog's rules
    Measurement copy;                    // copying allJobs2's output
    Measurement occt;                    // OpenCASCADE building a sample of the models
    Measurement panelSmall, panelLarge;  // `partgen panel` of panelSmallCutouts and panelLargeCutouts
};

// A panel check that tried every pair would take a hundred times as long for ten times
// the cutouts; n log n takes about ten times.
inline constexpr std::size_t panelSmallCutouts = 1'000;
inline constexpr std::size_t panelLargeCutouts = 10'000;

// Throws when partgen fails or a baseline cannot run; `progress` hears of every run.
BenchResults runBench(const BenchOptions& options, std::ostream& progress);

}  // namespace partgen::bench
