#include "spec/templates.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "model/variant_fields.h"
#include "spec/diagnostics.h"
#include "spec/placeholder_check.h"
#include "spec/value_parse.h"
#include "spec/xml_file.h"

namespace partgen {
namespace {

using tinyxml2::XMLElement;

template <class F>
void visitFields(KicadRules& r, F&& f) {
    f("library-name", r.libraryName);
    f("footprint-name", r.footprintName);
    f("symbol-name", r.symbolName);
    f("fab-line-width", r.fabLineWidth);
    f("silk-line-width", r.silkLineWidth);
    f("courtyard-line-width", r.courtyardLineWidth);
    f("courtyard-clearance", r.courtyardClearance);
    f("courtyard-grid", r.courtyardGrid);
    f("footprint-text-size", r.footprintTextSize);
    f("footprint-text-thickness", r.footprintTextThickness);
    f("symbol-text-size", r.symbolTextSize);
    f("symbol-pin-length", r.symbolPinLength);
    f("symbol-line-width", r.symbolLineWidth);
}

template <class F>
void visitFields(DrawingRules& r, F&& f) {
    f("cutout-contour", r.cutoutContour);
    f("punching-note", r.punchingNote);
    f("minimum-web", r.minimumWeb);
    f("minimum-web-per-thickness", r.minimumWebPerThickness);
    f("minimum-edge-distance", r.minimumEdgeDistance);
}

template <class F>
void visitFields(EplanRules& r, F&& f) {
    f("product-top-group", r.productTopGroup);
    f("product-group", r.productGroup);
    f("product-sub-group", r.productSubGroup);
    f("part-number", r.partNumber);
}

std::set<std::string> specFieldNames() {
    std::set<std::string> names;
    const Variant none;
    visitFields(none, [&](const char* name, const auto&) { names.insert(name); });
    return names;
}

template <class F>
void visitFields(ModelRules& r, F&& f) {
    f("chamfer", r.chamfer);
    f("flange-thickness", r.flangeThickness);
    f("body-clearance", r.bodyClearance);
    f("wing-reach", r.wingReach);
    f("wing-length", r.wingLength);
    f("wing-width", r.wingWidth);
    f("contact-width", r.contactWidth);
    f("contact-height", r.contactHeight);
    f("contact-depth", r.contactDepth);
    f("coding-width", r.codingWidth);
    f("coding-height", r.codingHeight);
    f("coding-depth", r.codingDepth);
    f("entry-clearance", r.entryClearance);
}

bool isHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// "#RRGGBB"
bool isHexColour(const std::string& text) {
    return text.size() == 7 && text.front() == '#' && std::all_of(text.begin() + 1, text.end(), isHexDigit);
}

// A phrase uses only the values its EPLAN text is given; a name that is no phrase has
// been reported already.
void checkPhrasePlaceholders(const std::string& name, const Wording& words, const SourceLocation& at,
                             Diagnostics& diag) {
    const PlaceholderSet* known = eplanPhrasePlaceholders(name);
    if (!known) return;
    checkPlaceholders(words.german, *known, "phrase '" + name + "'", at, diag);
    checkPlaceholders(words.english, *known, "phrase '" + name + "'", at, diag);
}

class TemplateReader {
public:
    TemplateReader(std::string file, Diagnostics& diagnostics) : file_(std::move(file)), diag_(diagnostics) {}

    // Reads the settings named by visitFields(rules); `extra` handles other children.
    template <class Rules, class Extra>
    void readSettings(const XMLElement& root, Rules& rules, Extra&& extra) {
        std::set<std::string> known;
        visitFields(rules, [&](const char* name, auto&) { known.insert(name); });
        std::set<std::string> seen;
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const std::string name = e->Name();
            if (!known.count(name)) {
                if (!extra(*e))
                    diag_.error(locationOf(*e, file_), "unknown setting <" + name + "> in <" + root.Name() + ">");
                continue;
            }
            if (!seen.insert(name).second) diag_.error(locationOf(*e, file_), "duplicate setting <" + name + ">");
            const RawValue raw = readRawValue(*e, file_, diag_);
            visitFields(rules, [&](const char* field, auto& value) {
                if (name == field) parseValue(raw, value, nullptr, diag_);
            });
        }
        for (const auto& name : known)
            if (!seen.count(name))
                diag_.error(locationOf(root, file_), "<" + std::string(root.Name()) + "> needs the setting <" + name + ">");
    }

