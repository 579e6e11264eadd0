#pragma once
// The connection point pattern and drilling pattern of a variant: where its wires go
// and which hole its panel needs, both centred on the middle of the part's front.

#include <optional>
#include <string>

#include "eplan/eplan_model.h"

namespace partgen {

// Every connection point of every pole where the 3D model has its conductor entry (pole
// axes spaced by the pitch, clamps of a pole stacked in y, z in the rear face's plane),
// named after its pole's marking; the cross-section range spans every conductor class
// the datasheet lists.
EplanConnectionPattern connectionPatternOf(const Variant& v, const std::string& name, const WordingRules& words,
                                           const ModelRules& model);

// "1" for a pole's only clamp; "1.1", "1.2" for the clamps of a pole that has two, so
// that every connection point of a part has a name of its own.
std::string connectionPointName(const std::string& marking, int clamp, int clampsPerPole);

// The nominal panel cutout, from the cutout geometry the DXF drawings use; none for a
// part that does not mount in a panel.
std::optional<EplanDrillingPattern> drillingPatternOf(const Variant& v, const std::string& name,
                                                      const WordingRules& words);

}  // namespace partgen
