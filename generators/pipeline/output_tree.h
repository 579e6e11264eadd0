#pragma once
// Writes into the output folder in two phases so that a failed run leaves it as it
// was: stage() puts each changed file beside its target under a temporary name, or into
// a new folder that is itself under a temporary name; commit() renames them all into
// place; rollback() removes what staging made.
// Files whose bytes would not change are neither staged nor touched. Nothing is written,
// replaced or deleted through a symbolic link inside the folder.
//
// A kill can fall anywhere, so the folder keeps a journal (journalFileName) while it may
// hold temporaries or a half-done commit: created empty before the first temporary, it
// becomes the new manifest before the first rename, and that becomes the manifest only
// after the last rename and removal. recoverInterruptedRun() (pipeline/recovery.h)
// finishes the job for the next run.

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
    // Whether the folder keeps a journal for recoverInterruptedRun(): an output folder
    // does; a single file replaced in a folder of the user's (an imported family file)
    // needs none, and must leave no journal behind there.
    enum class Journal { kept, none };

    // With `dryRun`, stage() only compares and nothing is ever written.
    OutputTree(std::filesystem::path root, bool dryRun, Journal journal = Journal::kept);
    ~OutputTree();  // rolls back whatever was staged and not committed

    // Thread-safe. Throws Error (io) or std::filesystem::filesystem_error on I/O failure
    // and Error (outputRefused) for a symbolic link in the way.
    FileChange stage(const Document& document);
    // The same for a document written in pieces: they go to the temporary file as they
    // come and are compared with the target on the way, so neither is ever whole in
    // memory. Returns the change and the size written.
    std::pair<FileChange, std::int64_t> stage(const StreamedDocument& document);

    // The same for a record of the other files (the value record): renamed into place
    // only after every other file and removal of the commit, so that a kill leaves the
    // old record beside files that may be new, never the new one beside old files.
    std::pair<FileChange, std::int64_t> stageLast(const StreamedDocument& document);
    // The same for a record that holds only for a whole commit (the fingerprint record):
    // when it changes, its old version is removed before the commit's first rename, so a
    // kill during the commit leaves no record rather than the old one beside new files.
    std::pair<FileChange, std::int64_t> stageLastDroppingOld(const StreamedDocument& document);

    // Of `paths` (relative to the folder), those staged to be created or replaced: asked
    // before commit(), while the folder still holds what was there before.
    std::set<std::string> stagedAmong(const std::vector<std::string>& paths);

    // Renames every staged file into place, deletes `removals` (relative paths), renames
    // the files staged last and, when `record` is given, makes it the folder's manifest,
    // last of all.
    void commit(const std::vector<std::string>& removals, const StreamedDocument* record = nullptr);
    void rollback();

private:
    std::filesystem::path temporaryFor(const std::filesystem::path& target) const;
    std::filesystem::path stagingPath(const std::filesystem::path& target);
    std::filesystem::path folderNow(const std::filesystem::path& real);
    void unstage(const std::filesystem::path& target, const std::filesystem::path& temporary);
    void startJournal();
    bool writeRecord(const StreamedDocument& record, const std::filesystem::path& temporary);
    std::pair<FileChange, std::int64_t> stageLastOf(const StreamedDocument& document, bool dropOld);
    void dropOldRecords();
    void renameStaged();
    void renameStagedLast();
    void remove(const std::vector<std::string>& removals);
    void discardStaging();

    std::filesystem::path root_;
    bool dryRun_;
    Journal journal_;
    std::string temporaryEnd_;  // unique to this process
    std::mutex mutex_;
    bool journalStarted_ = false;
    bool committing_ = false;  // from the first rename of a commit to its last step
    // Targets whose temporary file is written: plain strings, since a catalog stages tens
    // of thousands and a path object costs several allocations each.
    std::vector<std::string> staged_;
    std::vector<std::string> stagedLast_;                   // by stageLast()
    std::vector<std::string> droppedFirst_;                 // of those, records removed before the renames
    std::map<std::string, std::filesystem::path> folders_;  // each folder staged into -> where it is now
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> standIns_;  // new folder, its stand-in
    std::vector<std::filesystem::path> createdDirs_;
};

// Whether `path` holds exactly `bytes`.
bool fileHasBytes(const std::filesystem::path& path, const std::string& bytes);

}  // namespace partgen
