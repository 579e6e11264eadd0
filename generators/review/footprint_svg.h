#pragma once
// The KiCad footprint drawn as SVG for the review pages, from the same model the footprint
// file is written from, each layer in KiCad's default board colours on its dark background.

#include <string>

#include "kicad/footprint_model.h"

namespace partgen {

std::string footprintSvg(const FootprintModel& footprint);

// KiCad's default colour of a board layer, e.g. "#F2EDA1" for F.SilkS.
std::string kicadLayerColour(KicadLayer layer);

}  // namespace partgen
