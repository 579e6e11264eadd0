#include "model/conductors.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("the clamping range spans every conductor class, each end with its AWG", "[model][conductors]") {
    Variant v;
    CHECK_FALSE(clampingRange(v));
    v.conductorSolid.set({{Area::fromSteps(500'000), Area::fromUnits(4)}, "20 ... 12"}, Provenance::datasheet, {});
    v.conductorFerruleInsulated.set({{Area::fromSteps(250'000), Area::fromSteps(1'500'000)}, "20 ... 16"},
                                    Provenance::datasheet, {});
    v.conductorFerrulePushIn.set({{Area::fromSteps(1'500'000), Area::fromSteps(1'500'000)}, "16"},
                                 Provenance::datasheet, {});
    const auto range = clampingRange(v);
    REQUIRE(range);
    CHECK(range->section.min == Area::fromSteps(250'000));
    CHECK(range->section.max == Area::fromUnits(4));
    CHECK(range->awg == "20 ... 12");
}

TEST_CASE("a single conductor size keeps a single AWG", "[model][conductors]") {
    Variant v;
    v.conductorSolid.set({{Area::fromUnits(4), Area::fromUnits(4)}, "12"}, Provenance::datasheet, {});
    CHECK(clampingRange(v)->awg == "12");
}
