// The files `partgen panel` writes: chosen by extension, checked against the inputs and
// each other, written all or none.

#include "cli/panel_outputs.h"

#include "model/error.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
using namespace partgen::cli;
namespace fs = std::filesystem;

namespace {

// The message of the usage error `panelOutputs` throws; "" when it throws none.
std::string usageError(const std::vector<std::string>& outs, const PanelInputs& inputs) {
    try {
        panelOutputs(outs, inputs);
    } catch (const Error& e) {
        CHECK(e.category() == ErrorCategory::usage);
        return e.what();
    }
    return "";
}

Drawing square() {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf(RoundedRect{{}, millimetres(10), millimetres(10), Length()})});
    return d;
}

}  // namespace

TEST_CASE("by default a panel goes below the output folder, under the layout's name", "[cli][panel]") {
    CHECK(defaultPanelOutputs("layouts/front.xml") ==
          std::vector<std::string>{"output/panels/front.dxf", "output/panels/front.svg"});
}

TEST_CASE("each --out gets the writer of its extension", "[cli][panel]") {
    test::ScratchDir dir;
    const auto outputs = panelOutputs({(dir / "a.dxf").string(), (dir / "b.Svg").string()}, {dir / "lay.xml", {}});
    REQUIRE(outputs.size() == 2);
    CHECK(outputs[0].type->name == "DXF");
    CHECK(outputs[1].type->name == "SVG");
}

TEST_CASE("an --out partgen cannot or must not write is a usage error", "[cli][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "lay.xml", "<panel/>");
    fs::create_directories(dir / "parts");
    fs::create_directories(dir / "folder.dxf");
    const PanelInputs inputs{dir / "lay.xml", {dir / "parts"}};
    const auto refusal = [&](const std::vector<std::string>& outs) { return usageError(outs, inputs); };
    CHECK(refusal({(dir / "p.txt").string()}).find("unknown file type '.txt'") != std::string::npos);
    CHECK(refusal({(dir / "p").string()}).find("unknown file type ''") != std::string::npos);
    CHECK(refusal({(dir / "lay.xml").string()}).find("is the layout file") != std::string::npos);
    CHECK(refusal({(dir / "parts/p.dxf").string()}).find("lies inside the input folder") != std::string::npos);
    CHECK(refusal({(dir / "folder.dxf").string()}).find("is a folder") != std::string::npos);
    CHECK(refusal({(dir / "p.dxf").string(), (dir / "./p.dxf").string()}).find("is the same file as --out") !=
          std::string::npos);
    CHECK(refusal({""}).find("--out needs a file name") != std::string::npos);
}

TEST_CASE("an --out that names the layout by another path or a link is refused", "[cli][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "lay.svg", "<svg/>");  // a layout with a writable extension
    fs::create_symlink(dir / "lay.svg", dir / "link.svg");
    const PanelInputs inputs{dir / "lay.svg", {}};
    for (const auto& out : {dir / "lay.svg", dir / "sub/../lay.svg", dir / "link.svg"}) {
        INFO(out);
        CHECK(usageError({out.string()}, inputs).find("is the layout file") != std::string::npos);
    }
}

TEST_CASE("an --out below a file is refused before anything is written", "[cli][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "blocker", "a file where a folder should be");
    CHECK(usageError({(dir / "blocker/sub/p.svg").string()}, {}).find("blocker is a file, not a folder") !=
          std::string::npos);
}

TEST_CASE("panel files are written all or none", "[cli][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "old.dxf", "old");
    fs::create_symlink(dir / "elsewhere.svg", dir / "link.svg");  // never written through
    const auto refused = panelOutputs({(dir / "old.dxf").string(), (dir / "link.svg").string()}, {});
    CHECK_THROWS(writePanelFiles(refused, square(), DxfVersion::r12));
    CHECK(test::readFile(dir / "old.dxf") == "old");
    CHECK(test::snapshot(dir.path()).size() == 1);  // old.dxf: no temporary left

    const auto written = writePanelFiles(panelOutputs({(dir / "old.dxf").string(), (dir / "new/p.svg").string()}, {}),
                                         square(), DxfVersion::r12);
    CHECK(written.notWritten.empty());
    CHECK(written.written == std::vector<fs::path>{dir / "old.dxf", dir / "new/p.svg"});
    CHECK(test::readFile(dir / "old.dxf").find("AC1009") != std::string::npos);
}

TEST_CASE("a file that fails at its rename is reported with those written before it", "[cli][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "blocker", "a file where a folder should be");
    const std::vector<PanelOutput> outputs{{dir / "a.dxf", panelFileTypeOf("a.dxf")},
                                           {dir / "blocker/p.svg", panelFileTypeOf("p.svg")}};
    const auto report = writePanelFiles(outputs, square(), DxfVersion::r12);
    CHECK(report.written == std::vector<fs::path>{dir / "a.dxf"});
    CHECK(report.notWritten == std::vector<fs::path>{dir / "blocker/p.svg"});
    CHECK_FALSE(report.failure.empty());
    CHECK(test::readFile(dir / "blocker") == "a file where a folder should be");
}
