#include "spec/raw_value.h"

#include <tinyxml2.h>

#include "spec/diagnostics.h"

namespace partgen {

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string RawValue::expression() const { return isExpression() ? trim(text.substr(1)) : std::string(); }

std::string RawValue::attribute(const std::string& key) const {
    const auto it = attributes.find(key);
    return it == attributes.end() ? std::string() : it->second;
}

RawValue readRawValue(const tinyxml2::XMLElement& element, const std::string& file, Diagnostics& diagnostics) {
    RawValue value;
    value.name = element.Name();
    value.at = {file, element.GetLineNum()};
    if (const char* text = element.GetText()) value.text = trim(text);
    for (const auto* a = element.FirstAttribute(); a; a = a->Next()) {
        const std::string key = a->Name();
        if (key != "source") {
            value.attributes[key] = a->Value();
            continue;
        }
        value.source = provenanceFromName(a->Value());
        if (!value.source)
            diagnostics.error(value.at, "<" + value.name + "> has source=\"" + a->Value() + "\"; expected one of " +
                                            provenanceNames());
    }
    for (const auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement())
        value.children.push_back(readRawValue(*child, file, diagnostics));
    return value;
}

}  // namespace partgen
