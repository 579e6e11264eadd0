#include "geometry/clearance.h"

#include "support/catch.h"

using namespace partgen;

namespace {

RoundedRect cutout(Length x, Length y, int quarterTurns = 0) {
    return turned({{x, y}, millimetres(40), millimetres(16), millimetres(1)}, quarterTurns);
}

const RoundedRect panel{{millimetres(100), millimetres(50)}, millimetres(200), millimetres(100), millimetres(4)};

}  // namespace

TEST_CASE("a web exactly at the minimum passes, one nanometre less fails", "[geometry][clearance]") {
    // Side by side: the web is the distance between facing straight edges.
    const RoundedRect a = cutout(millimetres(50), millimetres(50));
    const RoundedRect atLimit = cutout(millimetres(92), millimetres(50));  // 2 mm web
    CHECK(webAtLeast(a, atLimit, millimetres(2)));
    CHECK_FALSE(webAtLeast(a, atLimit, millimetres(2) + nanometres(1)));
    CHECK(gapBetween(a, atLimit) == Approx(2.0));
}

TEST_CASE("corner to corner, the web is measured around the radii", "[geometry][clearance]") {
    const RoundedRect a = cutout(millimetres(50), millimetres(50));
    // Diagonal neighbour: cores 3 mm apart in x and 4 mm in y => 5 mm, less 1 mm per radius.
    const RoundedRect b = cutout(millimetres(50 + 38 + 3), millimetres(50 + 14 + 4));
    CHECK(webAtLeast(a, b, millimetres(3)));
    CHECK_FALSE(webAtLeast(a, b, millimetres(3) + nanometres(1)));
    CHECK(gapBetween(a, b) == Approx(3.0));
}

TEST_CASE("touching or overlapping cutouts never pass", "[geometry][clearance]") {
    const RoundedRect a = cutout(millimetres(50), millimetres(50));
    CHECK_FALSE(webAtLeast(a, cutout(millimetres(90), millimetres(50)), Length()));
    CHECK_FALSE(webAtLeast(a, cutout(millimetres(60), millimetres(50)), Length()));
    CHECK_FALSE(webAtLeast(a, a, Length()));
    CHECK(gapBetween(a, cutout(millimetres(60), millimetres(50))) == 0.0);
}

TEST_CASE("edge distance exactly at the minimum passes, one nanometre less fails", "[geometry][clearance]") {
    const RoundedRect nearLeft = cutout(millimetres(25), millimetres(50));  // 5 mm from the left edge
    CHECK(insideWithMargin(nearLeft, panel, millimetres(5)));
    CHECK_FALSE(insideWithMargin(nearLeft, panel, millimetres(5) + nanometres(1)));
    CHECK(marginInside(nearLeft, panel) == Approx(5.0));
}

TEST_CASE("in a rounded panel corner the edge distance follows the arc", "[geometry][clearance]") {
    // Near the lower left corner (radius 4): 5 mm from both straight edges, but closer
    // to the corner arc than that only if the radius were larger than the cutout's.
    const RoundedRect corner = cutout(millimetres(25), millimetres(13));
    CHECK(insideWithMargin(corner, panel, millimetres(5)));
    const RoundedRect bigCorner{
        {millimetres(100), millimetres(50)}, millimetres(200), millimetres(100), millimetres(20)};
    CHECK_FALSE(insideWithMargin(corner, bigCorner, millimetres(5)));
    CHECK(marginInside(corner, bigCorner) < 5.0);
}

TEST_CASE("a cutout reaching outside the panel fails with a negative margin", "[geometry][clearance]") {
    const RoundedRect outside = cutout(millimetres(10), millimetres(50));
    CHECK_FALSE(insideWithMargin(outside, panel, Length()));
    CHECK(marginInside(outside, panel) == Approx(-10.0));
}
