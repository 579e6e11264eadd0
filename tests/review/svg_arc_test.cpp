#include "review/svg_arc.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Point at(std::int64_t xMicrometres, std::int64_t yMicrometres) {
    return {nanometres(xMicrometres * 1000), nanometres(yMicrometres * 1000)};
}

}  // namespace

TEST_CASE("a half circle through three points has its radius and turns the way it passes", "[review][svg]") {
    // Down the screen from (0,0) to (0,2) bulging right: clockwise on screen.
    CHECK(threePointArcPath(at(0, 0), at(1000, 1000), at(0, 2000)) == "M 0 0 A 1 1 0 0 1 0 2");
    // The same ends bulging left: counter-clockwise.
    CHECK(threePointArcPath(at(0, 0), at(-1000, 1000), at(0, 2000)) == "M 0 0 A 1 1 0 0 0 0 2");
}

TEST_CASE("an arc through a far middle point is the large one", "[review][svg]") {
    // Three quarters of the circle of radius 1 about (0,0), from (1,0) round through (0,-1) to (0,1).
    CHECK(threePointArcPath(at(1000, 0), at(-1000, 0), at(0, 1000)) == "M 1 0 A 1 1 0 1 0 0 1");
}

TEST_CASE("three points in a row make a straight line", "[review][svg]") {
    CHECK(threePointArcPath(at(0, 0), at(1000, 0), at(2000, 0)) == "M 0 0 L 2 0");
}
