#include "kicad/footprint_model.h"

#include "geometry/cutout.h"
#include "kicad/footprint_contour.h"
#include "kicad/kicad_text.h"
#include "model/enum_table.h"
#include "text/describe.h"
#include "text/provenance_note.h"

namespace partgen {
namespace {

constexpr EnumTable<KicadLayer, 5> layers{{{
    {KicadLayer::fCu, "F.Cu"},
    {KicadLayer::fSilkS, "F.SilkS"},
    {KicadLayer::fFab, "F.Fab"},
    {KicadLayer::fCrtYd, "F.CrtYd"},
    {KicadLayer::edgeCuts, "Edge.Cuts"},
}}};

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

// Away from zero to the next grid line, so the courtyard never shrinks.
Length outwardToGrid(Length l, Length grid) {
    const auto g = grid.steps();
    const auto s = l.steps();
    const auto rounded = s >= 0 ? (s + g - 1) / g * g : -((-s + g - 1) / g * g);
    return Length::fromSteps(rounded);
}

FpRect centredRect(Length width, Length height, KicadLayer layer, Length lineWidth, const std::string& key) {
    return {{-half(width), -half(height)}, {half(width), half(height)}, layer, lineWidth, key};
}

// A small triangle pointing down at pin 1, above the silk outline.
FpPoly pinOneMark(const Variant& v, Length silkTop, const KicadRules& rules) {
    const Length pin1 = Length::fromSteps(-(*v.pitch * (*v.poles - 1)).steps() / 2);
    const Length size = *rules.pinOneMarkSize;
    const Length tip = silkTop - *rules.pinOneMarkGap;
    return {{{pin1 - size, tip - size}, {pin1 + size, tip - size}, {pin1, tip}},
            KicadLayer::fSilkS,
            *rules.silkLineWidth,
            "pin-1-mark"};
}

// What a footprint's descr says: the part, its cutout, what is estimated, the datasheet.
std::string description(const Variant& v) {
    std::string text = variantSummary(v) + " " + cutoutSize(v) + "." + provenanceNote(v);
    if (const auto url = ownDatasheetUrl(v); !url.empty()) text += " " + url;
    return text;
}

}  // namespace

std::string_view kicadLayerName(KicadLayer layer) { return layers.name(layer); }

FootprintModel footprintOf(const Variant& v, const Family& family, const KicadRules& rules) {
    const Cutout cutout = *cutoutOf(v);
    FootprintModel fp;
    fp.name = kicadFootprintName(v, family, rules);
    fp.description = description(v);
    fp.tags = kicadCutoutKeywords(v, family, rules);
    fp.modelPath = kicadModelReference(v, family, rules);

    const auto edgeCuts = kicadGraphicsOf(contourOf(cutShape(cutout, ContourSize::nominal)), KicadLayer::edgeCuts,
                                          *rules.edgeCutLineWidth, "edge-cut");
    fp.graphics.insert(fp.graphics.end(), edgeCuts.begin(), edgeCuts.end());
    fp.graphics.push_back(centredRect(*v.width, *v.height, KicadLayer::fFab, *rules.fabLineWidth, "fab/outline"));
    const Length silkWidth = *v.width + *rules.silkOffset * 2, silkHeight = *v.height + *rules.silkOffset * 2;
    fp.graphics.push_back(centredRect(silkWidth, silkHeight, KicadLayer::fSilkS, *rules.silkLineWidth, "silk/outline"));
    fp.graphics.push_back(pinOneMark(v, -half(silkHeight), rules));
    const Length courtX = outwardToGrid(half(*v.width) + *rules.courtyardClearance, *rules.courtyardGrid);
    const Length courtY = outwardToGrid(half(*v.height) + *rules.courtyardClearance, *rules.courtyardGrid);
    fp.graphics.push_back(
        FpRect{{-courtX, -courtY}, {courtX, courtY}, KicadLayer::fCrtYd, *rules.courtyardLineWidth, "courtyard"});

    const Length size = *rules.footprintTextSize, thickness = *rules.footprintTextThickness;
    fp.reference = {"REF**", {Length(), -courtY - size}, KicadLayer::fSilkS, size, thickness, "silk/reference"};
    fp.value = {fp.name, {Length(), courtY + size}, KicadLayer::fFab, size, thickness, "fab/value"};
    fp.fabReference = {"${REFERENCE}", {}, KicadLayer::fFab, size, thickness, "fab/reference"};
    return fp;
}

}  // namespace partgen
