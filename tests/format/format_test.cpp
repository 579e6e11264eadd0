// A format's context: the chosen value of each option it declared.

#include "format/format.h"

#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a format context gives the chosen value of a declared option", "[format]") {
    const HouseRules rules;
    const FormatSettings settings{{"dxf-version", "2000"}, {"kicad-version", "6"}};
    const FormatContext context{rules, settings};
    CHECK(context.option("dxf-version") == "2000");
    CHECK(context.option("kicad-version") == "6");
}

TEST_CASE("asking for an option no format declared is a programming error naming it", "[format]") {
    const HouseRules rules;
    const FormatSettings settings;
    const FormatContext context{rules, settings};
    try {
        context.option("colour-depth");
        FAIL("no exception");
    } catch (const std::logic_error& e) {
        CHECK(std::string(e.what()) == "format option --colour-depth was not declared");
    }
}
