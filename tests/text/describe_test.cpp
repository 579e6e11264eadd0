#include "text/describe.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Variant twoPoleSocket() {
    Variant v;
    v.kind.set(Kind::socket, Provenance::datasheet, {});
    v.poles.set(2, Provenance::datasheet, {});
    return v;
}

}  // namespace

TEST_CASE("a summary of kind and poles alone says just that", "[text][describe]") {
    CHECK(variantSummary(twoPoleSocket()) == "Socket, 2 poles.");
}

TEST_CASE("a summary names every value it has, in a fixed order", "[text][describe]") {
    Variant v = twoPoleSocket();
    v.coding.set("B", Provenance::datasheet, {});
    v.colour.set("gray", Provenance::datasheet, {});
    v.ratedCurrent.set(Current::fromUnits(16), Provenance::datasheet, {});
    v.conductorSolid.set({{Area::fromSteps(500'000), Area::fromUnits(4)}, "20 ... 12"}, Provenance::datasheet, {});
    v.pitch.set(Length::fromSteps(7'500'000), Provenance::datasheet, {});
    v.description.set("Push-in", Provenance::datasheet, {});
    CHECK(variantSummary(v) ==
          "Socket, 2 poles, coding B, gray, 16 A, conductors 0.5 ... 4 mm², pitch 7.5 mm.");  // not the maker's words
    v.ratedVoltage.set(Voltage::fromUnits(250), Provenance::datasheet, {});
    CHECK(variantSummary(v).find(", 250 V / 16 A,") != std::string::npos);
}

TEST_CASE("a summary quotes the clamp's range over every conductor class", "[text][describe]") {
    Variant v = twoPoleSocket();
    v.conductorSolid.set({{Area::fromSteps(500'000), Area::fromUnits(4)}, "20 ... 12"}, Provenance::datasheet, {});
    v.conductorFerruleInsulated.set({{Area::fromSteps(250'000), Area::fromSteps(1'500'000)}, "20 ... 16"},
                                    Provenance::datasheet, {});
    CHECK(variantSummary(v) == "Socket, 2 poles, conductors 0.25 ... 4 mm².");
}
