#include "spec/datasheet_layout.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "spec/diagnostics.h"
#include "spec/family_reader.h"
#include "spec/xml_file.h"

namespace partgen {
namespace {

namespace fs = std::filesystem;
using tinyxml2::XMLElement;

std::string textOf(const XMLElement& e) {
    const char* text = e.GetText();
    std::string t = text ? text : "";
    const auto first = t.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1);
}

// Reads the elements of one layout file into `layout`, each kind by its own rule.
class LayoutReader {
public:
    LayoutReader(std::string file, DatasheetLayout& layout, Diagnostics& diag)
        : file_(std::move(file)), layout_(layout), diag_(diag) {}

    void read(const XMLElement& root) {
        for (const XMLElement* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) element(*e);
    }

private:
    void element(const XMLElement& e) {
        const std::string name = e.Name();
        using Texts = std::vector<std::string> DatasheetLayout::*;
        static const std::map<std::string, Texts> texts{
            {"known-label", &DatasheetLayout::knownLabels},
            {"data-heading", &DatasheetLayout::dataHeadings},
            {"prose-heading", &DatasheetLayout::proseHeadings},
            {"counterpart-heading", &DatasheetLayout::counterpartHeadings},
            {"accessory-heading", &DatasheetLayout::accessoryHeadings},
            {"approvals-header", &DatasheetLayout::approvalHeaders},
            {"approvals-end", &DatasheetLayout::approvalsEnd},
            {"footer", &DatasheetLayout::footers},
            {"furniture", &DatasheetLayout::furniture},
        };
        if (const auto it = texts.find(name); it != texts.end()) return text(e, layout_.*(it->second));
        if (name == "maker") return attribute(e, "web", layout_.makerWebs);
        if (name == "item-number") return attribute(e, "marker", layout_.itemNumberMarkers);
        if (name == "related-item") return attribute(e, "marker", layout_.relatedItemMarkers);
        if (name == "packaging-unit") return attribute(e, "piece-word", layout_.pieceWords);
        if (name == "title") return title(e);
        if (name == "kind") return kind(e);
        if (name == "note") return note(e);
        if (name == "label") return label(e);
        if (name == "expected") return expected(e);
        diag_.error(locationOf(e, file_), "unknown element <" + name + "> in a datasheet layout");
    }

    void text(const XMLElement& e, std::vector<std::string>& into) {
        checkAttributes(e, {}, file_, diag_);
        const std::string t = textOf(e);
        if (t.empty()) return diag_.error(locationOf(e, file_), "<" + std::string(e.Name()) + "> is empty");
        into.push_back(t);
    }

    void attribute(const XMLElement& e, const char* name, std::vector<std::string>& into) {
        checkAttributes(e, {name}, file_, diag_);
        if (const std::string value = requiredAttribute(e, name, file_, diag_); !value.empty()) into.push_back(value);
    }

    void title(const XMLElement& e) {
        checkAttributes(e, {"pole-word", "coding-word"}, file_, diag_);
        layout_.poleWords.push_back(requiredAttribute(e, "pole-word", file_, diag_));
        layout_.codingWords.push_back(requiredAttribute(e, "coding-word", file_, diag_));
    }

    void kind(const XMLElement& e) {
        checkAttributes(e, {"title", "value"}, file_, diag_);
        layout_.kinds.push_back(
            {requiredAttribute(e, "title", file_, diag_), requiredAttribute(e, "value", file_, diag_)});
    }

    void note(const XMLElement& e) {
        checkAttributes(e, {"marker", "reads"}, file_, diag_);
        LayoutNote n{requiredAttribute(e, "marker", file_, diag_), requiredAttribute(e, "reads", file_, diag_)};
        static const std::vector<std::string> reads{"plate-thickness", "cutout-tolerance", "cutout"};
        if (!n.reads.empty() && std::find(reads.begin(), reads.end(), n.reads) == reads.end())
            return diag_.error(locationOf(e, file_),
                               "a note reads one of plate-thickness, cutout-tolerance, cutout; not '" + n.reads + "'");
        layout_.notes.push_back(n);
    }

    void label(const XMLElement& e) {
        checkAttributes(e, {"property", "form"}, file_, diag_);
        LayoutLabel l{textOf(e), requiredAttribute(e, "property", file_, diag_),
                      requiredAttribute(e, "form", file_, diag_), locationOf(e, file_)};
        const auto& forms = datasheetValueForms();
        if (l.label.empty()) return diag_.error(l.at, "<label> is empty");
        if (!l.property.empty() && !isPropertyName(l.property))
            return diag_.error(l.at, "'" + l.property + "' is not a property of a part");
        if (!l.form.empty() && std::find(forms.begin(), forms.end(), l.form) == forms.end())
            return diag_.error(l.at, "unknown form '" + l.form + "'");
        layout_.labels.push_back(l);
    }

    void expected(const XMLElement& e) {
        checkAttributes(e, {}, file_, diag_);
        std::istringstream words(textOf(e));
        for (std::string property; words >> property;) {
            if (!isPropertyName(property))
                diag_.error(locationOf(e, file_), "'" + property + "' is not a property of a part");
            else if (std::find(layout_.expected.begin(), layout_.expected.end(), property) == layout_.expected.end())
                layout_.expected.push_back(property);
        }
    }

    std::string file_;
    DatasheetLayout& layout_;
    Diagnostics& diag_;
};

}  // namespace

const std::vector<std::string>& datasheetValueForms() {
    static const std::vector<std::string> forms{"length", "quantity",         "text",       "count",
                                                "range",  "conductor",        "protection", "flammability",
                                                "coding", "connection-points"};
    return forms;
}

DatasheetLayout loadDatasheetLayouts(const fs::path& templatesDir, Diagnostics& diagnostics) {
    DatasheetLayout layout;
    const fs::path dir = templatesDir / "datasheets";
    std::error_code error;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, error))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    if (error || files.empty()) {
        diagnostics.error({(dir / "").generic_string(), 0}, "no datasheet layouts (*.xml) in this folder");
        return layout;
    }
    std::sort(files.begin(), files.end());
    std::string names;
    for (const auto& file : files) {
        const std::string display = "templates/datasheets/" + file.filename().string();
        tinyxml2::XMLDocument doc;
        const auto* root = loadRoot(doc, file, display, "datasheet-layout", diagnostics);
        if (!root) continue;
        LayoutReader(display, layout, diagnostics).read(*root);
        names += (names.empty() ? "" : "+") + file.stem().string();
    }
    layout.name = names;
    return layout;
}

}  // namespace partgen
