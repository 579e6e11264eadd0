#pragma once
// Writes into the output folder in two phases so that a failed run leaves it as it
// was: stage() puts each changed file beside its target under a temporary name, or into
// a new folder that is itself under a temporary name; commit() renames them all into
// place; rollback() removes what staging made.
// Files whose bytes would not change are neither staged nor touched.

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"

namespace partgen {

enum class FileChange { unchanged, created, changed };

class OutputTree {
public:
    // With `dryRun`, stage() only compares and nothing is ever written.
    OutputTree(std::filesystem::path root, bool dryRun);
    ~OutputTree();  // rolls back whatever was staged and not committed

    // Thread-safe. Throws std::filesystem::filesystem_error on I/O failure.
    FileChange stage(const Document& document);
    // The same for a document written in pieces: they go to the temporary file as they
    // come and are compared with the target on the way, so neither is ever whole in
    // memory. Returns the change and the size written.
    std::pair<FileChange, std::int64_t> stage(const StreamedDocument& document);

    // Renames every staged file into place and deletes `removals` (relative paths).
    void commit(const std::vector<std::string>& removals);
    void rollback();

private:
    std::filesystem::path stagingPath(const std::filesystem::path& target);
    std::filesystem::path folderNow(const std::filesystem::path& real);
    void createAbove(const std::filesystem::path& dir);
    void unstage(const std::filesystem::path& target, const std::filesystem::path& temporary);

    std::filesystem::path root_;
    bool dryRun_;
    std::mutex mutex_;
    // Targets whose temporary file is written: plain strings, since a catalog stages tens
    // of thousands and a path object costs several allocations each.
    std::vector<std::string> staged_;
    std::map<std::string, std::filesystem::path> folders_;  // each folder staged into -> where it is now
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> standIns_;  // new folder, its stand-in
    std::vector<std::filesystem::path> createdDirs_;
};

// Whether `path` holds exactly `bytes`.
bool fileHasBytes(const std::filesystem::path& path, const std::string& bytes);

}  // namespace partgen
