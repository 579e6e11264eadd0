// Where the parts of a connector's 3D model go: openings at the pitch, entries sized for
// the largest conductor, wings on the plate range, and the reasons a layout does not fit.

#include "model3d/connector_layout.h"

#include <algorithm>
#include <cmath>

#include "geometry/cutout.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

Length mm(double v) { return Length::fromSteps(static_cast<std::int64_t>(std::llround(v * 1'000'000))); }

Point centreOf(const Polygon2& p) {
    Length minX = p[0].x, maxX = p[0].x, minY = p[0].y, maxY = p[0].y;
    for (const auto& q : p) {
        minX = std::min(minX, q.x), maxX = std::max(maxX, q.x);
        minY = std::min(minY, q.y), maxY = std::max(maxY, q.y);
    }
    return {Length::fromSteps((minX + maxX).steps() / 2), Length::fromSteps((minY + maxY).steps() / 2)};
}

const ModelRules& rules() { return test::repositorySpec().rules.get<ModelRules>(); }

bool mentions(const std::vector<std::string>& problems, const std::string& what) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(what) != std::string::npos; });
}

}  // namespace

TEST_CASE("a snap-in socket's mating face has one opening per pole at the pitch and the coding slot",
          "[model3d][layout]") {
    const auto result = connectorLayout(test::repositoryVariant("770-744"), rules());
    REQUIRE(result.layout);
    const auto& pockets = result.layout->matingPockets;
    REQUIRE(pockets.size() == 5);
    for (int i = 0; i < 4; ++i) CHECK(centreOf(pockets[i].mouth) == Point{mm(-15 + 10 * i), Length{}});
    // Coding B: above pole 2.
    CHECK(centreOf(pockets[4].mouth).x == mm(-5));
    CHECK(centreOf(pockets[4].mouth).y > Length{});
}

TEST_CASE("conductor entries: two per pole, square for 4 mm², as deep as the strip length", "[model3d][layout]") {
    const auto result = connectorLayout(test::repositoryVariant("770-744"), rules());
    REQUIRE(result.layout);
    const auto& entries = result.layout->rearPockets;
    REQUIRE(entries.size() == 8);
    for (const auto& e : entries) CHECK(e.depth == mm(9));
    // 4 mm² is 2.26 mm across, rounded up to 2.26 and 0.4 mm clearance added.
    const auto& mouth = entries[0].mouth;
    CHECK(mouth[1].y - mouth[0].y == mm(2.66));
    CHECK(centreOf(entries[0].mouth).x == centreOf(entries[1].mouth).x);
}

TEST_CASE("snap-in wings reach past the cutout and catch plates of the part's range", "[model3d][layout]") {
    const auto result = connectorLayout(test::repositoryVariant("770-744"), rules());
    REQUIRE(result.layout);
    REQUIRE(result.layout->wings);
    const WingLayout& w = *result.layout->wings;
    CHECK(w.base < mm(15.8 / 2));  // inside the cutout
    CHECK(w.tip > mm(15.8 / 2));   // past its edge
    CHECK(w.thinnest == mm(-0.5));
    CHECK(w.thickest == mm(-2));
    CHECK(result.layout->flange->width == mm(45.5));
}

TEST_CASE("a layout with no room is refused with the reason", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.depth.value = mm(7);
    const auto shallow = connectorLayout(v, rules());
    CHECK_FALSE(shallow.layout);
    CHECK(std::find(shallow.problems.begin(), shallow.problems.end(),
                    "the part is too shallow (7 mm) for the 3D model's snap-in wings") != shallow.problems.end());

    v = test::repositoryVariant("770-744");
    v.height.value = mm(16.5);  // the wings reach 8.7 mm either side of the centre
    const auto low = connectorLayout(v, rules());
    CHECK_FALSE(low.layout);
    REQUIRE(low.problems.size() == 1);
    CHECK(low.problems[0] == "the 3D model's snap-in wings (17.4 mm over both) reach past the flange height 16.5 mm");
}

TEST_CASE("a layout needs width, height, depth, pitch and poles", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.pitch.value.reset();
    v.poles.value = 0;
    const auto result = connectorLayout(v, rules());
    CHECK_FALSE(result.layout);
    CHECK(result.problems == std::vector<std::string>{"the 3D model needs width, height, depth and pitch",
                                                      "the 3D model needs the number of poles"});
}

TEST_CASE("a panel part's housing is the cutout less the clearance, behind a flange", "[model3d][layout]") {
    const Variant& v = test::repositoryVariant("770-744");
    const auto result = connectorLayout(v, rules());
    REQUIRE(result.layout);
    const auto& l = *result.layout;
    const auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    CHECK(cutout->height == mm(15.8));
    CHECK(l.bodyWidth == cutout->width - *rules().bodyClearance * 2);
    CHECK(l.bodyHeight == cutout->height - *rules().bodyClearance * 2);
    CHECK(l.bodyChamfer == std::max(*rules().chamfer, cutout->radius));
    CHECK(l.front == *rules().flangeThickness);
    CHECK(l.front - l.rear == *v.depth);
    REQUIRE(l.flange);
    CHECK(l.flange->height == *v.height);
    CHECK(l.flange->thickness == *rules().flangeThickness);
}

TEST_CASE("a free connector's housing is the whole part with its mating face at z = 0", "[model3d][layout]") {
    const Variant& v = test::repositoryVariant("770-1242/076-000");
    const auto result = connectorLayout(v, rules());
    REQUIRE(result.layout);
    const auto& l = *result.layout;
    CHECK_FALSE(l.flange);
    CHECK_FALSE(l.wings);
    CHECK(l.bodyWidth == *v.width);
    CHECK(l.bodyHeight == *v.height);
    CHECK(l.bodyChamfer == *rules().chamfer);
    CHECK(l.front == Length{});
    CHECK(l.rear == -*v.depth);
}

TEST_CASE("the coding slot sits above the pole its letter names, wrapping past the last pole", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.coding.value = "e";  // the fifth letter on four poles: pole 1, lower case read alike
    const auto result = connectorLayout(v, rules());
    REQUIRE(result.layout);
    REQUIRE(result.layout->matingPockets.size() == 5);
    CHECK(centreOf(result.layout->matingPockets[4].mouth).x == mm(-15));
    CHECK(result.layout->matingPockets[4].depth == *rules().codingDepth);
}

TEST_CASE("a coding that is not a letter adds no slot", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.coding.value = "0";
    const auto result = connectorLayout(v, rules());
    REQUIRE(result.layout);
    CHECK(result.layout->matingPockets.size() == static_cast<std::size_t>(*v.poles));
}

TEST_CASE("without a cross-section or strip length there are no conductor entries", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.stripLength.value.reset();
    const auto result = connectorLayout(v, rules());
    REQUIRE(result.layout);
    CHECK(result.layout->rearPockets.empty());
}

TEST_CASE("openings wider than the face are refused", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.pitch.value = mm(1);  // contacts overlap
    const auto result = connectorLayout(v, rules());
    CHECK_FALSE(result.layout);
    CHECK(mentions(result.problems, "openings do not fit its mating face"));
}

TEST_CASE("openings and entries that meet inside the housing are refused", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.stripLength.value = *v.depth;  // entries as deep as the part
    const auto result = connectorLayout(v, rules());
    CHECK_FALSE(result.layout);
    CHECK(mentions(result.problems, "meet inside the"));
}
