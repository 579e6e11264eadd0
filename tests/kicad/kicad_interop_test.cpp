// Every KiCad file partgen writes, read back by KiCad itself: KiCad 9's kicad-cli for
// both format versions, and KiCad 6's pcbnew for the KiCad 6 footprints. The Python
// side (tests/interop/check_kicad*.py) also checks the KLC rules.

#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

const std::string library = "Connector_WAGO_WINSTA_MIDI";

std::filesystem::path generateKicad(const test::ScratchDir& dir, const std::string& version) {
    return test::generateIn(dir.path(), {"--format", "kicad-sym,kicad-mod,step", "--kicad-version", version}) / "kicad";
}

}  // namespace

TEST_CASE("kicad-cli 9 loads the KiCad 9 symbol library unchanged and it follows the KLC", "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "9");
    CHECK(test::runInteropCheck("check_kicad.py", "sym " + (kicad / (library + ".kicad_sym")).string() + " 9") == 0);
}

TEST_CASE("kicad-cli 9 loads the KiCad 9 panel cutout symbols unchanged, zero-pin and linked to their cutouts",
          "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "9");
    CHECK(test::runInteropCheck("check_kicad.py",
                                "cutouts " + (kicad / (library + "_PanelCutout.kicad_sym")).string() + " 9") == 0);
}

TEST_CASE("kicad-cli 9 loads every KiCad 9 footprint unchanged and they follow the KLC", "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "9");
    CHECK(test::runInteropCheck("check_kicad.py", "fp " + (kicad / (library + ".pretty")).string() + " 9 " +
                                                      (dir / "out").string()) == 0);
}

TEST_CASE("kicad-cli 9 loads the KiCad 6 symbol library and footprints", "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "6");
    CHECK(test::runInteropCheck("check_kicad.py", "sym " + (kicad / (library + ".kicad_sym")).string() + " 6") == 0);
    CHECK(test::runInteropCheck("check_kicad.py",
                                "cutouts " + (kicad / (library + "_PanelCutout.kicad_sym")).string() + " 6") == 0);
    CHECK(test::runInteropCheck("check_kicad.py", "fp " + (kicad / (library + ".pretty")).string() + " 6 " +
                                                      (dir / "out").string()) == 0);
}

TEST_CASE("KiCad 6's pcbnew loads every KiCad 6 footprint, and refuses KiCad 9 ones", "[interop][kicad]") {
    const std::filesystem::path root = PARTGEN_KICAD6_ROOT;
    REQUIRE(std::filesystem::exists(root / "usr/lib/python3/dist-packages/pcbnew.py"));  // scripts/setup-debian.sh test
    const std::string environment = "PYTHONPATH=" + (root / "usr/lib/python3/dist-packages").string() +
                                    " LD_LIBRARY_PATH=" + (root / "usr/lib/x86_64-linux-gnu").string() + ":" +
                                    (root / "usr/lib/kicad").string();
    test::ScratchDir six, nine;
    CHECK(test::runInteropCheck("check_kicad6_pcbnew.py",
                                (generateKicad(six, "6") / (library + ".pretty")).string() + " 5", environment) == 0);
    CHECK(test::runInteropCheck("check_kicad6_pcbnew.py",
                                (generateKicad(nine, "9") / (library + ".pretty")).string() + " 5 2>/dev/null",
                                environment) != 0);
}

TEST_CASE("KiCad 6's own pcbnew loads the KiCad 6 footprint table as a project table", "[interop][kicad]") {
    const std::filesystem::path root = PARTGEN_KICAD6_ROOT;
    test::ScratchDir dir;
    generateKicad(dir, "6");
    const std::string check = root.string() + " " + (dir / "out").string();
    CHECK(test::runInteropCheck("check_kicad6_tables.py", check + " 5") == 0);
    // The check can fail: the same table, but a footprint count it does not list.
    CHECK(test::runInteropCheck("check_kicad6_tables.py", check + " 4 2>/dev/null") != 0);
}

TEST_CASE("the KiCad checks fail on a file KiCad cannot read", "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "9");
    const auto file = kicad / (library + ".kicad_sym");
    test::replaceInFile(file, "(in_bom yes)", "(in_bom yes) (bogus 1)");
    CHECK(test::runInteropCheck("check_kicad.py", "sym " + file.string() + " 9 2>/dev/null") != 0);
}

TEST_CASE("the KLC read-back fails on a connector on the board, an off-centre body and a footprint datasheet",
          "[interop][kicad]") {
    test::ScratchDir dir;
    const auto kicad = generateKicad(dir, "9");
    const auto symbols = kicad / (library + ".kicad_sym");
    test::replaceInFile(symbols, "(on_board no)", "(on_board yes)");
    CHECK(test::runInteropCheck("check_kicad.py", "sym " + symbols.string() + " 9 2>/dev/null") != 0);

    test::ScratchDir other;
    const auto moved = generateKicad(other, "9") / (library + ".kicad_sym");
    test::replaceInFile(moved, "(start -2.54 6.35)", "(start -2.54 8.89)");
    CHECK(test::runInteropCheck("check_kicad.py", "sym " + moved.string() + " 9 2>/dev/null") != 0);

    const auto pretty = kicad / (library + ".pretty");
    test::replaceInFile(pretty / "WAGO_770-744_1x04_P10.00mm_SnapIn.kicad_mod", "(property \"Datasheet\" \"\"",
                        "(property \"Datasheet\" \"https://www.wago.com/770-744\"");
    CHECK(test::runInteropCheck("check_kicad.py",
                                "fp " + pretty.string() + " 9 " + (dir / "out").string() + " 2>/dev/null") != 0);
}
