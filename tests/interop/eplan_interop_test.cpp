// The EPLAN parts file, validated by xmllint against the schema the repository ships
// (schemas/eplan-partsmanagement.xsd), and its drilling patterns compared with the
// spec's cutouts, through tests/interop/check_eplan.py.

#include "model/decimal.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

int checkEplan(const std::filesystem::path& file, const std::string& options) {
    return test::runInteropCheck(
        "check_eplan.py",
        file.string() + " " + (test::sourceDir() / "schemas/eplan-partsmanagement.xsd").string() + " " + options);
}

std::string mm(const Sourced<Length>& l) { return formatUnits(*l, 6); }

// --cutout for every panel-mount variant with the spec's own sizes, --no-cutout for the rest.
std::string expectedCutouts(const LoadedSpec& spec) {
    std::string options = "--parts " + std::to_string(spec.catalog.size());
    for (const auto& v : spec.all()) {
        const std::string number = "WAGO." + v.number;
        if (isPanelMount(*v.kind))
            options +=
                " --cutout " + number + " " + mm(v.cutoutWidth) + " " + mm(v.cutoutHeight) + " " + mm(v.cutoutRadius);
        else
            options += " --no-cutout " + number;
    }
    return options;
}

std::filesystem::path generateEplan(const test::ScratchDir& dir) {
    return test::generateIn(dir.path(), {"--format", "eplan"}) / "eplan/wago-winsta-midi.xml";
}

}  // namespace

TEST_CASE("xmllint validates the EPLAN parts file, and its drilling patterns are the spec's cutouts",
          "[interop][eplan]") {
    test::ScratchDir dir;
    const auto file = generateEplan(dir);
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates");
    CHECK(checkEplan(file, expectedCutouts(spec)) == 0);
}

TEST_CASE("the EPLAN check fails on a wrong cutout and on a file the schema refuses", "[interop][eplan]") {
    test::ScratchDir dir;
    const auto file = generateEplan(dir);
    CHECK(checkEplan(file, "--cutout WAGO.770-744 40.5 15.8 1 2>/dev/null") != 0);
    CHECK(checkEplan(file, "--no-cutout WAGO.770-744 2>/dev/null") != 0);
    const std::string good = test::readFile(file);
    test::replaceInFile(file, "dimension1=\"40.4\"", "dimension1=\"40,4\"");  // a decimal comma
    CHECK(checkEplan(file, "2>/dev/null") != 0);
    test::writeFile(file, good);
    test::replaceInFile(file, "P_ARTICLE_REF_TERMINAL_NAME=\"WAGO.770-745\"",
                        "P_ARTICLE_REF_TERMINAL_NAME=\"WAGO.770-746\"");
    CHECK(checkEplan(file, "2>/dev/null") != 0);  // a connection point pattern that does not exist
}

TEST_CASE("the EPLAN check fails on a wrong count, designation or accessory list", "[interop][eplan]") {
    test::ScratchDir dir;
    const auto file = generateEplan(dir);
    const std::string good = test::readFile(file);
    test::replaceInFile(file, "<partsmanagement count=\"", "<partsmanagement count=\"1");
    CHECK(checkEplan(file, "2>/dev/null") != 0);
    test::writeFile(file, good);
    test::replaceInFile(file, "connectionDesignation=\"1.1&#10;1.2\"", "connectionDesignation=\"1.1&#10;1.3\"");
    CHECK(checkEplan(file, "2>/dev/null") != 0);
    test::writeFile(file, good);
    test::replaceInFile(file, "P_PART_ACCESSORYLIST_NAME=\"WAGO.770-744.counterparts\"",
                        "P_PART_ACCESSORYLIST_NAME=\"WAGO.770-744.mates\"");
    CHECK(checkEplan(file, "2>/dev/null") != 0);
}
