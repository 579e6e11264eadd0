#include "tree_snapshot.h"

#include "pipeline/manifest.h"

namespace partgen::bench {

TreeSnapshot snapshotOf(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    TreeSnapshot snapshot;
    if (!fs::exists(dir)) return snapshot;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        const std::string path = entry.path().lexically_relative(dir).generic_string();
        if (path == manifestFileName) continue;
        snapshot[path] = {entry.last_write_time(), entry.file_size()};
    }
    return snapshot;
}

WrittenFiles writtenBetween(const TreeSnapshot& before, const TreeSnapshot& after) {
    WrittenFiles written;
    for (const auto& [path, stamp] : after) {
        const auto old = before.find(path);
        if (old != before.end() && old->second == stamp) continue;
        ++written.files;
        written.bytes += stamp.size;
    }
    return written;
}

}  // namespace partgen::bench
