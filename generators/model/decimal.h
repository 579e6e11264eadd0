#pragma once
// Exact decimal text for integer step counts: the one number-to-text routine every
// writer builds its formatter on. Locale-free, fixed point, trailing zeros stripped,
// never scientific notation, never "-0".

#include <cstdint>
#include <string>

namespace partgen {

// `steps` counts 10^-scaleDigits units; rounds half away from zero to `maxDecimals`.
std::string formatDecimal(std::int64_t steps, int scaleDigits, int maxDecimals);

// A quantity's value in its base unit with up to `maxDecimals` decimals.
template <class Q>
std::string formatUnits(Q q, int maxDecimals) {
    return formatDecimal(q.steps(), 6, maxDecimals);
}

}  // namespace partgen
