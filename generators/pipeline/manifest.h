#pragma once
// The record of files partgen wrote into an output folder. Only files listed here
// are ever deleted, so a user's own files beside the outputs are safe.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace partgen {

struct ManifestEntry {
    std::string format;
    std::string owner;  // the variant number that produced the file
    std::string path;   // relative to the output folder, '/'-separated
    bool operator==(const ManifestEntry&) const = default;
};

constexpr const char* manifestFileName = ".partgen-manifest";

// Entries of `outDir`'s manifest; empty when there is none; nullopt with `error` set
// when it cannot be read or names a path outside the folder.
std::optional<std::vector<ManifestEntry>> readManifest(const std::filesystem::path& outDir, std::string& error);

// The manifest's bytes for `entries`, sorted by path.
std::string manifestText(std::vector<ManifestEntry> entries);

// A relative path that stays inside the folder it is relative to.
bool isContainedPath(const std::string& path);

}  // namespace partgen
