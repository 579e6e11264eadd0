#pragma once
// What files a folder holds, so that two looks at it tell which files a run wrote.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace partgen::bench {

struct FileStamp {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    bool operator==(const FileStamp&) const = default;
};

// Regular files by path relative to the folder, without partgen's manifest: it is
// bookkeeping, not library output. Empty when the folder does not exist.
using TreeSnapshot = std::map<std::string, FileStamp>;

TreeSnapshot snapshotOf(const std::filesystem::path& dir);

struct WrittenFiles {
    std::size_t files = 0;
    std::uint64_t bytes = 0;
};

// Files that are new in `after` or whose time or size differ from `before`.
WrittenFiles writtenBetween(const TreeSnapshot& before, const TreeSnapshot& after);

}  // namespace partgen::bench
