#include "eplan/eplan_patterns.h"

#include "eplan/eplan_text.h"
#include "geometry/cutout.h"
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

}  // namespace

EplanConnectionPattern connectionPatternOf(const Variant& v, const std::string& name, const WordingRules& words) {
    EplanConnectionPattern pattern{name, {}, {}};
    const std::string pitch = v.pitch.has() ? millimetreText(*v.pitch) : "-";
    pattern.description = fillPhrase(words.phrase("connection-points"), {{placeholder::pitch, pitch}});
    const ConnectableRange range = connectableRange(v);
    const int perPole = v.connectionPointsPerPole.has() ? *v.connectionPointsPerPole : 1;
    int position = 1;
    for (int pole = 0; pole < *v.poles; ++pole)
        for (int point = 0; point < perPole; ++point)
            pattern.points.push_back({position++,
                                      (*v.marking)[static_cast<std::size_t>(pole)],
                                      {poleOffset(v, pole), Length()},
                                      range.section,
                                      range.minAwg,
                                      range.maxAwg,
                                      v.stripLength.value});
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
