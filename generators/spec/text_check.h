#pragma once
// The one check of every string read from a spec or template file: valid UTF-8, no
// control characters where they cannot belong, and a bounded length. Whatever passes
// may go into every output format and into messages unchanged.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace partgen {

// What a string is for decides what it may hold.
enum class TextShape {
    name,       // element and attribute names, ids, numbers: one line, no control characters
    line,       // attribute values and one-line element text: no control characters
    paragraph,  // free text such as <description>: tab and newline allowed
};

// In characters (Unicode code points): 100 for names, 1,000 for lines, 4,000 for paragraphs.
std::size_t maxCharacters(TextShape shape);

// Element text that may span lines; every other element's text is a single line.
TextShape elementTextShape(std::string_view elementName);
// Attributes that name or number something are names; the others are lines.
TextShape attributeShape(std::string_view attributeName);

// The first thing wrong with `text` as a `shape`, and the byte offset where it is.
struct TextFault {
    std::size_t offset = 0;
    std::string why;  // e.g. "contains the control character \x01"; valid UTF-8 itself
};
std::optional<TextFault> textFault(std::string_view text, TextShape shape);

// `text` for a message: bytes that are not valid UTF-8 and control characters are shown
// as \xNN (tab and newline as \t and \n), so the message is valid UTF-8 and one line.
// Long texts are cut to a window around byte `focus`, with "..." where something was
// left out.
std::string escapedForMessage(std::string_view text, std::size_t focus = 0);
// The same in double quotes.
std::string quotedForMessage(std::string_view text, std::size_t focus = 0);

}  // namespace partgen
