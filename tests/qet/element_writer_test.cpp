// The .elmt XML written from a hand-made QElectroTech element.

#include "qet/element_writer.h"

#include "support/catch.h"
#include "support/occurrences.h"

using namespace partgen;

namespace {

QetElement element() {
    QetElement e;
    e.width = 80;
    e.height = 60;
    e.hotspot = {10, 30};
    e.uuid = "{u}";
    e.names = {"Buchse", "Socket"};
    e.notes = "Datasheet: d";
    e.informations = {{"label", "X", true}, {"manufacturer", "M", false}};
    e.terminals = {{{0, 0}, 'n', "PE.1", "{t}", 0}};
    e.labelAt = {5, -20};
    e.labelUuid = "{l}";
    return e;
}

}  // namespace

TEST_CASE("an element definition gives QElectroTech 0.9's version, its box and hotspot", "[qet]") {
    const std::string text = writeElement(element());
    CHECK(text.starts_with("<?xml"));
    CHECK(test::holds(text,
                      "<definition type=\"element\" version=\"0.90\" link_type=\"simple\" width=\"80\" height=\"60\" "
                      "hotspot_x=\"10\" hotspot_y=\"30\">"));
    CHECK(test::holds(text, "<uuid uuid=\"{u}\"/>"));
}

TEST_CASE("an element's names come English first, then German", "[qet]") {
    const std::string text = writeElement(element());
    const auto english = text.find("<name lang=\"en\">Socket</name>");
    const auto german = text.find("<name lang=\"de\">Buchse</name>");
    REQUIRE(english != std::string::npos);
    REQUIRE(german != std::string::npos);
    CHECK(english < german);
}

TEST_CASE("element informations say whether QElectroTech shows them", "[qet]") {
    const std::string text = writeElement(element());
    CHECK(test::holds(text, "<informations>Datasheet: d</informations>"));
    CHECK(test::holds(text, "<elementInformation name=\"label\" show=\"1\">X</elementInformation>"));
    CHECK(test::holds(text, "<elementInformation name=\"manufacturer\" show=\"0\">M</elementInformation>"));
}

TEST_CASE("filled rectangles are drawn filled black, frames unfilled", "[qet]") {
    QetElement e = element();
    e.rects = {{{1, 2}, 3, 4, true}, {{5, 6}, 7, 8, false}};
    const std::string text = writeElement(e);
    CHECK(test::holds(text,
                      "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" rx=\"0\" ry=\"0\" antialias=\"false\" "
                      "style=\"line-style:normal;line-weight:normal;filling:black;color:black\"/>"));
    CHECK(test::holds(text,
                      "<rect x=\"5\" y=\"6\" width=\"7\" height=\"8\" rx=\"0\" ry=\"0\" antialias=\"false\" "
                      "style=\"line-style:normal;line-weight:normal;filling:none;color:black\"/>"));
}

TEST_CASE("lines, arcs and texts carry their coordinates", "[qet]") {
    QetElement e = element();
    e.lines = {{{0, 20}, {10, 20}}};
    e.arcs = {{{10, 15}, 10, 10, 90, 180}};
    e.texts = {{{24, 24}, "2L", 7}};
    const std::string text = writeElement(e);
    CHECK(test::holds(text, "<line x1=\"0\" y1=\"20\" x2=\"10\" y2=\"20\""));
    CHECK(test::holds(text, "<arc x=\"10\" y=\"15\" width=\"10\" height=\"10\" start=\"90\" angle=\"180\""));
    CHECK(
        test::holds(text, "<text x=\"24\" y=\"24\" text=\"2L\" rotation=\"0\" color=\"#000000\" font=\"Sans Serif,7,"));
}

TEST_CASE("a terminal is written with its side, name and UUID", "[qet]") {
    const std::string text = writeElement(element());
    CHECK(
        test::holds(text, "<terminal x=\"0\" y=\"0\" orientation=\"n\" name=\"PE.1\" type=\"Generic\" uuid=\"{t}\"/>"));
}

TEST_CASE("the label is a dynamic text showing the label information", "[qet]") {
    const std::string text = writeElement(element());
    CHECK(test::holds(text, "<dynamic_text x=\"5\" y=\"-20\" z=\"1\" text_from=\"ElementInfo\" uuid=\"{l}\""));
    CHECK(test::holds(text, "<info_name>label</info_name>"));
}

TEST_CASE("element text is escaped for XML", "[qet]") {
    QetElement e = element();
    e.names.english = "A & B <C>";
    e.terminals[0].name = "\"1\"";
    const std::string text = writeElement(e);
    CHECK(test::holds(text, "A &amp; B &lt;C&gt;"));
    CHECK(test::holds(text, "name=\"&quot;1&quot;\""));
}
