#include "spec/panel_layout.h"

#include "spec/diagnostics.h"
#include "spec/quantity_text.h"
#include "spec/xml_file.h"

namespace partgen {
namespace {

using tinyxml2::XMLElement;

class LayoutReader {
public:
    LayoutReader(std::string file, std::string stem, Diagnostics& d)
        : file_(std::move(file)), stem_(std::move(stem)), diag_(d) {}

    PanelLayout read(const XMLElement& root) {
        PanelLayout p;
        p.at = locationOf(root, file_);
        checkAttributes(root,
                        {"name", "width", "height", "thickness", "corner-radius", "material", "minimum-web",
                         "minimum-edge-distance", "drawing-number", "revision"},
                        file_, diag_);
        p.name = root.Attribute("name") ? root.Attribute("name") : "";
        p.material = root.Attribute("material") ? root.Attribute("material") : "";
        // A drawing always has a number and a revision: the shop files and asks by them.
        p.drawingNumber = root.Attribute("drawing-number") ? root.Attribute("drawing-number") : stem_;
        p.revision = root.Attribute("revision") ? root.Attribute("revision") : "-";
        if (p.drawingNumber.empty()) diag_.error(p.at, "drawing-number must not be empty");
        if (p.revision.empty()) diag_.error(p.at, "revision must not be empty; leave it out for \"-\"");
        p.width = positive(root, "width");
        p.height = positive(root, "height");
        p.thickness = positive(root, "thickness");
        p.cornerRadius = root.Attribute("corner-radius") ? length(root, "corner-radius") : Length();
        if (root.Attribute("minimum-web")) p.minimumWeb = notNegative(root, "minimum-web");
        if (root.Attribute("minimum-edge-distance")) p.minimumEdgeDistance = notNegative(root, "minimum-edge-distance");
        if (p.cornerRadius < Length() || p.cornerRadius * 2 > std::min(p.width, p.height))
            diag_.error(p.at, "corner-radius does not fit the panel");
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            if (std::string(e->Name()) != "place") {
                diag_.error(locationOf(*e, file_), std::string("unknown element <") + e->Name() + "> in <panel>");
                continue;
            }
            p.placements.push_back(placement(*e));
        }
        if (p.placements.empty()) diag_.error(p.at, "the panel places no parts");
        return p;
    }

private:
    // The attribute as a length; zero after reporting a missing or malformed one.
    Length length(const XMLElement& e, const char* name) { return parsed(e, name).value_or(Length()); }

    std::optional<Length> parsed(const XMLElement& e, const char* name) {
        const std::string text = requiredAttribute(e, name, file_, diag_);
        if (text.empty()) return std::nullopt;
        std::string error;
        const auto value = parseQuantity<Dimension::length>(text, error);
        if (!value) diag_.error(locationOf(e, file_), std::string(name) + ": " + error);
        return value;
    }

    Length positive(const XMLElement& e, const char* name) {
        const auto value = parsed(e, name);
        if (value && *value <= Length()) diag_.error(locationOf(e, file_), std::string(name) + " must be above 0");
        return value.value_or(Length());
    }

    // A negative web or edge distance would let cutouts overlap by that much; the web check
    // also finds its pairs by nearness, which only a web of 0 or more bounds.
    Length notNegative(const XMLElement& e, const char* name) {
        const Length value = length(e, name);
        if (value < Length()) diag_.error(locationOf(e, file_), std::string(name) + " must not be below 0");
        return value;
    }

    Placement placement(const XMLElement& e) {
        checkAttributes(e, {"number", "x", "y", "rotation"}, file_, diag_);
        Placement p;
        p.at = locationOf(e, file_);
        p.number = requiredAttribute(e, "number", file_, diag_);
        p.x = length(e, "x");
        p.y = length(e, "y");
        const char* rotation = e.Attribute("rotation");
        const std::string r = rotation ? rotation : "0";
        if (r == "0" || r == "90" || r == "180" || r == "270")
            p.rotation = std::stoi(r);
        else
            diag_.error(p.at, "rotation=\"" + r + "\" must be 0, 90, 180 or 270");
        return p;
    }

    std::string file_;
    std::string stem_;
    Diagnostics& diag_;
};

}  // namespace

std::optional<PanelLayout> readPanelLayout(const std::filesystem::path& path, const std::string& displayName,
                                           Diagnostics& diagnostics) {
    tinyxml2::XMLDocument doc;
    const auto* root = loadRoot(doc, path, displayName, "panel", diagnostics);
    if (!root) return std::nullopt;
    return LayoutReader(displayName, path.stem().string(), diagnostics).read(*root);
}

}  // namespace partgen
