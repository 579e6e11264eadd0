#include "kicad/kicad_rules.h"

#include "spec/template_reader.h"

namespace partgen {

template <class F>
void visitFields(KicadRules& r, F&& f) {
    f("library-name", r.libraryName);
    f("footprint-name", r.footprintName);
    f("symbol-name", r.symbolName);
    f("fab-line-width", r.fabLineWidth);
    f("silk-line-width", r.silkLineWidth);
    f("courtyard-line-width", r.courtyardLineWidth);
    f("edge-cut-line-width", r.edgeCutLineWidth);
    f("silk-offset", r.silkOffset);
    f("pin-one-mark-size", r.pinOneMarkSize);
    f("pin-one-mark-gap", r.pinOneMarkGap);
    f("courtyard-clearance", r.courtyardClearance);
    f("courtyard-grid", r.courtyardGrid);
    f("footprint-text-size", r.footprintTextSize);
    f("footprint-text-thickness", r.footprintTextThickness);
    f("symbol-text-size", r.symbolTextSize);
    f("symbol-pin-length", r.symbolPinLength);
    f("symbol-line-width", r.symbolLineWidth);
    f("symbol-pin-name-offset", r.symbolPinNameOffset);
}

const RuleFile& kicadRuleFile() {
    static const RuleFile file{"kicad.xml", [](const std::filesystem::path& dir, const std::string& displayDir,
                                               Diagnostics& diag, HouseRules& rules) {
        KicadRules kicad;
        readTemplateFile(dir, displayDir, "kicad.xml", "kicad", diag,
                         [&](const TemplateReader& r, const tinyxml2::XMLElement& root) { r.readSettings(root, kicad); });
        rules.put(std::move(kicad));
    }};
    return file;
}

}  // namespace partgen
