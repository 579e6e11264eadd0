#include "spec/xml_file.h"

#include <algorithm>
#include <cstring>

#include "spec/file_bytes.h"
#include "spec/text_check.h"

namespace partgen {
namespace {

using tinyxml2::XMLAttribute;
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

// tinyxml2's error ids in words.
const char* parseErrorWords(tinyxml2::XMLError error) {
    switch (error) {
        case tinyxml2::XML_ERROR_PARSING_ELEMENT:
            return "an element is malformed or not closed";
        case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
            return "an attribute is malformed";
        case tinyxml2::XML_ERROR_PARSING_TEXT:
            return "text is malformed";
        case tinyxml2::XML_ERROR_PARSING_CDATA:
            return "a CDATA section is not closed";
        case tinyxml2::XML_ERROR_PARSING_COMMENT:
            return "a comment is not closed";
        case tinyxml2::XML_ERROR_PARSING_DECLARATION:
            return "a declaration <?...?> is malformed";
        case tinyxml2::XML_ERROR_PARSING_UNKNOWN:
            return "a <!...> section is malformed";
        case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
            return "the file holds no element";
        case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
            return "an element is not closed, or closed by the wrong end tag";
        case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED:
            return "elements are nested too deeply";
        default:
            return "the XML is malformed";
    }
}

// tinyxml2 names the element it was in as "... name=NAME" at the end of its error text.
std::string parseErrorPlace(const tinyxml2::XMLDocument& doc) {
    const std::string detail = doc.ErrorStr() ? doc.ErrorStr() : "";
    const auto name = detail.rfind("name=");
    if (name == std::string::npos || detail.size() == name + 5) return {};
    return ", in <" + escapedForMessage(std::string_view(detail).substr(name + 5)) + ">";
}

int lineAt(std::string_view text, std::size_t offset, int firstLine) {
    return firstLine + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Checks every string of a parsed document once, so that no reader can forget one.
class TextCheck {
public:
    TextCheck(const std::string& file, Diagnostics& diagnostics) : file_(file), diag_(diagnostics) {}

    // False after reporting; walks without recursion, as a document may nest deeply.
    bool document(const tinyxml2::XMLDocument& doc) {
        for (const XMLNode* node = doc.FirstChild(); node && faults_ <= maxFaults; node = nextInOrder(node)) {
            if (const XMLElement* e = node->ToElement()) element(*e);
            if (const auto* t = node->ToText(); t && t->Parent() && t->Parent()->ToElement())
                text(t->Value(), *t->Parent()->ToElement(), t->GetLineNum());
        }
        if (faults_ > maxFaults) diag_.error({file_, 0}, "more text problems in this file are not listed");
        return faults_ == 0;
    }

private:
    static const XMLNode* nextInOrder(const XMLNode* node) {
        if (node->FirstChild()) return node->FirstChild();
        for (; node; node = node->Parent())
            if (node->NextSibling()) return node->NextSibling();
        return nullptr;
    }

    void element(const XMLElement& e) {
        check(e.Name(), TextShape::name, e.GetLineNum(), "element name");
        for (const XMLAttribute* a = e.FirstAttribute(); a; a = a->Next()) {
            check(a->Name(), TextShape::name, a->GetLineNum(), "attribute name");
            check(a->Value(), attributeShape(a->Name()), a->GetLineNum(),
                  "attribute '" + escapedForMessage(a->Name()) + "' of <" + escapedForMessage(e.Name()) + ">");
        }
    }

    // Leading and trailing white space is layout, not value: readers trim it.
    void text(std::string_view raw, const XMLElement& parent, int line) {
        const auto first = raw.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) return;
        const auto last = raw.find_last_not_of(" \t\r\n");
        const std::string_view trimmed = raw.substr(first, last - first + 1);
        const auto fault = textFault(trimmed, elementTextShape(parent.Name()));
        if (fault)
            report(lineAt(raw, first + fault->offset, line), "text of <" + escapedForMessage(parent.Name()) + "> " +
                                                                 fault->why + ": " +
                                                                 quotedForMessage(trimmed, fault->offset));
    }

    void check(std::string_view value, TextShape shape, int line, const std::string& what) {
        if (const auto fault = textFault(value, shape))
            report(lineAt(value, fault->offset, line),
                   what + " " + fault->why + ": " + quotedForMessage(value, fault->offset));
    }

    void report(int line, std::string message) {
        if (faults_++ < maxFaults) diag_.error({file_, line}, std::move(message));
    }

    // A file of many bad strings says so in a screenful, not in thousands of lines.
    static constexpr int maxFaults = 20;
    const std::string& file_;
    Diagnostics& diag_;
    int faults_ = 0;
};

// The parser stops at a NUL byte as at the end of the text: a NUL would hide the rest.
bool hasNoNul(const std::string& bytes, const std::string& displayName, Diagnostics& diagnostics) {
    const auto nul = bytes.find('\0');
    if (nul == std::string::npos) return true;
    diagnostics.error({displayName, lineAt(bytes, nul, 1)}, "the file contains a NUL byte");
    return false;
}

bool parse(tinyxml2::XMLDocument& doc, const std::string& bytes, const std::string& displayName,
           Diagnostics& diagnostics) {
    if (doc.Parse(bytes.data(), bytes.size()) == tinyxml2::XML_SUCCESS) return true;
    const int line = std::max(1, doc.ErrorLineNum());
    diagnostics.error({displayName, line},
                      std::string("not well-formed XML: ") + parseErrorWords(doc.ErrorID()) + parseErrorPlace(doc));
    return false;
}

}  // namespace

bool loadXmlFile(tinyxml2::XMLDocument& doc, const std::filesystem::path& path, const std::string& displayName,
                 Diagnostics& diagnostics) {
    std::string problem;
    const auto bytes = readSpecFile(path, problem);
    if (!bytes) {
        diagnostics.error({displayName, 0}, "cannot be read: " + problem);
        return false;
    }
    if (bytes->empty()) {
        diagnostics.error({displayName, 1}, "the file is empty");
        return false;
    }
    return hasNoNul(*bytes, displayName, diagnostics) && parse(doc, *bytes, displayName, diagnostics) &&
           TextCheck(displayName, diagnostics).document(doc);
}
const tinyxml2::XMLElement* loadRoot(tinyxml2::XMLDocument& doc, const std::filesystem::path& path,
                                     const std::string& displayName, const std::string& rootName,
                                     Diagnostics& diagnostics) {
    if (!loadXmlFile(doc, path, displayName, diagnostics)) return nullptr;
    const auto* root = doc.RootElement();
    if (!root || rootName != root->Name()) {
        diagnostics.error({displayName, root ? root->GetLineNum() : 1}, "the root element must be <" + rootName + ">");
        return nullptr;
    }
    return root;
}

SourceLocation locationOf(const tinyxml2::XMLElement& element, const std::string& file) {
    return {file, element.GetLineNum()};
}

void checkAttributes(const tinyxml2::XMLElement& element, std::initializer_list<const char*> allowed,
                     const std::string& file, Diagnostics& diagnostics) {
    for (const auto* a = element.FirstAttribute(); a; a = a->Next()) {
        bool known = false;
        for (const char* name : allowed) known = known || std::strcmp(name, a->Name()) == 0;
        if (!known)
            diagnostics.error(locationOf(element, file),
                              std::string("unknown attribute '") + a->Name() + "' on <" + element.Name() + ">");
    }
}

std::string requiredAttribute(const tinyxml2::XMLElement& element, const char* name, const std::string& file,
                              Diagnostics& diagnostics) {
    const char* value = element.Attribute(name);
    if (!value || std::string(value).find_first_not_of(" \t") == std::string::npos) {
        diagnostics.error(locationOf(element, file),
                          std::string("<") + element.Name() + "> needs the attribute '" + name + "'");
        return {};
    }
    return value;
}

}  // namespace partgen
