#pragma once
// A spec value as written, before its type is known: the element's text and
// attributes, where it stands, and how far it may be trusted.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/provenance.h"

namespace tinyxml2 {
class XMLElement;
}

namespace partgen {

class Diagnostics;

struct RawValue {
    std::string name;                               // element name, e.g. "width"
    std::string text;                               // trimmed text content
    std::map<std::string, std::string> attributes;  // all but `source`
    std::vector<RawValue> children;
    std::optional<Provenance> source;  // as stated by a `source` attribute
    // The strongest provenance this value may claim where it is used: a family default
    // copied into a series product is no longer that product's datasheet fact.
    Provenance floor = Provenance::datasheet;
    SourceLocation at;

    bool isExpression() const { return !text.empty() && text.front() == '='; }
    std::string expression() const;
    std::string attribute(const std::string& key) const;
    // Provenance of a literal: what the spec says, never stronger than the floor.
    Provenance literalProvenance() const { return weakest(source.value_or(Provenance::datasheet), floor); }
};

using RawProps = std::map<std::string, RawValue>;

// Reads an element into a RawValue; reports a bad `source` attribute.
RawValue readRawValue(const tinyxml2::XMLElement& element, const std::string& file, Diagnostics& diagnostics);

std::string trim(const std::string& text);

}  // namespace partgen
