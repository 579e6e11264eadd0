#pragma once
// Text escaping for XML writers.

#include <string>

namespace partgen {

// Escapes &, <, >, " and control characters for use in element text or attributes.
std::string xmlEscape(const std::string& text);

}  // namespace partgen
