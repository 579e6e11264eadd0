// Repairs to text extracted from PDF datasheets.

#include "datasheet/text_cleanup.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("clean lines split at every kind of line end", "[datasheet][cleanup]") {
    CHECK(cleanLines("a\r\nb\rc\nd") == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("clean lines spell out ellipses and plain the special spaces", "[datasheet][cleanup]") {
    // U+2026 ellipsis, U+00A0 no-break, U+2009 thin and U+202F narrow no-break space.
    CHECK(cleanLines("0,5\xE2\x80\xA6"
                     "4") == std::vector<std::string>{"0,5...4"});
    CHECK(cleanLines("a\xC2\xA0"
                     "b\xE2\x80\x89"
                     "c\xE2\x80\xAF"
                     "d") == std::vector<std::string>{"a b c d"});
}

TEST_CASE("clean lines join a square unit split from its number", "[datasheet][cleanup]") {
    CHECK(cleanLines("4 mm \xC2\xB2") == std::vector<std::string>{"4 mm\xC2\xB2"});
}

TEST_CASE("decimal commas become points only between digits", "[datasheet][cleanup]") {
    CHECK(pointDecimals("0,5 ... 2,5 mm") == "0.5 ... 2.5 mm");
    CHECK(pointDecimals("200, without") == "200, without");
    CHECK(pointDecimals("a,b") == "a,b");
}

TEST_CASE("words broken at a line end are joined, hyphenated lists are not", "[datasheet][cleanup]") {
    CHECK(joinBrokenWords("Ship- ping") == "Shipping");
    CHECK(joinBrokenWords("push- in") == "pushin");
    CHECK(joinBrokenWords("snap-in") == "snap-in");
    CHECK(joinBrokenWords("A- B") == "A- B");  // capitals are not a broken word
}

TEST_CASE("Cyrillic lookalike capitals become Latin and the change is reported", "[datasheet][cleanup]") {
    bool changed = false;
    // U+0412 (В) and U+0421 (С) look like B and C.
    CHECK(latinLookalikes("Coding \xD0\x92, \xD0\xA1OM", changed) == "Coding B, COM");
    CHECK(changed);
    CHECK(latinLookalikes("Coding B", changed) == "Coding B");
    CHECK_FALSE(changed);
}

TEST_CASE("trimmed removes spaces and tabs at both ends", "[datasheet][cleanup]") {
    CHECK(trimmed(" \t a b \t") == "a b");
    CHECK(trimmed("   ").empty());
}

TEST_CASE("collapsed spaces leave one between words and none at the ends", "[datasheet][cleanup]") {
    CHECK(collapseSpaces("  a   b  c ") == "a b c");
    CHECK(collapseSpaces("") == "");
}

TEST_CASE("tab cells are trimmed and empty cells dropped", "[datasheet][cleanup]") {
    CHECK(tabCells("Pitch\t\t 10 mm \t") == std::vector<std::string>{"Pitch", "10 mm"});
    CHECK(tabCells("\t \t").empty());
}

TEST_CASE("a sentence ends with punctuation, is a bullet, or is long", "[datasheet][cleanup]") {
    CHECK(isSentence("Observe the notes."));
    CHECK(isSentence("Note:"));
    CHECK(isSentence("- a bullet"));
    CHECK(isSentence("\xE2\x80\xA2 a bullet"));
    CHECK(isSentence("one two three four five six seven eight"));  // seven spaces
    CHECK_FALSE(isSentence("Pitch 10 mm"));
    CHECK_FALSE(isSentence("one two three four five six seven"));
    CHECK_FALSE(isSentence("   "));
}

TEST_CASE("hasDigit finds any decimal digit", "[datasheet][cleanup]") {
    CHECK(hasDigit("coding B2"));
    CHECK_FALSE(hasDigit("coding B"));
    CHECK_FALSE(hasDigit(""));
}
