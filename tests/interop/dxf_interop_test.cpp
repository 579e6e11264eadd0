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

void checkAllCutouts(const std::string& dxfVersion, const std::string& contour, const std::string& acadVersion) {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    if (contour == "nominal")
        test::replaceInFile(dir / "templates/drawing.xml", "<cutout-contour>mid-tolerance", "<cutout-contour>nominal");
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "dxf", "--dxf-version", dxfVersion}).code == 0);
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates");
    int checked = 0;
    for (const auto& v : spec.all()) {
        const auto cutout = cutoutOf(v);
        if (!cutout) continue;
        const RoundedRect shape =
            cutShape(*cutout, contour == "nominal" ? ContourSize::nominal : ContourSize::midTolerance);
        INFO(v.number);
        CHECK(checkDxf(dir / "out/drawings" / (v.fileStem + "_cutout.dxf"), acadVersion,
                       "--cut " + drawingCoordinate(shape.width) + " " + drawingCoordinate(shape.height)) == 0);
        ++checked;
    }
    CHECK(checked == 5);
}

}  // namespace

TEST_CASE("ezdxf reads and audits every R12 cutout drawing, the cut contour is the nominal cutout", "[interop][dxf]") {
    checkAllCutouts("12", "nominal", "AC1009");
}

TEST_CASE("ezdxf reads and audits every R2000 cutout drawing at mid-tolerance", "[interop][dxf]") {
    checkAllCutouts("2000", "mid-tolerance", "AC1015");
}

TEST_CASE("ezdxf reads and audits the example panel in both versions", "[interop][dxf]") {
    test::ScratchDir dir;
    for (const auto& [version, acad] : {std::pair{"12", "AC1009"}, std::pair{"2000", "AC1015"}}) {
        const auto file = dir / (std::string("panel-") + version + ".dxf");
        REQUIRE(
            test::runPartgen({"panel", (test::sourceDir() / "examples/panel-770.xml").string(), "--out", file.string(),
                              "--dxf-version", version, "--parts", (test::sourceDir() / "parts").string(),
                              "--templates", (test::sourceDir() / "templates").string()})
                .code == 0);
        CHECK(checkDxf(file, acad, "--cuts 4 --outline 160 80") == 0);
    }
}

TEST_CASE("the DXF check itself fails on a wrong size", "[interop][dxf]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "dxf"}).code == 0);
    CHECK(checkDxf(dir / "out/drawings/770-744_cutout.dxf", "AC1009", "--cut 40.5 15.8 2>/dev/null") != 0);
    CHECK(checkDxf(dir / "out/drawings/770-744_cutout.dxf", "AC1015", "2>/dev/null") != 0);
}
