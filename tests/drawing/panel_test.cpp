#include "drawing/panel.h"

#include "cli/commands.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }

// A 200 x 100 mm, 1.5 mm panel with the given <place> lines (placements start on line 3).
std::string layout(const std::string& places, const std::string& thickness = "1.5 mm") {
    return "<?xml version=\"1.0\"?>\n<panel width=\"200 mm\" height=\"100 mm\" thickness=\"" + thickness +
           "\" corner-radius=\"3 mm\">\n" + places + "</panel>\n";
}

std::string place(const std::string& number, const std::string& x, const std::string& y, int rotation = 0) {
    return "  <place number=\"" + number + "\" x=\"" + x + " mm\" y=\"" + y + " mm\" rotation=\"" +
           std::to_string(rotation) + "\"/>\n";
}

std::vector<std::string> problems(const std::string& xml) {
    test::ScratchDir dir;
    test::writeFile(dir / "panel.xml", xml);
    Diagnostics diagnostics;
    const auto l = readPanelLayout(dir / "panel.xml", "panel.xml", diagnostics);
    if (l && !diagnostics.hasErrors()) {
        const auto plan = planPanel(*l, spec(), spec().rules.get<DrawingRules>(), diagnostics);
        CHECK(plan.has_value() == !diagnostics.hasErrors());
    }
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

}  // namespace

// 770-744's largest cutout is 40.5 x 15.9 mm in an 18.5 mm high flange; a 2 mm sheet
// needs a 3 mm web (150 %), so stacked sockets 18.9 mm apart leave exactly that.
TEST_CASE("a web exactly at the minimum is accepted, a smaller one refused with the distance", "[drawing][panel]") {
    CHECK(problems(layout(place("770-744", "100", "30") + place("770-744", "100", "48.9"), "2 mm")).empty());
    const auto refused = problems(layout(place("770-744", "100", "30") + place("770-744", "100", "48.899"), "2 mm"));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0] ==
          "panel.xml:4: error: the cutouts of 770-744 at (100, 30) on line 3 and 770-744 at (100, "
          "48.899) on line 4 leave a web of 2.999 mm; the minimum web is 3 mm");
}

TEST_CASE("overlapping cutouts are refused", "[drawing][panel]") {
    const auto refused = problems(layout(place("770-743", "50", "50") + place("770-743", "60", "50")));
    REQUIRE(refused.size() == 2);
    CHECK(refused[0].find("flanges of 770-743 at (50, 50) on line 3 and 770-743 at (60, 50) on line 4 touch or "
                          "overlap") != std::string::npos);
    CHECK(refused[1].find("touch or overlap; the minimum web is 2.25 mm") != std::string::npos);
}

TEST_CASE("a cutout closer to the edge than allowed is refused, exactly at the limit is accepted", "[drawing][panel]") {
    // 5 mm edge distance: 770-744's largest cutout reaches 20.25 mm left of its centre.
    CHECK(problems(layout(place("770-744", "25.25", "50"))).empty());
    const auto refused = problems(layout(place("770-744", "25.249", "50")));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0] ==
          "panel.xml:3: error: the cutout of 770-744 at (25.249, 50) on line 3 is 4.999 mm from the "
          "panel edge; the minimum is 5 mm");
}

TEST_CASE("a sheet outside the part's plate thickness range is refused", "[drawing][panel]") {
    const auto refused = problems(layout(place("770-744", "100", "50"), "2.5 mm"));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0] ==
          "panel.xml:3: error: the 2.5 mm panel is outside the plate thickness range of 770-744, "
          "0.5 ... 2 mm");
    CHECK(problems(layout(place("770-744", "100", "50"), "2 mm")).empty());
}

TEST_CASE("unknown numbers and parts without a cutout are refused", "[drawing][panel]") {
    const auto refused = problems(layout(place("770-999", "50", "50") + place("770-1242/076-000", "120", "50")));
    REQUIRE(refused.size() == 2);
    CHECK(refused[0] == "panel.xml:3: error: no part '770-999' in the spec");
    CHECK(refused[1] == "panel.xml:4: error: 770-1242/076-000 (socket) does not mount in a panel and has no cutout");
}

TEST_CASE("rotation turns the cutout and its flange", "[drawing][panel]") {
    // Turned, 770-745's cutout is 15.9 x 50.5 mm: at y = 30 it comes 4.75 mm near the edge;
    // its 18.5 x 55.5 mm flange reaches past the edge at y = 27.
    const auto near = problems(layout(place("770-745", "100", "30", 90)));
    REQUIRE(near.size() == 1);
    CHECK(near[0].find("770-745 at (100, 30) on line 3 is 4.75 mm from the panel edge") != std::string::npos);
    const auto past = problems(layout(place("770-745", "100", "27", 90), "1 mm"));
    REQUIRE(past.size() == 2);
    CHECK(past[0].find("the 18.5 x 55.5 mm flange of 770-745 at (100, 27) on line 3 reaches past the panel edge") !=
          std::string::npos);
    CHECK(problems(layout(place("770-745", "100", "50", 270))).empty());
}

TEST_CASE("the panel cuts at mid-tolerance and says so", "[drawing][panel]") {
    test::ScratchDir dir;
    test::writeFile(dir / "panel.xml", layout(place("770-744", "100", "50")));
    Diagnostics diagnostics;
    const auto l = readPanelLayout(dir / "panel.xml", "panel.xml", diagnostics);
    REQUIRE(l);
    const DrawingRules& rules = spec().rules.get<DrawingRules>();
    const auto plan = planPanel(*l, spec(), rules, diagnostics);
    REQUIRE(plan);
    const Drawing d = panelDrawing(*plan, rules);
    std::vector<Box> cuts;
    bool stated = false;
    for (const auto& e : d.entities) {
        if (const auto* p = std::get_if<PolylineEntity>(&e); p && p->layer != DrawingLayer::outline) {
            Drawing only;
            only.add(*p);
            cuts.push_back(only.extents());
        }
        if (const auto* t = std::get_if<TextEntity>(&e)) stated = stated || t->text.starts_with("CUT AT MID-TOLERANCE");
    }
    // 40.4 x 15.8 mm +0.1/-0 around (100, 50): 40.45 x 15.85 mm.
    CHECK(cuts == std::vector<Box>{{{nanometres(79'775'000), nanometres(42'075'000)},
                                    {nanometres(120'225'000), nanometres(57'925'000)}}});
    CHECK(stated);
}

TEST_CASE("partgen panel writes DXF and SVG for the example, and nothing for a refused layout", "[drawing][panel]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto ok = test::runPartgen({"panel", (test::sourceDir() / "examples/panel-770.xml").string(), "--out",
                                      (dir / "out/panel.dxf").string(), "--parts", (dir / "parts").string(),
                                      "--templates", (dir / "templates").string()});
    CHECK(ok.code == exitSuccess);
    CHECK(fs::exists(dir / "out/panel.dxf"));
    CHECK(fs::exists(dir / "out/panel.svg"));

    test::writeFile(dir / "thick.xml", layout(place("770-744", "100", "50"), "2.5 mm"));
    const auto refused =
        test::runPartgen({"panel", (dir / "thick.xml").string(), "--out", (dir / "refused/panel.dxf").string(),
                          "--parts", (dir / "parts").string(), "--templates", (dir / "templates").string()});
    CHECK(refused.code == exitInvalid);
    CHECK(refused.err.find("the 2.5 mm panel is outside the plate thickness range of 770-744") != std::string::npos);
    CHECK(refused.err.find("nothing was written") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "refused"));
}
