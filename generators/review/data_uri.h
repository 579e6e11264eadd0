#pragma once
// A picture carried inside the page that shows it, as a data: URI, for pictures whose file
// is no longer there (the "before" of a changes page).

#include <string>
#include <string_view>

namespace partgen {

// "data:image/svg+xml;base64,..." of the SVG text.
std::string svgDataUri(std::string_view svg);

// Base64 (RFC 4648, with padding) of the bytes.
std::string base64(std::string_view bytes);

}  // namespace partgen
