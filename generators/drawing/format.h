#pragma once
// The `dxf` format: drawings/<number>_cutout.dxf and .svg, the panel cutout of a variant
// for CAM and for a screen. The `pdf` format: drawings/<number>_cutout.pdf, the same
// drawing on a standard sheet at a stated scale, for printing.

#include "format/format.h"

namespace partgen {

const Format& dxfFormat();
const Format& pdfFormat();

// The --dxf-version option, which the panel command shares.
const FormatOption& dxfVersionOption();

}  // namespace partgen
