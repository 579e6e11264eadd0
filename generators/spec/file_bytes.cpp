#include "spec/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>

namespace partgen {
namespace {

std::string fileTypeName(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a file";
}

std::string sizeLimitText(std::uintmax_t maxBytes) {
    return "a spec file may have at most " + std::to_string(maxBytes) + " (" + std::to_string(maxBytes >> 20) + " MiB)";
}

// Why a file of this type and size may not be read; empty when it may.
std::string typeProblem(const struct stat& info, std::uintmax_t maxBytes) {
    if (!S_ISREG(info.st_mode)) return "it is " + fileTypeName(info.st_mode) + ", not a regular file";
    if (static_cast<std::uintmax_t>(info.st_size) > maxBytes)
        return "it has " + std::to_string(info.st_size) + " bytes; " + sizeLimitText(maxBytes);
    return {};
}

// Why stat failed, telling a link to nothing from a missing file.
std::string statProblem(const std::filesystem::path& path, int error) {
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
        return "it is a link to a file that does not exist";
    if (error == ENOENT) return "it does not exist";
    return std::strerror(error);
}

// Reads to the end, but never more than `maxBytes`: a file that grew after the check is still caught.
std::optional<std::string> readOpened(int fd, std::uintmax_t maxBytes, std::string& problem) {
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            problem = std::strerror(errno);
            return std::nullopt;
        }
        if (got == 0) return bytes;
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > maxBytes) {
            problem = "it has more than " + std::to_string(maxBytes) + " bytes; " + sizeLimitText(maxBytes);
            return std::nullopt;
        }
    }
}

// The type is checked before opening, so a FIFO is never opened (it would block until a
// writer came) and a device never read (/dev/zero does not end).
std::optional<std::string> readRegularFile(const std::filesystem::path& path, std::uintmax_t maxBytes,
                                           std::string& problem) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        problem = statProblem(path, errno);
        return std::nullopt;
    }
    if (problem = typeProblem(info, maxBytes); !problem.empty()) return std::nullopt;
    // O_NONBLOCK: should the file have become a FIFO since the check, open does not wait.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        problem = std::strerror(errno);
        return std::nullopt;
    }
    std::optional<std::string> bytes;
    if (::fstat(fd, &info) != 0)
        problem = std::strerror(errno);
    else if (problem = typeProblem(info, maxBytes); problem.empty())
        bytes = readOpened(fd, maxBytes, problem);
    ::close(fd);
    return bytes;
}

}  // namespace

std::optional<std::string> readFileBytes(const std::filesystem::path& path) {
    std::string problem;
    return readRegularFile(path, std::numeric_limits<std::uintmax_t>::max(), problem);
}

std::optional<std::string> readSpecFile(const std::filesystem::path& path, std::string& problem) {
    return readRegularFile(path, maxSpecFileBytes, problem);
}

}  // namespace partgen
