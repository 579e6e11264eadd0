// The drawing of one panel cutout: contour, centre mark, dimensions and notes.

#include "drawing/cutout_drawing.h"

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const DrawingRules& rules() { return test::repositorySpec().rules.get<DrawingRules>(); }

std::vector<std::string> texts(const Drawing& d, DrawingLayer layer) {
    std::vector<std::string> out;
    for (const auto& e : d.entities)
        if (const auto* t = std::get_if<TextEntity>(&e); t && t->layer == layer) out.push_back(t->text);
    return out;
}

std::vector<LineEntity> lines(const Drawing& d, DrawingLayer layer) {
    std::vector<LineEntity> out;
    for (const auto& e : d.entities)
        if (const auto* l = std::get_if<LineEntity>(&e); l && l->layer == layer) out.push_back(*l);
    return out;
}

Box extentsOf(const PolylineEntity& contour) {
    Drawing d;
    d.add(contour);
    return d.extents();
}

bool hasText(const std::vector<std::string>& all, const std::string& what) {
    for (const auto& t : all)
        if (t.find(what) != std::string::npos) return true;
    return false;
}

std::vector<const PolylineEntity*> contours(const Drawing& d) {
    std::vector<const PolylineEntity*> out;
    for (const auto& e : d.entities)
        if (const auto* p = std::get_if<PolylineEntity>(&e)) out.push_back(p);
    return out;
}

bool declares(const Drawing& d, const std::string& layer) {
    for (const auto& style : d.layers)
        if (style.name == layer) return true;
    return false;
}

}  // namespace

TEST_CASE("the cut contour is at mid-tolerance unless the rules ask for nominal", "[drawing][cutout]") {
    DrawingRules r = rules();
    CHECK(contourSizeOf(r) == ContourSize::midTolerance);  // templates/drawing.xml
    r.cutoutContour.value = "nominal";
    CHECK(contourSizeOf(r) == ContourSize::nominal);
    r.cutoutContour.value.reset();
    CHECK(contourSizeOf(r) == ContourSize::midTolerance);
}

// 770-744: 40.4 x 15.8 mm, +0.1/-0: a laser cutting to the line hits the middle of the band.
TEST_CASE("the cut is at mid-tolerance, the dimensions stay nominal with tolerance", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-744");
    const auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    const Drawing d = cutoutDrawing(v, *cutout, rules());
    const auto* cut = std::get_if<PolylineEntity>(&d.entities.front());
    REQUIRE(cut);
    CHECK(extentsOf(*cut) ==
          Box{{-nanometres(20'225'000), -nanometres(7'925'000)}, {nanometres(20'225'000), nanometres(7'925'000)}});
    CHECK(texts(d, DrawingLayer::dim) == std::vector<std::string>{"40.4 +0.1/0", "15.8 +0.1/0"});
    CHECK(hasText(texts(d, DrawingLayer::text), "CUT AT MID-TOLERANCE: contour 40.45 x 15.85 mm R1"));
}

TEST_CASE("a nominal cut says so", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-744");
    DrawingRules r = rules();
    r.cutoutContour.value = "nominal";
    const auto notes = texts(cutoutDrawing(v, *cutoutOf(v), r), DrawingLayer::text);
    CHECK(hasText(notes, "CUT AT NOMINAL: contour 40.4 x 15.8 mm R1"));
    CHECK_FALSE(hasText(notes, "MID-TOLERANCE"));
}

TEST_CASE("a centre mark crosses the shape's centre, reaching past it by the overhang", "[drawing][cutout]") {
    Drawing d;
    const RoundedRect shape{{millimetres(1), millimetres(2)}, millimetres(10), millimetres(4), millimetres(1)};
    addCentreMark(d, shape, millimetres(2));
    const auto marks = lines(d, DrawingLayer::center);
    REQUIRE(marks.size() == 2);
    // Horizontal: x from 1 - 5 - 2 to 1 + 5 + 2 at y = 2.
    CHECK(marks[0].from == Point{-millimetres(6), millimetres(2)});
    CHECK(marks[0].to == Point{millimetres(8), millimetres(2)});
    // Vertical: y from 2 - 2 - 2 to 2 + 2 + 2 at x = 1.
    CHECK(marks[1].from == Point{millimetres(1), -millimetres(2)});
    CHECK(marks[1].to == Point{millimetres(1), millimetres(6)});
}

