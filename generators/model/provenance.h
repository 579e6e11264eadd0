#pragma once
// Where a value came from. Ordered from most to least trustworthy, so that a value
// computed from others is as weak as its weakest input.

#include <optional>
#include <string>
#include <string_view>

namespace partgen {

enum class Provenance { datasheet, drawing, derived, estimated };

std::string_view provenanceName(Provenance p);
std::optional<Provenance> provenanceFromName(std::string_view word);
std::string provenanceNames();  // "datasheet, drawing, derived, estimated" for messages

constexpr Provenance weakest(Provenance a, Provenance b) { return a > b ? a : b; }

// Where a value was written: file and 1-based line. Plain data, kept so that checks
// run after resolution can still point at the spec line at fault.
struct SourceLocation {
    std::string file;
    int line = 0;
    bool operator==(const SourceLocation&) const = default;
};

}  // namespace partgen
