#include "geometry/arc.h"

#include <cmath>
#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

namespace {

const Point centre{millimetres(10), millimetres(-5)};
const Length r = millimetres(1);
const Length d = nanometres(707'107);  // 1 mm * sqrt(2) / 2 = 707106.78 nm

Arc quarter(int start) { return {centre, r, {start}, {start + 1}}; }

Point offset(Length dx, Length dy) { return {centre.x + dx, centre.y + dy}; }

}  // namespace

TEST_CASE("the four corner arcs start and end on the axes through their centre", "[geometry][arc]") {
    CHECK(startOf(quarter(0)) == offset(r, Length()));
    CHECK(endOf(quarter(0)) == offset(Length(), r));
    CHECK(endOf(quarter(1)) == offset(-r, Length()));
    CHECK(endOf(quarter(2)) == offset(Length(), -r));
    CHECK(endOf(quarter(3)) == offset(r, Length()));  // a whole turn later, the direction of 0
    CHECK(startOf(Arc{centre, r, {-1}, {0}}) == offset(Length(), -r));
}

TEST_CASE("the middle of each corner arc lies on its diagonal, rounded to the nanometre", "[geometry][arc]") {
    CHECK(middleOf(quarter(0)) == offset(d, d));
    CHECK(middleOf(quarter(1)) == offset(-d, d));
    CHECK(middleOf(quarter(2)) == offset(-d, -d));
    CHECK(middleOf(quarter(3)) == offset(d, -d));
    CHECK(middleOf(Arc{centre, r, {-1}, {0}}) == offset(d, -d));
    CHECK(middleOf(Arc{centre, r, {1}, {0}}) == offset(d, d));  // clockwise: the same arc run backwards
}

TEST_CASE("half and three-quarter arcs have their middle on an axis or a diagonal", "[geometry][arc]") {
    CHECK(middleOf(Arc{centre, r, {0}, {2}}) == offset(Length(), r));
    CHECK(middleOf(Arc{centre, r, {3}, {1}}) == offset(-r, Length()));  // clockwise through the left
    CHECK(middleOf(Arc{centre, r, {3}, {5}}) == offset(r, Length()));   // counter-clockwise through the right
    CHECK(middleOf(Arc{centre, r, {0}, {3}}) == offset(-d, d));
    CHECK(middleOf(Arc{centre, r, {0}, {-3}}) == offset(-d, -d));
}

TEST_CASE("the diagonal is the nearest nanometre for any radius", "[geometry][arc]") {
    for (std::int64_t steps = 1; steps < 50'000'000; steps = steps * 3 + 1) {
        const Point m = middleOf(Arc{{}, nanometres(steps), {0}, {1}});
        INFO(steps);
        CHECK(m.x == m.y);
        CHECK(std::fabs(static_cast<double>(m.x.steps()) - static_cast<double>(steps) * std::sqrt(0.5)) <= 0.5);
    }
}

TEST_CASE("an arc's bounds hold the axis points it passes, not just its ends", "[geometry][arc]") {
    CHECK(boundsOf(quarter(0)) == Box{offset(Length(), Length()), offset(r, r)});
    CHECK(boundsOf(Arc{centre, r, {0}, {2}}) == Box{offset(-r, Length()), offset(r, r)});
    CHECK(boundsOf(Arc{centre, r, {0}, {-2}}) == Box{offset(-r, -r), offset(r, Length())});
    CHECK(boundsOf(Arc{centre, r, {3}, {6}}) == Box{offset(-r, -r), offset(r, r)});
}

TEST_CASE("an arc of no turn, a full turn or no radius is refused", "[geometry][arc]") {
    CHECK(sweepOf(quarter(2)) == QuarterTurns{1});
    CHECK(sweepOf(Arc{centre, r, {2}, {-1}}) == QuarterTurns{-3});
    CHECK_THROWS_AS(sweepOf(Arc{centre, r, {1}, {1}}), std::logic_error);
    CHECK_THROWS_AS(sweepOf(Arc{centre, r, {0}, {4}}), std::logic_error);
    CHECK_THROWS_AS(sweepOf(Arc{centre, r, {0}, {-4}}), std::logic_error);
    CHECK_THROWS_AS(middleOf(Arc{centre, Length(), {0}, {1}}), std::logic_error);
}
