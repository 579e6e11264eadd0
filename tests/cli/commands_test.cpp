#include "cli/commands.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <locale>

#include "model/partgen_version.h"
#include "pipeline/output_lock.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
using test::runIn;
using test::runPartgen;

TEST_CASE("every command has --help, and --version names the version", "[cli]") {
    for (const char* command : {"list", "check", "generate"}) {
        const auto help = runPartgen({command, "--help"});
        INFO(command);
        CHECK(help.code == exitSuccess);
        CHECK(help.out.find(std::string("usage: partgen ") + command) == 0);
    }
    CHECK(runPartgen({"--help"}).out.find("commands:") != std::string::npos);
    const auto version = runPartgen({"--version"});
    CHECK(version.code == exitSuccess);
    CHECK(version.out == "partgen " + std::string(partgenVersion()) + "\n");
}

TEST_CASE("usage mistakes exit 2", "[cli]") {
    CHECK(runPartgen({}).code == exitUsage);
    CHECK(runPartgen({"frobnicate"}).code == exitUsage);
    CHECK(runPartgen({"list", "--colour"}).code == exitUsage);
    CHECK(runPartgen({"generate", "--jobs", "0"}).code == exitUsage);
    CHECK(runPartgen({"generate", "--jobs", "many"}).code == exitUsage);
}

namespace {

bool startsWith(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }

}  // namespace

// The categories a command line can meet; cli/error_exit_test.cpp has every category.
TEST_CASE("a failure exits with the code and the words of its category", "[cli][error]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const std::vector<std::string> resolved{"--format", "resolved", "--full"};
    SECTION("a bad option value is a usage error") {
        const auto result = runIn(dir.path(), "generate", {"--dxf-version", "14"});
        CHECK(result.code == exitUsage);
        CHECK(result.err == "partgen: --dxf-version must be 12 or 2000, not '14'\n");
    }
    SECTION("an unknown format is a usage error") {
        const auto result = runIn(dir.path(), "generate", {"--format", "gerber"});
        CHECK(result.code == exitUsage);
        CHECK(startsWith(result.err, "partgen: unknown format 'gerber'"));
    }
    SECTION("an option the parser does not know is a usage error") {
        const auto result = runIn(dir.path(), "generate", {"--colour"});
        CHECK(result.code == exitUsage);
        CHECK(startsWith(result.err, "partgen: unrecognised option '--colour'"));
    }
    SECTION("an output folder that another run holds is refused") {
        REQUIRE(runIn(dir.path(), "generate", resolved).code == exitSuccess);
        const OutputLock held(dir / "out", OutputLock::Mode::write);
        const auto result = runIn(dir.path(), "generate", resolved);
        CHECK(result.code == exitIo);
        CHECK(startsWith(result.err, "partgen: nothing was changed: another partgen run is using "));
    }
    SECTION("a symbolic link in the output folder is refused") {
        REQUIRE(runIn(dir.path(), "generate", resolved).code == exitSuccess);
        std::filesystem::rename(dir / "out/resolved/770-744.xml", dir / "770-744.xml");
        std::filesystem::create_symlink(dir / "770-744.xml", dir / "out/resolved/770-744.xml");
        const auto result = runIn(dir.path(), "generate", resolved);
        CHECK(result.code == exitIo);
        CHECK(startsWith(result.err, "partgen: nothing was changed: "));
        CHECK(result.err.find("770-744.xml is a symbolic link") != std::string::npos);
    }
    SECTION("a file where the output folder should be is an I/O error") {
        test::writeFile(dir / "out", "not a folder");
        const auto result = runIn(dir.path(), "generate", resolved);
        CHECK(result.code == exitIo);
        CHECK(startsWith(result.err, "partgen: I/O error, the output folder is unchanged: "));
    }
}

TEST_CASE("check lists estimated and derived values and exits 0 on the repository spec", "[cli]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto result = runIn(dir.path(), "check");
    CHECK(result.code == exitSuccess);
    CHECK(result.out.find("estimated values:\n") != std::string::npos);
    CHECK(result.out.find("  770-744: cutout-width = 40.4 mm (") != std::string::npos);
    CHECK(result.out.find("  770-744: cutout-height = 15.8 mm (") != std::string::npos);
    CHECK(result.out.find("  770-744: cutout-radius = 1 mm (") != std::string::npos);
    CHECK(result.out.find("  770-744/064-000: marking = PE 2L 1L L (") != std::string::npos);
    CHECK(result.out.find("derived values:\n  770-742: every value (series rule at ") != std::string::npos);
    CHECK(result.out.find("inherited values:\n  770-744/064-000: cutout-tolerance = +0.1 / -0 mm (") != std::string::npos);
    CHECK(result.out.find("1 family, 6 variants, 0 errors, 0 warnings\n") != std::string::npos);
}

