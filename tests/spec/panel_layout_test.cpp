// Reading a panel layout file for `partgen panel`: the sheet, its placements, and the
// mistakes reported at their line.

#include "spec/panel_layout.h"

#include "spec/diagnostics.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

struct Read {
    std::optional<PanelLayout> layout;
    std::vector<std::string> messages;
};

Read readLayout(const std::string& xml) {
    test::ScratchDir dir;
    test::writeFile(dir / "panel.xml", xml);
    Diagnostics diagnostics;
    Read read;
    read.layout = readPanelLayout(dir / "panel.xml", "panel.xml", diagnostics);
    for (const auto& d : diagnostics.sorted()) read.messages.push_back(formatDiagnostic(d));
    return read;
}

const std::string onePart = "  <place number=\"770-744\" x=\"50 mm\" y=\"40 mm\"/>\n";

std::string panel(const std::string& attributes, const std::string& places = onePart) {
    return "<panel width=\"200 mm\" height=\"100 mm\" thickness=\"1.5 mm\"" + attributes + ">\n" + places +
           "</panel>\n";
}

}  // namespace

TEST_CASE("layout mistakes are reported at their line", "[spec][panel]") {
    const auto refused = readLayout(
        "<panel width=\"200 mm\" height=\"100\" thickness=\"1.5 mm\">\n"
        "  <place number=\"770-744\" x=\"50 mm\" y=\"50 mm\" rotation=\"45\"/>\n"
        "</panel>\n");
    REQUIRE(refused.messages.size() == 2);
    CHECK(refused.messages[0] ==
          "panel.xml:1: error: height: '100' has no unit; write it as a length in mm, cm, m, in");
    CHECK(refused.messages[1] == "panel.xml:2: error: rotation=\"45\" must be 0, 90, 180 or 270");
}

TEST_CASE("a panel layout gives the sheet's sizes and each placement", "[spec][panel]") {
    const auto read =
        readLayout(panel(" name=\"front\" material=\"steel\" corner-radius=\"3 mm\"",
                         onePart + "  <place number=\"770-745\" x=\"1 cm\" y=\"20 mm\" rotation=\"90\"/>\n"));
    CHECK(read.messages.empty());
    REQUIRE(read.layout);
    const PanelLayout& p = *read.layout;
    CHECK(p.name == "front");
    CHECK(p.material == "steel");
    CHECK(p.width == millimetres(200));
    CHECK(p.height == millimetres(100));
    CHECK(p.thickness == Length::fromSteps(1'500'000));
    CHECK(p.cornerRadius == millimetres(3));
    CHECK_FALSE(p.minimumWeb);
    CHECK_FALSE(p.minimumEdgeDistance);
    REQUIRE(p.placements.size() == 2);
    CHECK(p.placements[0].number == "770-744");
    CHECK(p.placements[0].rotation == 0);  // rotation defaults to none
    CHECK(p.placements[1].x == millimetres(10));
    CHECK(p.placements[1].rotation == 90);
    CHECK(p.placements[1].at.line == 3);
}

TEST_CASE("a panel layout may override the minimum web and edge distance", "[spec][panel]") {
    const auto read = readLayout(panel(" minimum-web=\"4 mm\" minimum-edge-distance=\"6 mm\""));
    CHECK(read.messages.empty());
    REQUIRE(read.layout);
    CHECK(read.layout->minimumWeb == millimetres(4));
    CHECK(read.layout->minimumEdgeDistance == millimetres(6));
}

TEST_CASE("a negative minimum web or edge distance is refused, zero is allowed", "[spec][panel]") {
    CHECK(readLayout(panel(" minimum-web=\"0 mm\" minimum-edge-distance=\"0 mm\"")).messages.empty());
    const auto read = readLayout(panel(" minimum-web=\"-1 mm\" minimum-edge-distance=\"-0.5 mm\""));
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0] == "panel.xml:1: error: minimum-web must not be below 0");
    CHECK(read.messages[1] == "panel.xml:1: error: minimum-edge-distance must not be below 0");
}

TEST_CASE("panel sizes must be above zero", "[spec][panel]") {
    const auto read =
        readLayout("<panel width=\"0 mm\" height=\"100 mm\" thickness=\"1.5 mm\">\n" + onePart + "</panel>\n");
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] == "panel.xml:1: error: width must be above 0");
}

TEST_CASE("a corner radius over half the shorter side does not fit", "[spec][panel]") {
    CHECK(readLayout(panel(" corner-radius=\"50 mm\"")).messages.empty());
    const auto read = readLayout(panel(" corner-radius=\"51 mm\""));
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] == "panel.xml:1: error: corner-radius does not fit the panel");
}

TEST_CASE("a panel without placements, or with another element, is an error", "[spec][panel]") {
    const auto empty = readLayout(panel("", ""));
    REQUIRE(empty.messages.size() == 1);
    CHECK(empty.messages[0] == "panel.xml:1: error: the panel places no parts");
    const auto other = readLayout(panel("", onePart + "  <hole x=\"1 mm\"/>\n"));
    REQUIRE(other.messages.size() == 1);
    CHECK(other.messages[0] == "panel.xml:3: error: unknown element <hole> in <panel>");
}

TEST_CASE("a file whose root is not a panel gives no layout", "[spec][panel]") {
    const auto read = readLayout("<family/>\n");
    CHECK_FALSE(read.layout);
    CHECK_FALSE(read.messages.empty());
}

TEST_CASE("drawing number and revision default to the file's name and '-'", "[spec][panel]") {
    const auto plain = readLayout(panel(""));
    REQUIRE(plain.layout);
    CHECK(plain.layout->drawingNumber == "panel");
    CHECK(plain.layout->revision == "-");
    const auto given = readLayout(panel(" drawing-number=\"JB-0012\" revision=\"B\""));
    REQUIRE(given.layout);
    CHECK(given.messages.empty());
    CHECK(given.layout->drawingNumber == "JB-0012");
    CHECK(given.layout->revision == "B");
    const auto empty = readLayout(panel(" revision=\"\""));
    REQUIRE(empty.messages.size() == 1);
    CHECK(empty.messages[0].find("revision must not be empty") != std::string::npos);
}
