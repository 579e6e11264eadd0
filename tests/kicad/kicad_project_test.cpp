// The KiCad library in use: KiCad 9 projects built from it (tests/interop/check_kicad_project.py)
// pass kicad-cli's ERC and its DRC with the schematic parity check, without a warning.

#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

const std::string library = "Connector_WAGO_WINSTA_MIDI";

std::filesystem::path generateKicad(const test::ScratchDir& dir) {
    return test::generateIn(dir.path(), {"--format", "kicad-sym,kicad-mod,step"}) / "kicad";
}

}  // namespace

TEST_CASE("KiCad 9 projects with every symbol and footprint pass ERC and DRC with schematic parity",
          "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir);
    CHECK(test::runInteropCheck("check_kicad_project.py", kicad.string() + " " + (dir / "projects").string()) == 0);
}

TEST_CASE("KiCad 9 projects whose tables partgen kicad-project wrote pass ERC and DRC", "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir);
    CHECK(test::runInteropCheck("check_kicad_project.py", kicad.string() + " " + (dir / "projects").string() + " " +
                                                              std::string(PARTGEN_BINARY)) == 0);
}

TEST_CASE("the KiCad project check fails when a connector symbol asks for a place on the board", "[interop][kicad]") {
    // Such a symbol has no footprint, so DRC's schematic parity misses one on the board.
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir);
    test::replaceInFile(kicad / (library + ".kicad_sym"), "(on_board no)", "(on_board yes)");
    CHECK(test::runInteropCheck("check_kicad_project.py",
                                kicad.string() + " " + (dir / "projects").string() + " 2>/dev/null") != 0);
}
