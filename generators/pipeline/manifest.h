#pragma once
// The record of files partgen wrote into an output folder. Only files listed here
// are ever deleted, so a user's own files beside the outputs are safe. It also records
// what the last run was made from, so that running again on the same inputs can stop
// after checking the files are still there.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace partgen {

struct ManifestEntry {
    std::string format;
    std::string owner;  // the variant number that produced the file, or family:ID / catalog
    std::string path;   // relative to the output folder, '/'-separated
    std::int64_t size = -1;  // bytes as written; -1 when not recorded
    bool operator==(const ManifestEntry&) const = default;
};

struct Manifest {
    std::string inputs;  // digest of the run's inputs and options (pipeline/inputs.h); may be empty
    std::size_t variants = 0;  // variants that run generated
    std::vector<ManifestEntry> entries;
};

constexpr const char* manifestFileName = ".partgen-manifest";

// `outDir`'s manifest; empty when there is none; nullopt with `error` set when it cannot
// be read or names a path outside the folder. Reads the older form without sizes too.
std::optional<Manifest> readManifest(const std::filesystem::path& outDir, std::string& error);

// The manifest's bytes, entries sorted by path.
std::string manifestText(Manifest manifest);

// A relative path that stays inside the folder it is relative to.
bool isContainedPath(const std::string& path);

}  // namespace partgen
