#pragma once
// The connection point pattern and drilling pattern of a variant: where its wires go
// and which hole its panel needs, both centred on the middle of the part's front.

#include <optional>
#include <string>

#include "eplan/eplan_model.h"

namespace partgen {

// Every connection point of every pole, spaced by the pitch along x and named after
// its pole's marking; the cross-section range spans every conductor class the
// datasheet lists.
EplanConnectionPattern connectionPatternOf(const Variant& v, const std::string& name, const WordingRules& words);

// The nominal panel cutout, from the cutout geometry the DXF drawings use; none for a
// part that does not mount in a panel.
std::optional<EplanDrillingPattern> drillingPatternOf(const Variant& v, const std::string& name,
                                                      const WordingRules& words);

}  // namespace partgen
