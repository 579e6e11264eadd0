#include "text/unit_names.h"

#include "spec/quantity_text.h"
#include "support/catch.h"

using namespace partgen;

TEST_CASE("each dimension's base unit is a unit of that dimension at one model unit", "[text][units]") {
    for (const Dimension d : {Dimension::length, Dimension::area, Dimension::voltage, Dimension::current,
                              Dimension::mass, Dimension::energy, Dimension::force, Dimension::temperature}) {
        INFO(dimensionName(d));
        const auto unit = findUnit(baseUnitSymbol(d));
        REQUIRE(unit);
        CHECK(unit->dimension == d);
        CHECK(unit->steps == Length::stepsPerUnit);
    }
}

TEST_CASE("dimensions have names for messages", "[text][units]") {
    CHECK(dimensionName(Dimension::area) == "cross-section");
    CHECK(baseUnitSymbol(Dimension::temperature) == "°C");
}
