#pragma once
// Test helpers: throw-away folders, file contents, the repository's own spec.

#include <filesystem>
#include <map>
#include <string>

namespace partgen::test {

// A fresh empty folder, removed with the object.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

std::filesystem::path sourceDir();  // the repository
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& bytes);

// Every regular file below `root` (relative path -> bytes), for before/after comparisons.
std::map<std::string, std::string> snapshot(const std::filesystem::path& root);

// The same without the review's changes page, whose bytes depend on the runs before it
// (review/changes_page.h), not on the spec alone: what every run of one spec must agree on.
std::map<std::string, std::string> specOutputs(const std::filesystem::path& root);

// Copies the repository's parts/ and templates/ into `dir`.
void copySpec(const std::filesystem::path& dir);

// Replaces the first occurrence of `from` in the file; fails the test if absent.
void replaceInFile(const std::filesystem::path& path, const std::string& from, const std::string& to);

}  // namespace partgen::test
