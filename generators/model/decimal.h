#pragma once
// Exact decimal text for integer step counts: the one number-to-text routine every
// writer builds its formatter on. Locale-free, fixed point, trailing zeros stripped,
// never scientific notation, never "-0".

#include <cstdint>
#include <string>

namespace partgen {

// Appends `steps` (counting 10^-scaleDigits units) rounded half away from zero to
// `maxDecimals`. Allocates nothing beyond `out`'s growth: the large writers (STEP, VRML)
// format hundreds of thousands of numbers per file.
void appendDecimal(std::string& out, std::int64_t steps, int scaleDigits, int maxDecimals);

// Writes the same text at `at`, which must have room for 48 characters; returns its end.
char* writeDecimal(char* at, std::int64_t steps, int scaleDigits, int maxDecimals);

// The same as a string.
std::string formatDecimal(std::int64_t steps, int scaleDigits, int maxDecimals);

// Appends a whole number.
void appendInteger(std::string& out, std::int64_t value);

// A quantity's value in its base unit with up to `maxDecimals` decimals.
template <class Q>
std::string formatUnits(Q q, int maxDecimals) {
    return formatDecimal(q.steps(), 6, maxDecimals);
}

}  // namespace partgen
