#pragma once
// The `dxf` format: drawings/<number>_cutout.dxf and .svg, the panel cutout of a variant.

#include "format/format.h"

namespace partgen {

const Format& dxfFormat();

// The --dxf-version option, which the panel command shares.
const FormatOption& dxfVersionOption();

}  // namespace partgen
