#pragma once
// KiCad Library Conventions and naming (templates/kicad.xml), read by kicad/ itself.

#include <map>
#include <string>

#include "model/kind.h"

#include "model/quantity.h"
#include "model/sourced.h"
#include "spec/house_rules.h"

namespace partgen {

struct KicadRules {
    Sourced<std::string> libraryName;    // pattern, e.g. "Connector_{manufacturer}_{series}"
    Sourced<std::string> footprintName;  // pattern, e.g. "{manufacturer}_{number}_1x{poles2}_P{pitch}mm_{mount}"
    Sourced<std::string> symbolName;
    Sourced<std::string> cutoutSymbolName;     // the zero-pin panel cutout symbol of a panel-mount part
    Sourced<std::string> modelFolder;          // where footprints find <Library>.3dshapes, e.g. "${KICAD9_3DMODEL_DIR}"
    std::map<Kind, std::string> mountWords;    // {mount} in names, per kind; a kind not listed has none
    std::map<Kind, std::string> kindKeywords;  // the symbol's first keywords, per kind; every kind has some
    Sourced<Length> fabLineWidth, silkLineWidth, courtyardLineWidth, edgeCutLineWidth;
    Sourced<Length> silkOffset;                     // silk outline outside the fab outline
    Sourced<Length> pinOneMarkSize, pinOneMarkGap;  // the triangle at pin 1 and its gap to the silk outline
    Sourced<Length> courtyardClearance, courtyardGrid;
    Sourced<Length> footprintTextSize, footprintTextThickness;
    Sourced<Length> symbolTextSize, symbolPinLength, symbolLineWidth, symbolDetailLineWidth, symbolPinNameOffset;
};

const RuleFile& kicadRuleFile();

}  // namespace partgen
