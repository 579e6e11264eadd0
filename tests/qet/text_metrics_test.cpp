// Text measures for QElectroTech frames: DejaVu Sans advances at 4/3 px per point, each
// glyph rounded up, so a measure is never less than what QElectroTech draws.

#include "qet/text_metrics.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a text's width adds its glyphs' advances, each rounded up to a whole pixel", "[qet]") {
    // At 7 pt an em is 9.33 px: "1" 5.94 px, "/" 3.14, "C" 6.52, "O" 7.35, "M" 8.05.
    CHECK(textWidth("1", 7) == 6);
    CHECK(textWidth("/", 7) == 4);
    CHECK(textWidth("1/COM", 7) == 6 + 4 + 7 + 8 + 9);
    CHECK(textWidth("", 7) == 0);
    CHECK(textWidth("W", 9) == 12);  // 0.989 em of 12 px
}

TEST_CASE("a character beyond ASCII counts as the font's widest glyph", "[qet]") {
    // U+23DA EARTH GROUND, three bytes in UTF-8, one character.
    CHECK(textWidth("\xE2\x8F\x9A", 7) == 18);  // 3838 / 2048 em of 9.33 px, rounded up
    CHECK(textWidth("\xE2\x8F\x9A", 7) > textWidth("@", 7));
}

TEST_CASE("a line of text reaches its ascent above and its descent below the baseline", "[qet]") {
    CHECK(textAscent(7) == 9);   // 0.928 em
    CHECK(textDescent(7) == 3);  // 0.236 em
    CHECK(textAscent(9) == 12);
}