    bool colour(const XMLElement& e, std::vector<ColourEntry>& colours) {
        if (std::string(e.Name()) != "colour") return false;
        checkAttributes(e, {"name", "rgb"}, file_, diag_);
        ColourEntry entry{requiredAttribute(e, "name", file_, diag_), requiredAttribute(e, "rgb", file_, diag_),
                          locationOf(e, file_)};
        if (!entry.rgb.empty() && !isHexColour(entry.rgb))
            diag_.error(entry.at, "colour '" + entry.name + "' has rgb=\"" + entry.rgb + "\"; expected #RRGGBB");
        colours.push_back(entry);
        return true;
    }

    bool kind(const XMLElement& e, std::vector<KindWording>& kinds) {
        if (std::string(e.Name()) != "kind") return false;
        checkAttributes(e, {"name", "de", "en"}, file_, diag_);
        const std::string name = requiredAttribute(e, "name", file_, diag_);
        const auto kind = kindFromName(name);
        if (!kind && !name.empty())
            diag_.error(locationOf(e, file_), "'" + name + "' is not a kind; expected one of " + kindNames());
        const Wording words = wording(e);
        if (!kind) return true;
        for (const auto& k : kinds)
            if (k.kind == *kind) diag_.error(locationOf(e, file_), "duplicate wording for the kind '" + name + "'");
        kinds.push_back({*kind, words});
        return true;
    }

    bool mountWord(const XMLElement& e, std::map<Kind, std::string>& words) {
        if (std::string(e.Name()) != "mount") return false;
        checkAttributes(e, {"kind", "word"}, file_, diag_);
        const std::string name = requiredAttribute(e, "kind", file_, diag_);
        const std::string word = requiredAttribute(e, "word", file_, diag_);
        const auto kind = kindFromName(name);
        if (!kind && !name.empty())
            diag_.error(locationOf(e, file_), "'" + name + "' is not a kind; expected one of " + kindNames());
        if (kind && !words.emplace(*kind, word).second)
            diag_.error(locationOf(e, file_), "duplicate mount word for the kind '" + name + "'");
        return true;
    }

    bool phrase(const XMLElement& e, std::map<std::string, Wording>& phrases) {
        if (std::string(e.Name()) != "phrase") return false;
        checkAttributes(e, {"name", "de", "en"}, file_, diag_);
        const std::string name = requiredAttribute(e, "name", file_, diag_);
        const auto& known = requiredPhrases();
        if (!name.empty() && std::find(known.begin(), known.end(), name) == known.end())
            diag_.error(locationOf(e, file_), "unknown phrase '" + name + "'");
        const Wording words = wording(e);
        checkPhrasePlaceholders(name, words, locationOf(e, file_), diag_);
        if (!phrases.emplace(name, words).second)
            diag_.error(locationOf(e, file_), "duplicate phrase '" + name + "'");
        return true;
    }

    bool freeProperty(const XMLElement& e, std::vector<FreePropertyRule>& rules) {
        if (std::string(e.Name()) != "free-property") return false;
        checkAttributes(e, {"field", "de", "en"}, file_, diag_);
        const std::string field = requiredAttribute(e, "field", file_, diag_);
        static const std::set<std::string> fields = specFieldNames();
        if (!field.empty() && !fields.count(field))
            diag_.error(locationOf(e, file_), "free-property field '" + field + "' is not a part property");
        for (const auto& r : rules)
            if (r.field == field) diag_.error(locationOf(e, file_), "duplicate free-property field '" + field + "'");
        rules.push_back({field, wording(e)});
        return true;
    }

private:
    Wording wording(const XMLElement& e) {
        return {requiredAttribute(e, "de", file_, diag_), requiredAttribute(e, "en", file_, diag_)};
    }

