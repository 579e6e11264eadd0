#include "geometry/shapes.h"

#include <algorithm>

#include "support/catch.h"

using namespace partgen;

namespace {

int arcCount(const Contour& c) {
    int arcs = 0;
    for (const auto& s : c.segments) arcs += std::holds_alternative<Arc>(s) ? 1 : 0;
    return arcs;
}

// Every segment ends where the next one starts, the last where the first starts.
bool isClosedChain(const Contour& c) {
    for (std::size_t i = 0; i < c.segments.size(); ++i)
        if (endOf(c.segments[i]) != startOf(c.segments[(i + 1) % c.segments.size()])) return false;
    return !c.segments.empty();
}

Box boundsOfSegments(const Contour& c) {
    Box box{startOf(c.segments[0]), startOf(c.segments[0])};
    for (const auto& s : c.segments) {
        const Box b = std::holds_alternative<Arc>(s) ? boundsOf(std::get<Arc>(s)) : Box{startOf(s), startOf(s)};
        box.min = {std::min(box.min.x, b.min.x), std::min(box.min.y, b.min.y)};
        box.max = {std::max(box.max.x, b.max.x), std::max(box.max.y, b.max.y)};
    }
    return box;
}

}  // namespace

TEST_CASE("a rounded rectangle becomes four edges and four quarter arcs, counter-clockwise", "[geometry]") {
    const RoundedRect rect{{}, millimetres(40), millimetres(16), millimetres(1)};
    const Contour c = contourOf(rect);
    REQUIRE(c.segments.size() == 8);
    CHECK(arcCount(c) == 4);
    CHECK(isClosedChain(c));
    CHECK(startOf(c.segments[0]) == Point{millimetres(20), millimetres(-7)});
    // Edges and corners alternate; each corner turns a quarter about its inner corner.
    const Point centres[] = {{millimetres(19), millimetres(7)},
                             {millimetres(-19), millimetres(7)},
                             {millimetres(-19), millimetres(-7)},
                             {millimetres(19), millimetres(-7)}};
    for (int corner = 0; corner < 4; ++corner) {
        INFO(corner);
        REQUIRE(std::holds_alternative<LineSegment>(c.segments[2 * corner]));
        const Arc& arc = std::get<Arc>(c.segments[2 * corner + 1]);
        CHECK(arc.centre == centres[corner]);
        CHECK(arc.radius == millimetres(1));
        CHECK(arc.start == QuarterTurns{corner});
        CHECK(sweepOf(arc) == QuarterTurns{1});
    }
    CHECK(boundsOfSegments(c) == boundsOf(rect));
}

TEST_CASE("a sharp rectangle has four edges and no arcs", "[geometry]") {
    const Contour c = contourOf({{millimetres(5), millimetres(5)}, millimetres(10), millimetres(4), Length()});
    REQUIRE(c.segments.size() == 4);
    CHECK(arcCount(c) == 0);
    CHECK(isClosedChain(c));
    CHECK(startOf(c.segments[2]) == Point{Length(), millimetres(7)});
}

TEST_CASE("a turned rounded rectangle keeps its corner arcs and its centre", "[geometry]") {
    const RoundedRect r{{millimetres(10), millimetres(20)}, millimetres(40), nanometres(16'000'001), millimetres(3)};
    for (int turns = -1; turns <= 4; ++turns) {
        INFO(turns);
        const RoundedRect t = turned(r, turns);
        const Contour c = contourOf(t);
        CHECK(arcCount(c) == 4);
        CHECK(isClosedChain(c));
        CHECK(boundsOfSegments(c) == boundsOf(t));
        CHECK(std::get<Arc>(c.segments[1]).radius == millimetres(3));
    }
    const Box sideways = boundsOf(turned(r, 1));
    CHECK(sideways.max.x - sideways.min.x == nanometres(16'000'001));
    CHECK(sideways.max.y - sideways.min.y == millimetres(40));
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
