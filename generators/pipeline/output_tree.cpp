#include "pipeline/output_tree.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "model/error.h"
#include "pipeline/fault_point.h"
#include "pipeline/manifest.h"
#include "pipeline/safe_file.h"
#include "spec/file_bytes.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

void writeBytes(const fs::path& path, const std::string& bytes) {
    NewFile file(path);
    file.write(bytes);
    file.close();
}

// Compares pieces with a file's bytes as they come, reading no more than it is given.
class ByteComparer {
public:
    explicit ByteComparer(const fs::path& path) : in_(path, std::ios::binary), same_(in_.is_open()) {}

    void feed(std::string_view piece) {
        if (!same_) return;
        buffer_.resize(piece.size());
        in_.read(buffer_.data(), static_cast<std::streamsize>(piece.size()));
        same_ = static_cast<std::size_t>(in_.gcount()) == piece.size() && buffer_ == piece;
    }
    // Whether every piece matched and the file has nothing more.
    bool sameToEnd() { return same_ && in_.peek() == std::ifstream::traits_type::eof(); }

private:
    std::ifstream in_;
    bool same_;
    std::string buffer_;
};

// Writes `document` to the new file `temporary` (unless empty: a dry run) while comparing
// it with `target` (unless empty). Returns whether they are the same and the size.
std::pair<bool, std::int64_t> writeComparing(const StreamedDocument& document, const fs::path& target,
                                             const fs::path& temporary) {
    ByteComparer comparer(target);
    std::optional<NewFile> out;
    if (!temporary.empty()) out.emplace(temporary);
    std::int64_t size = 0;
    document.write([&](std::string_view piece) {
        comparer.feed(piece);
        if (out) out->write(piece);
        size += static_cast<std::int64_t>(piece.size());
    });
    if (out) out->close();
    return {!target.empty() && comparer.sameToEnd(), size};
}

}  // namespace

bool fileHasBytes(const fs::path& path, const std::string& bytes) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) != bytes.size()) return false;
    return readFileBytes(path) == bytes;
}

OutputTree::OutputTree(fs::path root, bool dryRun, Journal journal)
    : root_(root.lexically_normal()),
      dryRun_(dryRun),
      journal_(journal),
      temporaryEnd_("." + std::to_string(::getpid()) + temporarySuffix) {
    if (!root_.has_filename() && root_.has_parent_path()) root_ = root_.parent_path();  // "out/" -> "out"
}

OutputTree::~OutputTree() { rollback(); }

// Hidden, and unique to this process, so that no two runs ever share one.
fs::path OutputTree::temporaryFor(const fs::path& target) const {
    return target.parent_path() / ("." + target.filename().string() + temporaryEnd_);
}

FileChange OutputTree::stage(const Document& document) {
    const fs::path target = root_ / document.path;
    const bool exists = existsNotLink(target);
    if (exists && fileHasBytes(target, document.bytes)) return FileChange::unchanged;
    if (!dryRun_) writeBytes(stagingPath(target), document.bytes);
    return exists ? FileChange::changed : FileChange::created;
}

std::pair<FileChange, std::int64_t> OutputTree::stage(const StreamedDocument& document) {
    const fs::path target = root_ / document.path;
    const bool exists = existsNotLink(target);
    const fs::path temporary = dryRun_ ? fs::path() : stagingPath(target);
    try {
        const auto [same, size] = writeComparing(document, exists ? target : fs::path(), temporary);
        if (same && !dryRun_) unstage(target, temporary);
        return {same ? FileChange::unchanged : exists ? FileChange::changed : FileChange::created, size};
    } catch (...) {
        if (!dryRun_) unstage(target, temporary);
        throw;
    }
}

std::pair<FileChange, std::int64_t> OutputTree::stageLast(const StreamedDocument& document) {
    return stageLastOf(document, false);
}

std::pair<FileChange, std::int64_t> OutputTree::stageLastDroppingOld(const StreamedDocument& document) {
    return stageLastOf(document, true);
}

