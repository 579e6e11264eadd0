#include "model/decimal.h"

#include <cstdlib>

namespace partgen {
namespace {

std::uint64_t powerOfTen(int digits) {
    std::uint64_t p = 1;
    for (int i = 0; i < digits; ++i) p *= 10;
    return p;
}

std::string stripTrailingZeros(std::string fraction) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return fraction;
}

}  // namespace

std::string formatDecimal(std::int64_t steps, int scaleDigits, int maxDecimals) {
    if (maxDecimals > scaleDigits) maxDecimals = scaleDigits;
    const bool negative = steps < 0;
    // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(steps) : static_cast<std::uint64_t>(steps);

    const std::uint64_t drop = powerOfTen(scaleDigits - maxDecimals);
    magnitude = (magnitude / drop) + ((magnitude % drop) * 2 >= drop ? 1 : 0);

    const std::uint64_t unit = powerOfTen(maxDecimals);
    const std::uint64_t whole = magnitude / unit;
    std::string fraction = std::to_string(magnitude % unit);
    fraction = std::string(static_cast<std::size_t>(maxDecimals) - fraction.size(), '0') + fraction;
    fraction = maxDecimals > 0 ? stripTrailingZeros(fraction) : std::string();

    std::string text = (negative && (whole != 0 || !fraction.empty())) ? "-" : "";
    text += std::to_string(whole);
    if (!fraction.empty()) text += "." + fraction;
    return text;
}

}  // namespace partgen
