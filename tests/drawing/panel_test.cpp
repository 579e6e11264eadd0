#include "drawing/panel.h"

#include <algorithm>

#include "spec/load.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

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

// Every WINSTA MIDI cutout is estimated: the geometry tests accept that, and see errors only.
Diagnostics planned(const std::string& xml, EstimatedCutouts estimated) {
    test::ScratchDir dir;
    test::writeFile(dir / "panel.xml", xml);
    Diagnostics diagnostics;
    const auto l = readPanelLayout(dir / "panel.xml", "panel.xml", diagnostics);
    if (l && !diagnostics.hasErrors()) {
        const auto plan = planPanel(*l, spec(), spec().rules.get<DrawingRules>(), estimated, diagnostics);
        CHECK(plan.has_value() == !diagnostics.hasErrors());
    }
    return diagnostics;
}

std::vector<std::string> messages(const Diagnostics& diagnostics, Severity severity) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted())
        if (d.severity == severity) out.push_back(formatDiagnostic(d));
    return out;
}

std::vector<std::string> problems(const std::string& xml) {
    return messages(planned(xml, EstimatedCutouts::accept), Severity::error);
}

std::optional<Drawing> drawn(const std::string& xml) {
    test::ScratchDir dir;
    test::writeFile(dir / "panel.xml", xml);
    Diagnostics diagnostics;
    const auto l = readPanelLayout(dir / "panel.xml", "panel.xml", diagnostics);
    REQUIRE(l);
    const DrawingRules& rules = spec().rules.get<DrawingRules>();
    const auto plan = planPanel(*l, spec(), rules, EstimatedCutouts::accept, diagnostics);
    if (!plan) return std::nullopt;
    return panelDrawing(*plan, rules);
}

std::vector<std::string> textsOf(const Drawing& d) {
    std::vector<std::string> out;
    for (const auto& e : d.entities)
        if (const auto* t = std::get_if<TextEntity>(&e)) out.push_back(t->text);
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
    const auto d = drawn(layout(place("770-744", "100", "50")));
    REQUIRE(d);
    std::vector<Box> cuts;
    for (const auto& e : d->entities)
        if (const auto* p = std::get_if<PolylineEntity>(&e); p && p->layer != DrawingLayer::outline) {
            Drawing only;
            only.add(*p);
            cuts.push_back(only.extents());
        }
    // 40.4 x 15.8 mm +0.1/-0 around (100, 50): 40.45 x 15.85 mm.
    CHECK(cuts == std::vector<Box>{{{nanometres(79'775'000), nanometres(42'075'000)},
                                    {nanometres(120'225'000), nanometres(57'925'000)}}});
    const auto texts = textsOf(*d);
    CHECK(std::count_if(texts.begin(), texts.end(),
                        [](const std::string& t) { return t.starts_with("CUT AT MID-TOLERANCE"); }) == 1);
}

TEST_CASE("a layout with estimated cutouts is refused, one line per part naming its values", "[drawing][panel]") {
    const auto d =
        planned(layout(place("770-744", "40", "50") + place("770-744", "100", "50") + place("770-743", "160", "50")),
                EstimatedCutouts::refuse);
    const auto refused = messages(d, Severity::error);
    REQUIRE(refused.size() == 2);
    CHECK(refused[0] ==
          "panel.xml:3: error: 770-744: cutout-width 40.4 mm, cutout-height 15.8 mm, cutout-radius 1 mm are "
          "estimated, not from the datasheet; pass --accept-estimated to draw them anyway");
    CHECK(refused[1].starts_with("panel.xml:5: error: 770-743: cutout-width 30.4 mm, "));
}

TEST_CASE("accepted estimated cutouts are warned about and cut on the estimated layer", "[drawing][panel]") {
    const auto d = planned(layout(place("770-744", "100", "50")), EstimatedCutouts::accept);
    CHECK(d.errorCount() == 0);
    CHECK(messages(d, Severity::warning) ==
          std::vector<std::string>{"panel.xml:3: warning: 770-744: cutout-width 40.4 mm, cutout-height 15.8 mm, "
                                   "cutout-radius 1 mm are estimated, not from the datasheet; drawn on layer "
                                   "CUT_ESTIMATED"});
    const auto drawing = drawn(layout(place("770-744", "100", "50")));
    REQUIRE(drawing);
    std::size_t onCut = 0, onEstimated = 0;
    for (const auto& e : drawing->entities)
        if (const auto* p = std::get_if<PolylineEntity>(&e)) {
            onCut += p->layer == DrawingLayer::cut ? 1 : 0;
            onEstimated += p->layer == DrawingLayer::estimatedCut ? 1 : 0;
        }
    CHECK(onCut == 0);
    CHECK(onEstimated == 1);
    CHECK(drawing->styleOf(DrawingLayer::estimatedCut).name == "CUT_ESTIMATED");
    const auto texts = textsOf(*drawing);
    CHECK(std::find(texts.begin(), texts.end(),
                    "ESTIMATED CUTOUT SIZES ON LAYER CUT_ESTIMATED, NOT FROM THE DATASHEET: check the fit before "
                    "cutting") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(),
                    "770-744: cutout-width 40.4 mm, cutout-height 15.8 mm, cutout-radius 1 mm are estimated") !=
          texts.end());
}
