// The builders make closed, outward-oriented solids of the expected volume.

#include <map>

#include "geometry/builders.h"
#include "support/catch.h"

using namespace partgen;

namespace {

Length mm(double v) { return Length::fromSteps(static_cast<std::int64_t>(v * 1'000'000)); }

// Closed and consistently oriented: every edge is run once in each direction.
bool everyEdgeTwiceOpposite(const Solid& solid) {
    std::map<std::pair<Point3, Point3>, int> runs;
    const auto add = [&](const Loop3& loop) {
        for (std::size_t i = 0; i < loop.size(); ++i) ++runs[{loop[i], loop[(i + 1) % loop.size()]}];
    };
    for (const auto& face : solid.faces) {
        add(face.outer);
        for (const auto& opening : face.openings) add(opening);
    }
    for (const auto& [edge, count] : runs) {
        const auto back = runs.find({edge.second, edge.first});
        if (count != 1 || back == runs.end() || back->second != 1) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("a chamfered rectangle cuts each corner by the chamfer", "[model3d][builders]") {
    const Polygon2 p = chamferedRectangle({}, mm(10), mm(6), mm(1));
    REQUIRE(p.size() == 8);
    CHECK(twiceSignedArea(p) > 0);
    // 10 x 6 less four half squares of 1 mm: 58 mm², in nm² and doubled.
    CHECK(twiceSignedArea(p) == static_cast<WideInt>(116) * 1'000'000'000'000);
    CHECK(chamferedRectangle({}, mm(10), mm(6), Length{}).size() == 4);
}

TEST_CASE("a prism is closed and has area times height as volume", "[model3d][builders]") {
    const Solid s = prism({{chamferedRectangle({}, mm(10), mm(6), mm(1)), {}}, mm(-2), mm(3), {}, {}});
    CHECK(s.faces.size() == 10);
    CHECK(everyEdgeTwiceOpposite(s));
    CHECK(volumeOf(s) == Approx(58.0 * 5));
}

TEST_CASE("a prism accepts its outline in either winding", "[model3d][builders]") {
    Polygon2 clockwise = rectangle({}, mm(4), mm(2));
    std::reverse(clockwise.begin(), clockwise.end());
    const Solid s = prism({{clockwise, {}}, Length{}, mm(1), {}, {}});
    CHECK(everyEdgeTwiceOpposite(s));
    CHECK(volumeOf(s) == Approx(8.0));
}

TEST_CASE("holes go through, pockets sink into the top and bottom faces", "[model3d][builders]") {
    PrismSpec spec{
        {rectangle({}, mm(20), mm(10)), {rectangle({mm(-6), Length{}}, mm(2), mm(2))}}, Length{}, mm(10), {}, {}};
    spec.topPockets.push_back({rectangle({mm(2), Length{}}, mm(3), mm(4)), mm(5)});
    spec.bottomPockets.push_back({rectangle({mm(6), Length{}}, mm(2), mm(2)), mm(3)});
    const Solid s = prism(spec);
    CHECK(everyEdgeTwiceOpposite(s));
    CHECK(s.faces[0].openings.size() == 2);  // top: hole and pocket mouth
    CHECK(s.faces[1].openings.size() == 2);  // bottom: hole and pocket mouth
    CHECK(volumeOf(s) == Approx(20.0 * 10 * 10 - 4 * 10 - 12 * 5 - 4 * 3));
}

TEST_CASE("a pocket as deep as the prism is refused", "[model3d][builders]") {
    PrismSpec spec{{rectangle({}, mm(20), mm(10)), {}}, Length{}, mm(10), {{rectangle({}, mm(2), mm(2)), mm(10)}}, {}};
    CHECK_THROWS_AS(prism(spec), std::logic_error);
}

TEST_CASE("turning a prism onto another axis keeps it closed and its volume", "[model3d][builders]") {
    const Polygon2 triangle{{Length{}, Length{}}, {mm(4), Length{}}, {Length{}, mm(3)}};
    const Solid alongZ = prism({{triangle, {}}, Length{}, mm(2), {}, {}});
    for (const Axis axis : {Axis::x, Axis::y}) {
        const Solid turned = alongAxis(alongZ, axis);
        CHECK(everyEdgeTwiceOpposite(turned));
        CHECK(volumeOf(turned) == Approx(12.0));
    }
    Model3d model{"t", "", {alongAxis(alongZ, Axis::x)}};
    const Bounds3 b = boundsOf(model);
    CHECK(b.max.x == mm(2));  // the extrusion now runs along x
    CHECK(b.max.y == mm(4));
    CHECK(b.max.z == mm(3));
}
