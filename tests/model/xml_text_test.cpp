// Escaping text for XML element content and attributes.

#include "model/xml_text.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("XML escaping replaces the markup characters", "[model][xml]") {
    CHECK(xmlEscape("a & b < c > d \"e\"") == "a &amp; b &lt; c &gt; d &quot;e&quot;");
}

TEST_CASE("XML escaping leaves apostrophes, tabs, newlines and UTF-8 alone", "[model][xml]") {
    CHECK(xmlEscape("it's\tgrau\n4 mm²") == "it's\tgrau\n4 mm²");
}

TEST_CASE("XML escaping writes other control characters as character references", "[model][xml]") {
    CHECK(xmlEscape(std::string("a\x01") + "b") == "a&#1;b");
    CHECK(xmlEscape("\r") == "&#13;");
    CHECK(xmlEscape(std::string(1, '\x1f')) == "&#31;");
}

TEST_CASE("XML escaping of plain text is the text itself", "[model][xml]") {
    CHECK(xmlEscape("") == "");
    CHECK(xmlEscape("770-744/064-000") == "770-744/064-000");
}
