#include "pipeline/safe_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "model/error.h"

namespace partgen {
namespace fs = std::filesystem;

void throwSystemError(const char* what, const fs::path& path) {
    // In std::filesystem's words, which name the path and the system's reason.
    const fs::filesystem_error described(what, path, std::error_code(errno, std::system_category()));
    throw Error(ErrorCategory::io, described.what());
}

std::vector<fs::path> createMissingFolders(const fs::path& dir) {
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path p = dir; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) missing.insert(missing.begin(), p);
    // A folder another process made between the test and the creation is not ours to remove.
    std::vector<fs::path> made;
    for (const auto& p : missing)
        if (fs::create_directory(p)) made.push_back(p);
    return made;
}

bool existsNotLink(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::symlink_status(path, ec);
    if (fs::is_symlink(status))
        throw Error(ErrorCategory::outputRefused,
                    path.generic_string() +
                        " is a symbolic link; partgen does not write, replace or delete through links in "
                        "a folder it writes: replace it with a real folder or file, or remove it");
    return fs::exists(status);
}

void refuseLink(const fs::path& path) { existsNotLink(path); }

NewFile::NewFile(fs::path path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd_ < 0) throwSystemError("cannot create", path_);
}

NewFile::~NewFile() {
    if (fd_ >= 0) ::close(fd_);
}

void NewFile::write(std::string_view bytes) {
    if (buffer_.size() + bytes.size() > writeBufferSize) flush();
    if (bytes.size() >= writeBufferSize) return writeAll(bytes);
    buffer_.append(bytes);
}

void NewFile::flush() {
    writeAll(buffer_);
    buffer_.clear();
}

void NewFile::writeAll(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throwSystemError("cannot write", path_);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void NewFile::close() {
    flush();
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) throwSystemError("cannot write", path_);
}

}  // namespace partgen
