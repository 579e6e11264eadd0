#pragma once
// Runs `partgen generate` on the benchmark catalog, or `partgen panel` on a layout, and
// measures the run.

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

    // `partgen panel LAYOUT --out outFile` with the repository's parts/ and templates/;
    // the row's variants are the cutouts partgen checked. Throws as run() does.
    Measurement runPanel(const std::string& label, const std::filesystem::path& layout,
                         const std::filesystem::path& outFile) const;

private:
    // Runs partgen with `args`, counting what it wrote into `outDir`; `count` reads the
    // number of variants (or cutouts) from partgen's output.
    Measurement measure(const std::string& label, const std::vector<std::string>& args,
                        const std::filesystem::path& outDir, std::size_t (*count)(const std::string&)) const;

    std::filesystem::path partgen_;
    std::filesystem::path root_;
    std::ostream& progress_;
};

}  // namespace partgen::bench
