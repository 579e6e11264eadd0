#pragma once
// Turns a product's resolved raw values into a typed Variant, evaluating expressions.

#include <set>
#include <string>

#include "model/variant.h"
#include "spec/resolve.h"

namespace partgen {

class Diagnostics;

// The typed product, and which properties the spec gave at all: a value that was
// given but could not be read is already reported and is not "missing" as well.
struct BuiltVariant {
    Variant variant;
    std::set<std::string> given;
};

BuiltVariant buildVariant(const ResolvedEntry& entry, Diagnostics& diagnostics);

}  // namespace partgen
