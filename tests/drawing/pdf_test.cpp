#include "drawing/pdf.h"

#include "support/catch.h"

using namespace partgen;

namespace {

// A drawing holding one rectangle of width x height mm, centred on the origin.
Drawing rectangle(std::int64_t width, std::int64_t height) {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(width), millimetres(height), millimetres(1)})});
    d.add(TextEntity{DrawingLayer::text, {millimetres(0), millimetres(0)}, millimetres(3), "770-744 panel cutout"});
    return d;
}

}  // namespace

TEST_CASE("a PDF is a PDF file, the same bytes on every run, without dates", "[drawing][pdf]") {
    const std::string first = writePdf(rectangle(40, 16));
    CHECK(first.starts_with("%PDF-"));
    CHECK(first.find("%%EOF") != std::string::npos);
    CHECK(first == writePdf(rectangle(40, 16)));
    CHECK(first.find("CreationDate") == std::string::npos);
    CHECK(first.find("ModDate") == std::string::npos);
    CHECK(first != writePdf(rectangle(40, 17)));
}

TEST_CASE("a drawing that fits A4 at 1:1 goes on A4, else on A3", "[drawing][pdf]") {
    CHECK(pdfPageFor(rectangle(40, 16)).sheet.name == "A4");
    CHECK(pdfPageFor(rectangle(277, 170)).sheet.name == "A4");  // 277 x 180 mm inside the margins
    CHECK(pdfPageFor(rectangle(278, 170)).sheet.name == "A3");
    CHECK(pdfPageFor(rectangle(100, 181)).sheet.name == "A3");
    CHECK(pdfPageFor(rectangle(400, 260)).scale == 1);
    CHECK(pdfPageFor(rectangle(40, 16)).sheet.width == millimetres(297));
    CHECK(pdfPageFor(rectangle(40, 16)).sheet.height == millimetres(210));
}

TEST_CASE("a drawing too large for A3 at 1:1 takes the largest standard scale that fits", "[drawing][pdf]") {
    CHECK(pdfPageFor(rectangle(401, 100)).scale == 2);
    CHECK(pdfPageFor(rectangle(800, 100)).scale == 2);
    CHECK(pdfPageFor(rectangle(801, 100)).scale == 5);
    CHECK(pdfPageFor(rectangle(2001, 100)).scale == 10);
    CHECK(pdfPageFor(rectangle(4001, 100)).scale == 20);
    CHECK(pdfPageFor(rectangle(100, 2671)).scale == 20);
    CHECK(pdfPageFor(rectangle(801, 100)).sheet.name == "A3");
    CHECK(scaleLine(pdfPageFor(rectangle(801, 100))) == "SCALE 1:5  A3");
    CHECK(scaleLine(pdfPageFor(rectangle(40, 16))) == "SCALE 1:1  A4");
}

TEST_CASE("a drawing is centred in the drawing area, millimetre for millimetre at 1:1", "[drawing][pdf]") {
    const Drawing d = [] {
        Drawing only;
        only.add(
            LineEntity{DrawingLayer::cut, {millimetres(-20), millimetres(-10)}, {millimetres(20), millimetres(10)}});
        return only;
    }();
    const PdfPage page = pdfPageFor(d);
    // Area: 10 mm margins, 10 mm scale strip below: 277 x 180 mm from (10, 10).
    const PaperPoint lowLeft = paperPointOf(page, {millimetres(-20), millimetres(-10)});
    CHECK(lowLeft.x == Approx(10 + (277 - 40) / 2.0));
    CHECK(lowLeft.y == Approx(10 + (180 - 20) / 2.0 + 20));
    const PaperPoint upRight = paperPointOf(page, {millimetres(20), millimetres(10)});
    CHECK(upRight.x - lowLeft.x == Approx(40));
    CHECK(lowLeft.y - upRight.y == Approx(20));
}
