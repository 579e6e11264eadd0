#pragma once
// What decides a run's output bytes: partgen's own sources, the name and bytes of every
// file the spec is read from, and the options that shape the output. Two runs with the
// same digest write the same files.

#include <filesystem>
#include <string>
#include <vector>

namespace partgen {

// The SHA-1 of `text` in lower-case hex.
std::string hexSha1(const std::string& text);

// Hex digest; throws std::runtime_error when a file cannot be read.
std::string inputsDigest(const std::vector<std::filesystem::path>& files, const std::string& options);

}  // namespace partgen
