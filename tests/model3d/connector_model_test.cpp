// Connector layouts and models from the repository's spec: sizes from the datasheet,
// openings at the pitch, wings on the plate range, refusals when nothing fits.

#include "model3d/connector_model.h"
#include "model3d/connector_layout.h"
#include "support/catch.h"
#include "support/spec.h"
#include "support/thrown.h"

using namespace partgen;

namespace {

Length mm(double v) { return Length::fromSteps(static_cast<std::int64_t>(v * 1'000'000)); }

const ModelRules& rules() { return test::repositorySpec().rules.get<ModelRules>(); }

Model3d modelOf(const std::string& number) {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant(number);
    return connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                          spec.rules.get<ColourTable>());
}

}  // namespace

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
    CHECK(snapIn.solids.size() == 4);        // housing, flange, two wings
    CHECK(boundsOf(snapIn).max.z == mm(2));  // the flange in front of the panel
    CHECK(snapIn.solids[0].colour == "#8C8F91");
    const Model3d socket = modelOf("770-1242/076-000");
    CHECK(socket.solids.size() == 1);
    CHECK(boundsOf(socket).max.z == Length{});
    CHECK(socket.solids[0].colour == "#7FD6D0");
}

TEST_CASE("a connector model with no room for its layout is refused", "[model3d][model]") {
    Variant v = test::repositoryVariant("770-744");
    v.height.value = mm(16.5);  // the wings reach 8.7 mm either side of the centre
    CHECK(connectorModelProblems(v, rules()) == connectorLayout(v, rules()).problems);
    CHECK_FALSE(connectorModelProblems(v, rules()).empty());
    const auto& spec = test::repositorySpec();
    CHECK(test::thrownCategory([&] {
              connectorModel(v, *spec.catalog.family(v.familyId), rules(), spec.rules.get<ColourTable>());
          }) == ErrorCategory::invalidSpec);
}
