#pragma once
// One row of the benchmark's table: what a run did and what it cost.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace partgen::bench {

struct Measurement {
    std::string label;
    std::size_t variants = 0;
    double seconds = 0;
    std::uint64_t bytesWritten = 0;  // excluding partgen's manifest
    std::size_t filesWritten = 0;
    // Peak resident memory of the child process; none for the baselines, which run
    // inside the benchmark itself.
    std::optional<std::uint64_t> peakBytes;

    double variantsPerSecond() const { return seconds > 0 ? static_cast<double>(variants) / seconds : 0; }
    double msPerVariant() const { return variants > 0 ? seconds * 1000 / static_cast<double>(variants) : 0; }
};

}  // namespace partgen::bench
