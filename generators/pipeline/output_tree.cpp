#include "pipeline/output_tree.h"

#include <algorithm>
#include <fstream>

#include "spec/file_bytes.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

// Hidden and fixed: a crash leaves at most one stray file or folder per target, which
// the next run overwrites.
fs::path temporaryFor(const fs::path& target) {
    return target.parent_path() / ("." + target.filename().string() + ".partgen-tmp");
}

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out)
        throw fs::filesystem_error("cannot write", path, std::make_error_code(std::errc::io_error));
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

}  // namespace

bool fileHasBytes(const fs::path& path, const std::string& bytes) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) != bytes.size()) return false;
    return readFileBytes(path) == bytes;
}

OutputTree::OutputTree(fs::path root, bool dryRun) : root_(root.lexically_normal()), dryRun_(dryRun) {
    if (!root_.has_filename() && root_.has_parent_path()) root_ = root_.parent_path();  // "out/" -> "out"
}

OutputTree::~OutputTree() { rollback(); }

FileChange OutputTree::stage(const Document& document) {
    const fs::path target = root_ / document.path;
    std::error_code ec;
    const bool exists = fs::exists(target, ec);
    if (exists && fileHasBytes(target, document.bytes)) return FileChange::unchanged;
    if (!dryRun_) writeBytes(stagingPath(target), document.bytes);
    return exists ? FileChange::changed : FileChange::created;
}

std::pair<FileChange, std::int64_t> OutputTree::stage(const StreamedDocument& document) {
    const fs::path target = root_ / document.path;
    std::error_code ec;
    const bool exists = fs::exists(target, ec);
    ByteComparer comparer(exists ? target : fs::path());
    const fs::path temporary = dryRun_ ? fs::path() : stagingPath(target);
    std::ofstream out;
    if (!dryRun_) out.open(temporary, std::ios::binary | std::ios::trunc);
    std::int64_t size = 0;
    try {
        document.write([&](std::string_view piece) {
            comparer.feed(piece);
            if (!dryRun_) out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            size += static_cast<std::int64_t>(piece.size());
        });
        if (!dryRun_) out.close();
        if (!dryRun_ && !out) throw fs::filesystem_error("cannot write", temporary, std::make_error_code(std::errc::io_error));
    } catch (...) {
        if (!dryRun_) unstage(target, temporary);
        throw;
    }
    if (exists && comparer.sameToEnd()) {
        if (!dryRun_) unstage(target, temporary);
        return {FileChange::unchanged, size};
    }
    return {exists ? FileChange::changed : FileChange::created, size};
}

// A file whose folder exists is written beside its target under a temporary name and
// renamed at commit. A file in a folder this run creates is written there under its own
// name, the new folder being staged under a temporary name itself: one rename at commit
// brings in all its files, which for a fresh output tree is every file.
fs::path OutputTree::stagingPath(const fs::path& target) {
    std::lock_guard lock(mutex_);
    const fs::path folder = folderNow(target.parent_path());
    if (folder != target.parent_path()) return folder / target.filename();
    staged_.push_back(target.native());
    return temporaryFor(target);
}

// Where the folder `real` is while staging: itself when it exists; inside its parent's
// stand-in when the parent is new; else a stand-in of its own, made now. Looked up on
// disk once per folder, not once per file.
fs::path OutputTree::folderNow(const fs::path& real) {
    if (const auto found = folders_.find(real.native()); found != folders_.end()) return found->second;
    fs::path now = real;
    const bool isRoot = real == root_;
    if (isRoot) createAbove(root_.parent_path());
    const fs::path parent = isRoot ? real.parent_path() : folderNow(real.parent_path());
    std::error_code ec;
    if (!isRoot && parent != real.parent_path()) {
        now = parent / real.filename();
        fs::create_directory(now);
    } else if (!fs::is_directory(real, ec)) {
        now = temporaryFor(real);
        fs::remove_all(now, ec);  // left by a run that crashed
        fs::create_directory(now);
        standIns_.emplace_back(real, now);
    }
    folders_.emplace(real.native(), now);
    return now;
}

// The folders above the output folder are made for real (and removed on rollback).
void OutputTree::createAbove(const fs::path& dir) {
    std::vector<fs::path> missing;
    for (fs::path p = dir; !p.empty() && !fs::exists(p); p = p.parent_path()) missing.push_back(p);
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        fs::create_directory(*it);
        createdDirs_.push_back(*it);
    }
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

void OutputTree::commit(const std::vector<std::string>& removals) {
    if (dryRun_) return;
    std::lock_guard lock(mutex_);
    std::sort(staged_.begin(), staged_.end());
    for (const auto& target : staged_) fs::rename(temporaryFor(target), target);
    staged_.clear();
    for (const auto& [real, temporary] : standIns_) fs::rename(temporary, real);
    standIns_.clear();
    folders_.clear();
    createdDirs_.clear();
    for (const auto& path : removals) {
        const fs::path file = root_ / path;
        fs::remove(file);
        // Drop folders the removal left empty, but never the output folder itself.
        std::error_code ec;
        for (fs::path dir = file.parent_path(); dir != root_ && fs::is_empty(dir, ec) && !ec; dir = dir.parent_path())
            fs::remove(dir, ec);
    }
}

void OutputTree::rollback() {
    std::lock_guard lock(mutex_);
    std::error_code ec;
    for (const auto& target : staged_) fs::remove(temporaryFor(target), ec);
    staged_.clear();
    for (const auto& [real, temporary] : standIns_) fs::remove_all(temporary, ec);
    standIns_.clear();
    folders_.clear();
    for (auto it = createdDirs_.rbegin(); it != createdDirs_.rend(); ++it) fs::remove(*it, ec);
    createdDirs_.clear();
}

}  // namespace partgen
