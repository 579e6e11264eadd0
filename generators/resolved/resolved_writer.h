#pragma once
// The "resolved" format: one XML file per variant with every resolved value and its
// provenance, in the spec's own syntax. Made to be diffed after a spec update.

#include "model/document.h"
#include "model/variant.h"

namespace partgen {

Document writeResolved(const Variant& variant, const Family& family);

}  // namespace partgen
