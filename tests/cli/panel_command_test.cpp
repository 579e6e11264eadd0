// `partgen panel` as a panel builder runs it: which files it writes, where, and what it
// refuses to overwrite or to draw.

#include <filesystem>

#include "cli/commands.h"
#include "support/catch.h"
#include "support/child.h"
#include "support/cli.h"
#include "support/occurrences.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

// A 200 x 100 mm panel with one 770-744 (estimated cutout) on line 3.
const char* const oneSocket =
    "<?xml version=\"1.0\"?>\n"
    "<panel width=\"200 mm\" height=\"100 mm\" thickness=\"1.5 mm\">\n"
    "  <place number=\"770-744\" x=\"100 mm\" y=\"50 mm\"/>\n"
    "</panel>\n";

// A scratch folder with the repository's spec and the layout lay.xml.
struct PanelDir {
    test::ScratchDir dir;
    PanelDir(const std::string& layout = oneSocket) {
        test::copySpec(dir.path());
        test::writeFile(dir / "lay.xml", layout);
    }
    fs::path operator/(const std::string& name) const { return dir / name; }

    // `partgen panel lay.xml --parts ... --templates ... EXTRA...`
    test::CliResult panel(std::vector<std::string> extra) const {
        std::vector<std::string> args{"panel",       (dir / "lay.xml").string(),  "--parts", (dir / "parts").string(),
                                      "--templates", (dir / "templates").string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return test::runPartgen(args);
    }
    // Every file of the folder but the spec.
    std::map<std::string, std::string> files() const {
        auto all = test::snapshot(dir.path());
        std::erase_if(all,
                      [](const auto& f) { return f.first.starts_with("parts/") || f.first.starts_with("templates/"); });
        return all;
    }
};

// The spec with every estimated value turned into a datasheet one.
void makeDatasheetCutouts(const fs::path& dir) {
    const fs::path family = dir / "parts/wago-winsta-midi.xml";
    std::string text = test::readFile(family);
    for (std::size_t at; (at = text.find("source=\"estimated\"")) != std::string::npos;)
        text.replace(at, 18, "source=\"datasheet\"");
    test::writeFile(family, text);
}

}  // namespace

TEST_CASE("panel refuses an --out that is the layout file, and leaves it byte for byte", "[cli][panel]") {
    PanelDir d;
    const std::string before = test::readFile(d / "lay.xml");
    for (const std::string& out : {(d / "lay.xml").string(), (d / "parts/../lay.xml").string()}) {
        const auto r = d.panel({"--accept-estimated", "--out", (d / "p.dxf").string(), "--out", out});
        CHECK(r.code == exitUsage);
        CHECK(r.err.find("is the layout file") != std::string::npos);
    }
    fs::create_hard_link(d / "lay.xml", d / "linked.dxf");
    CHECK(d.panel({"--accept-estimated", "--out", (d / "linked.dxf").string()}).code == exitUsage);
    CHECK(test::readFile(d / "lay.xml") == before);
    CHECK_FALSE(fs::exists(d / "p.dxf"));
}

TEST_CASE("panel refuses an --out inside the parts or templates folder", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--accept-estimated", "--out", (d / "templates/p.dxf").string()});
    CHECK(r.code == exitUsage);
    CHECK(r.err.find("lies inside the input folder") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "templates/p.dxf"));
}

TEST_CASE("panel --out p.svg writes that SVG only and exits 0", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--accept-estimated", "--out", (d / "p.svg").string()});
    CHECK(r.code == exitSuccess);
    CHECK(r.out.find("wrote " + (d / "p.svg").generic_string() + "\n") != std::string::npos);
    CHECK(test::readFile(d / "p.svg").starts_with("<?xml"));
    CHECK(test::readFile(d / "p.svg").find("<svg") != std::string::npos);
    CHECK(d.files().size() == 2);  // lay.xml and p.svg
}

TEST_CASE("panel refuses an unknown extension, naming it, writing nothing", "[cli][panel]") {
    PanelDir d;
    const auto png = d.panel({"--accept-estimated", "--out", (d / "a.dxf").string(), "--out", (d / "p.png").string()});
    CHECK(png.code == exitUsage);
    CHECK(png.err.find("unknown file type '.png'; partgen panel writes .dxf, .svg, .pdf") != std::string::npos);
    CHECK(d.files().size() == 1);
}

TEST_CASE("panel writes a PDF for --out FILE.pdf", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--accept-estimated", "--out", (d / "p.pdf").string()});
    CHECK(r.code == exitSuccess);
    CHECK(test::readFile(d / "p.pdf").starts_with("%PDF-"));
    CHECK(d.files().size() == 2);  // lay.xml and p.pdf
}

