// The review format through the whole pipeline: its files, their links, and the same bytes
// whatever the job count.

#include "cli/commands.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/occurrences.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

std::map<std::string, std::string> reviewFiles(const test::ScratchDir& dir, const std::string& jobs) {
    return test::snapshot(test::generateIn(dir.path(), {"--format", "review", "--jobs", jobs}) / "review");
}

}  // namespace

TEST_CASE("review writes a catalog index, a family index and a page with pictures per variant", "[review]") {
    test::ScratchDir dir;
    const auto files = reviewFiles(dir, "2");
    REQUIRE(files.count("index.html") == 1);
    CHECK(test::holds(files.at("index.html"), "<a href=\"wago-winsta-midi/index.html\">"));
    const std::string& family = files.at("wago-winsta-midi/index.html");
    for (const Variant& v : test::repositoryVariants()) {
        INFO(v.number);
        CHECK(test::holds(family, "<a href=" + v.fileStem + ".html>" + v.number + "</a>"));
        CHECK(files.count("wago-winsta-midi/" + v.fileStem + ".html") == 1);
        CHECK(files.count("wago-winsta-midi/" + v.fileStem + ".symbol.svg") == 1);
        const bool panel = isPanelMount(*v.kind);
        CHECK(files.count("wago-winsta-midi/" + v.fileStem + ".footprint.svg") == (panel ? 1U : 0U));
        CHECK(files.count("wago-winsta-midi/" + v.fileStem + ".cutout.svg") == (panel ? 1U : 0U));
        for (const std::string view : {"front", "top", "right", "isometric"})
            CHECK(files.count("wago-winsta-midi/" + v.fileStem + ".model-" + view + ".svg") == 1);
    }
}

TEST_CASE("a review page shows the four views of the 3D model, each with its caption", "[review]") {
    test::ScratchDir dir;
    const auto files = reviewFiles(dir, "1");
    const std::string& page = files.at("wago-winsta-midi/770-744.html");
    CHECK(test::holds(page, "<h2>3D model</h2>"));
    for (const std::string view : {"front", "top", "right side", "isometric"}) {
        INFO(view);
        const std::string id = view == "right side" ? "right" : view;
        CHECK(test::holds(page, "<img src=\"770-744.model-" + id + ".svg\" alt=\"3D model, " + view + " view\">"));
        CHECK(test::holds(files.at("wago-winsta-midi/770-744.model-" + id + ".svg"), "<path "));
    }
}

TEST_CASE("a review page says which values are estimated, with their spec lines", "[review]") {
    test::ScratchDir dir;
    const auto files = reviewFiles(dir, "1");
    const std::string& page = files.at("wago-winsta-midi/770-744.html");
    CHECK(test::holds(page, "<img src=\"770-744.symbol.svg\""));
    CHECK(test::holds(page, "<img src=\"770-744.footprint.svg\""));
    CHECK(test::holds(page, "<img src=\"770-744.cutout.svg\""));
    CHECK(test::holds(page,
                      "<th>cutout-width</th><td>40.4 mm</td><td><i class=e>estimated</i>"
                      "</td><td>wago-winsta-midi.xml:"));
    CHECK(test::holds(page, "estimated, not from the datasheet."));
}

TEST_CASE("review pages are the same bytes for one and two jobs, and name no folder of the machine",
          "[review][determinism]") {
    test::ScratchDir one, two;
    const auto first = reviewFiles(one, "1");
    CHECK(first == reviewFiles(two, "2"));
    for (const auto& [path, bytes] : first) {
        INFO(path);
        CHECK_FALSE(test::holds(bytes, one.path().string()));
        CHECK_FALSE(test::holds(bytes, "<script"));
        CHECK_FALSE(test::holds(bytes, "src=\"http"));  // nothing fetched from the network
        CHECK_FALSE(test::holds(bytes, "href=\"http"));
        CHECK_FALSE(test::holds(bytes, "src=http"));  // the index rows leave their attributes unquoted
        CHECK_FALSE(test::holds(bytes, "href=http"));
    }
}
