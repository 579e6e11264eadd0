// The review's changes page through a real run: written after every other file while the
// folder still holds the pictures the run replaces, so each appears before (in the page)
// beside after (the library's file); kept by a run that changes nothing; never written by
// --check.

#include "pipeline/changes_pages.h"

#include "cli/commands.h"
#include "review/data_uri.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/occurrences.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

struct Folder {
    test::ScratchDir dir;
    fs::path out = test::generateIn(dir.path(), {"--format", "review"});
    fs::path family = dir / "parts/wago-winsta-midi.xml";
    fs::path pictures = out / "review/wago-winsta-midi";

    test::CliResult generate(std::vector<std::string> extra = {}) {
        extra.insert(extra.end(), {"--format", "review", "--jobs", "2"});
        return test::runIn(dir.path(), "generate", extra);
    }
    std::string page() const { return test::readFile(out / "review/changes.html"); }
};

}  // namespace

TEST_CASE("a first run's changes page says there was nothing to compare with", "[pipeline][review]") {
    Folder f;
    CHECK(test::holds(f.page(), "the folder had no value record (a first run)"));
    CHECK(test::holds(test::readFile(f.out / "review/index.html"), "<a href=\"changes.html\">"));
}

TEST_CASE("the changes page shows a changed depth with the model views before and after", "[pipeline][review]") {
    Folder f;
    const std::string topBefore = test::readFile(f.pictures / "770-744.model-top.svg");
    const std::string symbolBefore = test::readFile(f.pictures / "770-744.symbol.svg");
    test::replaceInFile(f.family, "<depth>37.5 mm</depth>", "<depth>30 mm</depth>");
    REQUIRE(f.generate().code == exitSuccess);
    const std::string page = f.page();
    CHECK(test::holds(page, "<b>depth</b> 37.5 mm <i class=s>datasheet</i> &#8594; 30 mm <i class=s>datasheet</i>"));
    // The picture before is the file the run replaced, byte for byte; after is the new file.
    CHECK(test::holds(page, "<img src=\"" + svgDataUri(topBefore) + "\" alt=\"Before: 3D model, top view\">"));
    CHECK(test::holds(page, "<img src=\"wago-winsta-midi/770-744.model-top.svg\" alt=\"After: 3D model, top view\">"));
    CHECK(test::readFile(f.pictures / "770-744.model-top.svg") != topBefore);
    // A depth is not seen from the front, nor in the symbol.
    CHECK(test::readFile(f.pictures / "770-744.symbol.svg") == symbolBefore);
    CHECK(test::holds(page, "Unchanged: Schematic symbol, "));
    CHECK_FALSE(test::holds(page, "770-744.model-front.before"));
}

TEST_CASE("a run that changes nothing keeps the changes page, and --check never writes it", "[pipeline][review]") {
    Folder f;
    test::replaceInFile(f.family, "<depth>37.5 mm</depth>", "<depth>30 mm</depth>");
    REQUIRE(f.generate().code == exitSuccess);
    const std::string page = f.page();
    REQUIRE(test::holds(page, "<b>depth</b>"));
    REQUIRE(f.generate().code == exitSuccess);
    CHECK(f.page() == page);
    REQUIRE(f.generate({"--full"}).code == exitSuccess);  // every file compared again, none changed
    CHECK(f.page() == page);
    test::replaceInFile(f.family, "<depth>30 mm</depth>", "<depth>31 mm</depth>");
    CHECK(f.generate({"--check"}).code != exitSuccess);
    CHECK(f.page() == page);
}

TEST_CASE("the changes page shows a removed product's pictures as they were", "[pipeline][review]") {
    Folder f;
    const std::string symbolBefore = test::readFile(f.pictures / "770-745.symbol.svg");
    test::replaceInFile(f.family, "poles=\"2..5\"", "poles=\"2..4\"");
    REQUIRE(f.generate().code == exitSuccess);
    REQUIRE_FALSE(fs::exists(f.pictures / "770-745.symbol.svg"));
    const std::string page = f.page();
    CHECK(test::holds(page, "<tr><td>770-745</td><td>removed</td>"));
    CHECK(test::holds(page, "<img src=\"" + svgDataUri(symbolBefore) + "\" alt=\"Before: Schematic symbol\">"));
    CHECK_FALSE(test::holds(page, "770-745.symbol.after"));
}

TEST_CASE("a file too big to be a picture partgen wrote is not carried into the page", "[pipeline][review]") {
    Folder f;
    test::writeFile(f.pictures / "770-744.model-top.svg", std::string(largestPictureBefore + 1, 'x'));
    test::replaceInFile(f.family, "<depth>37.5 mm</depth>", "<depth>30 mm</depth>");
    REQUIRE(f.generate().code == exitSuccess);
    const std::string page = f.page();
    CHECK(test::holds(page, "id=\"770-744.model-top.after\""));
    CHECK_FALSE(test::holds(page, "id=\"770-744.model-top.before\""));
    CHECK(test::holds(page, "Changed, its picture before not known: 3D model, top view."));
    CHECK(test::holds(page, "id=\"770-744.model-right.before\""));
}
