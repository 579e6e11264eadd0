// STEP text: part 21 strings and reals, and one whole file frozen as a golden file.

#include <sstream>

#include "model3d/connector_model.h"
#include "model3d/step_text.h"
#include "model3d/step_writer.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/spec.h"

using namespace partgen;

TEST_CASE("STEP strings double quotes and backslashes and escape non-ASCII", "[model3d][step]") {
    CHECK(stepString("770-744") == "'770-744'");
    CHECK(stepString("it's") == "'it''s'");
    CHECK(stepString("a\\b") == "'a\\\\b'");
    CHECK(stepString("4 mm\xC2\xB2") == "'4 mm\\X2\\00B2\\X0\\'");
    CHECK(stepString("\xF0\x9F\x94\x8C") == "'\\X4\\0001F50C\\X0\\'");
}

TEST_CASE("STEP reals always carry a decimal point and never a locale's comma", "[model3d][step]") {
    CHECK(stepLength(Length::fromUnits(12)) == "12.");
    CHECK(stepLength(Length::fromSteps(-22'750'000)) == "-22.75");
    CHECK(stepLength(Length{}) == "0.");
    CHECK(stepReal(0.70710678118654757) == "0.707106781187");
    CHECK(stepReal(-1e-15) == "0.");
}

TEST_CASE("the STEP model of 770-744 matches its golden file", "[model3d][step][golden]") {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant("770-744");
    const Model3d model = connectorModel(v, *spec.catalog.family(v.familyId), spec.templates);
    const std::string step = writeStep(model, "WAGO_770-744_1x04_P10.00mm_SnapIn.step");
    CHECK(test::goldenDifference("model3d/golden/WAGO_770-744_1x04_P10.00mm_SnapIn.step", step) == "");
}

TEST_CASE("every edge of a STEP solid is shared by two faces in opposite senses", "[model3d][step]") {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant("770-1242/076-000");
    const std::string step =
        writeStep(connectorModel(v, *spec.catalog.family(v.familyId), spec.templates), "socket.step");
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
