#include "model/decimal.h"

#include <charconv>

namespace partgen {
namespace {

std::uint64_t powerOfTen(int digits) {
    std::uint64_t p = 1;
    for (int i = 0; i < digits; ++i) p *= 10;
    return p;
}

}  // namespace

char* writeDecimal(char* at, std::int64_t steps, int scaleDigits, int maxDecimals) {
    if (maxDecimals > scaleDigits) maxDecimals = scaleDigits;
    const bool negative = steps < 0;
    // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(steps) : static_cast<std::uint64_t>(steps);

    const std::uint64_t drop = powerOfTen(scaleDigits - maxDecimals);
    magnitude = (magnitude / drop) + ((magnitude % drop) * 2 >= drop ? 1 : 0);

    const std::uint64_t unit = powerOfTen(maxDecimals);
    const std::uint64_t whole = magnitude / unit;
    std::uint64_t fraction = magnitude % unit;
    int decimals = fraction == 0 ? 0 : maxDecimals;
    for (; decimals > 0 && fraction % 10 == 0; --decimals) fraction /= 10;

    char* end = at;
    if (negative && (whole != 0 || decimals > 0)) *end++ = '-';
    end = std::to_chars(end, at + 48, whole).ptr;
    if (decimals > 0) {
        *end++ = '.';
        // The fraction's digits, right-aligned in `decimals` places with leading zeros.
        for (int i = decimals - 1; i >= 0; --i, fraction /= 10) end[i] = static_cast<char>('0' + fraction % 10);
        end += decimals;
    }
    return end;
}

void appendDecimal(std::string& out, std::int64_t steps, int scaleDigits, int maxDecimals) {
    char text[48];
    out.append(text, static_cast<std::size_t>(writeDecimal(text, steps, scaleDigits, maxDecimals) - text));
}

std::string formatDecimal(std::int64_t steps, int scaleDigits, int maxDecimals) {
    std::string text;
    appendDecimal(text, steps, scaleDigits, maxDecimals);
    return text;
}

void appendInteger(std::string& out, std::int64_t value) {
    char text[24];
    out.append(text, static_cast<std::size_t>(std::to_chars(text, text + sizeof text, value).ptr - text));
}

}  // namespace partgen
