#pragma once
// Turns a product's resolved raw values into a typed Variant, evaluating expressions.

#include "model/variant.h"
#include "spec/resolve.h"

namespace partgen {

class Diagnostics;

Variant buildVariant(const ResolvedEntry& entry, Diagnostics& diagnostics);

}  // namespace partgen
