#pragma once
// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name gives the same UUID on
// every run, so generated files never change by themselves.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace partgen {

std::array<std::uint8_t, 20> sha1(std::string_view data);

// The UUID of `name` in partgen's namespace, as 8-4-4-4-12 lowercase hex.
std::string uuidFor(std::string_view name);

}  // namespace partgen
