#include "model/decimal.h"

#include <cstdint>
#include <limits>

#include "support/catch.h"

using partgen::formatDecimal;

TEST_CASE("formatDecimal strips trailing zeros and never writes an exponent", "[model][decimal]") {
    CHECK(formatDecimal(45'500'000, 6, 6) == "45.5");
    CHECK(formatDecimal(10'000'000, 6, 6) == "10");
    CHECK(formatDecimal(1, 6, 6) == "0.000001");
    CHECK(formatDecimal(200'000, 6, 6) == "0.2");
    CHECK(formatDecimal(0, 6, 6) == "0");
}

TEST_CASE("formatDecimal rounds half away from zero and never writes -0", "[model][decimal]") {
    CHECK(formatDecimal(1'005'000, 6, 2) == "1.01");
    CHECK(formatDecimal(-1'005'000, 6, 2) == "-1.01");
    CHECK(formatDecimal(1'004'999, 6, 2) == "1");
    CHECK(formatDecimal(-4'000, 6, 2) == "0");
    CHECK(formatDecimal(-1, 6, 6) == "-0.000001");
    CHECK(formatDecimal(-25'400'000, 6, 4) == "-25.4");
}

TEST_CASE("formatDecimal handles the extremes of int64", "[model][decimal]") {
    CHECK(formatDecimal(std::numeric_limits<std::int64_t>::max(), 6, 6) == "9223372036854.775807");
    CHECK(formatDecimal(std::numeric_limits<std::int64_t>::min(), 6, 6) == "-9223372036854.775808");
}

TEST_CASE("appendDecimal and appendInteger add to what the text already holds", "[model][decimal]") {
    std::string text = "x=";
    partgen::appendDecimal(text, 1'250'000, 6, 6);
    text += ",";
    partgen::appendDecimal(text, -5, 6, 6);
    text += ",";
    partgen::appendInteger(text, -42);
    CHECK(text == "x=1.25,-0.000005,-42");
}
