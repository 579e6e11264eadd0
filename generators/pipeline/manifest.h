#pragma once
// The record of files partgen wrote into an output folder. Only files listed here
// are ever deleted, so a user's own files beside the outputs are safe. It also records
// what the last run was made from, so that running again on the same inputs can stop
// after checking the files are still there.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace partgen {

struct ManifestEntry {
    std::string format;
    std::string owner;       // the variant number that produced the file, or family:ID / catalog
    std::string path;        // relative to the output folder, '/'-separated
    std::int64_t size = -1;  // bytes as written; -1 when not recorded
    bool operator==(const ManifestEntry&) const = default;
};

struct ManifestHeader {
    std::string inputs;        // digest of the run's inputs and options (pipeline/inputs.h); may be empty
    std::size_t variants = 0;  // variants that run generated
};

struct Manifest : ManifestHeader {
    std::vector<ManifestEntry> entries;
};

constexpr const char* manifestFileName = ".partgen-manifest";
// Present while a run may have changed the folder and not finished: empty while files are
// staged, the new manifest while they are renamed into place (pipeline/recovery.h).
constexpr const char* journalFileName = ".partgen-journal";
// The file a run locks so that one run at a time writes into the folder.
constexpr const char* lockFileName = ".partgen-lock";
// Every temporary name partgen gives a file or folder in the output tree ends so.
constexpr const char* temporarySuffix = ".partgen-tmp";

// Reads `outDir`'s manifest one entry at a time, handing each to `visit`, and returns its
// header; an empty header when there is none; nullopt with `error` set when it cannot be
// read or names a path outside the folder. Reads the older form without sizes too.
std::optional<ManifestHeader> visitManifest(const std::filesystem::path& outDir,
                                            const std::function<void(const ManifestEntry&)>& visit, std::string& error);

// The header alone, read from the manifest's first lines: whether a run of the same inputs
// could stop early is known before any entry is read. Empty when there is no manifest;
// nullopt with `error` set when it cannot be read.
std::optional<ManifestHeader> readManifestHeader(const std::filesystem::path& outDir, std::string& error);

// The same for a manifest at `file` (a journal holds one too).
std::optional<ManifestHeader> visitManifestFile(const std::filesystem::path& file,
                                                const std::function<void(const ManifestEntry&)>& visit,
                                                std::string& error);

// The same, whole: for small folders and tests.
std::optional<Manifest> readManifest(const std::filesystem::path& outDir, std::string& error);

// An entry's line (without its '\n') as read back; nullopt when it is not one.
std::optional<ManifestEntry> parseManifestLine(const std::string& line);

// The manifest's first lines, and each entry's line (with its '\n').
std::string manifestHeaderText(const ManifestHeader& header);
void appendManifestLine(std::string& text, const ManifestEntry& entry);

// The whole manifest's bytes; entries in manifestOrder.
std::string manifestText(Manifest manifest);

// The order of a manifest's entries: by owner, then path. A run makes its files variant
// by variant, so it can write them in this order without holding them all.
bool manifestOrder(const ManifestEntry& a, const ManifestEntry& b);

// A relative path that stays inside the folder it is relative to.
bool isContainedPath(const std::string& path);

}  // namespace partgen
