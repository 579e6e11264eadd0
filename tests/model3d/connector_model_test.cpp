// Connector layouts and models from the repository's spec: sizes from the datasheet,
// openings at the pitch, wings on the plate range, refusals when nothing fits.

#include "model3d/connector_layout.h"
#include "model3d/connector_model.h"
#include "support/catch.h"
#include "support/spec.h"
#include "support/thrown.h"

using namespace partgen;

namespace {

Length mm(double v) { return Length::fromSteps(static_cast<std::int64_t>(v * 1'000'000)); }

Point centreOf(const Polygon2& p) {
    Length minX = p[0].x, maxX = p[0].x, minY = p[0].y, maxY = p[0].y;
    for (const auto& q : p) {
        minX = std::min(minX, q.x), maxX = std::max(maxX, q.x);
        minY = std::min(minY, q.y), maxY = std::max(maxY, q.y);
    }
    return {Length::fromSteps((minX + maxX).steps() / 2), Length::fromSteps((minY + maxY).steps() / 2)};
}

const ModelRules& rules() { return test::repositorySpec().rules.get<ModelRules>(); }

Model3d modelOf(const std::string& number) {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant(number);
    return connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(), spec.rules.get<ColourTable>());
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

TEST_CASE("the model's bounding box is the datasheet's width x height x depth", "[model3d][model]") {
    for (const char* number : {"770-744", "770-744/064-000", "770-742", "770-745", "770-1242/076-000"}) {
        INFO(number);
        const Variant& v = test::repositoryVariant(number);
        const Bounds3 b = boundsOf(modelOf(number));
        CHECK(b.max.x - b.min.x == *v.width);
        CHECK(b.max.y - b.min.y == *v.height);
        CHECK(b.max.z - b.min.z == *v.depth);
        CHECK(volumeOf(modelOf(number)) > 0);
    }
}

TEST_CASE("panel parts stand on the panel face, free connectors face z = 0", "[model3d][model]") {
    const Model3d snapIn = modelOf("770-744");
    CHECK(snapIn.solids.size() == 4);  // housing, flange, two wings
    CHECK(boundsOf(snapIn).max.z == mm(2));  // the flange in front of the panel
    CHECK(snapIn.solids[0].colour == "#8C8F91");
    const Model3d socket = modelOf("770-1242/076-000");
    CHECK(socket.solids.size() == 1);
    CHECK(boundsOf(socket).max.z == Length{});
    CHECK(socket.solids[0].colour == "#7FD6D0");
}

TEST_CASE("a layout with no room is refused with the reason", "[model3d][layout]") {
    Variant v = test::repositoryVariant("770-744");
    v.depth.value = mm(7);
    const auto shallow = connectorModelProblems(v, rules());
    CHECK(std::find(shallow.begin(), shallow.end(),
                    "the part is too shallow (7 mm) for the 3D model's snap-in wings") != shallow.end());

    v = test::repositoryVariant("770-744");
    v.height.value = mm(16.5);  // the wings reach 8.7 mm either side of the centre
    const auto low = connectorModelProblems(v, rules());
    REQUIRE(low.size() == 1);
    CHECK(low[0] == "the 3D model's snap-in wings (17.4 mm over both) reach past the flange height 16.5 mm");
    const auto& spec = test::repositorySpec();
    CHECK(test::thrownCategory([&] {
              connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                             spec.rules.get<ColourTable>());
          }) == ErrorCategory::invalidSpec);
}
