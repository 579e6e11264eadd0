// DXF R12 (AC1009), the version CAM software reads most reliably: contours as
// POLYLINE/VERTEX/SEQEND with bulges, plain decimals.

#include "drawing/dxf_r12.h"

#include "drawing/format.h"
#include "support/catch.h"
#include "support/formats.h"
#include "support/golden.h"
#include "support/occurrences.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

std::string r12Of(const std::string& number) {
    return test::variantDocuments(dxfFormat(), test::repositoryVariant(number), {{"dxf-version", "12"}})[0].bytes;
}

Drawing squareDrawing() {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(10), millimetres(10), Length()})});
    return d;
}

}  // namespace

TEST_CASE("the R12 cutout drawing of 770-744 matches its golden file", "[drawing][dxf][golden]") {
    const auto docs = test::variantDocuments(dxfFormat(), test::repositoryVariant("770-744"));
    REQUIRE(docs.size() == 2);
    CHECK(test::goldenDifference("drawing/golden/770-744_cutout.dxf", docs[0].bytes) == "");
}

TEST_CASE("the cut contour holds only closed polylines, numbers are plain decimals", "[drawing][dxf]") {
    const std::string dxf = r12Of("770-744");
    CHECK(test::occurrences(dxf, "\nPOLYLINE\n") == 1);
    CHECK(test::occurrences(dxf, "\nVERTEX\n") == 8);
    CHECK(dxf.find("$INSUNITS\n 70\n4\n") != std::string::npos);
    CHECK(dxf.find("40.4 +0.1/0") != std::string::npos);
    CHECK(dxf.find("0.414213562373095\n") != std::string::npos);
    CHECK(dxf.find("e-") == std::string::npos);
    CHECK(dxf.find("e+") == std::string::npos);
    CHECK(dxf.find("-0\n") == std::string::npos);
}

TEST_CASE("an R12 arc's bulge follows the vertex at its start", "[drawing][dxf]") {
    // A half circle over the x axis, closed by its diameter: bulge tan(180 / 4) = 1.
    const Arc top{{}, millimetres(5), {0}, {2}};
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, Contour{{top, LineSegment{endOf(top), startOf(top)}}}});
    CHECK(writeDxfR12(d).find("VERTEX\n  8\nCUT\n 10\n5\n 20\n0\n 30\n0\n 42\n1\n  0\n"
                              "VERTEX\n  8\nCUT\n 10\n-5\n 20\n0\n 30\n0\n  0\nSEQEND\n") != std::string::npos);
}

TEST_CASE("an R12 file says AC1009 and ends with EOF", "[drawing][dxf]") {
    const std::string dxf = writeDxfR12(squareDrawing());
    CHECK(dxf.starts_with("  0\nSECTION\n  2\nHEADER\n  9\n$ACADVER\n  1\nAC1009\n"));
    CHECK(dxf.ends_with("  0\nEOF\n"));
}

TEST_CASE("an R12 polyline is flagged closed and ends with SEQEND", "[drawing][dxf]") {
    const std::string dxf = writeDxfR12(squareDrawing());
    CHECK(test::occurrences(dxf, "\nPOLYLINE\n") == 1);
    CHECK(test::occurrences(dxf, "\nVERTEX\n") == 4);  // a square without rounded corners
    CHECK(test::occurrences(dxf, "\nSEQEND\n") == 1);
    CHECK(dxf.find("POLYLINE\n  8\nCUT\n 66\n1\n") != std::string::npos);
}

TEST_CASE("R12 has no handles, which only R13 and later need", "[drawing][dxf]") {
    const std::string dxf = writeDxfR12(squareDrawing());
    CHECK(dxf.find("\n  5\n") == std::string::npos);
    CHECK(dxf.find("$HANDSEED") == std::string::npos);
}
