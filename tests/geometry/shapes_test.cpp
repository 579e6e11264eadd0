#include "geometry/shapes.h"

#include <cmath>

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a rounded rectangle becomes eight vertices with four quarter arcs", "[geometry]") {
    const Contour c = contourOf({{}, millimetres(40), millimetres(16), millimetres(1)});
    REQUIRE(c.vertices.size() == 8);
    int arcs = 0;
    for (const auto& v : c.vertices) arcs += v.bulge != 0 ? 1 : 0;
    CHECK(arcs == 4);
    CHECK(c.vertices[0].at == Point{millimetres(20), millimetres(-7)});
    CHECK(c.vertices[1].bulge == quarterArcBulge);
    CHECK(quarterArcBulge == Approx(std::tan(M_PI / 8)));
}

TEST_CASE("a sharp rectangle has four vertices", "[geometry]") {
    const Contour c = contourOf({{millimetres(5), millimetres(5)}, millimetres(10), millimetres(4), Length()});
    REQUIRE(c.vertices.size() == 4);
    CHECK(c.vertices[2].at == Point{Length(), millimetres(7)});
}

TEST_CASE("bounds and quarter turns", "[geometry]") {
    const RoundedRect r{{millimetres(10), millimetres(20)}, millimetres(40), millimetres(16), millimetres(1)};
    const Box b = boundsOf(r);
    CHECK(b.min == Point{millimetres(-10), millimetres(12)});
    CHECK(b.max == Point{millimetres(30), millimetres(28)});
    CHECK(turned(r, 1).width == millimetres(16));
    CHECK(turned(r, 2).width == millimetres(40));
    CHECK(turned(r, 3).height == millimetres(40));
}
