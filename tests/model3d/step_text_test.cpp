// Values as ISO 10303-21 writes them: quoted strings with their escapes, REALs with a
// decimal point and never a locale's comma.

#include "model3d/step_text.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("STEP strings double quotes and backslashes and escape non-ASCII", "[model3d][step]") {
    CHECK(stepString("770-744") == "'770-744'");
    CHECK(stepString("it's") == "'it''s'");
    CHECK(stepString("a\\b") == "'a\\\\b'");
    CHECK(stepString("4 mm\xC2\xB2") == "'4 mm\\X2\\00B2\\X0\\'");
    CHECK(stepString("\xF0\x9F\x94\x8C") == "'\\X4\\0001F50C\\X0\\'");
}

TEST_CASE("STEP reals always carry a decimal point and never a locale's comma", "[model3d][step]") {
    CHECK(stepLength(Length::fromUnits(12)) == "12.");
    CHECK(stepLength(Length::fromSteps(-22'750'000)) == "-22.75");
    CHECK(stepLength(Length{}) == "0.");
    CHECK(stepReal(0.70710678118654757) == "0.707106781187");
    CHECK(stepReal(-1e-15) == "0.");
}

TEST_CASE("an empty STEP string is two quotes", "[model3d][step]") { CHECK(stepString("") == "''"); }

TEST_CASE("control characters in a STEP string become spaces", "[model3d][step]") {
    // Part 21 strings hold only printable characters; a line break cannot appear in one.
    CHECK(stepString("a\nb\tc") == "'a b c'");
}

TEST_CASE("the basic plane is escaped in 4 hex digits, characters beyond it in 8", "[model3d][step]") {
    CHECK(stepString("\xEF\xBF\xBD") == "'\\X2\\FFFD\\X0\\'");          // U+FFFD
    CHECK(stepString("\xF0\x90\x80\x80") == "'\\X4\\00010000\\X0\\'");  // U+10000
}

TEST_CASE("STEP lengths are exact to the nanometre, without trailing zeros", "[model3d][step]") {
    CHECK(stepLength(nanometres(1)) == "0.000001");
    CHECK(stepLength(Length::fromSteps(-500'000)) == "-0.5");
    CHECK(stepLength(millimetres(2000)) == "2000.");
}

TEST_CASE("STEP reals round to the nearest 12th decimal", "[model3d][step]") {
    CHECK(stepReal(1) == "1.");
    CHECK(stepReal(-0.25) == "-0.25");
    CHECK(stepReal(6e-13) == "0.000000000001");
    CHECK(stepReal(-6e-13) == "-0.000000000001");
    CHECK(stepReal(4e-13) == "0.");
}
