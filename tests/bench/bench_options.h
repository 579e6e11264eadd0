#pragma once
// The benchmark's command line.

#include <cstddef>
#include <filesystem>
#include <optional>

namespace partgen::bench {

struct BenchOptions {
    std::filesystem::path partgen;  // the executable under test
    std::filesystem::path root;     // repository root: partgen runs there, beside templates/
    std::filesystem::path work;     // run folders are made, and removed, inside it
    std::size_t occtModels = 200;   // catalog variants the OpenCASCADE baseline builds
    int repeats = 3;                // fresh runs of each kind; the median counts
};

// Nullopt after printing the usage for --help; throws on bad arguments.
std::optional<BenchOptions> parseBenchOptions(int argc, char** argv);

}  // namespace partgen::bench
