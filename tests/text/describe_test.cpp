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

TEST_CASE("estimated values are listed by spec name and noted in plain words", "[text][describe]") {
    Variant v = twoPoleSocket();
    CHECK(estimatedFields(v).empty());
    v.cutoutHeight.set(millimetres(15), Provenance::estimated, {});
    v.cutoutWidth.set(millimetres(40), Provenance::estimated, {});
    v.pitch.set(millimetres(10), Provenance::derived, {});
    CHECK(estimatedFields(v) == std::vector<std::string>{"cutout-width", "cutout-height"});
    CHECK(estimateNote(v) == " Cutout size estimated, not from the datasheet.");
    v.marking.set({"PE", "L"}, Provenance::estimated, {});
    v.ratedCurrent.set(Current::fromUnits(16), Provenance::estimated, {});
    CHECK(estimateNote(v) == " Pole marking, cutout size and rated current estimated, not from the datasheet.");
    CHECK(estimateNote(twoPoleSocket()).empty());
}
