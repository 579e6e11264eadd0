#pragma once
// Descriptions of a variant that every output shares, so that a KiCad symbol, a
// QElectroTech element and an EPLAN part say the same thing about the same product.

#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

// Spec names of the values marked estimated, in spec order (e.g. "cutout-height").
std::vector<std::string> estimatedFields(const Variant& v);

// Kind, poles, coding, colour, ratings, conductor range and pitch, in English and one
// decimal style (the maker's own description, in the datasheet's style, is left out).
std::string variantSummary(const Variant& v);

// " Cutout size and pole marking estimated." for what is estimated, in words; empty
// when nothing is.
std::string estimateNote(const Variant& v);

}  // namespace partgen
