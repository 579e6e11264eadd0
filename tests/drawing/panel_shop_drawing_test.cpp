// The shop-drawing parts of a panel drawing: title block, position table, pole-1 marks,
// ordinate dimensions and the rear view.

#include <algorithm>

#include "drawing/label_place.h"
#include "drawing/ordinate_dimensions.h"
#include "drawing/panel.h"
#include "drawing/pole_mark.h"
#include "drawing/title_block.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }

Drawing drawnPanel(const std::string& places, const PanelDrawingOptions& options = {},
                   const std::string& attributes = "") {
    test::ScratchDir dir;
    test::writeFile(dir / "front.xml",
                    "<?xml version=\"1.0\"?>\n<panel width=\"200 mm\" height=\"100 mm\" "
                    "thickness=\"1.5 mm\" material=\"steel\"" +
                        attributes + ">\n" + places + "</panel>\n");
    Diagnostics diagnostics;
    const auto l = readPanelLayout(dir / "front.xml", "front.xml", diagnostics);
    REQUIRE(l);
    const DrawingRules& rules = spec().rules.get<DrawingRules>();
    const auto plan = planPanel(*l, spec(), rules, EstimatedCutouts::accept, diagnostics);
    REQUIRE(plan);
    return panelDrawing(*plan, rules, options);
}

std::string place(const std::string& number, const std::string& x, const std::string& y, int rotation = 0) {
    return "  <place number=\"" + number + "\" x=\"" + x + " mm\" y=\"" + y + " mm\" rotation=\"" +
           std::to_string(rotation) + "\"/>\n";
}