std::pair<FileChange, std::int64_t> OutputTree::stageLastOf(const StreamedDocument& document, bool dropOld) {
    const auto result = stage(document);
    const std::string target = (root_ / document.path).native();
    std::lock_guard lock(mutex_);
    const auto it = std::find(staged_.begin(), staged_.end(), target);
    if (it != staged_.end()) {  // else unchanged, or inside a folder that appears whole
        staged_.erase(it);
        stagedLast_.push_back(target);
        if (dropOld) droppedFirst_.push_back(target);
    }
    return result;
}

void OutputTree::dropOldRecords() {
    for (const auto& target : droppedFirst_) {
        std::error_code ec;  // a record that is not there is as good as removed
        fs::remove(target, ec);
        if (ec) throw fs::filesystem_error("cannot remove the old record", target, ec);
        faultPoint();
    }
    droppedFirst_.clear();
}

// A file whose folder exists is written beside its target under a temporary name and
// renamed at commit. A file in a folder this run creates is written there under its own
// name, the new folder being staged under a temporary name itself: one rename at commit
// brings in all its files, which for a fresh output tree is every file.
fs::path OutputTree::stagingPath(const fs::path& target) {
    std::lock_guard lock(mutex_);
    startJournal();
    const fs::path folder = folderNow(target.parent_path());
    if (folder != target.parent_path()) return folder / target.filename();
    staged_.push_back(target.native());
    return temporaryFor(target);
}

// Before the first temporary: a killed run's temporaries are then found and swept.
// A fresh output folder needs none, being a single temporary itself until commit.
void OutputTree::startJournal() {
    std::error_code ec;
    if (journalStarted_ || journal_ == Journal::none || !fs::is_directory(root_, ec)) return;
    NewFile(root_ / journalFileName).close();
    journalStarted_ = true;
    faultPoint();
}

// Where the folder `real` is while staging: itself when it exists; inside its parent's
// stand-in when the parent is new; else a stand-in of its own, made now. Looked up on
// disk once per folder, not once per file.
fs::path OutputTree::folderNow(const fs::path& real) {
    if (const auto found = folders_.find(real.native()); found != folders_.end()) return found->second;
    fs::path now = real;
    const bool isRoot = real == root_;
    if (isRoot)  // the folders above it are made for real (and removed on rollback)
        for (auto& made : createMissingFolders(root_.parent_path())) createdDirs_.push_back(std::move(made));
    const fs::path parent = isRoot ? real.parent_path() : folderNow(real.parent_path());
    if (!isRoot) refuseLink(real);  // the output folder itself may be a link the user made
    std::error_code ec;
    if (!isRoot && parent != real.parent_path()) {
        now = parent / real.filename();
        fs::create_directory(now);
    } else if (!fs::is_directory(real, ec)) {
        now = temporaryFor(real);
        fs::create_directory(now);
        standIns_.emplace_back(real, now);
    }
    folders_.emplace(real.native(), now);
    return now;
}

std::set<std::string> OutputTree::stagedAmong(const std::vector<std::string>& paths) {
    std::lock_guard lock(mutex_);
    std::set<std::string> asked;  // as staged_ holds them
    for (const auto& path : paths) asked.insert((root_ / path).native());
    std::set<std::string> found;
    for (const auto& target : staged_)
        if (asked.count(target)) found.insert(fs::path(target).lexically_relative(root_).string());
    for (const auto& path : paths) {  // files in a new folder are staged inside its stand-in
        const fs::path target = root_ / path;
        const auto folder = folders_.find(target.parent_path().native());
        std::error_code ec;
        if (folder != folders_.end() && folder->second != folder->first &&
            fs::exists(fs::symlink_status(folder->second / target.filename(), ec)))
            found.insert(path);
    }
    return found;
}

// Drops a staged copy that will not be committed: the file turned out unchanged, or its
// writer failed.
void OutputTree::unstage(const fs::path& target, const fs::path& temporary) {
    std::error_code ec;
    fs::remove(temporary, ec);
    std::lock_guard lock(mutex_);
    const auto it = std::find(staged_.begin(), staged_.end(), target.native());
    if (it != staged_.end()) staged_.erase(it);
}

