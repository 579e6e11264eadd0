// The PDFs partgen writes, read back by poppler-utils (pdfinfo, pdftotext, pdftoppm)
// through tests/interop/check_pdf.py: sheet, texts, and a cutout edge where the scale
// puts it on paper.

#include <cmath>

#include "drawing/cutout_drawing.h"
#include "drawing/pdf.h"
#include "geometry/cutout.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

int checkPdf(const std::filesystem::path& file, const std::string& options) {
    return test::runInteropCheck("check_pdf.py", file.string() + " " + options);
}

constexpr double pixelsPerMillimetre = 10;  // pdftoppm -r 254

int pixel(double paperMillimetres) { return static_cast<int>(std::floor(paperMillimetres * pixelsPerMillimetre)); }

// "--edge COLUMN FROM TO": the left edge of 770-744's cut contour, along its straight
// part above the centre line, where `page` puts it.
std::string leftEdgeOf744(const PdfPage& page) {
    const Variant& v = test::repositoryVariant("770-744");
    const DrawingRules& rules = test::repositorySpec().rules.get<DrawingRules>();
    const RoundedRect cut = cutShape(*cutoutOf(v), contourSizeOf(rules));
    const Length left = cut.centre.x - Length::fromSteps(cut.width.steps() / 2);
    const Length straightTop = cut.centre.y + Length::fromSteps(cut.height.steps() / 2) - cut.radius;
    const int column = pixel(paperPointOf(page, {left, cut.centre.y}).x);
    const int from = pixel(paperPointOf(page, {left, straightTop - millimetres(1)}).y);
    const int to = pixel(paperPointOf(page, {left, cut.centre.y + millimetres(1)}).y);
    return "--edge " + std::to_string(column) + " " + std::to_string(from) + " " + std::to_string(to);
}

PdfPage pageOf744() {
    const Variant& v = test::repositoryVariant("770-744");
    return pdfPageFor(cutoutDrawing(v, *cutoutOf(v), test::repositorySpec().rules.get<DrawingRules>()));
}

std::filesystem::path generated744(const test::ScratchDir& dir) {
    return test::generateIn(dir.path(), {"--format", "pdf"}) / "drawings/770-744_cutout.pdf";
}

}  // namespace

TEST_CASE("poppler reads a cutout PDF: A4, its texts, the cut edge where 1:1 puts it", "[interop][pdf]") {
    test::ScratchDir dir;
    const auto file = generated744(dir);
    const PdfPage page = pageOf744();
    REQUIRE(page.scale == 1);
    REQUIRE(page.sheet.name == "A4");
    CHECK(checkPdf(file,
                   "--page 842 595 --text '770-744 panel cutout' --text 'SCALE 1:1  A4' " + leftEdgeOf744(page)) == 0);
}

// The title block and position table take the example from A4 to A3, still at 1:1.
TEST_CASE("poppler reads the example panel PDF: A3 at 1:1 with its notes, title block and positions",
          "[interop][pdf]") {
    test::ScratchDir dir;
    const auto file = dir / "panel.pdf";
    REQUIRE(test::runPartgen({"panel", (test::sourceDir() / "examples/panel-770.xml").string(), "--out", file.string(),
                              "--accept-estimated", "--parts", (test::sourceDir() / "parts").string(), "--templates",
                              (test::sourceDir() / "templates").string()})
                .code == 0);
    CHECK(checkPdf(file,
                   "--page 1191 842 --text 'SCALE 1:1  A3' --text 'Junction box front: 160 x 80 mm' "
                   "--text 'DRAWING NO. JB-770-01' --text 'REVISION A' --text 'GENERAL TOLERANCES ISO 2768-m' "
                   "--text 'VIEW ON FRONT FACE' --text '2 770-744/064-000 40.4 x 15.8 R1 +0.1/0 100 50 0 1'") == 0);
}

TEST_CASE("the PDF check itself fails on a wrong sheet, a missing text and a wrong scale", "[interop][pdf]") {
    test::ScratchDir dir;
    const auto file = generated744(dir);
    PdfPage page = pageOf744();
    CHECK(checkPdf(file, "--page 1191 842 2>/dev/null") != 0);
    CHECK(checkPdf(file, "--page 842 595 --text '770-745 panel cutout' 2>/dev/null") != 0);
    CHECK(checkPdf(file, "--page 842 595 --text 'SCALE 1:2' 2>/dev/null") != 0);
    // Where the edge would be at 1:2, about its same centre: 10 mm to the right.
    page.scale = 2;
    const PaperPoint centre = paperPointOf(pageOf744(), {});
    page.originX = centre.x;
    page.originY = centre.y;
    CHECK(checkPdf(file, "--page 842 595 " + leftEdgeOf744(page) + " 2>/dev/null") != 0);
}
