#pragma once
// `partgen generate`: runs the selected formats over the selected variants and brings
// the output folder up to date, or, with `check`, only reports what would change.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/formats.h"
#include "spec/load.h"

namespace partgen {

struct GenerateOptions {
    std::filesystem::path outDir = "output";
    std::string only = "*";  // glob over part numbers
    std::string formats;     // comma-separated; empty for all
    unsigned jobs = 1;
    bool check = false;
    OutputSettings settings;
    // Called after each variant with (done, total); for a progress display.
    std::function<void(std::size_t, std::size_t)> progress;
};

struct GenerateReport {
    std::size_t variants = 0;
    std::size_t written = 0;    // created or changed (with check: would be)
    std::size_t unchanged = 0;
    std::size_t removed = 0;    // (with check: would be)
    std::vector<std::string> changes;  // "created PATH", "changed PATH", "removed PATH", sorted by path
};

// Throws std::runtime_error for a bad --format and std::filesystem::filesystem_error
// (or std::runtime_error) for I/O failures; the output folder is then as it was.
GenerateReport generate(const LoadedSpec& spec, const GenerateOptions& options);

// Whether `number` matches the shell-style glob `pattern` ('*' also matches '/').
bool matchesGlob(const std::string& pattern, const std::string& number);

}  // namespace partgen
