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
    // Releases the lock. Unless the run kept them, the lock file and the folders this lock
    // made are removed again (folders only when empty), so a run that fails or is refused
    // leaves the folder as it found it.
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;

    // The run succeeded: the lock file stays for the runs that follow, `--check` among them.
    void keep() { kept_ = true; }

private:
    void openWritable(const std::filesystem::path& outDir);
    void removeWhatItMade();

    std::filesystem::path file_;
    int fd_ = -1;
    bool createdFile_ = false;
    bool kept_ = false;
    std::vector<std::filesystem::path> created_;  // outermost first
};

}  // namespace partgen
