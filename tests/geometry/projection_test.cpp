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
