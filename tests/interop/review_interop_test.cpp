// The review pages opened from file:// by Debian's headless chromium through
// tests/interop/check_review.py: no console error, no failed request, every image on screen
// decodes, and the picture boxes of a variant page show the symbol's body colour, the
// footprint's board background and the cutout's lines.

#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

// Colours the pictures are drawn in: KiCad's symbol body fill and board background.
const std::string pictureBoxes = "--box symbol:FFFFC2:0.05 --box footprint:001023:0.3 --box cutout:ink:0.005";

int checkPage(const std::filesystem::path& page, const std::string& options = "") {
    return test::runInteropCheck("check_review.py", page.string() + " " + options);
}

std::filesystem::path generatedReview(const test::ScratchDir& dir) {
    return test::generateIn(dir.path(), {"--format", "review"}) / "review";
}

}  // namespace

TEST_CASE("chromium opens the review indexes from file:// without an error", "[interop][review]") {
    test::ScratchDir dir;
    const auto review = generatedReview(dir);
    CHECK(checkPage(review / "index.html") == 0);
    CHECK(checkPage(review / "wago-winsta-midi/index.html") == 0);
}

TEST_CASE("chromium shows a variant page's symbol, footprint and cutout in their boxes", "[interop][review]") {
    test::ScratchDir dir;
    const auto review = generatedReview(dir);
    CHECK(checkPage(review / "wago-winsta-midi/770-744_064-000.html", pictureBoxes) == 0);
}

TEST_CASE("chromium shows the changes page's pictures before and after a depth change", "[interop][review]") {
    test::ScratchDir dir;
    const auto review = generatedReview(dir);
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<depth>37.5 mm</depth>", "<depth>30 mm</depth>");
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "review"}).code == 0);
    // Before is carried in the page as a data: URI, after is the library's file.
    std::string boxes;
    for (const std::string view : {"top", "right", "isometric"})
        for (const std::string side : {"before", "after"})
            boxes += " --box 770-744.model-" + view + "." + side + ":ink:0.02";
    CHECK(checkPage(review / "changes.html", boxes) == 0);
}

TEST_CASE("the review check itself fails on a missing picture and on a blank one", "[interop][review]") {
    test::ScratchDir dir;
    const auto family = generatedReview(dir) / "wago-winsta-midi";
    const std::string symbolBox = "--box symbol:FFFFC2:0.05";
    CHECK(checkPage(family / "770-744.html", symbolBox) == 0);  // the control: the page as written passes
    test::writeFile(family / "770-744.symbol.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\"/>\n");
    CHECK(checkPage(family / "770-744.html", symbolBox + " 2>/dev/null") != 0);
    std::filesystem::remove(family / "770-745.footprint.svg");
    CHECK(checkPage(family / "770-745.html", " 2>/dev/null") != 0);
}
