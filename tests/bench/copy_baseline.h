#pragma once
// The floor for writing a library: copying one that exists, byte for byte, on one thread.

#include <cstddef>
#include <filesystem>

#include "measurement.h"

namespace partgen::bench {

// Copies the tree `from` (the output of `variants` variants) to the new folder `to`.
Measurement copyBaseline(const std::filesystem::path& from, const std::filesystem::path& to, std::size_t variants);

}  // namespace partgen::bench
