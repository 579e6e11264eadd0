#include "text/wording.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("German text gets decimal commas, ranges keep their dots", "[text][wording]") {
    CHECK(germanDecimals("0.5 ... 4 mm²") == "0,5 ... 4 mm²");
    CHECK(germanDecimals("+0.1 / -0 mm") == "+0,1 / -0 mm");
    CHECK(germanDecimals("Hansastr. 27") == "Hansastr. 27");
    CHECK(germanDecimals(".5") == ".5");
}

TEST_CASE("phrases are filled in both languages", "[text][wording]") {
    const Wording phrase{"Raster {pitch} mm", "pitch {pitch} mm"};
    const Wording filled = fillPhrase(phrase, {{"pitch", "7.5"}});
    CHECK(filled.german == "Raster 7,5 mm");
    CHECK(filled.english == "pitch 7.5 mm");
    CHECK(joined(filled, sameInBothLanguages("0.5 V")).german == "Raster 7,5 mm, 0,5 V");
}

TEST_CASE("product wording joins kind, poles and coding", "[text][wording]") {
    const Wording kind{"Buchse", "Socket"}, poles{"{poles}-polig", "{poles}-pole"};
    const Wording coding{"Kodierung {coding}", "coding {coding}"};
    Variant v;
    v.poles.set(2, Provenance::datasheet, {});
    v.coding.set("B", Provenance::datasheet, {});
    const Wording socket = productWording(v, kind, poles, coding);
    CHECK(socket.german == "Buchse, 2-polig, Kodierung B");
    CHECK(socket.english == "Socket, 2-pole, coding B");
    v.coding = {};
    CHECK(productWording(v, kind, poles, coding).english == "Socket, 2-pole");
}
