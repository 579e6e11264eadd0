#pragma once
// A whole file as bytes, for readers and for comparing outputs.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace partgen {

// nullopt when the file cannot be read or is not a regular file (or a link to one):
// a FIFO or a device is never opened.
std::optional<std::string> readFileBytes(const std::filesystem::path& path);

// Spec and template files are small; a larger one is a mistake, refused before reading.
constexpr std::uintmax_t maxSpecFileBytes = 16 * 1024 * 1024;

// The bytes of a spec or template file: a regular file, or a link to one, of at most
// maxSpecFileBytes. Anything else is never opened (a FIFO would block, a device would
// not end); nullopt then, with `problem` saying why in words.
std::optional<std::string> readSpecFile(const std::filesystem::path& path, std::string& problem);

}  // namespace partgen
