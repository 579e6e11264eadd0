#include "drawing/dxf_bulge.h"

#include "geometry/wide_int.h"
#include "model/decimal.h"

namespace partgen {
namespace {

constexpr int bulgeDecimals = 15;
constexpr std::int64_t one = 1'000'000'000'000'000;  // 1 in units of 10^-15

// sqrt(2) in units of 10^-15, exactly rounded: sqrt(2 * 10^30).
std::int64_t rootTwo() { return static_cast<std::int64_t>(roundedSqrt(static_cast<WideInt>(2) * one * one)); }

// tan(n * 22.5 degrees) for a sweep of n quarter turns, 1 <= n <= 3: sqrt(2) - 1, 1,
// sqrt(2) + 1. Adding a whole number to the rounded root keeps it exactly rounded.
std::int64_t bulgeOfQuarters(int n) {
    if (n == 2) return one;
    return n == 1 ? rootTwo() - one : rootTwo() + one;
}

}  // namespace

std::string dxfBulge(const Arc& arc) {
    const int sweep = sweepOf(arc).count;
    const std::int64_t size = bulgeOfQuarters(sweep < 0 ? -sweep : sweep);
    return formatDecimal(sweep < 0 ? -size : size, bulgeDecimals, bulgeDecimals);
}

}  // namespace partgen
