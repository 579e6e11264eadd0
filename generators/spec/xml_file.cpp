#include "spec/xml_file.h"

#include "spec/file_bytes.h"

#include <cstring>

namespace partgen {

bool loadXmlFile(tinyxml2::XMLDocument& doc, const std::filesystem::path& path, const std::string& displayName,
                 Diagnostics& diagnostics) {
    const auto bytes = readFileBytes(path);
    if (!bytes) {
        diagnostics.error({displayName, 0}, "cannot read the file");
        return false;
    }
    const std::string& text = *bytes;
    if (doc.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
        const char* detail = doc.ErrorStr();
        // tinyxml2 prefixes its message with the error id; keep only the readable part.
        std::string message = detail ? detail : doc.ErrorName();
        if (const auto colon = message.find(": "); colon != std::string::npos) message = message.substr(colon + 2);
        diagnostics.error({displayName, doc.ErrorLineNum()},
                          std::string("not well-formed XML (") + doc.ErrorName() + "): " + message);
        return false;
    }
    return true;
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
