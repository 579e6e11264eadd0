#pragma once
// Runs a program to completion and measures it the way the kernel accounts for it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace partgen::bench {

struct ChildResult {
    int exitCode = 0;             // 128 + signal number when a signal ended it
    std::string output;           // stdout and stderr, interleaved as written
    double seconds = 0;           // wall time from spawn to reaped
    std::uint64_t peakBytes = 0;  // the child's peak resident memory
};

// Runs `program` with `args` in `workingDir` through the probe (peak_probe.cpp), which
// reports the program's own peak memory; throws only when it cannot be started.
ChildResult runChild(const std::filesystem::path& program, const std::vector<std::string>& args,
                     const std::filesystem::path& workingDir);

}  // namespace partgen::bench
