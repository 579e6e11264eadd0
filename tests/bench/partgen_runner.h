#pragma once
// Runs `partgen generate` on the benchmark catalog and measures the run.

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "measurement.h"

namespace partgen::bench {

// The catalog partgen reads, relative to the repository root.
inline constexpr const char* catalogDir = "tests/bench";

class PartgenRunner {
public:
    PartgenRunner(std::filesystem::path partgen, std::filesystem::path root, std::ostream& progress);

    // `partgen generate --parts PARTS --out outDir` plus `options`, run from the
    // repository root; PARTS is tests/bench unless given. Throws with partgen's output
    // when partgen fails.
    Measurement run(const std::string& label, const std::vector<std::string>& options,
                    const std::filesystem::path& outDir, const std::filesystem::path& parts = catalogDir) const;

private:
    std::filesystem::path partgen_;
    std::filesystem::path root_;
    std::ostream& progress_;
};

}  // namespace partgen::bench
