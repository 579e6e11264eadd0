#pragma once
// `partgen generate`: runs the selected formats over the selected variants and brings
// the output folder up to date, or, with `check`, only reports what would change.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/change_report.h"
#include "pipeline/formats.h"
#include "spec/load.h"

namespace partgen {

struct GenerateOptions {
    std::filesystem::path outDir = "output";
    std::string only = "*";  // glob over part numbers
    std::string formats;     // comma-separated; empty for all
    unsigned jobs = 1;
    bool check = false;
    bool force = false;  // replace files partgen did not write (listed in the report)
    // The formats' options (--kicad-version, ...) by name; an option not given takes
    // its default.
    FormatSettings settings;
    // The digest of the run's inputs (runInputs), recorded in the manifest so that the
    // same run again can stop early (unchangedRun); empty records nothing.
    std::string inputs;
    // The digest of partgen and the house rules of templates/ (runRules): with it, each
    // variant's fingerprint per format is recorded, and a variant whose fingerprint and
    // files are unchanged keeps its files without being made again (unless `reuse` is
    // off). Empty records and reuses nothing.
    std::string rules;
    bool reuse = true;
    // The run finishes one that was killed part-way (recoverInterruptedRun): the folder's
    // files are then no one run's, and the changes page shows no picture as "before".
    bool repairedKilledRun = false;
    // Called after each variant with (done, total); for a progress display.
    std::function<void(std::size_t, std::size_t)> progress;
};

struct GenerateReport {
    std::size_t variants = 0;
    std::size_t written = 0;  // created or changed (with check: would be)
    std::size_t unchanged = 0;
    std::size_t removed = 0;           // (with check: would be)
    std::vector<std::string> changes;  // "created PATH", "changed PATH", "removed PATH", sorted by path
    std::vector<std::string> foreign;  // files replaced (or, checking, to be) that partgen had not written
    // The variants' own problems, found while they were built when the loader deferred
    // them (LoadedSpec::variantsChecked). With an error among them nothing was written.
    Diagnostics diagnostics;
    // What changed in the values of the spec since the run that wrote the value record.
    ChangeReport valueChanges;
};

// Throws Error (usage) for a bad --format and Error (io) or std::filesystem::filesystem_error
// for I/O failures; the output folder is then as it was.
GenerateReport generate(const LoadedSpec& spec, const GenerateOptions& options);

// The inputs digest of a run of `options` over the spec `files` (specInputFiles): partgen's
// sources, the files' names and bytes, the formats, --only and the output settings.
// Empty when a file cannot be read.
std::string runInputs(const std::vector<std::filesystem::path>& files, const GenerateOptions& options);

// The rules digest of a run reading these rule files (ruleInputFiles). Empty when a file
// cannot be read.
std::string runRules(const std::vector<std::filesystem::path>& ruleFiles);

// The report of a run that would change nothing, when the output folder's manifest
// records a run of the same inputs (options.inputs) and every file that run covers is
// still there at the size it was written with. Found without loading the spec.
std::optional<GenerateReport> unchangedRun(const GenerateOptions& options);

// Whether `number` matches the shell-style glob `pattern` ('*' also matches '/').
bool matchesGlob(const std::string& pattern, const std::string& number);

}  // namespace partgen
