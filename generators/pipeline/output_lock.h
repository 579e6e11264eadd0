#pragma once
// One run at a time per output folder: a run that writes holds an exclusive lock on a
// file inside the folder (lockFileName) from before it reads the folder until after its
// last rename; `--check` holds a shared one. A second run fails at once, touching
// nothing, rather than waiting behind a run that may take minutes.

#include <filesystem>
#include <vector>

namespace partgen {

class OutputLock {
public:
    enum class Mode { write, read };

    // For writing, makes the folder (and the folders above it) when missing. For reading,
    // takes no lock where no run has ever written. Throws Error (outputBusy)
    // when another run holds the folder, Error (io) when the lock file cannot be made.
    OutputLock(const std::filesystem::path& outDir, Mode mode);
    // Releases the lock. Folders the lock made are removed again when the run left
    // nothing in them, so a failed first run leaves no trace.
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;

private:
    void removeWhatItMade();

    std::filesystem::path file_;
    int fd_ = -1;
    std::vector<std::filesystem::path> created_;  // outermost first
};

}  // namespace partgen
