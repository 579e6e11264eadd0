#include "copy_baseline.h"

#include <chrono>

#include "settle_disk.h"
#include "tree_snapshot.h"

namespace partgen::bench {

Measurement copyBaseline(const std::filesystem::path& from, const std::filesystem::path& to, std::size_t variants) {
    settleDisk();
    const auto start = std::chrono::steady_clock::now();
    std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const WrittenFiles copied = writtenBetween({}, snapshotOf(to));
    return {"copy of all formats' output", variants, seconds, copied.bytes, copied.files, std::nullopt};
}

}  // namespace partgen::bench
