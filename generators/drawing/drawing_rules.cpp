#include "drawing/drawing_rules.h"

#include <algorithm>
#include <cctype>

#include "drawing/drawing.h"
#include "spec/template_reader.h"
#include "text/strings.h"

namespace partgen {

template <class F>
void visitFields(DrawingRules& r, F&& f) {
    f("cutout-contour", r.cutoutContour);
    f("estimated-cut-layer", r.estimatedCutLayer);
    f("punching-note", r.punchingNote);
    f("minimum-web", r.minimumWeb);
    f("minimum-web-per-thickness", r.minimumWebPerThickness);
    f("minimum-edge-distance", r.minimumEdgeDistance);
    f("general-tolerance", r.generalTolerance);
}

namespace {

void checkContourChoice(const DrawingRules& rules, Diagnostics& diag) {
    const auto& contour = rules.cutoutContour;
    if (contour.has() && *contour != "nominal" && *contour != "mid-tolerance")
        diag.error(contour.at, "cutout-contour '" + *contour + "' must be nominal or mid-tolerance");
}

bool sameLayerName(const std::string& a, const std::string& b) { return lowercase(a) == lowercase(b); }

// A layer name every DXF version and CAM program takes, and one that no other layer has
// (DXF compares layer names without case): the estimated contours must not end up on CUT.
void checkEstimatedCutLayer(const DrawingRules& rules, Diagnostics& diag) {
    const auto& layer = rules.estimatedCutLayer;
    if (!layer.has()) return;
    const bool plain = !layer->empty() && std::all_of(layer->begin(), layer->end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    });
    if (!plain) diag.error(layer.at, "estimated-cut-layer '" + *layer + "' must be letters, digits, '_' and '-' only");
    auto taken = standardLayers();
    taken.push_back(frameStyle());
    for (const auto& style : taken)
        if (sameLayerName(*layer, style.name))
            diag.error(layer.at, "estimated-cut-layer '" + *layer + "' is the name of the " + style.name +
                                     " layer; estimated contours need a layer of their own");
}

// Negative webs and edge distances would let cutouts overlap, and the panel's web check
// finds its pairs by nearness, which only a web of 0 or more bounds.
template <class T>
void checkNotNegative(const Sourced<T>& setting, const char* name, Diagnostics& diag) {
    if (setting.has() && *setting < T()) diag.error(setting.at, std::string(name) + " must not be below 0");
}

void checkClearances(const DrawingRules& rules, Diagnostics& diag) {
    checkNotNegative(rules.minimumWeb, "minimum-web", diag);
    checkNotNegative(rules.minimumWebPerThickness, "minimum-web-per-thickness", diag);
    checkNotNegative(rules.minimumEdgeDistance, "minimum-edge-distance", diag);
}

}  // namespace

const RuleFile& drawingRuleFile() {
    static const RuleFile file = ruleFileOf<DrawingRules>(
        "drawing.xml", "drawing", [](const TemplateReader& r, const tinyxml2::XMLElement& root, DrawingRules& drawing) {
            r.readSettings(root, drawing);
            checkContourChoice(drawing, r.diagnostics());
            checkEstimatedCutLayer(drawing, r.diagnostics());
            checkClearances(drawing, r.diagnostics());
        });
    return file;
}

}  // namespace partgen
