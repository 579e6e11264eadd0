// Every generated STEP file read by OpenCASCADE exactly as written (shape healing off):
// it transfers, every solid is closed and valid, volumes and bounding boxes equal the
// model's. Negative controls show the checks catch what OCCT's healing would hide.

#include <cmath>

#include "kicad/kicad_names.h"
#include "model3d/connector_model.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/occt_step.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

std::filesystem::path generateModels(const test::ScratchDir& dir) {
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "step"}).code == 0);
    return dir / "out";
}

std::filesystem::path stepFileOf(const std::filesystem::path& out, const Variant& v) {
    const auto& spec = test::repositorySpec();
    return out / (kicadModelStem(v, *spec.catalog.family(v.familyId), spec.rules.get<KicadRules>()) + ".step");
}

void checkAsWritten(const std::filesystem::path& file, const Variant& v) {
    const auto& spec = test::repositorySpec();
    const Model3d model = connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                                         spec.rules.get<ColourTable>());
    const test::OcctStep step = test::readStepWithOcct(file, test::Healing::off);
    INFO(file.filename().string());
    REQUIRE(step.read);
    REQUIRE(step.transferred);
    CHECK(step.productName == v.number);
    REQUIRE(step.solids.size() == model.solids.size());
    double total = 0;
    for (std::size_t i = 0; i < step.solids.size(); ++i) {
        INFO("solid " << model.solids[i].name);
        CHECK(step.solids[i].closed);
        CHECK(step.solids[i].valid);
        CHECK(step.solids[i].volume > 0);
        CHECK(step.solids[i].volume == Approx(volumeOf(model.solids[i])).epsilon(1e-9));
        total += step.solids[i].volume;
    }
    CHECK(total == Approx(volumeOf(model)).epsilon(1e-9));
    CHECK(std::abs((step.bounds[3] - step.bounds[0]) - v.width->units()) < 0.01);
    CHECK(std::abs((step.bounds[4] - step.bounds[1]) - v.height->units()) < 0.01);
    CHECK(std::abs((step.bounds[5] - step.bounds[2]) - v.depth->units()) < 0.01);
    for (const auto& colour : test::solidColoursWithOcct(file)) CHECK(colour == model.solids.front().colour);
    CHECK(test::solidColoursWithOcct(file).size() == model.solids.size());
}

bool everySolidValid(const test::OcctStep& step) {
    bool valid = step.transferred && !step.solids.empty();
    for (const auto& s : step.solids) valid = valid && s.closed && s.valid && s.volume > 0;
    return valid;
}

}  // namespace

TEST_CASE("OpenCASCADE reads every STEP model as written: closed valid solids of the spec's size", "[interop][step]") {
    test::ScratchDir dir;
    const auto out = generateModels(dir);
    const auto& variants = test::repositoryVariants();
    REQUIRE(variants.size() == 6);
    for (const auto& v : variants) checkAsWritten(stepFileOf(out, v), v);
}

TEST_CASE("the STEP check catches a face turned inside out, which OCCT's healing would repair", "[interop][step]") {
    test::ScratchDir dir;
    const auto file = stepFileOf(generateModels(dir), test::repositoryVariant("770-744"));
    std::string text = test::readFile(file);
    const auto face = text.find("ADVANCED_FACE(");
    REQUIRE(face != std::string::npos);
    const auto sense = text.find(",.T.);", face);
    text.replace(sense, 6, ",.F.);");
    test::writeFile(file, text);

    CHECK_FALSE(everySolidValid(test::readStepWithOcct(file, test::Healing::off)));
    // The same file passes with OCCT's default healing: the switch above is what lets
    // the checks see the file as written.
    CHECK(everySolidValid(test::readStepWithOcct(file, test::Healing::on)));
}
