#include "work_folder.h"

#include <unistd.h>

#include <iostream>
#include <stdexcept>

namespace partgen::bench {

// The process id in the name keeps two benchmarks sharing --work apart.
WorkFolder::WorkFolder(const std::filesystem::path& parent)
    : parent_(parent), dir_(parent / ("partgen-bench-" + std::to_string(getpid()))) {
    madeParent_ = std::filesystem::create_directories(parent_);
    if (!std::filesystem::create_directory(dir_)) throw std::runtime_error(dir_.string() + " already exists");
}

WorkFolder::~WorkFolder() {
    std::error_code error;
    std::filesystem::remove_all(dir_, error);
    if (error) std::cerr << "partgen_bench: could not remove " << dir_.string() << ": " << error.message() << "\n";
    // remove() takes only an empty folder: another benchmark's folder beside ours stays.
    if (madeParent_) std::filesystem::remove(parent_, error);
}

std::filesystem::path WorkFolder::freshPath(const std::string& name) {
    // Numbered in run order, so the folders can be followed while the benchmark runs.
    ++next_;
    const std::string number = (next_ < 10 ? "0" : "") + std::to_string(next_);
    return dir_ / (number + "-" + name);
}

}  // namespace partgen::bench
