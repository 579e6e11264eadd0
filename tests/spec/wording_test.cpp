#include "spec/wording.h"

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

TEST_CASE("German text gets decimal commas, ranges keep their dots", "[spec][wording]") {
    CHECK(germanDecimals("0.5 ... 4 mm²") == "0,5 ... 4 mm²");
    CHECK(germanDecimals("+0.1 / -0 mm") == "+0,1 / -0 mm");
    CHECK(germanDecimals("Hansastr. 27") == "Hansastr. 27");
    CHECK(germanDecimals(".5") == ".5");
}

TEST_CASE("phrases are filled in both languages", "[spec][wording]") {
    const Wording phrase{"Raster {pitch} mm", "pitch {pitch} mm"};
    const Wording filled = fillPhrase(phrase, {{"pitch", "7.5"}});
    CHECK(filled.german == "Raster 7,5 mm");
    CHECK(filled.english == "pitch 7.5 mm");
    CHECK(joined(filled, sameInBothLanguages("0.5 V")).german == "Raster 7,5 mm, 0,5 V");
}

TEST_CASE("product wording names kind, poles and coding from the templates", "[spec][wording]") {
    const auto& rules = test::repositorySpec().rules.get<WordingRules>();
    const Wording socket = productWording(test::repositoryVariant("770-1242/076-000"), rules);
    CHECK(socket.german == "Buchse, 2-polig, Kodierung B");
    CHECK(socket.english == "Socket, 2-pole, coding B");
}
