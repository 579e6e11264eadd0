#pragma once
// A folder of the benchmark's own inside the --work folder, removed with everything in
// it when the benchmark ends, also on an error. Runs' output stays until then (about
// 20 GB): removing tens of thousands of files between runs would make the file system
// slower to create the next run's files for a while, and charge that to the next run. Only this folder is ever removed
// (and
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

private:
    std::filesystem::path parent_, dir_;
    bool madeParent_ = false;
    int next_ = 0;
};

}  // namespace partgen::bench
