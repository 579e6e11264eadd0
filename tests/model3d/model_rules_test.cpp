// templates/model3d.xml: the proportions of the simplified 3D models.

#include "model3d/model_rules.h"

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"
#include "text/value_text.h"

using namespace partgen;

TEST_CASE("model3d.xml gives every 3D model proportion, each to its own setting", "[model3d][templates]") {
    const auto read = test::readRuleFile(modelRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& rules = read.rules.get<ModelRules>();
    CHECK(valueText(*rules.chamfer) == "0.5 mm");
    CHECK(valueText(*rules.flangeThickness) == "2 mm");
    CHECK(valueText(*rules.bodyClearance) == "0.2 mm");
    CHECK(valueText(*rules.wingReach) == "0.8 mm");
    CHECK(valueText(*rules.wingLength) == "6 mm");
    CHECK(valueText(*rules.wingWidth) == "8 mm");
    CHECK(valueText(*rules.contactWidth) == "3 mm");
    CHECK(valueText(*rules.contactHeight) == "5 mm");
    CHECK(valueText(*rules.contactDepth) == "8 mm");
    CHECK(valueText(*rules.codingWidth) == "1.5 mm");
    CHECK(valueText(*rules.codingHeight) == "1.2 mm");
    CHECK(valueText(*rules.codingDepth) == "4 mm");
    CHECK(valueText(*rules.entryClearance) == "0.4 mm");
}

TEST_CASE("a missing or unknown 3D model setting is reported", "[model3d][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/model3d.xml", "<wing-width>8 mm</wing-width>", "<wing-wdth>8 mm</wing-wdth>");
    const auto read = test::readRuleFile(modelRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].find("<model3d> needs the setting <wing-width>") != std::string::npos);
    CHECK(read.messages[1].find("unknown setting <wing-wdth> in <model3d>") != std::string::npos);
}
