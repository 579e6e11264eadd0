#include "drawing/drawing.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("the extents of a rounded rectangle are its bounds", "[drawing]") {
    const RoundedRect rect{{millimetres(3), millimetres(4)}, millimetres(40), millimetres(16), millimetres(2)};
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf(rect)});
    CHECK(d.extents() == boundsOf(rect));
}

TEST_CASE("the extents hold the part of an arc that reaches past its ends", "[drawing]") {
    // A half circle over the x axis, closed by its diameter: the top of the arc is no vertex.
    const Arc top{{}, millimetres(5), {0}, {2}};
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, Contour{{top, LineSegment{endOf(top), startOf(top)}}}});
    CHECK(d.extents() == Box{{millimetres(-5), Length()}, {millimetres(5), millimetres(5)}});
}
