#include "drawing/svg.h"

#include <string>

#include "support/catch.h"
#include "support/occurrences.h"

using namespace partgen;

namespace {

// A closed contour of one arc about (10, -5) and the chord back to its start.
std::string pathOf(Length radius, int start, int end) {
    const Arc arc{{millimetres(10), millimetres(-5)}, radius, {start}, {end}};
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, Contour{{arc, LineSegment{endOf(arc), startOf(arc)}}}});
    const std::string svg = writeSvg(d);
    const auto from = svg.find(" d=\"") + 4;
    return svg.substr(from, svg.find('"', from) - from);
}

}  // namespace

TEST_CASE("SVG draws each corner arc with its radius, sweep flag and end point", "[drawing][svg]") {
    const Length r = millimetres(1);
    CHECK(pathOf(r, 0, 1) == "M 11 5 A 1 1 0 0 0 10 4 L 11 5 Z");  // y flipped
    CHECK(pathOf(r, 1, 2) == "M 10 4 A 1 1 0 0 0 9 5 L 10 4 Z");
    CHECK(pathOf(r, 2, 3) == "M 9 5 A 1 1 0 0 0 10 6 L 9 5 Z");
    CHECK(pathOf(r, 3, 4) == "M 10 6 A 1 1 0 0 0 11 5 L 10 6 Z");
}

TEST_CASE("SVG marks clockwise arcs and arcs beyond half a turn", "[drawing][svg]") {
    const Length r = millimetres(1);
    CHECK(pathOf(r, 1, 0) == "M 10 4 A 1 1 0 0 1 11 5 L 10 4 Z");
    CHECK(pathOf(r, 0, 2) == "M 11 5 A 1 1 0 0 0 9 5 L 11 5 Z");
    CHECK(pathOf(r, 0, 3) == "M 11 5 A 1 1 0 1 0 10 6 L 11 5 Z");
    CHECK(pathOf(r, 0, -3) == "M 11 5 A 1 1 0 1 1 10 4 L 11 5 Z");
}

TEST_CASE("SVG writes the radius to the nanometre", "[drawing][svg]") {
    CHECK(pathOf(nanometres(123'457), 0, 1) == "M 10.123457 5 A 0.123457 0.123457 0 0 0 10 4.876543 L 10.123457 5 Z");
}

TEST_CASE("SVG draws a sharp rectangle without arcs", "[drawing][svg]") {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(4), millimetres(2), Length()})});
    const std::string svg = writeSvg(d);
    CHECK(svg.find(" d=\"M 2 1 L 2 -1 L -2 -1 L -2 1 L 2 1 Z\"") != std::string::npos);
    CHECK(svg.find(" A ") == std::string::npos);
}

TEST_CASE("the SVG preview draws the contour with arcs and escapes text", "[drawing][svg]") {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(40), millimetres(16), millimetres(1)})});
    d.add(TextEntity{DrawingLayer::text, {}, millimetres(2), "A & B"});
    const std::string svg = writeSvg(d);
    CHECK(test::occurrences(svg, " A 1 1 0 0 0 ") == 4);  // four counter-clockwise quarter arcs of radius 1
    CHECK(svg.find(">A &amp; B</text>") != std::string::npos);
    CHECK(svg.find("class=\"CUT\"") != std::string::npos);
}
