#include "eplan/eplan_patterns.h"

#include <algorithm>

#include "eplan/eplan_text.h"
#include "geometry/cutout.h"
#include "model3d/connector_layout.h"
#include "text/value_text.h"
#include "text/wording.h"

namespace partgen {
namespace {

struct ConnectableRange {
    std::optional<Range<Area>> section;
    std::string minAwg, maxAwg;
};

// AWG as the datasheet wrote it: "20 ... 12" or a single size.
std::pair<std::string, std::string> awgEnds(const std::string& awg) {
    const std::string separator = " ... ";
    const auto at = awg.find(separator);
    if (at == std::string::npos) return {awg, awg};
    return {awg.substr(0, at), awg.substr(at + separator.size())};
}

// The smallest and largest conductor any class accepts, with the AWG the datasheet
// gives for each end.
ConnectableRange connectableRange(const Variant& v) {
    ConnectableRange range;
    for (const auto* field :
         {&v.conductorSolid, &v.conductorSolidPushIn, &v.conductorStranded, &v.conductorFineStranded,
          &v.conductorFerruleInsulated, &v.conductorFerruleUninsulated, &v.conductorFerrulePushIn}) {
        if (!field->has()) continue;
        const ConductorRange& c = **field;
        const auto [minAwg, maxAwg] = awgEnds(c.awg);
        if (!range.section) {
            range = {c.section, minAwg, maxAwg};
            continue;
        }
        if (c.section.min < range.section->min) {
            range.section->min = c.section.min;
            range.minAwg = minAwg;
        }
        if (c.section.max > range.section->max) {
            range.section->max = c.section.max;
            range.maxAwg = maxAwg;
        }
    }
    return range;
}

// Pole i of n, centred: (2i - (n - 1)) / 2 pitches from the middle.
Length poleOffset(const Variant& v, int pole) {
    if (!v.pitch.has()) return Length();
    const int n = *v.poles;
    return Length::fromSteps(v.pitch->steps() * (2 * pole - (n - 1)) / 2);
}

Point centreOf(const Polygon2& mouth) {
    Point low = mouth.front(), high = mouth.front();
    for (const auto& p : mouth) {
        low = {std::min(low.x, p.x), std::min(low.y, p.y)};
        high = {std::max(high.x, p.x), std::max(high.y, p.y)};
    }
    return {Length::fromSteps((low.x.steps() + high.x.steps()) / 2),
            Length::fromSteps((low.y.steps() + high.y.steps()) / 2)};
}

// Where each conductor goes in, as the 3D model has it: the mouths of its rear entries,
// in the plane of its rear face, measured from the part's front. Without entries (no
// strip length or cross-section to size them) the points sit on the pole axes in that plane.
std::vector<Point3> clampPlaces(const Variant& v, const ModelRules& model, int perPole) {
    const LayoutResult result = connectorLayout(v, model);
    const Length rear = result.layout ? result.layout->rear - result.layout->front : Length();
    const auto count = static_cast<std::size_t>(*v.poles * perPole);
    std::vector<Point3> places;
    if (result.layout && result.layout->rearPockets.size() == count) {
        for (const auto& pocket : result.layout->rearPockets) {
            const Point c = centreOf(pocket.mouth);
            places.push_back({c.x, c.y, rear});
        }
        return places;
    }
    for (int pole = 0; pole < *v.poles; ++pole)
        for (int point = 0; point < perPole; ++point) places.push_back({poleOffset(v, pole), Length(), rear});
    return places;
}

}  // namespace

std::string connectionPointName(const std::string& marking, int clamp, int clampsPerPole) {
    return clampsPerPole > 1 ? marking + "." + std::to_string(clamp + 1) : marking;
}

EplanConnectionPattern connectionPatternOf(const Variant& v, const std::string& name, const WordingRules& words,
                                           const ModelRules& model) {
    EplanConnectionPattern pattern{name, {}, {}};
    const std::string pitch = v.pitch.has() ? millimetreText(*v.pitch) : "-";
    pattern.description = fillPhrase(words.phrase("connection-points"), {{placeholder::pitch, pitch}});
    const ConnectableRange range = connectableRange(v);
    const int perPole = v.connectionPointsPerPole.has() ? *v.connectionPointsPerPole : 1;
    const std::vector<Point3> places = clampPlaces(v, model, perPole);
    for (int pole = 0; pole < *v.poles; ++pole)
        for (int clamp = 0; clamp < perPole; ++clamp) {
            const Point3& at = places[static_cast<std::size_t>(pole * perPole + clamp)];
            pattern.points.push_back({static_cast<int>(pattern.points.size()) + 1,
                                      connectionPointName((*v.marking)[static_cast<std::size_t>(pole)], clamp, perPole),
                                      {at.x, at.y},
                                      at.z,
                                      range.section,
                                      range.minAwg,
                                      range.maxAwg,
                                      v.stripLength.value});
        }
    return pattern;
}

std::optional<EplanDrillingPattern> drillingPatternOf(const Variant& v, const std::string& name,
                                                      const WordingRules& words) {
    const auto cutout = cutoutOf(v);
    if (!cutout) return std::nullopt;
    const RoundedRect cut = cutShape(*cutout, ContourSize::nominal);
    Wording description = fillPhrase(words.phrase("cutout"), {{placeholder::width, millimetreText(cut.width)},
                                                              {placeholder::height, millimetreText(cut.height)},
                                                              {placeholder::radius, millimetreText(cut.radius)},
                                                              {placeholder::tolerance, valueText(cutout->tolerance)},
                                                              {placeholder::plate, valueText(cutout->plateThickness)}});
    if (cutout->isEstimated()) {
        const Wording& estimated = words.phrase("estimated");
        description = {description.german + ", " + estimated.german, description.english + ", " + estimated.english};
    }
    return EplanDrillingPattern{name, description, cut};
}

}  // namespace partgen
