// Every generated VRML model loaded by KiCad 9 (through `kicad-cli pcb export vrml`):
// the right number of shapes in the part's colour, W x H x D in KiCad's own units.

#include "kicad/kicad_names.h"
#include "model/decimal.h"
#include "model3d/connector_model.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

int checkInKicad(const std::filesystem::path& out, const std::string& models) {
    return test::runInteropCheck("check_kicad_vrml.py", out.string() + " " + models);
}

// PATH:SOLIDS:WIDTH:HEIGHT:DEPTH:#RRGGBB, as check_kicad_vrml.py takes it.
std::string expectation(const Variant& v) {
    const auto& spec = test::repositorySpec();
    const Family& family = *spec.catalog.family(v.familyId);
    const Model3d model = connectorModel(v, family, spec.rules.get<ModelRules>(), spec.rules.get<ColourTable>());
    return "'" + kicadModelStem(v, family, spec.rules.get<KicadRules>()) +
           ".wrl:" + std::to_string(model.solids.size()) + ":" + formatUnits(*v.width, 6) + ":" +
           formatUnits(*v.height, 6) + ":" + formatUnits(*v.depth, 6) + ":" + model.solids.front().colour + "'";
}

std::filesystem::path generateModels(const test::ScratchDir& dir) {
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "wrl"}).code == 0);
    return dir / "out";
}

}  // namespace

TEST_CASE("KiCad loads every VRML model in the part's colour at W x H x D", "[interop][vrml]") {
    test::ScratchDir dir;
    const auto out = generateModels(dir);
    std::string models;
    for (const auto& v : test::repositoryVariants()) models += " " + expectation(v);
    CHECK(checkInKicad(out, models) == 0);
}

TEST_CASE("the VRML check fails on a model KiCad cannot read", "[interop][vrml]") {
    test::ScratchDir dir;
    const auto out = generateModels(dir);
    const Variant& v = test::repositoryVariant("770-744");
    const std::string path = expectation(v);
    const auto file = out / path.substr(1, path.find(':') - 1);
    test::writeFile(file, test::readFile(file).substr(0, 400));
    CHECK(checkInKicad(out, path + " 2>/dev/null") != 0);
}
