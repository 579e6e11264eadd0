#include "text/value_text.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("quantities are written in their base unit at full resolution", "[text][value]") {
    CHECK(valueText(Length::fromSteps(45'500'000)) == "45.5 mm");
    CHECK(valueText(Length::fromSteps(-1)) == "-0.000001 mm");
    CHECK(valueText(Voltage::fromUnits(6000)) == "6 kV");
    CHECK(quantityText(2'500'000, Dimension::area) == "2.5 mm²");
}

TEST_CASE("ranges write their minimum without a unit", "[text][value]") {
    CHECK(valueText(Range<Temperature>{Temperature::fromUnits(-35), Temperature::fromUnits(85)}) == "-35 ... 85 °C");
    CHECK(rangeText(500'000, 4'000'000, Dimension::area) == "0.5 ... 4 mm²");
}

TEST_CASE("tolerances write both signs", "[text][value]") {
    CHECK(valueText(Tolerance{Length::fromSteps(100'000), Length()}) == "+0.1 / -0 mm");
    CHECK(valueText(Tolerance{Length::fromSteps(200'000), Length::fromSteps(50'000)}) == "+0.2 / -0.05 mm");
}

TEST_CASE("conductor ranges add the AWG the datasheet gives", "[text][value]") {
    const Range<Area> section{Area::fromSteps(500'000), Area::fromUnits(4)};
    CHECK(valueText(ConductorRange{section, "20 ... 12"}) == "0.5 ... 4 mm² / 20 ... 12 AWG");
    CHECK(valueText(ConductorRange{section, ""}) == "0.5 ... 4 mm²");
    CHECK(valueText(ConductorRange{{Area::fromUnits(4), Area::fromUnits(4)}, "12"}) == "4 mm² / 12 AWG");
}

TEST_CASE("lists, kinds and counts are written as the spec writes them", "[text][value]") {
    CHECK(valueText(Labels{"1", "2", "PE"}) == "1 2 PE");
    CHECK(valueText(Labels{}).empty());
    CHECK(valueText(Approvals{{"UL", "UL 1977", "E45171"}, {"VDE", "EN 61984", "40012345"}}) ==
          "UL, UL 1977, E45171; VDE, EN 61984, 40012345");
    CHECK(valueText(Kind::snapInPlug) == "snap-in-plug");
    CHECK(valueText(12) == "12");
}

TEST_CASE("voltages from a kilovolt on are written in kV, as datasheets give them", "[text][value]") {
    CHECK(valueText(Voltage::fromUnits(6000)) == "6 kV");
    CHECK(valueText(Voltage::fromUnits(2500)) == "2.5 kV");
    CHECK(valueText(Voltage::fromUnits(1000)) == "1 kV");
    CHECK(valueText(Voltage::fromUnits(400)) == "400 V");
    CHECK(valueText(Voltage::fromSteps(999'500'000)) == "999.5 V");
}
