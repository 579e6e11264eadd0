#pragma once
// Inheritance: which raw values make up each product. A part takes the family
// defaults and overrides them; a variant takes its base part's values and overrides
// what differs; a series rule makes one product per pole count. Where a series
// product has the number of a datasheet part, the datasheet part wins.

#include <string>
#include <vector>

#include "model/variant.h"
#include "spec/family_reader.h"

namespace partgen {

class Diagnostics;

struct ResolvedEntry {
    std::string number;
    std::string basePart;
    Origin origin = Origin::part;
    SourceLocation at;
    RawProps props;
    const RawFamily* family = nullptr;
};

struct Resolution {
    std::vector<ResolvedEntry> entries;   // every product, in spec order
    std::vector<ResolvedEntry> shadowed;  // series products replaced by a datasheet part of the same number
};

Resolution resolveFamilies(const std::vector<RawFamily>& families, Diagnostics& diagnostics);

}  // namespace partgen
