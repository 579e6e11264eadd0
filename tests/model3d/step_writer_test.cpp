// STEP files: one whole file frozen as a golden file, and the solids' edge structure.

#include <sstream>

#include "model3d/connector_model.h"
#include "model3d/step_writer.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/spec.h"

using namespace partgen;

TEST_CASE("the STEP model of 770-744 matches its golden file", "[model3d][step][golden]") {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant("770-744");
    const Model3d model = connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                                         spec.rules.get<ColourTable>());
    const std::string step = writeStep(model, "WAGO_770-744_1x04_P10.00mm_SnapIn.step");
    CHECK(test::goldenDifference("model3d/golden/WAGO_770-744_1x04_P10.00mm_SnapIn.step", step) == "");
}

TEST_CASE("every edge of a STEP solid is shared by two faces in opposite senses", "[model3d][step]") {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant("770-1242/076-000");
    const std::string step = writeStep(connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                                                      spec.rules.get<ColourTable>()),
                                       "socket.step");
    std::size_t edges = 0, forward = 0, backward = 0;
    std::istringstream lines(step);
    for (std::string line; std::getline(lines, line);) {
        const bool oriented = line.find("=ORIENTED_EDGE(") != std::string::npos;
        edges += line.find("=EDGE_CURVE(") != std::string::npos;
        forward += oriented && line.ends_with(",.T.);");
        backward += oriented && line.ends_with(",.F.);");
    }
    CHECK(edges > 0);
    CHECK(forward == edges);
    CHECK(backward == edges);
}
