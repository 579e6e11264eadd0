#pragma once
// Loading an XML file with tinyxml2 and checking element shapes, with every problem
// reported at its file and line.

#include <tinyxml2.h>

#include <filesystem>
#include <initializer_list>
#include <string>

#include "spec/diagnostics.h"

namespace partgen {

// Loads `path` into `doc`; on failure reports the parser's line and message.
bool loadXmlFile(tinyxml2::XMLDocument& doc, const std::filesystem::path& path, const std::string& displayName,
                 Diagnostics& diagnostics);

// Loads `path` and returns its root element when it is <rootName>; reports otherwise.
const tinyxml2::XMLElement* loadRoot(tinyxml2::XMLDocument& doc, const std::filesystem::path& path,
                                     const std::string& displayName, const std::string& rootName,
                                     Diagnostics& diagnostics);

SourceLocation locationOf(const tinyxml2::XMLElement& element, const std::string& file);

// Reports every attribute of `element` that is not in `allowed`.
void checkAttributes(const tinyxml2::XMLElement& element, std::initializer_list<const char*> allowed,
                     const std::string& file, Diagnostics& diagnostics);

// The attribute's value; reports and returns empty when missing or blank.
std::string requiredAttribute(const tinyxml2::XMLElement& element, const char* name, const std::string& file,
                              Diagnostics& diagnostics);

}  // namespace partgen
