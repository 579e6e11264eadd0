#pragma once
// Finds an element in the bytes of an XML file, so that a merge can replace exactly that
// element and leave every other byte (comments, layout, neighbours on the same line) as
// it was.

#include <cstddef>
#include <optional>
#include <string>

namespace partgen {

// The characters [begin, end) of a text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The element named `name` whose start tag begins on `line` (1-based, as the XML parser
// counts): from its '<' to just after its end tag or "/>". Comments, CDATA sections,
// processing instructions and quoted attribute values are passed over; nested elements
// of the same name are counted. Nothing when there is no such element.
std::optional<TextSpan> elementSpan(const std::string& text, int line, const std::string& name);

// Where line `line` (1-based) starts; the text's size when it has fewer lines.
std::size_t lineStart(const std::string& text, int line);

}  // namespace partgen
