// An imported part as a <part> element to paste into a family file.

#include "datasheet/part_xml.h"

#include "support/catch.h"

using namespace partgen;

namespace {

ImportedPart importedPart() {
    ImportedPart part;
    part.number = "770-744";
    part.values["width"] = {"45.5 mm", 3};
    part.values["pitch"] = {"10 mm", 4};
    part.values["poles"] = {"4", 5};
    return part;
}

}  // namespace

TEST_CASE("a property is one element on one line with its text escaped", "[datasheet][part-xml]") {
    CHECK(propertyXml("width", "45.5 mm") == "<width>45.5 mm</width>");
    CHECK(propertyXml("description", "A & B <C>") == "<description>A &amp; B &lt;C&gt;</description>");
}

TEST_CASE("an imported part lists its properties in the spec's order, not the datasheet's", "[datasheet][part-xml]") {
    // The spec gives poles before pitch before width.
    CHECK(partXml(importedPart()) ==
          "  <part number=\"770-744\">\n"
          "    <poles>4</poles>\n"
          "    <pitch>10 mm</pitch>\n"
          "    <width>45.5 mm</width>\n"
          "  </part>\n");
}

TEST_CASE("an imported part is indented as asked", "[datasheet][part-xml]") {
    ImportedPart part;
    part.number = "1";
    part.values["poles"] = {"2", 1};
    CHECK(partXml(part, "") == "<part number=\"1\">\n  <poles>2</poles>\n</part>\n");
}

TEST_CASE("a damaged value becomes a comment, not a property", "[datasheet][part-xml]") {
    ImportedPart part;
    part.number = "1";
    part.values["marking"] = {"PE 2L L", 1};
    part.damaged.insert("marking");
    const std::string xml = partXml(part, "");
    CHECK(xml.find("<!-- not imported, damaged in the text: PE 2L L -->") != std::string::npos);
    CHECK(xml.find("<marking>") == std::string::npos);
}

TEST_CASE("approvals are listed with body, standard and certificate", "[datasheet][part-xml]") {
    const Approvals approvals{{"UL", "UL 1977", "E45171"}, {"VDE", "EN 61984", "40029000"}};
    CHECK(approvalsXml(approvals, "  ") ==
          "  <approvals>\n"
          "    <approval body=\"UL\" standard=\"UL 1977\" certificate=\"E45171\"/>\n"
          "    <approval body=\"VDE\" standard=\"EN 61984\" certificate=\"40029000\"/>\n"
          "  </approvals>\n");
}

TEST_CASE("an imported part carries its approvals in their place and none when it has none", "[datasheet][part-xml]") {
    ImportedPart part = importedPart();
    CHECK(partXml(part).find("<approvals>") == std::string::npos);
    part.approvals = {{"UL", "UL 1977", "E45171"}};
    const std::string xml = partXml(part);
    CHECK(xml.find("    <approvals>\n") != std::string::npos);
    CHECK(xml.find("<approvals>") > xml.find("<width>"));  // approvals come last in the spec
}

TEST_CASE("the part number is escaped", "[datasheet][part-xml]") {
    ImportedPart part;
    part.number = "A&B\"";
    CHECK(partXml(part, "") == "<part number=\"A&amp;B&quot;\">\n</part>\n");
}
