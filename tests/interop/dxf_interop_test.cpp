// Every DXF partgen writes, read back by a real reader: ezdxf (Debian's python3-ezdxf),
// through tests/interop/check_dxf.py.

#include "geometry/cutout.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"
#include "text/drawing_numbers.h"

using namespace partgen;

namespace {

int checkDxf(const std::filesystem::path& file, const std::string& version, const std::string& options) {
    return test::runInteropCheck("check_dxf.py", file.string() + " " + version + " " + options);
}

// Every cutout of the repository's WINSTA MIDI parts is estimated, so each is cut on
// CUT_ESTIMATED; `datasheet` turns the estimates into datasheet values first, which puts
// them on CUT.
void checkAllCutouts(const std::string& dxfVersion, const std::string& contour, const std::string& acadVersion,
                     bool datasheet = false) {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    if (contour == "nominal")
        test::replaceInFile(dir / "templates/drawing.xml", "<cutout-contour>mid-tolerance", "<cutout-contour>nominal");
    if (datasheet) {
        const auto family = dir / "parts/wago-winsta-midi.xml";
        std::string text = test::readFile(family);
        for (std::size_t at; (at = text.find("source=\"estimated\"")) != std::string::npos;)
            text.replace(at, 18, "source=\"datasheet\"");
        test::writeFile(family, text);
    }
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "dxf", "--dxf-version", dxfVersion}).code == 0);
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates");
    int checked = 0;
    for (const auto& v : spec.all()) {
        const auto cutout = cutoutOf(v);
        if (!cutout) continue;
        CHECK(cutout->isEstimated() == !datasheet);
        const RoundedRect shape =
            cutShape(*cutout, contour == "nominal" ? ContourSize::nominal : ContourSize::midTolerance);
        INFO(v.number);
        CHECK(checkDxf(dir / "out/drawings" / (v.fileStem + "_cutout.dxf"), acadVersion,
                       std::string(datasheet ? "" : "--cut-layer CUT_ESTIMATED ") + "--cut " +
                           drawingCoordinate(shape.width) + " " + drawingCoordinate(shape.height)) == 0);
        ++checked;
    }
    CHECK(checked == 5);
}

test::CliResult panelExample(const std::filesystem::path& file, const std::string& version,
                             std::vector<std::string> extra) {
    std::vector<std::string> args{"panel",         (test::sourceDir() / "examples/panel-770.xml").string(),
                                  "--out",         file.string(),
                                  "--dxf-version", version,
                                  "--parts",       (test::sourceDir() / "parts").string(),
                                  "--templates",   (test::sourceDir() / "templates").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return test::runPartgen(args);
}

}  // namespace

TEST_CASE("ezdxf reads and audits every R12 cutout drawing at nominal size", "[interop][dxf]") {
    checkAllCutouts("12", "nominal", "AC1009");
}

TEST_CASE("ezdxf reads and audits every R2000 cutout drawing at mid-tolerance", "[interop][dxf]") {
    checkAllCutouts("2000", "mid-tolerance", "AC1015");
}

TEST_CASE("ezdxf finds datasheet cutouts on CUT, at mid-tolerance by default", "[interop][dxf]") {
    checkAllCutouts("12", "mid-tolerance", "AC1009", true);
}

// 770-744: 40.4 x 15.8 mm, +0.1/-0, cut at 40.45 x 15.85 mm; 770-745 (50.4 mm) turned.
TEST_CASE("ezdxf reads and audits the example panel in both versions, estimates on their layer", "[interop][dxf]") {
    test::ScratchDir dir;
    for (const auto& [version, acad] : {std::pair{"12", "AC1009"}, std::pair{"2000", "AC1015"}}) {
        const auto file = dir / (std::string("panel-") + version + ".dxf");
        REQUIRE(panelExample(file, version, {"--accept-estimated"}).code == 0);
        CHECK(checkDxf(file, acad,
                       "--cut-layer CUT_ESTIMATED --cuts 4 --has-cut 40.45 15.85 --has-cut 30.45 15.85 "
                       "--has-cut 15.85 50.45 --outline 160 80") == 0);
    }
}

TEST_CASE("ezdxf finds the example panel's title block and position table off the cut layers", "[interop][dxf]") {
    test::ScratchDir dir;
    const auto file = dir / "panel.dxf";
    REQUIRE(panelExample(file, "2000", {"--accept-estimated"}).code == 0);
    CHECK(checkDxf(file, "AC1015",
                   "--cut-layer CUT_ESTIMATED --cuts 4 --text JB-770-01 --text A --text 'ISO 2768-m' "
                   "--text 'SCALE' --text 1:1 --text 'VIEW ON FRONT FACE' --text 'FROM FRONT FACE, BURR ON REAR' "
                   "--text '2: 770-744/064-000' --text '40.4 x 15.8 R1' --text 135") == 0);
    CHECK(checkDxf(file, "AC1015", "--cut-layer CUT_ESTIMATED --text 'ISO 2768-f' 2>/dev/null") != 0);
}

TEST_CASE("the DXF check itself fails on a wrong size, a wrong version and estimates on CUT", "[interop][dxf]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "dxf"}).code == 0);
    const auto drawing = dir / "out/drawings/770-744_cutout.dxf";
    CHECK(checkDxf(drawing, "AC1009", "--cut-layer CUT_ESTIMATED --cut 40.45 15.85") == 0);
    CHECK(checkDxf(drawing, "AC1009", "--cut-layer CUT_ESTIMATED --cut 40.4 15.8 2>/dev/null") != 0);
    CHECK(checkDxf(drawing, "AC1015", "--cut-layer CUT_ESTIMATED 2>/dev/null") != 0);
    CHECK(checkDxf(drawing, "AC1009", "--cut 40.45 15.85 2>/dev/null") != 0);
    const auto panel = dir / "panel.dxf";
    REQUIRE(panelExample(panel, "12", {"--accept-estimated"}).code == 0);
    CHECK(checkDxf(panel, "AC1009", "--cut-layer CUT_ESTIMATED --has-cut 40.4 15.8 2>/dev/null") != 0);
}
