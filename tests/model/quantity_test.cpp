#include "model/quantity.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("lengths are exact nanometres", "[model][quantity]") {
    CHECK(millimetres(1).steps() == 1'000'000);
    CHECK(nanometres(1).steps() == 1);
    CHECK(millimetres(10) * 4 + Length::fromSteps(5'500'000) == Length::fromSteps(45'500'000));
    CHECK(millimetres(2) - millimetres(3) == -millimetres(1));
    CHECK(millimetres(3).units() == 3.0);
    CHECK(millimetres(1) < millimetres(2));
}

TEST_CASE("ranges compare by both ends", "[model][quantity]") {
    const Range<Length> a{millimetres(1), millimetres(2)};
    CHECK(a == Range<Length>{millimetres(1), millimetres(2)});
    CHECK_FALSE(a == Range<Length>{millimetres(1), millimetres(3)});
}