TEST_CASE("a cutout drawing has one cut contour, a centre mark and both dimensions", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    const auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    const Drawing d = cutoutDrawing(v, *cutout, rules());
    CHECK(contours(d).size() == 1);  // on the estimated layer: 770-745's cutout is estimated
    CHECK(lines(d, DrawingLayer::center).size() == 2);
    const auto dims = texts(d, DrawingLayer::dim);
    REQUIRE(dims.size() == 2);
    CHECK(dims[0].starts_with("50.4 "));  // width, then height, each with its tolerance
    CHECK(dims[1].starts_with("15.8 "));
}

TEST_CASE("a cutout drawing's notes name the part, the plate and the contour size", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    const auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    const auto notes = texts(cutoutDrawing(v, *cutout, rules()), DrawingLayer::text);
    REQUIRE_FALSE(notes.empty());
    CHECK(notes[0] == v.number + " panel cutout");
    CHECK(hasText(notes, "Plate thickness "));
    CHECK(hasText(notes, "CUT AT MID-TOLERANCE"));
}

TEST_CASE("an estimated cutout is cut on the estimated layer, under a note naming the values", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    cutout->estimatedValues = {CutoutValue::height, CutoutValue::radius};
    const Drawing d = cutoutDrawing(v, *cutout, rules());
    REQUIRE(contours(d).size() == 1);
    CHECK(contours(d)[0]->layer == DrawingLayer::estimatedCut);
    CHECK(d.styleOf(DrawingLayer::estimatedCut).name == "CUT_ESTIMATED");
    const auto notes = texts(d, DrawingLayer::text);
    REQUIRE(notes.size() > 2);
    CHECK(notes[1] ==
          "ESTIMATED CUTOUT SIZES ON LAYER CUT_ESTIMATED, NOT FROM THE DATASHEET: check the fit before cutting");
    CHECK(notes[2] == "770-745: cutout-height 15.8 mm, cutout-radius 1 mm are estimated");
}

TEST_CASE("a datasheet cutout is cut on CUT, with no estimated layer and no estimate note", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    cutout->estimatedValues.clear();
    const Drawing d = cutoutDrawing(v, *cutout, rules());
    CHECK(contours(d)[0]->layer == DrawingLayer::cut);
    CHECK_FALSE(declares(d, "CUT_ESTIMATED"));
    CHECK_FALSE(hasText(texts(d, DrawingLayer::text), "ESTIMATED"));
}

TEST_CASE("the estimated layer takes the name the templates give it", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    DrawingRules r = rules();
    r.estimatedCutLayer.value = "GUESS";
    const Drawing d = cutoutDrawing(v, *cutoutOf(v), r);
    CHECK(declares(d, "GUESS"));
    CHECK(hasText(texts(d, DrawingLayer::text), "ON LAYER GUESS"));
}

TEST_CASE("the punching note appears only when the rules give one", "[drawing][cutout]") {
    const Variant& v = test::repositoryVariant("770-745");
    const auto cutout = cutoutOf(v);
    REQUIRE(cutout);
    DrawingRules r = rules();
    r.punchingNote.value = "Deburr after punching";
    CHECK(hasText(texts(cutoutDrawing(v, *cutout, r), DrawingLayer::text), "Deburr after punching"));
    r.punchingNote.value.reset();
    CHECK_FALSE(hasText(texts(cutoutDrawing(v, *cutout, r), DrawingLayer::text), "Deburr after punching"));
}
