#include "drawing/estimated_cut.h"

#include "text/drawing_numbers.h"

namespace partgen {
namespace {

std::string valueText(const Cutout& c, CutoutValue value) {
    switch (value) {
        case CutoutValue::width:
            return drawingSize(c.width) + " mm";
        case CutoutValue::height:
            return drawingSize(c.height) + " mm";
        case CutoutValue::radius:
            return drawingSize(c.radius) + " mm";
        case CutoutValue::tolerance:
            return toleranceText(c.tolerance) + " mm";
    }
    return {};
}

}  // namespace

// Without the setting (rules made in code) the estimate still never lands on CUT.
std::string estimatedCutLayerName(const DrawingRules& rules) {
    return rules.estimatedCutLayer.has() ? *rules.estimatedCutLayer : std::string("CUT_ESTIMATED");
}

DrawingLayer cutLayerFor(Drawing& d, const Cutout& cutout, const DrawingRules& rules) {
    if (!cutout.isEstimated()) return DrawingLayer::cut;
    d.declare(estimatedCutStyle(estimatedCutLayerName(rules)));
    return DrawingLayer::estimatedCut;
}

std::string estimateHeading(const DrawingRules& rules) {
    return "ESTIMATED CUTOUT SIZES ON LAYER " + estimatedCutLayerName(rules) +
           ", NOT FROM THE DATASHEET: check the fit before cutting";
}

std::string estimateLine(const std::string& number, const Cutout& cutout) {
    std::string values;
    for (const CutoutValue value : cutout.estimatedValues)
        values += (values.empty() ? "" : ", ") + std::string(cutoutValueName(value)) + " " + valueText(cutout, value);
    return number + ": " + values + (cutout.estimatedValues.size() == 1 ? " is" : " are") + " estimated";
}

}  // namespace partgen
