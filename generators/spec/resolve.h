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
    RawProps props;  // of a series product: empty (seriesProps makes them when needed)
    const RawFamily* family = nullptr;
    const RawSeries* series = nullptr;  // the rule that makes a series product
    int poles = 0;                      // and its pole count
    std::string baseDatasheetUrl{};     // and the datasheet of the part it is derived from
};

struct Resolution {
    std::vector<ResolvedEntry> entries;   // every product, in spec order
    std::vector<ResolvedEntry> shadowed;  // series products replaced by a datasheet part of the same number
};

// The raw families must outlive the resolution: series products refer to their rules.
Resolution resolveFamilies(const std::vector<RawFamily>& families, Diagnostics& diagnostics);

// A series product's props, made from its rule. A catalog's series products are made
// one at a time this way, so their raw values never all exist at once.
RawProps seriesProps(const ResolvedEntry& entry);

}  // namespace partgen
