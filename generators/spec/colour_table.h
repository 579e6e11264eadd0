#pragma once
// The colour names parts may use and their RGB values (templates/colours.xml): the spec
// checks every part's colour against it, 3D models and symbols take the RGB from it.

#include <string>
#include <vector>

#include "model/provenance.h"
#include "spec/house_rules.h"

namespace partgen {

struct ColourEntry {
    std::string name;  // as parts name it, e.g. "light turquoise"
    std::string rgb;   // "#RRGGBB"
    SourceLocation at;
};

struct ColourTable {
    std::vector<ColourEntry> colours;

    const ColourEntry* colour(const std::string& name) const;
};

const RuleFile& colourRuleFile();

}  // namespace partgen
