// The renderer-independent picture of a model: visible faces only, shaded, farthest first.

#include "geometry/projection.h"

#include "geometry/builders.h"
#include "support/catch.h"

using namespace partgen;

namespace {

Model3d cube(const std::string& colour) {
    Solid s = prism({{rectangle({}, millimetres(10), millimetres(10)), {}}, -millimetres(5), millimetres(5), {}, {}});
    s.colour = colour;
    return {"cube", "", {s}};
}

}  // namespace

TEST_CASE("an isometric view of a cube shows its front, top and right side", "[geometry]") {
    const View2d view = isometricView(cube("#ffffff"));
    REQUIRE(view.polygons.size() == 3);  // the three faces turned away are hidden
    for (const auto& polygon : view.polygons) CHECK(polygon.outer.size() == 4);
    // Three shades: each visible face meets the light at its own angle.
    CHECK(view.polygons[0].rgb[0] != view.polygons[1].rgb[0]);
    CHECK(view.polygons[1].rgb[0] != view.polygons[2].rgb[0]);
    for (const auto& polygon : view.polygons) CHECK(polygon.rgb[0] > 0.4);  // never black
    // The cube's corners land symmetric about the view's vertical axis.
    CHECK(view.min[0] == Approx(-view.max[0]));
}

TEST_CASE("an isometric view keeps the solid's colour, shaded", "[geometry]") {
    const View2d view = isometricView(cube("#ff8000"));
    for (const auto& polygon : view.polygons) {
        CHECK(polygon.rgb[2] == 0);
        CHECK(polygon.rgb[1] == Approx(polygon.rgb[0] * 128.0 / 255.0));
    }
}

TEST_CASE("a face nearer the viewer is painted after one farther away", "[geometry]") {
    Model3d model = cube("#ffffff");
    Solid front = prism({{rectangle({}, millimetres(4), millimetres(4)), {}}, millimetres(5), millimetres(8), {}, {}});
    front.colour = "#000000";
    model.solids.insert(model.solids.begin(), front);  // listed first, painted last
    const View2d view = isometricView(model);
    REQUIRE(view.polygons.size() == 6);
    CHECK(view.polygons.back().rgb[0] == 0);
}

TEST_CASE("an isometric view of nothing is empty", "[geometry]") { CHECK(isometricView(Model3d{}).polygons.empty()); }

TEST_CASE("a face with an opening is painted after the pocket walls behind it", "[geometry]") {
    // Far from the middle and shallow: its walls' centres are nearer the viewer than the
    // centre of the face they open into.
    const Pocket pocket{rectangle({millimetres(15), Length()}, millimetres(2), millimetres(2)), millimetres(1)};
    Solid s =
        prism({{rectangle({}, millimetres(40), millimetres(10)), {}}, -millimetres(5), millimetres(5), {pocket}, {}});
    s.colour = "#ffffff";
    const View2d view = isometricView(Model3d{"block", "", {s}});
    std::size_t withOpening = view.polygons.size();
    for (std::size_t i = 0; i < view.polygons.size(); ++i)
        if (!view.polygons[i].openings.empty()) withOpening = i;
    REQUIRE(withOpening < view.polygons.size());
    // The pocket's faces lie within the face's outline; the block's other sides reach past it.
    const auto& outline = view.polygons[withOpening].outer;
    auto within = [&](const Loop2d& loop) {
        double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
        for (const auto& p : outline)
            minX = std::min(minX, p[0]), maxX = std::max(maxX, p[0]), minY = std::min(minY, p[1]),
            maxY = std::max(maxY, p[1]);
        for (const auto& p : loop)
            if (p[0] < minX - 1e-9 || p[0] > maxX + 1e-9 || p[1] < minY - 1e-9 || p[1] > maxY + 1e-9) return false;
        return true;
    };
    for (std::size_t i = withOpening + 1; i < view.polygons.size(); ++i) CHECK_FALSE(within(view.polygons[i].outer));
    CHECK(view.polygons.size() > 3);  // the pocket's walls and floor facing the viewer are there
}

namespace {

// A block 10 wide, 6 high and 4 deep, with a small black block in front of its left half.
Model3d blockWithFrontMark() {
    Solid block =
        prism({{rectangle({}, millimetres(10), millimetres(6)), {}}, -millimetres(2), millimetres(2), {}, {}});
    block.colour = "#ffffff";
    Solid mark = prism({{rectangle({-millimetres(3), Length()}, millimetres(2), millimetres(2)), {}},
                        millimetres(2),
                        millimetres(3),
                        {},
                        {}});
    mark.colour = "#000000";
    return {"block", "", {block, mark}};
}

std::array<double, 2> sizeOf(const View2d& view) { return {view.max[0] - view.min[0], view.max[1] - view.min[1]}; }

// The middle of the black mark's polygons in the view.
Point2d markCentre(const View2d& view) {
    double x = 0, y = 0, n = 0;
    for (const auto& polygon : view.polygons)
        if (polygon.rgb[0] == 0)
            for (const auto& p : polygon.outer) x += p[0], y += p[1], n += 1;
    REQUIRE(n > 0);
    return {x / n, y / n};
}

}  // namespace

TEST_CASE("the orthographic views show width x height, width x depth and depth x height", "[geometry]") {
    Model3d model = blockWithFrontMark();
    model.solids.pop_back();
    CHECK(sizeOf(projectedView(model, ViewDirection::front)) == std::array<double, 2>{10, 6});
    CHECK(sizeOf(projectedView(model, ViewDirection::top)) == std::array<double, 2>{10, 4});
    CHECK(sizeOf(projectedView(model, ViewDirection::right)) == std::array<double, 2>{4, 6});
    // Straight on, a block shows one face only: the sides lie edge-on.
    for (auto direction : {ViewDirection::front, ViewDirection::top, ViewDirection::right})
        CHECK(projectedView(model, direction).polygons.size() == 1);
}

TEST_CASE("the top view has the front at the bottom, the right view at the left", "[geometry]") {
    const Model3d model = blockWithFrontMark();
    const Point2d front = markCentre(projectedView(model, ViewDirection::front));
    CHECK(front[0] < 0);  // the mark's left half stays left: the view is not mirrored
    CHECK(front[1] == Approx(0).margin(1e-9));
    const Point2d top = markCentre(projectedView(model, ViewDirection::top));
    CHECK(top[0] < 0);
    CHECK(top[1] < -2);  // in front of the block, below it in the view
    const Point2d right = markCentre(projectedView(model, ViewDirection::right));
    CHECK(right[0] < -2);
    // From the front, the mark lies on the block, nearer the viewer: it is painted last.
    CHECK(projectedView(model, ViewDirection::front).polygons.back().rgb[0] == 0);
}

TEST_CASE("the isometric view is the projected view from the isometric direction", "[geometry]") {
    const Model3d model = blockWithFrontMark();
    const View2d a = isometricView(model), b = projectedView(model, ViewDirection::isometric);
    REQUIRE(a.polygons.size() == b.polygons.size());
    for (std::size_t i = 0; i < a.polygons.size(); ++i) CHECK(a.polygons[i].outer == b.polygons[i].outer);
}
