#include "spec/colour_table.h"

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"

using namespace partgen;

TEST_CASE("colours.xml gives each colour's RGB", "[spec][templates]") {
    const auto read = test::readRuleFile(colourRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& table = read.rules.get<ColourTable>();
    REQUIRE(table.colour("gray"));
    CHECK(table.colour("gray")->rgb == "#8C8F91");
    CHECK_FALSE(table.colour("grey"));
}

TEST_CASE("a colour that is not #RRGGBB is reported at its line", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/colours.xml", "rgb=\"#8C8F91\"", "rgb=\"grey\"");
    const auto read = test::readRuleFile(colourRuleFile(), dir / "templates");
    CHECK(read.messages ==
          std::vector<std::string>{"templates/colours.xml:7: error: colour 'gray' has rgb=\"grey\"; expected #RRGGBB"});
}
