#include "pipeline/output_tree.h"

#include <algorithm>
#include <fstream>

#include "spec/file_bytes.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

fs::path temporaryFor(const fs::path& target) {
    // Hidden and fixed: a crash leaves at most one stray file per target, which the
    // next run overwrites.
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
    if (!dryRun_) {
        createParents(target.parent_path());
        const fs::path temporary = temporaryFor(target);
        writeBytes(temporary, document.bytes);
        keep(target);
    }
    return exists ? FileChange::changed : FileChange::created;
}

std::pair<FileChange, std::int64_t> OutputTree::stage(const StreamedDocument& document) {
    const fs::path target = root_ / document.path;
    std::error_code ec;
    const bool exists = fs::exists(target, ec);
    ByteComparer comparer(exists ? target : fs::path());
    const fs::path temporary = temporaryFor(target);
    std::ofstream out;
    if (!dryRun_) {
        createParents(target.parent_path());
        out.open(temporary, std::ios::binary | std::ios::trunc);
    }
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
        if (!dryRun_) fs::remove(temporary, ec);
        throw;
    }
    if (exists && comparer.sameToEnd()) {
        if (!dryRun_) fs::remove(temporary, ec);
        return {FileChange::unchanged, size};
    }
    if (!dryRun_) keep(target);
    return {exists ? FileChange::changed : FileChange::created, size};
}

void OutputTree::keep(const fs::path& target) {
    std::lock_guard lock(mutex_);
    staged_.push_back(target.native());
}

void OutputTree::createParents(const fs::path& dir) {
    std::lock_guard lock(mutex_);
    std::vector<fs::path> missing;
    for (fs::path p = dir; !p.empty() && !fs::exists(p); p = p.parent_path()) missing.push_back(p);
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        fs::create_directory(*it);
        createdDirs_.push_back(*it);
    }
}

void OutputTree::commit(const std::vector<std::string>& removals) {
    if (dryRun_) return;
    std::lock_guard lock(mutex_);
    std::sort(staged_.begin(), staged_.end());
    for (const auto& target : staged_) fs::rename(temporaryFor(target), target);
    staged_.clear();
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
    for (auto it = createdDirs_.rbegin(); it != createdDirs_.rend(); ++it) fs::remove(*it, ec);
    createdDirs_.clear();
}

}  // namespace partgen
