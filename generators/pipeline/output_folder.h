#pragma once
// Whether a folder may be used as partgen's output folder, checked before anything is
// written: a mistyped --out must never turn the spec or a user's files into output.

#include <filesystem>
#include <vector>

namespace partgen {

// Throws Error (usage) when `outDir` is empty, a file system root, or the same
// as, inside or around one of `inputs` (the parts and templates folders).
void checkOutputChoice(const std::filesystem::path& outDir, const std::vector<std::filesystem::path>& inputs);

// Whether `a` and `b` name the same file: the same inode when both exist (a hard link
// too), else the same path once made absolute with links resolved as far as they exist.
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b);

// Whether `path` is `folder` or lies below it, links resolved as far as they exist.
bool isInside(const std::filesystem::path& path, const std::filesystem::path& folder);

// The folder inside the output folder where `partgen panel` writes by default. generate
// never writes there, and does not count it as a stranger's file.
inline constexpr const char* panelsFolderName = "panels";

// Throws Error (usage) when `outDir` holds anything (but partgen panel's folder) and
// has neither a manifest nor a journal: a folder partgen never wrote, whose files it
// would mix with its own. Called before the lock is taken, so that a refused folder does
// not even get a lock file.
void checkOutputOwned(const std::filesystem::path& outDir);

}  // namespace partgen