TEST_CASE("panel writes every --out, each in its format, and refuses the same file twice", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--accept-estimated", "--out", (d / "a/p.dxf").string(), "--out",
                            (d / "b/c/p.SVG").string(), "--dxf-version", "2000"});
    CHECK(r.code == exitSuccess);
    CHECK(test::readFile(d / "a/p.dxf").find("AC1015") != std::string::npos);
    CHECK(test::readFile(d / "b/c/p.SVG").find("<svg") != std::string::npos);

    const auto twice =
        d.panel({"--accept-estimated", "--out", (d / "x.dxf").string(), "--out", (d / "a/../x.dxf").string()});
    CHECK(twice.code == exitUsage);
    CHECK(twice.err.find("is the same file as --out") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "x.dxf"));
}

TEST_CASE("panel without --out writes output/panels/<layout name>.dxf and .svg", "[cli][panel]") {
    PanelDir d;
    test::ChildOptions options;
    options.limits = "cd '" + d.dir.path().string() + "' &&";
    const auto r = test::runPartgenChild({"panel", "lay.xml", "--accept-estimated"}, options);
    CHECK(r.code == 0);
    CHECK(r.out.find("wrote output/panels/lay.dxf and output/panels/lay.svg") != std::string::npos);
    CHECK(fs::is_regular_file(d / "output/panels/lay.dxf"));
    CHECK(fs::is_regular_file(d / "output/panels/lay.svg"));
    CHECK(d.files().size() == 3);
}

TEST_CASE("panel refuses a layout with estimated cutouts, naming the values, writing nothing", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--out", (d / "out/p.dxf").string()});
    CHECK(r.code == exitInvalid);
    CHECK(r.err.find(":3: error: 770-744: cutout-width 40.4 mm, cutout-height 15.8 mm, cutout-radius 1 mm are "
                     "estimated, not from the datasheet; pass --accept-estimated to draw them anyway\n") !=
          std::string::npos);
    CHECK(r.err.find("nothing was written") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "out"));
}

TEST_CASE("panel --accept-estimated cuts the estimates on CUT_ESTIMATED, nothing on CUT", "[cli][panel]") {
    PanelDir d;
    const auto r = d.panel({"--accept-estimated", "--out", (d / "p.dxf").string()});
    CHECK(r.code == exitSuccess);
    CHECK(r.err.find("warning: 770-744: cutout-width 40.4 mm") != std::string::npos);
    const std::string dxf = test::readFile(d / "p.dxf");
    CHECK(test::occurrences(dxf, "\n  8\nCUT_ESTIMATED\n") > 0);
    CHECK(test::occurrences(dxf, "\n  8\nCUT\n") == 0);
    CHECK(dxf.find("ESTIMATED CUTOUT SIZES ON LAYER CUT_ESTIMATED") != std::string::npos);
    CHECK(dxf.find("CUT AT MID-TOLERANCE") != std::string::npos);
}

TEST_CASE("panel draws datasheet cutouts on CUT without asking", "[cli][panel]") {
    PanelDir d;
    makeDatasheetCutouts(d.dir.path());
    const auto r = d.panel({"--out", (d / "p.dxf").string()});
    CHECK(r.code == exitSuccess);
    CHECK(r.err.empty());
    const std::string dxf = test::readFile(d / "p.dxf");
    CHECK(test::occurrences(dxf, "\n  8\nCUT\n") > 0);
    CHECK(dxf.find("CUT_ESTIMATED") == std::string::npos);
}

TEST_CASE("panel refuses a layout that does not fit, writing nothing", "[cli][panel]") {
    PanelDir d(std::string(oneSocket).replace(std::string(oneSocket).find("1.5 mm"), 6, "2.5 mm"));
    const auto r = d.panel({"--accept-estimated", "--out", (d / "refused/p.dxf").string()});
    CHECK(r.code == exitInvalid);
    CHECK(r.err.find("the 2.5 mm panel is outside the plate thickness range of 770-744") != std::string::npos);
    CHECK(r.err.find("nothing was written") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "refused"));
}

TEST_CASE("panel --view rear draws the mirrored rear face, and refuses any other view", "[cli][panel]") {
    PanelDir d;
    const auto front = d.panel({"--accept-estimated", "--out", (d / "front.svg").string()});
    const auto rear = d.panel({"--accept-estimated", "--view", "rear", "--out", (d / "rear.svg").string()});
    REQUIRE(front.code == exitSuccess);
    REQUIRE(rear.code == exitSuccess);
    const std::string rearSvg = test::readFile(d / "rear.svg");
    CHECK(rearSvg.find("VIEW ON REAR FACE (MIRRORED)") != std::string::npos);
    CHECK(test::readFile(d / "front.svg").find("VIEW ON FRONT FACE") != std::string::npos);
    CHECK(rearSvg != test::readFile(d / "front.svg"));

    const auto side = d.panel({"--accept-estimated", "--view", "side", "--out", (d / "side.svg").string()});
    CHECK(side.code == exitUsage);
    CHECK(side.err.find("--view 'side' must be front or rear") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "side.svg"));
}
