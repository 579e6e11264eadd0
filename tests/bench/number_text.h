#pragma once

#include <string>

namespace partgen::bench {

// `value` with `decimals` places, without touching any stream's formatting state.
std::string fixed(double value, int decimals);

}  // namespace partgen::bench
