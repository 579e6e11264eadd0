#include "model/xml_element.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("XML elements keep their attribute order and indent their children", "[model][xml]") {
    XmlElement root("root");
    root.attribute("z", "1").attribute("a", "2");
    root.add(XmlElement("empty"));
    root.add(XmlElement("named").attribute("lang", "de").text("Einbaubuchse"));
    root.add(XmlElement("outer").add(XmlElement("inner")));
    CHECK(xmlDocument(root) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<root z=\"1\" a=\"2\">\n"
          "  <empty/>\n"
          "  <named lang=\"de\">Einbaubuchse</named>\n"
          "  <outer>\n"
          "    <inner/>\n"
          "  </outer>\n"
          "</root>\n");
}

TEST_CASE("XML element attributes and text are escaped", "[model][xml]") {
    XmlElement e("e");
    e.attribute("name", "WAGO \"A&B\" <x>").text("1 < 2 & 3");
    CHECK(e.render() == "<e name=\"WAGO &quot;A&amp;B&quot; &lt;x&gt;\">1 &lt; 2 &amp; 3</e>\n");
}

TEST_CASE("a line break survives in an attribute as a character reference, in text as itself", "[model][xml]") {
    XmlElement e("e");
    e.attribute("names", "1.1\n1.2").text("a\nb");
    CHECK(e.render() == "<e names=\"1.1&#10;1.2\">a\nb</e>\n");
}
