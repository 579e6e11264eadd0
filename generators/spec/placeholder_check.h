#pragma once
// Placeholders as readers check them: each {name} a pattern or value uses must be one its
// kind of pattern declares (text/placeholders.h), else an error at the pattern's line.

#include <string>
#include <string_view>

#include "model/sourced.h"
#include "spec/raw_value.h"
#include "text/placeholders.h"

namespace partgen {

class Diagnostics;

// "unknown placeholder {pich} in footprint-name; known: {manufacturer}, ..." for each
// unknown name; `where` names the pattern.
void checkPlaceholders(std::string_view pattern, const PlaceholderSet& known, const std::string& where,
                       const SourceLocation& at, Diagnostics& diagnostics);

// A template setting; one that is missing has been reported already.
void checkPlaceholders(const Sourced<std::string>& pattern, const PlaceholderSet& known, const std::string& where,
                       Diagnostics& diagnostics);

// The text and attributes of a spec value and of its child elements, each at its line.
void checkPlaceholders(const RawValue& value, const PlaceholderSet& known, Diagnostics& diagnostics);

}  // namespace partgen
