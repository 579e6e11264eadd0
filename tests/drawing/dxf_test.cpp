#include "drawing/dxf.h"

#include "drawing/dxf_r12.h"
#include "drawing/dxf_r2000.h"
#include "drawing/svg.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the R12 cutout drawing of 770-744 matches its golden file", "[drawing][dxf][golden]") {
    const auto docs = cutoutDocuments(variant("770-744"), spec().templates, DxfVersion::r12);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].path == "drawings/770-744_cutout.dxf");
    CHECK(docs[1].path == "drawings/770-744_cutout.svg");
    CHECK(test::goldenDifference("drawing/golden/770-744_cutout.dxf", docs[0].bytes) == "");
}

TEST_CASE("a part without a cutout gets no drawing", "[drawing][dxf]") {
    CHECK(cutoutDocuments(variant("770-1242/076-000"), spec().templates, DxfVersion::r12).empty());
}

TEST_CASE("the cut contour holds only closed polylines, numbers are plain decimals", "[drawing][dxf]") {
    const std::string dxf = cutoutDocuments(variant("770-744"), spec().templates, DxfVersion::r12)[0].bytes;
    CHECK(count(dxf, "\nPOLYLINE\n") == 1);
    CHECK(count(dxf, "\nVERTEX\n") == 8);
    CHECK(dxf.find("$INSUNITS\n 70\n4\n") != std::string::npos);
    CHECK(dxf.find("40.4 +0.1/0") != std::string::npos);
    CHECK(dxf.find("0.414213562373095\n") != std::string::npos);
    CHECK(dxf.find("e-") == std::string::npos);
    CHECK(dxf.find("e+") == std::string::npos);
    CHECK(dxf.find("-0\n") == std::string::npos);
}

TEST_CASE("R2000 has handles in writing order and a handle seed past the last", "[drawing][dxf]") {
    const auto first = cutoutDocuments(variant("770-745"), spec().templates, DxfVersion::r2000)[0].bytes;
    const auto again = cutoutDocuments(variant("770-745"), spec().templates, DxfVersion::r2000)[0].bytes;
    CHECK(first == again);
    CHECK(first.find("AC1015") != std::string::npos);
    CHECK(count(first, "\nLWPOLYLINE\n") == 1);
    CHECK(first.find("$HANDSEED\n  5\n") != std::string::npos);
    CHECK(first.find("*Model_Space") != std::string::npos);
}

TEST_CASE("texts outside ASCII are escaped for DXF", "[drawing][dxf]") {
    CHECK(dxfText("0.5 mm² at 85 °C") == "0.5 mm\\U+00B2 at 85 \\U+00B0C");
    CHECK(dxfText("line\nbreak") == "line break");
}

TEST_CASE("the SVG preview draws the contour with arcs and escapes text", "[drawing][svg]") {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(40), millimetres(16), millimetres(1)})});
    d.add(TextEntity{DrawingLayer::text, {}, millimetres(2), "A & B"});
    const std::string svg = writeSvg(d);
    CHECK(count(svg, " A 1 1 0 0 0 ") == 4);  // four counter-clockwise quarter arcs of radius 1
    CHECK(svg.find(">A &amp; B</text>") != std::string::npos);
    CHECK(svg.find("class=\"CUT\"") != std::string::npos);
}
