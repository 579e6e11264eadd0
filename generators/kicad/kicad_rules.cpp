#include "kicad/kicad_rules.h"

#include "spec/placeholder_check.h"
#include "spec/template_reader.h"

namespace partgen {

template <class F>
void visitFields(KicadRules& r, F&& f) {
    f("library-name", r.libraryName);
    f("footprint-name", r.footprintName);
    f("symbol-name", r.symbolName);
    f("cutout-symbol-name", r.cutoutSymbolName);
    f("model-folder", r.modelFolder);
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
    f("symbol-detail-line-width", r.symbolDetailLineWidth);
    f("symbol-pin-name-offset", r.symbolPinNameOffset);
}

namespace {

// <mount kind="snap-in-socket" word="SnapIn"/>: what {mount} gives for the kind.
bool readMountWord(const TemplateReader& r, const tinyxml2::XMLElement& e, std::map<Kind, std::string>& words) {
    if (std::string(e.Name()) != "mount") return false;
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"kind", "word"}, r.file(), diag);
    const std::string name = requiredAttribute(e, "kind", r.file(), diag);
    const std::string word = requiredAttribute(e, "word", r.file(), diag);
    const auto kind = kindFromName(name);
    if (!kind && !name.empty()) diag.error(r.at(e), "'" + name + "' is not a kind; expected one of " + kindNames());
    if (kind && !words.emplace(*kind, word).second)
        diag.error(r.at(e), "duplicate mount word for the kind '" + name + "'");
    return true;
}

// <keywords kind="socket">connector socket cable</keywords>: the words a KiCad user finds
// a part of the kind by.
bool readKindKeywords(const TemplateReader& r, const tinyxml2::XMLElement& e, std::map<Kind, std::string>& words) {
    if (std::string(e.Name()) != "keywords") return false;
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"kind"}, r.file(), diag);
    const std::string name = requiredAttribute(e, "kind", r.file(), diag);
    const char* text = e.GetText();
    const auto kind = kindFromName(name);
    if (!kind && !name.empty()) diag.error(r.at(e), "'" + name + "' is not a kind; expected one of " + kindNames());
    if (!text || std::string(text).find_first_not_of(' ') == std::string::npos)
        diag.error(r.at(e), "<keywords kind=\"" + name + "\"> has no words");
    else if (kind && !words.emplace(*kind, text).second)
        diag.error(r.at(e), "duplicate keywords for the kind '" + name + "'");
    return true;
}

void checkEveryKindHasKeywords(const TemplateReader& r, const tinyxml2::XMLElement& root, const KicadRules& kicad) {
    for (const Kind kind : allKinds())
        if (!kicad.kindKeywords.count(kind))
            r.diagnostics().error(r.at(root), "<kicad> needs <keywords kind=\"" + std::string(kindName(kind)) + "\">");
}

// Each name pattern uses only the placeholders its kind of name is given.
void checkKicadPlaceholders(const KicadRules& r, Diagnostics& diag) {
    checkPlaceholders(r.libraryName, kicadLibraryNamePlaceholders(), "library-name", diag);
    checkPlaceholders(r.footprintName, kicadPartNamePlaceholders(), "footprint-name", diag);
    checkPlaceholders(r.symbolName, kicadPartNamePlaceholders(), "symbol-name", diag);
    checkPlaceholders(r.cutoutSymbolName, kicadPartNamePlaceholders(), "cutout-symbol-name", diag);
}

void readKicadFile(const TemplateReader& r, const tinyxml2::XMLElement& root, KicadRules& kicad) {
    r.readSettings(root, kicad, [&](const tinyxml2::XMLElement& e) {
        return readMountWord(r, e, kicad.mountWords) || readKindKeywords(r, e, kicad.kindKeywords);
    });
    checkEveryKindHasKeywords(r, root, kicad);
    checkKicadPlaceholders(kicad, r.diagnostics());
}

}  // namespace

const RuleFile& kicadRuleFile() {
    static const RuleFile file = ruleFileOf<KicadRules>("kicad.xml", "kicad", readKicadFile);
    return file;
}

}  // namespace partgen
