#include "spec/templates.h"

#include <regex>
#include <set>

#include "spec/diagnostics.h"
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
    f("product-group", r.productGroup);
    f("product-sub-group", r.productSubGroup);
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
        static const std::regex hex("#[0-9A-Fa-f]{6}");
        if (!entry.rgb.empty() && !std::regex_match(entry.rgb, hex))
            diag_.error(entry.at, "colour '" + entry.name + "' has rgb=\"" + entry.rgb + "\"; expected #RRGGBB");
        colours.push_back(entry);
        return true;
    }

    bool wording(const XMLElement& e, std::vector<KindWording>& wording) {
        if (std::string(e.Name()) != "kind") return false;
        checkAttributes(e, {"name", "de", "en"}, file_, diag_);
        const std::string name = requiredAttribute(e, "name", file_, diag_);
        const auto kind = kindFromName(name);
        if (!kind && !name.empty())
            diag_.error(locationOf(e, file_), "'" + name + "' is not a kind; expected one of " + kindNames());
        const std::string de = requiredAttribute(e, "de", file_, diag_);
        const std::string en = requiredAttribute(e, "en", file_, diag_);
        if (kind) wording.push_back({*kind, de, en});
        return true;
    }

private:
    std::string file_;
    Diagnostics& diag_;
};

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

const ColourEntry* Templates::colour(const std::string& name) const {
    for (const auto& c : colours)
        if (c.name == name) return &c;
    return nullptr;
}

Templates readTemplates(const std::filesystem::path& dir, const std::string& displayDir, Diagnostics& diag) {
    Templates t;
    const auto none = [](const XMLElement&) { return false; };
    withTemplateFile(dir, displayDir, "kicad.xml", "kicad", diag,
                     [&](TemplateReader& r, const XMLElement& root) { r.readSettings(root, t.kicad, none); });
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
        r.readSettings(root, t.eplan, [&](const XMLElement& e) { return r.wording(e, t.eplan.wording); });
    });
    withTemplateFile(dir, displayDir, "model3d.xml", "model3d", diag,
                     [&](TemplateReader& r, const XMLElement& root) { r.readSettings(root, t.model3d, none); });
    return t;
}

}  // namespace partgen
