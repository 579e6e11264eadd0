#pragma once
// A small XML document tree between a writer's model and its bytes: attributes keep
// the order they were added in, so the same model always renders the same bytes.

#include <string>
#include <utility>
#include <vector>

namespace partgen {

class XmlElement {
public:
    explicit XmlElement(std::string name) : name_(std::move(name)) {}

    XmlElement& attribute(std::string name, std::string value);
    XmlElement& text(std::string content);
    XmlElement& add(XmlElement child);

    const std::string& name() const { return name_; }

    // Two spaces per level; an element without children and text is written empty (<a/>).
    std::string render(int depth = 0) const;

private:
    std::string name_;
    std::vector<std::pair<std::string, std::string>> attributes_;
    std::string text_;
    std::vector<XmlElement> children_;
};

// The XML declaration (UTF-8) followed by `root`.
std::string xmlDocument(const XmlElement& root);

}  // namespace partgen
