#include "spec/placeholder_check.h"

#include "spec/diagnostics.h"

namespace partgen {

void checkPlaceholders(std::string_view pattern, const PlaceholderSet& known, const std::string& where,
                       const SourceLocation& at, Diagnostics& diagnostics) {
    for (const auto& name : unknownPlaceholders(pattern, known))
        diagnostics.error(at, "unknown placeholder {" + name + "} in " + where + "; known: " + placeholderList(known));
}

void checkPlaceholders(const Sourced<std::string>& pattern, const PlaceholderSet& known, const std::string& where,
                       Diagnostics& diagnostics) {
    if (pattern.has()) checkPlaceholders(*pattern, known, where, pattern.at, diagnostics);
}

void checkPlaceholders(const RawValue& value, const PlaceholderSet& known, Diagnostics& diagnostics) {
    const std::string where = "<" + value.name + ">";
    checkPlaceholders(value.text, known, where, value.at, diagnostics);
    for (const auto& [key, text] : value.attributes)
        checkPlaceholders(text, known, where + " " + key, value.at, diagnostics);
    for (const auto& child : value.children) checkPlaceholders(child, known, diagnostics);
}

}  // namespace partgen
