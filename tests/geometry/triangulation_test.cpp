// Constrained triangulation of faces with openings.

#include <algorithm>
#include <cmath>

#include "geometry/triangulation.h"
#include "support/catch.h"

using namespace partgen;

namespace {

double area(const std::vector<Point2d>& points, const std::array<std::size_t, 3>& t) {
    const auto& a = points[t[0]];
    const auto& b = points[t[1]];
    const auto& c = points[t[2]];
    return ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

}  // namespace

TEST_CASE("a square with a square hole is covered exactly, counter-clockwise", "[geometry][triangulation]") {
    const std::vector<std::vector<Point2d>> loops{{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                                                  {{4, 4}, {4, 6}, {6, 6}, {6, 4}}};
    std::vector<Point2d> all;
    for (const auto& l : loops) all.insert(all.end(), l.begin(), l.end());
    const auto triangles = triangulatePolygon(loops);
    CHECK(triangles.size() == 8);  // 8 points, 2 loops: n + 2h - 2
    double total = 0;
    for (const auto& t : triangles) {
        CHECK(area(all, t) > 0);
        total += area(all, t);
    }
    CHECK(total == Approx(96.0));
}

TEST_CASE("a concave outline keeps its notch uncovered", "[geometry][triangulation]") {
    const std::vector<std::vector<Point2d>> loops{{{0, 0}, {6, 0}, {6, 4}, {4, 4}, {4, 1}, {2, 1}, {2, 4}, {0, 4}}};
    double total = 0;
    for (const auto& t : triangulatePolygon(loops)) total += area(loops[0], t);
    CHECK(total == Approx(24.0 - 6.0));
}

TEST_CASE("the same loops give the same triangles", "[geometry][triangulation]") {
    const std::vector<std::vector<Point2d>> loops{{{0, 0}, {3, 0}, {3, 1}, {2, 2}, {1, 2}, {0, 1}}};
    CHECK(triangulatePolygon(loops) == triangulatePolygon(loops));
}

TEST_CASE("a convex outline either way round is covered by n - 2 counter-clockwise triangles",
          "[geometry][triangulation]") {
    const std::vector<Point2d> chamfered{{1, 0}, {5, 0}, {6, 1}, {6, 3}, {5, 4}, {1, 4}, {0, 3}, {0, 1}};
    for (const bool reversed : {false, true}) {
        std::vector<Point2d> loop = chamfered;
        if (reversed) std::reverse(loop.begin(), loop.end());
        const auto triangles = triangulatePolygon({loop});
        CHECK(triangles.size() == loop.size() - 2);
        double total = 0;
        for (const auto& t : triangles) {
            CHECK(area(loop, t) > 0);
            total += area(loop, t);
        }
        CHECK(total == Approx(24.0 - 4 * 0.5));
    }
}

TEST_CASE("an outline with a point on a straight edge is still covered without a sliver", "[geometry][triangulation]") {
    const std::vector<Point2d> loop{{0, 0}, {2, 0}, {4, 0}, {4, 2}, {0, 2}};
    double total = 0;
    for (const auto& t : triangulatePolygon({loop})) {
        CHECK(area(loop, t) > 0);
        total += area(loop, t);
    }
    CHECK(total == Approx(8.0));
}
