// Text as EPLAN's parts import reads it: multilingual strings ended by ';', numbers with
// a decimal point in millimetres and kilograms, part numbers from the templates' pattern.

#include "eplan/eplan_text.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("multilingual EPLAN text cannot be cut short by a semicolon", "[eplan]") {
    CHECK(multilingual({"a; b", "c"}) == "de_DE@a, b;en_US@c;");
}

TEST_CASE("multilingual EPLAN text gives German first, each language ended by a semicolon", "[eplan]") {
    CHECK(multilingual({"Buchse", "socket"}) == "de_DE@Buchse;en_US@socket;");
    CHECK(multilingual({"", ""}) == "de_DE@;en_US@;");
}

TEST_CASE("EPLAN millimetres are plain decimals without trailing zeros", "[eplan]") {
    CHECK(millimetreText(Length::fromSteps(45'500'000)) == "45.5");
    CHECK(millimetreText(millimetres(10)) == "10");
    CHECK(millimetreText(-Length::fromSteps(22'750'000)) == "-22.75");
    CHECK(millimetreText(nanometres(1)) == "0.000001");
}

TEST_CASE("EPLAN masses are in kilograms", "[eplan]") {
    // 15.6 g is 0.0156 kg.
    CHECK(kilogramText(Mass::fromSteps(Mass::fromUnits(156).steps() / 10)) == "0.0156");
    CHECK(kilogramText(Mass::fromUnits(1000)) == "1");
}

TEST_CASE("EPLAN cross-sections are in square millimetres", "[eplan]") {
    CHECK(squareMillimetreText(Area::fromUnits(4)) == "4");
    CHECK(squareMillimetreText(Area::fromSteps(Area::fromUnits(1).steps() / 4)) == "0.25");
}

TEST_CASE("the EPLAN part number fills in the maker's short name and the number", "[eplan]") {
    Family family;
    family.manufacturer.shortName = "WAGO";
    Variant v;
    v.number = "770-744/064-000";
    CHECK(eplanPartNumber("{manufacturer}.{number}", v, family) == "WAGO.770-744/064-000");
    CHECK(eplanPartNumber("fixed", v, family) == "fixed");
}
