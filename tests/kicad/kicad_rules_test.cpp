#include "kicad/kicad_rules.h"

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"
#include "text/value_text.h"

using namespace partgen;

TEST_CASE("kicad.xml gives every KiCad house rule", "[kicad][templates]") {
    const auto read = test::readRuleFile(kicadRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& rules = read.rules.get<KicadRules>();
    CHECK(valueText(*rules.courtyardClearance) == "0.5 mm");
    CHECK(valueText(*rules.silkLineWidth) == "0.12 mm");
    CHECK(valueText(*rules.silkOffset) == "0.11 mm");
    CHECK(valueText(*rules.edgeCutLineWidth) == "0.1 mm");
    CHECK(valueText(*rules.pinOneMarkSize) == "0.5 mm");
    CHECK(valueText(*rules.symbolPinNameOffset) == "0.508 mm");
}

TEST_CASE("a missing KiCad setting is reported at the file's root element", "[kicad][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/kicad.xml", "<courtyard-grid>0.01 mm</courtyard-grid>", "");
    test::replaceInFile(dir / "templates/kicad.xml", "<silk-offset>", "<silk-ofset>1 mm</silk-ofset><silk-offset>");
    const auto read = test::readRuleFile(kicadRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0] == "templates/kicad.xml:5: error: <kicad> needs the setting <courtyard-grid>");
    CHECK(read.messages[1].find("unknown setting <silk-ofset> in <kicad>") != std::string::npos);
}

TEST_CASE("mount words need a kind, once each", "[kicad][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/kicad.xml", "<mount kind=\"snap-in-plug\"", "<mount kind=\"snap-in-socket\"");
    test::replaceInFile(dir / "templates/kicad.xml", "</kicad>", "<mount kind=\"panel\" word=\"X\"/></kicad>");
    const auto read = test::readRuleFile(kicadRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].find("duplicate mount word for the kind 'snap-in-socket'") != std::string::npos);
    CHECK(read.messages[1].find("'panel' is not a kind") != std::string::npos);
    CHECK(read.rules.get<KicadRules>().mountWords.size() == 1);
}

TEST_CASE("an unknown placeholder in a KiCad name pattern is an error at its line", "[kicad][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/kicad.xml", "_1x{poles2}_P{pitch}mm", "_1x{poles2}_P{pich}mm");
    test::replaceInFile(dir / "templates/kicad.xml", "Connector_{manufacturer}_{series}",
                        "Connector_{manufacturer}_{number}");
    const auto read = test::readRuleFile(kicadRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0] ==
          "templates/kicad.xml:6: error: unknown placeholder {number} in library-name; known: "
          "{manufacturer}, {series}");
    CHECK(read.messages[1] ==
          "templates/kicad.xml:7: error: unknown placeholder {pich} in footprint-name; known: "
          "{manufacturer}, {series}, {number}, {file-number}, {poles}, {poles2}, {pitch}, {mount}");
}

TEST_CASE("every kind needs its keywords, once each and not empty", "[kicad][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/kicad.xml",
                        "<keywords kind=\"plug\">connector plug male cable flying-lead</keywords>",
                        "<keywords kind=\"plug\"> </keywords><keywords kind=\"socket\">x</keywords>");
    const auto read = test::readRuleFile(kicadRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 3);
    CHECK(read.messages[0] == "templates/kicad.xml:5: error: <kicad> needs <keywords kind=\"plug\">");
    CHECK(read.messages[1].find("<keywords kind=\"plug\"> has no words") != std::string::npos);
    CHECK(read.messages[2].find("duplicate keywords for the kind 'socket'") != std::string::npos);
}

TEST_CASE("the 3D model folder is a house rule, the library's own path variable by default", "[kicad][templates]") {
    const auto read = test::readRuleFile(kicadRuleFile(), test::sourceDir() / "templates");
    CHECK(*read.rules.get<KicadRules>().modelFolder == "${PARTGEN_LIBRARY_DIR}/kicad");
}
