// partgen kicad-project: the generated libraries put into a KiCad project's tables.

#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

std::string read(const fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A scratch folder with the spec generated into out/ and an empty KiCad project in project/.
struct ProjectFixture {
    test::ScratchDir dir;
    ProjectFixture() {
        test::generateIn(dir.path(), {"--format", "kicad-sym,kicad-mod"});
        write(dir / "project/machine.kicad_pro", "{}\n");
    }
    test::CliResult link() {
        return test::runPartgen({"kicad-project", (dir / "project").string(), "--out", (dir / "out").string()});
    }
};

}  // namespace

TEST_CASE("kicad-project writes a project's tables relative to ${KIPRJMOD}", "[cli][kicad]") {
    ProjectFixture f;
    const auto result = f.link();
    CHECK(result.code == exitSuccess);
    const std::string symbols = read(f.dir / "project/sym-lib-table");
    CHECK(symbols.find("(uri \"${KIPRJMOD}/../out/kicad/Connector_WAGO_WINSTA_MIDI.kicad_sym\")") != std::string::npos);
    CHECK(symbols.find("Connector_WAGO_WINSTA_MIDI_PanelCutout.kicad_sym") != std::string::npos);
    CHECK(read(f.dir / "project/fp-lib-table")
              .find("(uri \"${KIPRJMOD}/../out/kicad/Connector_WAGO_WINSTA_MIDI.pretty\")") != std::string::npos);
    CHECK(symbols.find("PARTGEN_LIBRARY_DIR") == std::string::npos);
}

TEST_CASE("kicad-project keeps the project's other libraries and replaces its own", "[cli][kicad]") {
    ProjectFixture f;
    const std::string mine =
        "\t(lib (name \"Mine\")(type \"KiCad\")(uri \"/x/Mine.pretty\")(options \"\")(descr \"\"))\n";
    write(f.dir / "project/fp-lib-table", "(fp_lib_table\n\t(version 7)\n" + mine +
                                              "\t(lib (name \"Connector_WAGO_WINSTA_MIDI\")(type \"KiCad\")(uri "
                                              "\"/stale\")(options \"\")(descr \"\"))\n)\n");
    REQUIRE(f.link().code == exitSuccess);
    const std::string table = read(f.dir / "project/fp-lib-table");
    CHECK(table.rfind("(fp_lib_table\n\t(version 7)\n" + mine, 0) == 0);
    CHECK(table.find("/stale") == std::string::npos);
    CHECK(table.find("${KIPRJMOD}/../out/kicad/Connector_WAGO_WINSTA_MIDI.pretty") != std::string::npos);
    REQUIRE(f.link().code == exitSuccess);  // a second run changes nothing
    CHECK(read(f.dir / "project/fp-lib-table") == table);
}

TEST_CASE("kicad-project refuses a folder without a project, and a broken table, touching nothing", "[cli][kicad]") {
    ProjectFixture f;
    fs::remove(f.dir / "project/machine.kicad_pro");
    const auto none = f.link();
    CHECK(none.code == exitUsage);
    CHECK(none.err.find("holds no KiCad project (.kicad_pro)") != std::string::npos);
    CHECK_FALSE(fs::exists(f.dir / "project/sym-lib-table"));

    write(f.dir / "project/machine.kicad_pro", "{}\n");
    write(f.dir / "project/fp-lib-table", "(fp_lib_table\n\t(lib (name \"A\")\n");
    const auto before = test::snapshot(f.dir / "project");
    const auto broken = f.link();
    CHECK(broken.code == exitUsage);
    CHECK(broken.err.find("fp-lib-table:3: the table ends where ')' was expected") != std::string::npos);
    CHECK(test::snapshot(f.dir / "project") == before);
}

TEST_CASE("kicad-project needs a generated output folder", "[cli][kicad]") {
    test::ScratchDir dir;
    write(dir / "project/p.kicad_pro", "{}\n");
    const auto result =
        test::runPartgen({"kicad-project", (dir / "project").string(), "--out", (dir / "none").string()});
    CHECK(result.code == exitUsage);
    CHECK(result.err.find("does not exist; run partgen generate first") != std::string::npos);
}