// The new manifest in a temporary file; false (and no file) when it equals the old one.
bool OutputTree::writeRecord(const StreamedDocument& record, const fs::path& temporary) {
    const fs::path target = root_ / record.path;
    try {
        if (!writeComparing(record, existsNotLink(target) ? target : fs::path(), temporary).first) return true;
    } catch (...) {
        std::error_code ec;
        fs::remove(temporary, ec);
        throw;
    }
    fs::remove(temporary);
    return false;
}

void OutputTree::renameStaged() {
    std::sort(staged_.begin(), staged_.end());
    for (const auto& target : staged_) {
        fs::rename(temporaryFor(target), target);
        faultPoint();
    }
    staged_.clear();
    for (const auto& [real, temporary] : standIns_) {
        fs::rename(temporary, real);
        faultPoint();
    }
    standIns_.clear();
    folders_.clear();
    createdDirs_.clear();
}

void OutputTree::renameStagedLast() {
    for (const auto& target : stagedLast_) {
        fs::rename(temporaryFor(target), target);
        faultPoint();
    }
    stagedLast_.clear();
}

void OutputTree::remove(const std::vector<std::string>& removals) {
    for (const auto& path : removals) {
        const fs::path file = root_ / path;
        fs::remove(file);
        faultPoint();
        // Drop folders the removal left empty, but never the output folder itself.
        std::error_code ec;
        for (fs::path dir = file.parent_path(); dir != root_ && fs::is_empty(dir, ec) && !ec; dir = dir.parent_path())
            fs::remove(dir, ec);
    }
}

void OutputTree::commit(const std::vector<std::string>& removals, const StreamedDocument* record) {
    if (dryRun_) return;
    std::lock_guard lock(mutex_);
    const fs::path rootNow = folderNow(root_);
    if (rootNow != root_) {  // a fresh output folder: appears whole with its last rename
        if (record) writeComparing(*record, fs::path(), rootNow / record->path);
        return renameStaged();
    }
    for (const auto& path : removals)  // before the first change, so that a refusal changes nothing
        for (fs::path p = root_ / path; p != root_; p = p.parent_path()) refuseLink(p);
    const fs::path journal = root_ / journalFileName;
    const bool recordChanged = record && writeRecord(*record, temporaryFor(root_ / record->path));
    if (recordChanged) {
        fs::rename(temporaryFor(root_ / record->path), journal);
        journalStarted_ = true;
        faultPoint();
    } else if (staged_.empty() && stagedLast_.empty() && standIns_.empty() && removals.empty()) {
        return discardStaging();  // nothing to do; drops the empty journal
    } else {
        startJournal();
    }
    committing_ = true;
    try {
        dropOldRecords();
        renameStaged();
        remove(removals);
        renameStagedLast();
        if (recordChanged)
            fs::rename(journal, root_ / record->path);
        else if (journalStarted_)
            fs::remove(journal);
    } catch (const std::exception& e) {
        throw Error(ErrorCategory::interruptedCommit, e.what());
    }
    journalStarted_ = committing_ = false;
    faultPoint();
}

void OutputTree::rollback() {
    std::lock_guard lock(mutex_);
    discardStaging();
}

void OutputTree::discardStaging() {
    std::error_code ec;
    for (const auto& target : staged_) fs::remove(temporaryFor(target), ec);
    staged_.clear();
    for (const auto& target : stagedLast_) fs::remove(temporaryFor(target), ec);
    stagedLast_.clear();
    droppedFirst_.clear();
    for (const auto& [real, temporary] : standIns_) fs::remove_all(temporary, ec);
    standIns_.clear();
    folders_.clear();
    for (auto it = createdDirs_.rbegin(); it != createdDirs_.rend(); ++it) fs::remove(*it, ec);
    createdDirs_.clear();
    // A commit that stopped half-way leaves its journal for the next run to finish.
    if (journalStarted_ && !committing_) fs::remove(root_ / journalFileName, ec);
    journalStarted_ = false;
}

}  // namespace partgen
