#pragma once
// A whole file as bytes, for readers and for comparing outputs.

#include <filesystem>
#include <optional>
#include <string>

namespace partgen {

// nullopt when the file cannot be read.
std::optional<std::string> readFileBytes(const std::filesystem::path& path);

}  // namespace partgen