TEST_CASE("check prints each problem as file:line and exits 1", "[cli]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<marking>1/COM 2</marking>", "<marking>1/COM</marking>");
    const auto result = runIn(dir.path(), "check");
    CHECK(result.code == exitInvalid);
    CHECK(result.out.find("wago-winsta-midi.xml:145: error: 770-1242/076-000: marking '1/COM' has 1 label(s) for 2 "
                          "poles; give exactly one label per pole\n") != std::string::npos);
    CHECK(result.out.find("1 family, 6 variants, 1 error, 0 warnings\n") != std::string::npos);
}

TEST_CASE("list prints one line per variant with kind, poles and provenance", "[cli]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto result = runIn(dir.path(), "list");
    CHECK(result.code == exitSuccess);
    CHECK(result.out ==
          "770-1242/076-000    socket          2 poles   datasheet\n"
          "770-742             snap-in-socket  2 poles   derived,estimated\n"
          "770-743             snap-in-socket  3 poles   derived,estimated\n"
          "770-744             snap-in-socket  4 poles   datasheet,estimated\n"
          "770-744/064-000     snap-in-socket  4 poles   datasheet,inherited,estimated\n"
          "770-745             snap-in-socket  5 poles   derived,estimated\n");
}

TEST_CASE("a locale with a decimal comma changes no byte of the output", "[cli][locale]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate").code == exitSuccess);
    const auto plain = test::snapshot(dir / "out");
    std::filesystem::remove_all(dir / "out");

    // The set-up script generates de_DE.UTF-8; without it this test cannot show anything.
    const std::locale german("de_DE.UTF-8");
    const std::locale previous = std::locale::global(german);
    REQUIRE(std::string(std::setlocale(LC_NUMERIC, nullptr)) == "de_DE.UTF-8");
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", 0.5);
    REQUIRE(std::string(buffer) == "0,5");  // the C library now writes decimal commas
    const auto result = runIn(dir.path(), "generate");
    std::locale::global(previous);
    CHECK(result.code == exitSuccess);
    CHECK(test::snapshot(dir / "out") == plain);
}

TEST_CASE("the partgen program honours LC_ALL without changing its output", "[cli][locale]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const std::string base = std::string(PARTGEN_BINARY) + " generate --parts " + (dir / "parts").string() +
                             " --templates " + (dir / "templates").string() + " > /dev/null --out ";
    REQUIRE(std::system((base + (dir / "c").string()).c_str()) == 0);
    REQUIRE(std::system(("LC_ALL=de_DE.UTF-8 " + base + (dir / "de").string()).c_str()) == 0);
    CHECK(test::snapshot(dir / "de") == test::snapshot(dir / "c"));
}

TEST_CASE("check and generate refuse a family id that climbs out of the output folder", "[cli]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "id=\"wago-winsta-midi\"", "id=\"../../escaped\"");
    const std::string expected =
        "wago-winsta-midi.xml:12: error: family id '../../escaped' contains '..' and cannot be used in a file name\n";
    const auto check = runIn(dir.path(), "check");
    CHECK(check.code == exitInvalid);
    CHECK(check.out.find(expected) != std::string::npos);
    const auto generate = runIn(dir.path(), "generate");
    CHECK(generate.code == exitInvalid);
    CHECK(generate.err.find(expected) != std::string::npos);
    CHECK(test::snapshot(dir / "out").empty());
    CHECK_FALSE(std::filesystem::exists(dir / "escaped.xml"));
}

TEST_CASE("check without readable templates names each template once and checks no variant", "[cli]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    std::filesystem::remove_all(dir / "templates");
    const auto result = runIn(dir.path(), "check");
    CHECK(result.code == exitInvalid);
    const std::string templates = (dir / "templates").generic_string();
    std::string expected;
    for (const char* name : {"colours", "drawing", "eplan", "kicad", "model3d", "wording"})
        expected += templates + "/" + name + ".xml: error: cannot be read: it does not exist\n";
    expected += "1 family, 6 variants, 6 errors, 0 warnings\n";
    CHECK(result.out == expected);
}
