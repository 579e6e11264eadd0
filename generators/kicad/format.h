#pragma once
// The KiCad formats: `kicad-sym` (a symbol library per family), `kicad-mod` (a footprint
// per panel-mount variant), and the 3D models the footprints point at, `step` and `wrl`,
// which go into the library's .3dshapes folder under the footprint's name.

#include "format/format.h"

namespace partgen {

const Format& kicadSymbolFormat();
const Format& kicadFootprintFormat();
const Format& stepFormat();
const Format& wrlFormat();

}  // namespace partgen
