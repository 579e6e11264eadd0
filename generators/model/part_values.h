#pragma once
// Value types of part properties that are more than a single quantity or word.

#include <string>
#include <vector>

#include "model/quantity.h"

namespace partgen {

// A panel cutout tolerance: the cut may be up to `plus` larger and `minus` smaller.
struct Tolerance {
    Length plus;
    Length minus;
    bool operator==(const Tolerance&) const = default;
};

// A conductor class a clamp accepts: cross-section range and the AWG range as the
// datasheet gives it (AWG sizes run backwards and are kept as written).
struct ConductorRange {
    Range<Area> section;
    std::string awg;  // e.g. "20 ... 12", empty when not given
    bool operator==(const ConductorRange&) const = default;
};

struct Approval {
    std::string body;         // e.g. "cURus Underwriters Laboratories Inc."
    std::string standard;     // e.g. "UL 1977"
    std::string certificate;  // e.g. "E45171"
    bool operator==(const Approval&) const = default;
};

using Labels = std::vector<std::string>;
using Approvals = std::vector<Approval>;

}  // namespace partgen
