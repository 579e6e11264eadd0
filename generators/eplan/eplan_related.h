#pragma once
// What a part brings along in EPLAN beyond its own records: the accessories and mating
// parts the datasheet names, and the ratings EPLAN has properties of its own for.

#include <optional>
#include <string>
#include <vector>

#include "eplan/eplan_model.h"

namespace partgen {

// The datasheet's accessories, each an optional accessory of the part, then the list of
// its counterparts when it has any.
std::vector<EplanAccessory> accessoriesOf(const Variant& v, const Family& family, const EplanRules& rules,
                                          const std::string& partNumber);

// The mating parts as an accessory list: alternatives, of which one is chosen. Named
// after the part, e.g. "WAGO.770-744.counterparts".
std::optional<EplanAccessoryList> counterpartListOf(const Variant& v, const Family& family, const EplanRules& rules,
                                                    const std::string& partNumber, const WordingRules& words);

// Voltage, current and coding for EPLAN's own properties, when the spec's value is not
// an estimate.
EplanRatings ratingsOf(const Variant& v);

// The spec fields ratingsOf (and the packaging quantity) carry: these are no free
// properties unless estimated.
bool hasOwnEplanProperty(const Variant& v, const std::string& field);

}  // namespace partgen
