#include "drawing/drawing_rules.h"

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"

using namespace partgen;

TEST_CASE("drawing.xml gives the drawing house rules", "[drawing][templates]") {
    const auto read = test::readRuleFile(drawingRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& rules = read.rules.get<DrawingRules>();
    CHECK(*rules.cutoutContour == "mid-tolerance");
    CHECK(*rules.minimumWebPerThickness == 150);
    CHECK(*rules.estimatedCutLayer == "CUT_ESTIMATED");
    CHECK(*rules.generalTolerance == "ISO 2768-m");
}

TEST_CASE("drawing template mistakes are reported at their line", "[drawing][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/drawing.xml", "<minimum-web>",
                        "<minimum-webb>2 mm</minimum-webb><minimum-web>");
    test::replaceInFile(dir / "templates/drawing.xml", "<cutout-contour>mid-tolerance", "<cutout-contour>largest");
    const auto read = test::readRuleFile(drawingRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].find("cutout-contour 'largest' must be nominal or mid-tolerance") != std::string::npos);
    CHECK(read.messages[1].find("unknown setting <minimum-webb> in <drawing>") != std::string::npos);
}

TEST_CASE("the estimated-cut layer must be a plain name of its own", "[drawing][templates]") {
    const auto messagesFor = [](const std::string& layer) {
        test::ScratchDir dir;
        test::copySpec(dir.path());
        test::replaceInFile(dir / "templates/drawing.xml", "<estimated-cut-layer>CUT_ESTIMATED",
                            "<estimated-cut-layer>" + layer);
        return test::readRuleFile(drawingRuleFile(), dir / "templates").messages;
    };
    CHECK(messagesFor("GUESSED-CUT_2").empty());
    const auto spaced = messagesFor("CUT ESTIMATED");
    REQUIRE(spaced.size() == 1);
    CHECK(spaced[0].find("estimated-cut-layer 'CUT ESTIMATED' must be letters, digits, '_' and '-' only") !=
          std::string::npos);
    CHECK(messagesFor("frame").size() == 1);
    const auto cut = messagesFor("cut");
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].find("is the name of the CUT layer; estimated contours need a layer of their own") !=
          std::string::npos);
}

TEST_CASE("negative webs and edge distances in drawing.xml are refused", "[drawing][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/drawing.xml", "<minimum-web>2 mm", "<minimum-web>-2 mm");
    test::replaceInFile(dir / "templates/drawing.xml", "<minimum-web-per-thickness>150",
                        "<minimum-web-per-thickness>-1");
    test::replaceInFile(dir / "templates/drawing.xml", "<minimum-edge-distance>5 mm", "<minimum-edge-distance>-5 mm");
    const auto read = test::readRuleFile(drawingRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 3);
    CHECK(read.messages[0].find("minimum-web must not be below 0") != std::string::npos);
    CHECK(read.messages[1].find("minimum-web-per-thickness must not be below 0") != std::string::npos);
    CHECK(read.messages[2].find("minimum-edge-distance must not be below 0") != std::string::npos);
}
