#pragma once
// Files partgen creates inside the output folder: always new (O_EXCL), never through a
// symbolic link (O_NOFOLLOW), and every failure reported with the system's own reason
// ("No space left on device", "Permission denied"), not a generic I/O error.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace partgen {

class NewFile {
public:
    // Throws Error (io) when `path` exists (a link included) or
    // cannot be made.
    explicit NewFile(std::filesystem::path path);
    ~NewFile();  // closes a file not closed yet, ignoring errors (a failed run removes it)
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    // Gathered into pieces of writeBufferSize: the manifest and the family files come a
    // line or an entry at a time, and a system call for each cost more than the bytes.
    void write(std::string_view bytes);
    // Writes what is gathered, then reports what the system says at close (some file
    // systems fail only there).
    void close();

private:
    void flush();
    void writeAll(std::string_view bytes);

    std::filesystem::path path_;
    int fd_;
    std::string buffer_;
};

inline constexpr std::size_t writeBufferSize = 1 << 16;

// The system's error for the last failed call (errno), as an Error (io) about `path`.
[[noreturn]] void throwSystemError(const char* what, const std::filesystem::path& path);

// Makes `dir` and every missing folder above it; returns those it made, outermost first.
std::vector<std::filesystem::path> createMissingFolders(const std::filesystem::path& dir);

// Throws Error (outputRefused) when `path` is a symbolic link: partgen writes, replaces and
// deletes only real files and folders inside the output folder.
void refuseLink(const std::filesystem::path& path);

// Whether `path` exists, found with the same one look at the disk as refuseLink (a file
// staged on every run is looked at once, not twice).
bool existsNotLink(const std::filesystem::path& path);

}  // namespace partgen
