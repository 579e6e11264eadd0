#include "geometry/wide_int.h"

#include <cstdint>
#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

namespace {

WideInt wide(std::int64_t v) { return static_cast<WideInt>(v); }

// The defining inequalities, checked with products only.
bool isFloorRoot(WideInt root, WideInt n) { return root * root <= n && (root + 1) * (root + 1) > n; }
bool isNearestRoot(WideInt root, WideInt n) {
    return (2 * root - 1) * (2 * root - 1) < 4 * n && 4 * n < (2 * root + 1) * (2 * root + 1);
}

}  // namespace

TEST_CASE("the floor square root holds for squares, their neighbours and large numbers", "[geometry][wide-int]") {
    CHECK(floorSqrt(0) == 0);
    CHECK(floorSqrt(1) == 1);
    CHECK(floorSqrt(wide(999'999) * 999'999) == 999'999);
    CHECK(floorSqrt(wide(999'999) * 999'999 - 1) == 999'998);
    CHECK(floorSqrt(wide(1'000'000) * 1'000'000 - 1) == 999'999);
    const WideInt twoE30 = wide(2) * 1'000'000'000'000'000 * 1'000'000'000'000'000;
    CHECK(floorSqrt(twoE30) == 1'414'213'562'373'095);  // sqrt(2) = 1.414213562373095048...
    for (std::int64_t n = 0; n < 5000; n += 7) CHECK(isFloorRoot(floorSqrt(n), n));
    for (WideInt n = wide(1) << 100; n < (wide(1) << 100) + 1000; n += 37) CHECK(isFloorRoot(floorSqrt(n), n));
}

TEST_CASE("the rounded square root is the nearest integer", "[geometry][wide-int]") {
    CHECK(roundedSqrt(2) == 1);  // 1.414
    CHECK(roundedSqrt(3) == 2);  // 1.732
    CHECK(roundedSqrt(6) == 2);  // 2.449
    CHECK(roundedSqrt(7) == 3);  // 2.646
    CHECK(roundedSqrt(16) == 4);
    for (std::int64_t n = 1; n < 5000; n += 3) CHECK(isNearestRoot(roundedSqrt(n), n));
}

TEST_CASE("a square root of a negative number is refused", "[geometry][wide-int]") {
    CHECK_THROWS_AS(floorSqrt(-1), std::domain_error);
}
