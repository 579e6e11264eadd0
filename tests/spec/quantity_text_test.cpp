#include "spec/quantity_text.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("quantities parse exactly, with the unit converted", "[spec][quantity]") {
    std::string error;
    CHECK(parseQuantity<Dimension::length>("45.5 mm", error)->steps() == 45'500'000);
    CHECK(parseQuantity<Dimension::length>("1 in", error)->steps() == 25'400'000);
    CHECK(parseQuantity<Dimension::length>("0.000001 mm", error)->steps() == 1);
    CHECK(parseQuantity<Dimension::voltage>("6 kV", error)->steps() == 6'000'000'000);
    CHECK(parseQuantity<Dimension::area>("0.25 mm²", error)->steps() == 250'000);
    CHECK(parseQuantity<Dimension::temperature>("-35 °C", error)->steps() == -35'000'000);
    CHECK(parseQuantity<Dimension::energy>("0.301 MJ", error)->steps() == 301'000);
}

TEST_CASE("a quantity without its unit, or with another dimension's unit, is refused", "[spec][quantity]") {
    std::string error;
    CHECK_FALSE(parseQuantity<Dimension::length>("45.5", error));
    CHECK(error.find("has no unit") != std::string::npos);
    CHECK_FALSE(parseQuantity<Dimension::length>("45.5 V", error));
    CHECK(error.find("is not a length") != std::string::npos);
}

TEST_CASE("decimals that are not plain, too fine or too large are refused", "[spec][quantity]") {
    std::string error;
    CHECK_FALSE(parseDecimalSteps("45,5", 1'000'000, error));
    CHECK_FALSE(parseDecimalSteps("1e3", 1'000'000, error));
    CHECK_FALSE(parseDecimalSteps("", 1'000'000, error));
    CHECK_FALSE(parseDecimalSteps("-", 1'000'000, error));
    CHECK_FALSE(parseDecimalSteps("0.0000001", 1'000'000, error));
    CHECK(error.find("finer") != std::string::npos);
    CHECK_FALSE(parseDecimalSteps("99999999999999999", 1'000'000, error));
    CHECK(error.find("too large") != std::string::npos);
    CHECK(parseDecimalSteps("+2.50", 1'000'000, error) == 2'500'000);
}

TEST_CASE("loose numbers for expressions convert to the base unit", "[spec][quantity]") {
    std::string error;
    CHECK(parseLooseNumber("5.5 mm", error) == 5.5);
    CHECK(parseLooseNumber("1 cm", error) == 10.0);
    CHECK(parseLooseNumber("4", error) == 4.0);
    CHECK_FALSE(parseLooseNumber("gray", error));
}
