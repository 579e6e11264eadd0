#pragma once
// House rules as data (templates/*.xml): KiCad conventions, drawing notes, colours,
// EPLAN data and German wording. A user changes output style here without recompiling.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/kind.h"
#include "model/quantity.h"
#include "model/sourced.h"
#include "text/wording.h"

namespace partgen {

class Diagnostics;

// KiCad Library Conventions and naming (templates/kicad.xml).
struct KicadRules {
    Sourced<std::string> libraryName;    // pattern, e.g. "Connector_{manufacturer}_{series}"
    Sourced<std::string> footprintName;  // pattern, e.g. "{manufacturer}_{number}_1x{poles2}_P{pitch}mm_{mount}"
    Sourced<std::string> symbolName;
    std::map<Kind, std::string> mountWords;  // {mount} in names, per kind; a kind not listed has none
    Sourced<Length> fabLineWidth, silkLineWidth, courtyardLineWidth;
    Sourced<Length> courtyardClearance, courtyardGrid;
    Sourced<Length> footprintTextSize, footprintTextThickness;
    Sourced<Length> symbolTextSize, symbolPinLength, symbolLineWidth;
};

// Panel and cutout drawings (templates/drawing.xml).
struct DrawingRules {
    Sourced<std::string> cutoutContour;  // "nominal" or "mid-tolerance"
    Sourced<std::string> punchingNote;
    Sourced<Length> minimumWeb;           // floor of the web between two cutouts
    Sourced<int> minimumWebPerThickness;  // percent of the sheet thickness, e.g. 150
    Sourced<Length> minimumEdgeDistance;
};

// Proportions of the simplified 3D models that datasheets do not give (templates/model3d.xml).
struct ModelRules {
    Sourced<Length> chamfer;           // on the long edges of housing and flange
    Sourced<Length> flangeThickness;
    Sourced<Length> bodyClearance;     // housing behind the flange: cutout minus this on each side
    Sourced<Length> wingReach;         // snap-in wings: how far they reach past the cutout edge
    Sourced<Length> wingLength, wingWidth;
    Sourced<Length> contactWidth, contactHeight, contactDepth;
    Sourced<Length> codingWidth, codingHeight, codingDepth;
    Sourced<Length> entryClearance;    // conductor entry: largest conductor's diameter plus this
};

struct ColourEntry {
    std::string name;  // as parts name it, e.g. "light turquoise"
    std::string rgb;   // "#RRGGBB"
    SourceLocation at;
};

struct KindWording {
    Kind kind;
    Wording words;
};

// A spec value that EPLAN gets as a free property, with the property's display name.
struct FreePropertyRule {
    std::string field;  // spec name, e.g. "rated-voltage"
    Wording name;
};

// EPLAN part data and the wording EPLAN and QElectroTech share (templates/eplan.xml).
struct EplanRules {
    Sourced<int> productTopGroup, productGroup, productSubGroup;  // EPLAN selection-list numbers
    Sourced<std::string> partNumber;  // pattern, e.g. "{manufacturer}.{number}"
    std::vector<KindWording> kinds;   // one per kind
    std::map<std::string, Wording> phrases;  // every name in requiredPhrases()
    std::vector<FreePropertyRule> freeProperties;

    const Wording& kind(Kind k) const;
    const Wording& phrase(const std::string& name) const;
};

// The phrase names templates/eplan.xml must define.
const std::vector<std::string>& requiredPhrases();

struct Templates {
    KicadRules kicad;
    DrawingRules drawing;
    std::vector<ColourEntry> colours;
    EplanRules eplan;
    ModelRules model3d;

    const ColourEntry* colour(const std::string& name) const;
};

// Reads kicad.xml, drawing.xml, colours.xml, eplan.xml and model3d.xml from `dir`; every setting is
// required, unknown ones are errors.
Templates readTemplates(const std::filesystem::path& dir, const std::string& displayDir, Diagnostics& diagnostics);

// The files readTemplates reads, in the order it reads them.
const std::vector<std::string>& templateFileNames();

}  // namespace partgen
