#pragma once
// Whether a folder may be used as partgen's output folder, checked before anything is
// written: a mistyped --out must never turn the spec or a user's files into output.

#include <filesystem>
#include <vector>

namespace partgen {

// Throws Error (usage) when `outDir` is empty, a file system root, or the same
// as, inside or around one of `inputs` (the parts and templates folders).
void checkOutputChoice(const std::filesystem::path& outDir, const std::vector<std::filesystem::path>& inputs);

// Throws Error (usage) when `outDir` holds anything but has neither a manifest nor
// a journal: a folder partgen never wrote, whose files it would mix with its own. Called
// before the lock is taken, so that a refused folder does not even get a lock file.
void checkOutputOwned(const std::filesystem::path& outDir);

}  // namespace partgen
