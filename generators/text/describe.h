#pragma once
// Descriptions of a variant that every output shares, so that a KiCad symbol, a
// QElectroTech element and an EPLAN part say the same thing about the same product.

#include <string>

#include "model/variant.h"

namespace partgen {

// Kind, poles, coding, colour, ratings, the clamps' conductor range and pitch, in English and one
// decimal style (the maker's own description, in the datasheet's style, is left out).
std::string variantSummary(const Variant& v);

}  // namespace partgen
