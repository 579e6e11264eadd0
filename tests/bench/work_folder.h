#pragma once
// A folder of the benchmark's own inside the --work folder, removed with everything in
// it when the benchmark ends, also on an error. Only this folder is ever removed (and
// --work itself when the benchmark made it and it is empty), so whatever else --work
// holds is safe.

#include <filesystem>
#include <string>

namespace partgen::bench {

class WorkFolder {
public:
    explicit WorkFolder(const std::filesystem::path& parent);
    ~WorkFolder();
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;

    // A path inside the folder that does not exist yet: every run starts fresh.
    std::filesystem::path freshPath(const std::string& name);

    // Frees the disk space of a run that is measured and no longer needed.
    void discard(const std::filesystem::path& path);

private:
    std::filesystem::path parent_, dir_;
    bool madeParent_ = false;
    int next_ = 0;
};

}  // namespace partgen::bench
