#include "spec/text_check.h"

#include "support/catch.h"

using namespace partgen;

namespace {

std::string why(std::string_view text, TextShape shape = TextShape::line) {
    const auto fault = textFault(text, shape);
    return fault ? fault->why : "";
}

}  // namespace

TEST_CASE("valid UTF-8 of every length passes", "[spec][text]") {
    CHECK(why("plain") == "");
    CHECK(why("4 mm\xC2\xB2 \xE2\x80\xA6 \xF0\x9F\x94\x8C") == "");  // ², …, a 4-byte emoji
    CHECK(why("\xF4\x8F\xBF\xBF") == "");                            // U+10FFFF
}

TEST_CASE("bytes that are not UTF-8 are named, escaped", "[spec][text]") {
    CHECK(why("a\xFFz") == "is not valid UTF-8 (invalid byte \\xFF)");
    CHECK(why("a\x80z") == "is not valid UTF-8 (invalid byte \\x80)");
    CHECK(why("a\xC3") == "is not valid UTF-8 (incomplete sequence \\xC3)");
    CHECK(why("a\xE2\x82z") == "is not valid UTF-8 (incomplete sequence \\xE2\\x82)");
    CHECK(why("\xC0\xAF") == "is not valid UTF-8 (overlong encoding \\xC0\\xAF)");
    CHECK(why("\xE0\x80\xAF") == "is not valid UTF-8 (overlong encoding \\xE0\\x80\\xAF)");
    CHECK(why("\xF0\x80\x80\xAF") == "is not valid UTF-8 (overlong encoding \\xF0\\x80\\x80\\xAF)");
    CHECK(why("\xED\xBF\xBF") == "is not valid UTF-8 (UTF-16 surrogate \\xED\\xBF\\xBF)");
    CHECK(why("\xF4\x90\x80\x80") == "is not valid UTF-8 (code point above U+10FFFF \\xF4\\x90\\x80\\x80)");
    CHECK(textFault("ok\xFF", TextShape::line)->offset == 2);
}

TEST_CASE("control characters: none in names and lines, tab and newline in paragraphs", "[spec][text]") {
    CHECK(why("a\tb") == "contains the control character \\t");
    CHECK(why("a\nb", TextShape::name) == "contains the control character \\n");
    CHECK(why("a\x7F") == "contains the control character \\x7F");
    CHECK(why("a\xC2\x85") == "contains the control character \\xC2\\x85");  // NEL, a C1 control
    CHECK(why("line one\n\tline two", TextShape::paragraph) == "");
    CHECK(why("a\rb", TextShape::paragraph) == "contains the control character \\x0D");
    CHECK(why(std::string("a\0b", 3), TextShape::paragraph) == "contains the control character \\x00");
}

TEST_CASE("lengths are counted in characters, with a limit per shape", "[spec][text]") {
    CHECK(maxCharacters(TextShape::name) == 100);
    CHECK(maxCharacters(TextShape::line) == 1000);
    CHECK(maxCharacters(TextShape::paragraph) == 4000);
    CHECK(why(std::string(100, 'a'), TextShape::name) == "");
    CHECK(why(std::string(101, 'a'), TextShape::name) == "is longer than 100 characters, the limit for names");
    std::string umlauts;
    for (int i = 0; i < 100; ++i) umlauts += "\xC3\xA4";  // 200 bytes, 100 characters
    CHECK(why(umlauts, TextShape::name) == "");
    CHECK(why(std::string(1001, 'a')) == "is longer than 1000 characters, the limit for one-line values");
    CHECK(why(std::string(4001, 'a'), TextShape::paragraph) ==
          "is longer than 4000 characters, the limit for free text");
}

TEST_CASE("a quoted text is valid UTF-8 on one line, cut around the fault", "[spec][text]") {
    CHECK(quotedForMessage("a\xFF\x01\n\tb") == "\"a\\xFF\\x01\\n\\tb\"");
    CHECK(quotedForMessage("K\xC3\xA4") == "\"K\xC3\xA4\"");
    const std::string longText = std::string(200, 'a') + "\xFF" + std::string(200, 'b');
    CHECK(quotedForMessage(longText, 200) == "\"..." + std::string(30, 'a') + "\\xFF" + std::string(49, 'b') + "...\"");
    CHECK(escapedForMessage(std::string(100, 'x')) == std::string(80, 'x') + "...");
}

TEST_CASE("which texts may span lines, and which attributes are names", "[spec][text]") {
    CHECK(elementTextShape("description") == TextShape::paragraph);
    CHECK(elementTextShape("punching-note") == TextShape::paragraph);
    CHECK(elementTextShape("width") == TextShape::line);
    CHECK(attributeShape("id") == TextShape::name);
    CHECK(attributeShape("number") == TextShape::name);
    CHECK(attributeShape("de") == TextShape::line);
}
