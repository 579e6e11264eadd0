#include "text/strings.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("replaceAll replaces every occurrence and never its own insertions", "[text][strings]") {
    std::string text = "a-b-c";
    replaceAll(text, "-", "--");
    CHECK(text == "a--b--c");
    std::string unchanged = "abc";
    replaceAll(unchanged, "x", "y");
    CHECK(unchanged == "abc");
}

TEST_CASE("a count takes its noun in the singular only for one", "[text][strings]") {
    CHECK(counted(1, "family", "families") == "1 family");
    CHECK(counted(0, "error", "errors") == "0 errors");
    CHECK(counted(2, "variant", "variants") == "2 variants");
}

TEST_CASE("lowercase folds ASCII letters and leaves other bytes", "[text][strings]") {
    CHECK(lowercase("WAGO Kontakt") == "wago kontakt");
    CHECK(lowercase("\xC3\x84") == "\xC3\x84");  // Ä stays as it is
}

TEST_CASE("codePoints decodes UTF-8 of one to four bytes", "[text][strings]") {
    const auto codes = codePoints("a\xC2\xB2\xE2\x80\xA6\xF0\x9F\x94\x8C");  // a ² … 🔌
    REQUIRE(codes.size() == 4);
    CHECK(codes[0] == U'a');
    CHECK(codes[1] == U'\u00B2');
    CHECK(codes[2] == U'\u2026');
    CHECK(codes[3] == U'\U0001F50C');
}

TEST_CASE("codePoints takes a truncated last sequence as far as it goes", "[text][strings]") {
    const auto codes = codePoints("x\xE2\x80");
    REQUIRE(codes.size() == 2);
    CHECK(codes[0] == U'x');
    CHECK(codes[1] == 0x80);  // the payload of E2 80 without the missing third byte
}

TEST_CASE("asciiText spells out the signs of datasheets and marks anything else", "[text][strings]") {
    CHECK(asciiText("4,00 mm\xC2\xB2; -35 ... 85 \xC2\xB0""C; CAGE CLAMP\xC2\xAE") == "4,00 mm^2; -35 ... 85 degC; CAGE CLAMP(R)");
    CHECK(asciiText("\xE2\x89\xA4 105") == "<= 105");
    CHECK(asciiText("\xE2\x89\x99") == "<U+2259>");  // no spelling of its own: named, never a "?"
    CHECK(asciiText("\xF0\x9F\x94\x8C") == "<U+1F50C>");
    CHECK(asciiText("plain") == "plain");
}
