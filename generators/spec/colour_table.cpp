#include "spec/colour_table.h"

#include <algorithm>

#include "spec/template_reader.h"

namespace partgen {
namespace {

bool isHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// "#RRGGBB"
bool isHexColour(const std::string& text) {
    return text.size() == 7 && text.front() == '#' && std::all_of(text.begin() + 1, text.end(), isHexDigit);
}

ColourEntry colourEntry(const TemplateReader& r, const tinyxml2::XMLElement& e) {
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"name", "rgb"}, r.file(), diag);
    ColourEntry entry{requiredAttribute(e, "name", r.file(), diag), requiredAttribute(e, "rgb", r.file(), diag),
                      r.at(e)};
    if (!entry.rgb.empty() && !isHexColour(entry.rgb))
        diag.error(entry.at, "colour '" + entry.name + "' has rgb=\"" + entry.rgb + "\"; expected #RRGGBB");
    return entry;
}

ColourTable readColours(const TemplateReader& r, const tinyxml2::XMLElement& root) {
    ColourTable table;
    for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string(e->Name()) == "colour")
            table.colours.push_back(colourEntry(r, *e));
        else
            r.diagnostics().error(r.at(*e), std::string("unknown element <") + e->Name() + "> in <colours>");
    }
    return table;
}

}  // namespace

const ColourEntry* ColourTable::colour(const std::string& name) const {
    for (const auto& c : colours)
        if (c.name == name) return &c;
    return nullptr;
}

const RuleFile& colourRuleFile() {
    static const RuleFile file = ruleFileOf<ColourTable>(
        "colours.xml", "colours", [](const TemplateReader& r, const tinyxml2::XMLElement& root, ColourTable& table) {
            table = readColours(r, root);
        });
    return file;
}

}  // namespace partgen
