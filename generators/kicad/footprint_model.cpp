#include "kicad/footprint_model.h"

#include <cmath>

#include "geometry/cutout.h"
#include "model/enum_table.h"
#include "text/drawing_numbers.h"
#include "text/value_text.h"

namespace partgen {
namespace {

constexpr EnumTable<KicadLayer, 5> layers{{{
    {KicadLayer::fCu, "F.Cu"},
    {KicadLayer::fSilkS, "F.SilkS"},
    {KicadLayer::fFab, "F.Fab"},
    {KicadLayer::fCrtYd, "F.CrtYd"},
    {KicadLayer::edgeCuts, "Edge.Cuts"},
}}};

constexpr Length silkOffset = Length::fromSteps(110'000);  // KLC: silk 0.11 mm outside the fab outline

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

// KiCad's y axis points down.
Point toKicad(Point p) { return {p.x, -p.y}; }

// The middle of the arc from `from` (with its bulge) to `to`, rounded to 1 nm.
Point arcMiddle(const ContourVertex& from, Point to) {
    const double dx = static_cast<double>((to.x - from.at.x).steps());
    const double dy = static_cast<double>((to.y - from.at.y).steps());
    const double mx = static_cast<double>(from.at.x.steps()) + dx / 2 + from.bulge / 2 * dy;
    const double my = static_cast<double>(from.at.y.steps()) + dy / 2 - from.bulge / 2 * dx;
    return {Length::fromSteps(std::llround(mx)), Length::fromSteps(std::llround(my))};
}

// Away from zero to the next grid line, so the courtyard never shrinks.
Length outwardToGrid(Length l, Length grid) {
    const auto g = grid.steps();
    const auto s = l.steps();
    const auto rounded = s >= 0 ? (s + g - 1) / g * g : -((-s + g - 1) / g * g);
    return Length::fromSteps(rounded);
}

void addContour(FootprintModel& fp, const Contour& c, KicadLayer layer, Length width) {
    const auto& v = c.vertices;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Point next = v[(i + 1) % v.size()].at;
        if (v[i].bulge == 0)
            fp.graphics.push_back(FpLine{toKicad(v[i].at), toKicad(next), layer, width});
        else  // KiCad keeps arcs clockwise on screen: flipping y turned ours, so swap the ends
            fp.graphics.push_back(FpArc{toKicad(next), toKicad(arcMiddle(v[i], next)), toKicad(v[i].at), layer, width});
    }
}

FpRect centredRect(Length width, Length height, KicadLayer layer, Length lineWidth) {
    return {{-half(width), -half(height)}, {half(width), half(height)}, layer, lineWidth};
}

// A small triangle pointing down at pin 1, above the silk outline.
FpPoly pinOneMark(const Variant& v, Length silkTop, Length width) {
    const Length pin1 = Length::fromSteps(-(*v.pitch * (*v.poles - 1)).steps() / 2);
    const Length size = Length::fromSteps(500'000);
    const Length tip = silkTop - Length::fromSteps(300'000);
    return {{{pin1 - size, tip - size}, {pin1 + size, tip - size}, {pin1, tip}}, KicadLayer::fSilkS, width};
}

std::string description(const Variant& v, const Cutout& c) {
    std::string text = *v.description + ". Panel cutout " + drawingSize(c.width) + " x " + drawingSize(c.height) +
                       " mm, R" + drawingSize(c.radius) + ", tolerance " + toleranceText(c.tolerance) + " mm, plate " +
                       valueText(c.plateThickness) + ".";
    if (c.estimated) text += " Cutout sizes are estimated, not from a datasheet drawing.";
    if (v.datasheetUrl.has()) text += " " + *v.datasheetUrl;
    return text;
}

}  // namespace

std::string_view kicadLayerName(KicadLayer layer) { return layers.name(layer); }

FootprintModel footprintOf(const Variant& v, const Family& family, const KicadRules& rules) {
    const Cutout cutout = *cutoutOf(v);
    FootprintModel fp;
    fp.name = kicadFootprintName(v, family, rules);
    fp.description = description(v, cutout);
    fp.tags = "connector " + family.manufacturer.shortName + " " + family.series + " " + v.number + " " +
              std::string(kindName(*v.kind)) + " panel cutout";
    fp.datasheet = v.datasheetUrl.has() ? *v.datasheetUrl : "";
    fp.modelPath = std::string(kicadLibraryDirVariable) + "/" + kicadModelStem(v, family, rules) + ".step";

    addContour(fp, contourOf(cutShape(cutout, ContourSize::nominal)), KicadLayer::edgeCuts, *rules.fabLineWidth);
    fp.graphics.push_back(centredRect(*v.width, *v.height, KicadLayer::fFab, *rules.fabLineWidth));
    const Length silkWidth = *v.width + silkOffset * 2, silkHeight = *v.height + silkOffset * 2;
    fp.graphics.push_back(centredRect(silkWidth, silkHeight, KicadLayer::fSilkS, *rules.silkLineWidth));
    fp.graphics.push_back(pinOneMark(v, -half(silkHeight), *rules.silkLineWidth));
    const Length courtX = outwardToGrid(half(*v.width) + *rules.courtyardClearance, *rules.courtyardGrid);
    const Length courtY = outwardToGrid(half(*v.height) + *rules.courtyardClearance, *rules.courtyardGrid);
    fp.graphics.push_back(FpRect{{-courtX, -courtY}, {courtX, courtY}, KicadLayer::fCrtYd, *rules.courtyardLineWidth});

    const Length size = *rules.footprintTextSize, thickness = *rules.footprintTextThickness;
    fp.reference = {"REF**", {Length(), -courtY - size}, KicadLayer::fSilkS, size, thickness};
    fp.value = {fp.name, {Length(), courtY + size}, KicadLayer::fFab, size, thickness};
    fp.fabReference = {"${REFERENCE}", {}, KicadLayer::fFab, size, thickness};
    return fp;
}

}  // namespace partgen
