#pragma once
// The EPLAN parts file of a family, eplan/<family-id>.xml, with every variant: records
// that others refer to come first (drilling and connection point patterns), then the parts.

#include "format/format.h"

namespace partgen {

const Format& eplanFormat();

}  // namespace partgen
