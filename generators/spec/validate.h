#pragma once
// Checks of a built product that no single value can fail alone: required values,
// plausible sizes, one marking label per pole, a cutout the flange covers.

#include <set>
#include <string>

#include "model/variant.h"
#include "spec/colour_table.h"

namespace partgen {

class Diagnostics;

// Sizes beyond these are typing mistakes, not connectors.
constexpr int maxPoles = 100;
constexpr Length maxLength = millimetres(2000);

// `given` names the properties the spec stated (see BuiltVariant).
void validateVariant(const Variant& v, const std::set<std::string>& given, const ColourTable& colours,
                     Diagnostics& diagnostics);

}  // namespace partgen
