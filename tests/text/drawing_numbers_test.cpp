#include "text/drawing_numbers.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("drawing coordinates keep every nanometre", "[text][drawing-numbers]") {
    CHECK(drawingCoordinate(Length::fromSteps(-19'200'000)) == "-19.2");
    CHECK(drawingCoordinate(Length::fromSteps(1)) == "0.000001");
    CHECK(drawingCoordinate(Length()) == "0");
}

TEST_CASE("drawing sizes are rounded to a micrometre", "[text][drawing-numbers]") {
    CHECK(drawingSize(Length::fromSteps(40'400'000)) == "40.4");
    CHECK(drawingSize(Length::fromSteps(1'234'500)) == "1.235");
    CHECK(drawingSize(Length::fromSteps(1'000'400)) == "1");
}

TEST_CASE("drawing tolerances write a zero minus without a sign", "[text][drawing-numbers]") {
    CHECK(toleranceText({Length::fromSteps(100'000), Length()}) == "+0.1/0");
    CHECK(toleranceText({Length::fromSteps(100'000), Length::fromSteps(50'000)}) == "+0.1/-0.05");
}
