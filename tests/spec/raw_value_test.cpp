// Spec values as written: text, attributes, children, the source attribute and the
// provenance a literal may claim.

#include "spec/raw_value.h"

#include <tinyxml2.h>

#include "spec/diagnostics.h"
#include "support/catch.h"

using namespace partgen;

namespace {

struct Read {
    RawValue value;
    Diagnostics diagnostics;
};

Read readXml(const char* xml) {
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(xml) == tinyxml2::XML_SUCCESS);
    Read read;
    read.value = readRawValue(*doc.RootElement(), "parts/p.xml", read.diagnostics);
    return read;
}

}  // namespace

TEST_CASE("trim removes spaces, tabs and line ends at both ends only", "[spec][raw]") {
    CHECK(trim("  \t a b \r\n") == "a b");
    CHECK(trim(" \n ") == "");
    CHECK(trim("x") == "x");
}

TEST_CASE("a raw value keeps its name, trimmed text, line and attributes", "[spec][raw]") {
    const Read read = readXml("<width unit=\"mm\">\n  45.5  </width>");
    CHECK(read.value.name == "width");
    CHECK(read.value.text == "45.5");
    CHECK(read.value.attribute("unit") == "mm");
    CHECK(read.value.attribute("missing").empty());
    CHECK(read.value.at.file == FileName("parts/p.xml"));
    CHECK(read.value.at.line == 1);
    CHECK_FALSE(read.diagnostics.hasErrors());
}

TEST_CASE("the source attribute becomes the value's provenance, not an attribute", "[spec][raw]") {
    const Read read = readXml("<depth source=\"estimated\">36 mm</depth>");
    CHECK(read.value.source == Provenance::estimated);
    CHECK(read.value.attributes.count("source") == 0);
}

TEST_CASE("an unknown source is an error naming the allowed ones", "[spec][raw]") {
    const Read read = readXml("<depth source=\"guessed\">36 mm</depth>");
    CHECK_FALSE(read.value.source);
    REQUIRE(read.diagnostics.errorCount() == 1);
    const std::string message = read.diagnostics.sorted().front().message;
    CHECK(message == "<depth> has source=\"guessed\"; expected one of " + provenanceNames());
}

TEST_CASE("child elements are read in order, each with its own line", "[spec][raw]") {
    const Read read = readXml("<marking>\n<label>PE</label>\n<label>L</label>\n</marking>");
    REQUIRE(read.value.children.size() == 2);
    CHECK(read.value.children[0].text == "PE");
    CHECK(read.value.children[1].text == "L");
    CHECK(read.value.children[1].at.line == 3);
}

TEST_CASE("a value beginning with '=' is an expression, the rest trimmed", "[spec][raw]") {
    RawValue v;
    v.text = "= pitch * 4 ";
    CHECK(v.isExpression());
    CHECK(v.expression() == "pitch * 4");
    v.text = "10 mm";
    CHECK_FALSE(v.isExpression());
    CHECK(v.expression().empty());
    v.text = "";
    CHECK_FALSE(v.isExpression());
}

TEST_CASE("a literal's provenance is what it states, never stronger than its floor", "[spec][raw]") {
    RawValue v;
    CHECK(v.literalProvenance() == Provenance::datasheet);
    v.source = Provenance::drawing;
    CHECK(v.literalProvenance() == Provenance::drawing);
    v.floor = Provenance::derived;
    CHECK(v.literalProvenance() == Provenance::derived);
    v.source = Provenance::estimated;
    CHECK(v.literalProvenance() == Provenance::estimated);
}