    std::string file_;
    Diagnostics& diag_;
};

// Every kind has its words and every phrase is there, so generators never go without.
void checkEplanWording(const EplanRules& r, const SourceLocation& at, Diagnostics& diag) {
    for (const Kind kind : allKinds()) {
        bool found = false;
        for (const auto& k : r.kinds) found = found || k.kind == kind;
        if (!found) diag.error(at, "<eplan> needs the wording of the kind '" + std::string(kindName(kind)) + "'");
    }
    for (const auto& name : requiredPhrases())
        if (!r.phrases.count(name)) diag.error(at, "<eplan> needs the phrase '" + name + "'");
}

// Each name pattern uses only the placeholders its kind of name is given.
void checkKicadPlaceholders(const KicadRules& r, Diagnostics& diag) {
    checkPlaceholders(r.libraryName, kicadLibraryNamePlaceholders(), "library-name", diag);
    checkPlaceholders(r.footprintName, kicadPartNamePlaceholders(), "footprint-name", diag);
    checkPlaceholders(r.symbolName, kicadPartNamePlaceholders(), "symbol-name", diag);
}

void checkEplanPlaceholders(const EplanRules& r, Diagnostics& diag) {
    checkPlaceholders(r.partNumber, eplanPartNumberPlaceholders(), "part-number", diag);
}

// Loads `dir/name`, checks the root element, and hands it to `read`.
template <class Read>
void withTemplateFile(const std::filesystem::path& dir, const std::string& displayDir, const std::string& name,
                      const std::string& rootName, Diagnostics& diag, Read&& read) {
    const std::string display = displayDir + "/" + name;
    tinyxml2::XMLDocument doc;
    const auto* root = loadRoot(doc, dir / name, display, rootName, diag);
    if (!root) return;
    TemplateReader reader(display, diag);
    read(reader, *root);
}

}  // namespace

const std::vector<std::string>& requiredPhrases() {
    static const std::vector<std::string> names{"poles",  "coding",    "connection-points",
                                                "cutout", "estimated", "estimated-values"};
    return names;
}

const Wording& EplanRules::kind(Kind k) const {
    for (const auto& entry : kinds)
        if (entry.kind == k) return entry.words;
    throw std::logic_error("templates without the wording of kind " + std::string(kindName(k)));
}

const Wording& EplanRules::phrase(const std::string& name) const {
    const auto found = phrases.find(name);
    if (found == phrases.end()) throw std::logic_error("templates without the phrase " + name);
    return found->second;
}

const ColourEntry* Templates::colour(const std::string& name) const {
    for (const auto& c : colours)
        if (c.name == name) return &c;
    return nullptr;
}

const std::vector<std::string>& templateFileNames() {
    static const std::vector<std::string> names{"kicad.xml", "drawing.xml", "colours.xml", "eplan.xml", "model3d.xml"};
    return names;
}

Templates readTemplates(const std::filesystem::path& dir, const std::string& displayDir, Diagnostics& diag) {
    Templates t;
    const auto none = [](const XMLElement&) { return false; };
    withTemplateFile(dir, displayDir, "kicad.xml", "kicad", diag, [&](TemplateReader& r, const XMLElement& root) {
        r.readSettings(root, t.kicad, [&](const XMLElement& e) { return r.mountWord(e, t.kicad.mountWords); });
        checkKicadPlaceholders(t.kicad, diag);
    });
    withTemplateFile(dir, displayDir, "drawing.xml", "drawing", diag, [&](TemplateReader& r, const XMLElement& root) {
        r.readSettings(root, t.drawing, none);
        const auto& contour = t.drawing.cutoutContour;
        if (contour.has() && *contour != "nominal" && *contour != "mid-tolerance")
            diag.error(contour.at, "cutout-contour '" + *contour + "' must be nominal or mid-tolerance");
    });
    withTemplateFile(dir, displayDir, "colours.xml", "colours", diag, [&](TemplateReader& r, const XMLElement& root) {
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement())
            if (!r.colour(*e, t.colours))
                diag.error({displayDir + "/colours.xml", e->GetLineNum()},
                           std::string("unknown element <") + e->Name() + "> in <colours>");
    });
    withTemplateFile(dir, displayDir, "eplan.xml", "eplan", diag, [&](TemplateReader& r, const XMLElement& root) {
        r.readSettings(root, t.eplan, [&](const XMLElement& e) {
            return r.kind(e, t.eplan.kinds) || r.phrase(e, t.eplan.phrases) || r.freeProperty(e, t.eplan.freeProperties);
        });
        checkEplanWording(t.eplan, locationOf(root, displayDir + "/eplan.xml"), diag);
        checkEplanPlaceholders(t.eplan, diag);
    });
    withTemplateFile(dir, displayDir, "model3d.xml", "model3d", diag,
                     [&](TemplateReader& r, const XMLElement& root) { r.readSettings(root, t.model3d, none); });
    return t;
}

}  // namespace partgen
