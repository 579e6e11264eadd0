#include "model/conductors.h"

#include <algorithm>
#include <string>
#include <utility>

namespace partgen {
namespace {

// AWG as the datasheet wrote it: "20 ... 12" or a single size.
std::pair<std::string, std::string> awgEnds(const std::string& awg) {
    const std::string separator = " ... ";
    const auto at = awg.find(separator);
    if (at == std::string::npos) return {awg, awg};
    return {awg.substr(0, at), awg.substr(at + separator.size())};
}

std::string awgRange(const std::string& smallest, const std::string& largest) {
    if (smallest.empty() || largest.empty()) return "";
    return smallest == largest ? smallest : smallest + " ... " + largest;
}

}  // namespace

std::optional<ConductorRange> clampingRange(const Variant& v) {
    std::optional<Range<Area>> section;
    std::string minAwg, maxAwg;
    for (const auto* field :
         {&v.conductorSolid, &v.conductorSolidPushIn, &v.conductorStranded, &v.conductorFineStranded,
          &v.conductorFerruleInsulated, &v.conductorFerruleUninsulated, &v.conductorFerrulePushIn}) {
        if (!field->has()) continue;
        const auto [smallAwg, largeAwg] = awgEnds((*field)->awg);
        const Range<Area>& s = (*field)->section;
        if (!section || s.min < section->min) minAwg = smallAwg;
        if (!section || s.max > section->max) maxAwg = largeAwg;
        section = section ? Range<Area>{std::min(section->min, s.min), std::max(section->max, s.max)} : s;
    }
    if (!section) return std::nullopt;
    return ConductorRange{*section, awgRange(minAwg, maxAwg)};
}

}  // namespace partgen
