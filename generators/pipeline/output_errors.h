#pragma once
// How writing the output folder can fail, beyond a plain I/O error before any change
// (std::filesystem::filesystem_error). The command line gives each its own words.

#include <stdexcept>

namespace partgen {

// The folder is not in a state partgen may write into as asked: another run holds it, a
// symbolic link is in the way, or a file partgen did not write would be replaced.
// Raised before anything is changed.
struct OutputRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// An I/O error after the first rename of a commit: the folder holds old and new files,
// and its journal makes the next run finish the job.
struct CommitInterrupted : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace partgen
