#include "drawing/cutout_drawing.h"

#include "drawing/estimated_cut.h"
#include "text/drawing_numbers.h"
#include "text/provenance_note.h"
#include "text/value_text.h"

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length titleHeight = Length::fromSteps(3'500'000);
constexpr Length lineSpacing = Length::fromSteps(4'500'000);
constexpr Length dimensionOffset = millimetres(8);
constexpr Length extensionGap = millimetres(1);
constexpr Length tick = Length::fromSteps(700'000);

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

void addTick(Drawing& d, Point at) {
    d.add(LineEntity{DrawingLayer::dim, {at.x - tick, at.y - tick}, {at.x + tick, at.y + tick}});
}

// A dimension of `from`..`to` drawn `offset` away along the perpendicular direction.
void addHorizontalDimension(Drawing& d, Length left, Length right, Length edgeY, Length lineY,
                            const std::string& text) {
    for (const Length xPos : {left, right})
        d.add(LineEntity{DrawingLayer::dim, {xPos, edgeY - extensionGap}, {xPos, lineY - extensionGap}});
    d.add(LineEntity{DrawingLayer::dim, {left, lineY}, {right, lineY}});
    addTick(d, {left, lineY});
    addTick(d, {right, lineY});
    d.add(
        TextEntity{DrawingLayer::dim, {half(left + right), lineY + extensionGap}, textHeight, text, TextAlign::centre});
}

void addVerticalDimension(Drawing& d, Length bottom, Length top, Length edgeX, Length lineX, const std::string& text) {
    for (const Length yPos : {bottom, top})
        d.add(LineEntity{DrawingLayer::dim, {edgeX + extensionGap, yPos}, {lineX + extensionGap, yPos}});
    d.add(LineEntity{DrawingLayer::dim, {lineX, bottom}, {lineX, top}});
    addTick(d, {lineX, bottom});
    addTick(d, {lineX, top});
    d.add(TextEntity{
        DrawingLayer::dim, {lineX + extensionGap * 2, half(bottom + top) - half(textHeight)}, textHeight, text});
}

// "CUT AT MID-TOLERANCE: contour 40.45 x 15.85 mm R1; ...": the size the machine cuts,
// which the nominal dimensions do not show.
std::string cutSizeNote(const Cutout& c, ContourSize size) {
    const RoundedRect cut = cutShape(c, size);
    return contourStatement(size) + ": contour " + drawingSize(cut.width) + " x " + drawingSize(cut.height) + " mm R" +
           drawingSize(cut.radius) + "; dimensions show the nominal size and tolerance";
}

std::vector<std::string> notes(const Cutout& c, const DrawingRules& rules) {
    std::vector<std::string> lines{
        "Plate thickness " + valueText(c.plateThickness),
        "Cutout tolerance " + toleranceText(c.tolerance) + " mm, corner radius R" + drawingSize(c.radius),
        cutSizeNote(c, contourSizeOf(rules)),
    };
    if (rules.punchingNote.has()) lines.push_back(*rules.punchingNote);
    return lines;
}

// Where the drawing's values come from when not from the part's own datasheet (what is
// estimated has its own heading): a derived product, an inherited tolerance.
std::vector<std::string> provenanceLines(const Variant& v) {
    std::vector<std::string> lines;
    const std::vector<std::string> shown{"cutout-width", "cutout-height", "cutout-radius", "cutout-tolerance",
                                         "plate-thickness"};
    for (const auto& note : {derivedNote(v), inheritedNote(v, shown)})
        if (!note.empty()) lines.push_back(note.substr(1));
    return lines;
}

}  // namespace

ContourSize contourSizeOf(const DrawingRules& rules) {
    return rules.cutoutContour.has() && *rules.cutoutContour == "nominal" ? ContourSize::nominal
                                                                          : ContourSize::midTolerance;
}

std::string contourStatement(ContourSize size) {
    return size == ContourSize::nominal ? "CUT AT NOMINAL" : "CUT AT MID-TOLERANCE";
}

void addCentreMark(Drawing& d, const RoundedRect& shape, Length overhang) {
    const Box b = boundsOf(shape);
    d.add(LineEntity{DrawingLayer::center, {b.min.x - overhang, shape.centre.y}, {b.max.x + overhang, shape.centre.y}});
    d.add(LineEntity{DrawingLayer::center, {shape.centre.x, b.min.y - overhang}, {shape.centre.x, b.max.y + overhang}});
}

Drawing cutoutDrawing(const Variant& v, const Cutout& c, const DrawingRules& rules) {
    Drawing d;
    const RoundedRect cut = cutShape(c, contourSizeOf(rules));
    d.add(PolylineEntity{cutLayerFor(d, c, rules), contourOf(cut)});
    addCentreMark(d, cut, millimetres(2));

    const Length left = -half(c.width), right = left + c.width;
    const Length bottom = -half(c.height), top = bottom + c.height;
    addHorizontalDimension(d, left, right, bottom, bottom - dimensionOffset,
                           drawingSize(c.width) + " " + toleranceText(c.tolerance));
    addVerticalDimension(d, bottom, top, right, right + dimensionOffset,
                         drawingSize(c.height) + " " + toleranceText(c.tolerance));

    Length y = bottom - dimensionOffset - lineSpacing * 2;
    d.add(TextEntity{DrawingLayer::text, {left, y}, titleHeight, v.number + " panel cutout"});
    // Right under the title, as large: the first thing a reader of the drawing sees.
    if (c.isEstimated())
        for (const auto& line : {estimateHeading(rules), estimateLine(v.number, c)}) {
            y = y - lineSpacing;
            d.add(TextEntity{DrawingLayer::text, {left, y}, titleHeight, line});
        }
    for (const auto& line : provenanceLines(v)) {
        y = y - lineSpacing;
        d.add(TextEntity{DrawingLayer::text, {left, y}, textHeight, line});
    }
    for (const auto& line : notes(c, rules)) {
        y = y - lineSpacing;
        d.add(TextEntity{DrawingLayer::text, {left, y}, textHeight, line});
    }
    return d;
}

}  // namespace partgen
