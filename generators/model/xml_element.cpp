#include "model/xml_element.h"

#include "model/xml_text.h"

namespace partgen {
namespace {

// A parser turns a line break inside an attribute into a space; a character reference
// keeps it (EPLAN separates a function template's connection designations by one).
std::string attributeText(const std::string& value) {
    std::string escaped;
    for (const char c : xmlEscape(value)) escaped += c == '\n' ? std::string("&#10;") : std::string(1, c);
    return escaped;
}

}  // namespace

XmlElement& XmlElement::attribute(std::string name, std::string value) {
    attributes_.emplace_back(std::move(name), std::move(value));
    return *this;
}

XmlElement& XmlElement::text(std::string content) {
    text_ = std::move(content);
    return *this;
}

XmlElement& XmlElement::add(XmlElement child) {
    children_.push_back(std::move(child));
    return *this;
}

std::string XmlElement::render(int depth) const {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    std::string xml = indent + "<" + name_;
    for (const auto& [name, value] : attributes_) xml += " " + name + "=\"" + attributeText(value) + "\"";
    if (children_.empty() && text_.empty()) return xml + "/>\n";
    xml += ">" + xmlEscape(text_);
    if (children_.empty()) return xml + "</" + name_ + ">\n";
    xml += "\n";
    for (const auto& child : children_) xml += child.render(depth + 1);
    return xml + indent + "</" + name_ + ">\n";
}

std::string xmlDocument(const XmlElement& root) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render();
}

}  // namespace partgen