std::vector<std::string> textsOn(const Drawing& d, DrawingLayer layer) {
    std::vector<std::string> out;
    for (const auto& e : d.entities)
        if (const auto* t = std::get_if<TextEntity>(&e); t && t->layer == layer) out.push_back(t->text);
    return out;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

std::vector<Entity> onLayer(const Drawing& d, DrawingLayer layer) {
    std::vector<Entity> out;
    for (const auto& e : d.entities)
        if (std::visit([&](const auto& x) { return x.layer == layer; }, e)) out.push_back(e);
    return out;
}

bool sameLines(const std::vector<Entity>& a, const std::vector<Entity>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto* x = std::get_if<LineEntity>(&a[i]);
        const auto* y = std::get_if<LineEntity>(&b[i]);
        if (!x || !y || x->from != y->from || x->to != y->to) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("the title block holds number, revision, material, thickness, tolerance class, face and punch",
          "[drawing][panel]") {
    const auto texts = textsOn(drawnPanel(place("770-744", "100", "50"), {}, " drawing-number=\"JB-1\" revision=\"C\""),
                               DrawingLayer::text);
    for (const char* text : {"JB-1", "C", "steel", "1.5 mm", "ISO 2768-m", "FRONT FACE", "VIEW ON FRONT FACE",
                             "FROM FRONT FACE, BURR ON REAR", "1:1"})
        CHECK(has(texts, text));
    // A PDF states the scale it printed at itself.
    CHECK(
        !has(textsOn(drawnPanel(place("770-744", "100", "50"), {PanelFace::front, false}), DrawingLayer::text), "1:1"));
    // Defaults: the layout file's name and "-".
    const auto plain = textsOn(drawnPanel(place("770-744", "100", "50")), DrawingLayer::text);
    CHECK(has(plain, "front"));
    CHECK(has(plain, "-"));
}

TEST_CASE("the title block's rows leave out empty fields", "[drawing][panel]") {
    TitleBlock block;
    block.title = "T";
    block.revision = "-";
    const auto rows = titleBlockRows(block);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::pair<std::string, std::string>{"TITLE", "T"});
    CHECK(rows[1] == std::pair<std::string, std::string>{"REVISION", "-"});
}

TEST_CASE("the position table counts the cutouts of each part number on every row", "[drawing][panel]") {
    const auto texts = textsOn(
        drawnPanel(place("770-744", "50", "50") + place("770-743", "100", "20") + place("770-744", "150", "50")),
        DrawingLayer::text);
    CHECK(has(texts, "COUNT"));
    CHECK(std::count(texts.begin(), texts.end(), "2") >= 3);  // pos 2, and the count of both 770-744 rows
}

TEST_CASE("the position table has one row per placement in layout order", "[drawing][panel]") {
    const auto texts =
        textsOn(drawnPanel(place("770-744", "140", "50") + place("770-743", "50", "30", 180)), DrawingLayer::text);
    for (const char* text :
         {"POS", "PART NUMBER", "1: 770-744", "2: 770-743", "40.4 x 15.8 R1", "30.4 x 15.8 R1", "+0.1/0", "140", "180"})
        CHECK(has(texts, text));
}

TEST_CASE("rotation 180 moves the pole-1 mark to the other end, off the cut layers", "[drawing][panel]") {
    const Drawing upright = drawnPanel(place("770-744", "100", "50"));
    const Drawing turned = drawnPanel(place("770-744", "100", "50", 180));
    CHECK(onLayer(upright, DrawingLayer::cut).size() == onLayer(turned, DrawingLayer::cut).size());
    CHECK(!sameLines(onLayer(upright, DrawingLayer::text), onLayer(turned, DrawingLayer::text)));
    // Nothing but the cut contours on the cut layers.
    for (const auto& d : {upright, turned})
        for (const auto layer : {DrawingLayer::cut, DrawingLayer::estimatedCut})
            for (const auto& e : onLayer(d, layer)) CHECK(std::holds_alternative<PolylineEntity>(e));
}

TEST_CASE("the pole-1 mark points at the left end, turned counter-clockwise", "[drawing][panel]") {
    const auto tip = [](int rotation) {
        Drawing d;
        addPoleMark(d, {millimetres(100), millimetres(50)}, millimetres(20), rotation);
        return std::get<LineEntity>(d.entities[0]).from;
    };
    CHECK(tip(0) == Point{nanometres(79'250'000), millimetres(50)});
    CHECK(tip(90) == Point{millimetres(100), nanometres(29'250'000)});
    CHECK(tip(180) == Point{nanometres(120'750'000), millimetres(50)});
    CHECK(tip(270) == Point{millimetres(100), nanometres(70'750'000)});
}

TEST_CASE("ordinate dimensions give 0 and each distinct centre coordinate once, on DIM", "[drawing][panel]") {
    Drawing d;
    addOrdinateDimensions(d, {millimetres(40), millimetres(100), millimetres(40)},
                          {millimetres(50), millimetres(50), millimetres(20)});
    const auto texts = textsOn(d, DrawingLayer::dim);
    CHECK(texts == std::vector<std::string>{"0", "40", "100", "0", "20", "50"});
    CHECK(onLayer(d, DrawingLayer::dim).size() == 12);
}

TEST_CASE("close ordinate values stagger so their texts do not touch", "[drawing][panel]") {
    Drawing d;
    addOrdinateDimensions(d, {millimetres(40), millimetres(41)}, {});
    std::vector<Length> baselines;
    for (const auto& e : d.entities)
        if (const auto* t = std::get_if<TextEntity>(&e); t && t->at.x > Length()) baselines.push_back(t->at.y);
    REQUIRE(baselines.size() == 2);
    CHECK(baselines[0] != baselines[1]);
}

TEST_CASE("the rear view mirrors x and says so", "[drawing][panel]") {
    const Drawing rear = drawnPanel(place("770-744", "40", "50"), {PanelFace::rear, true});
    const auto texts = textsOn(rear, DrawingLayer::text);
    CHECK(has(texts, "VIEW ON REAR FACE (MIRRORED)"));
    CHECK(has(texts, "160"));  // the centre, from the rear's lower left corner
    CHECK(has(textsOn(rear, DrawingLayer::dim), "160"));
}

TEST_CASE("cutout labels overlap no cutout and no other label, in a tight but valid layout", "[drawing][panel]") {
    // 19 mm apart: above the lower cutout there is no room for its label.
    const Drawing d = drawnPanel(place("770-744", "60", "30") + place("770-744", "60", "49") +
                                 place("770-743", "130", "40", 90) + place("770-742", "170", "40", 270));
    std::vector<Box> cutouts, labels;
    for (const auto& e : d.entities) {
        if (const auto* p = std::get_if<PolylineEntity>(&e)) {
            Drawing one;
            one.add(*p);
            if (p->layer != DrawingLayer::outline) cutouts.push_back(one.extents());
        } else if (const auto* t = std::get_if<TextEntity>(&e);
                   t && t->text.find(": 770-") != std::string::npos && t->at.y > Length() && t->at.x > Length()) {
            labels.push_back(textBox(*t));
        }
    }
    REQUIRE(cutouts.size() == 4);
    REQUIRE(labels.size() == 4);
    CHECK(labels[0].max.y < millimetres(38));  // the lower 770-744's label went below or beside it
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (const auto& c : cutouts) CHECK_FALSE(overlaps(labels[i], c));
        for (std::size_t j = i + 1; j < labels.size(); ++j) CHECK_FALSE(overlaps(labels[i], labels[j]));
    }
}
