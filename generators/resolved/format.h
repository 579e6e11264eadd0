#pragma once
// The `resolved` format: every resolved value of a variant with its provenance.

#include "format/format.h"

namespace partgen {

const Format& resolvedFormat();

}  // namespace partgen
