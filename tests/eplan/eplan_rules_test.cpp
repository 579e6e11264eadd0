#include "eplan/eplan_rules.h"

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"

using namespace partgen;

TEST_CASE("eplan.xml gives groups, the part number pattern and the free properties", "[eplan][templates]") {
    const auto read = test::readRuleFile(eplanRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& rules = read.rules.get<EplanRules>();
    CHECK(*rules.productGroup == 4);
    CHECK(*rules.partNumber == "{manufacturer}.{number}");
    REQUIRE_FALSE(rules.freeProperties.empty());
    CHECK(rules.freeProperties.front().field == "gtin");
}

TEST_CASE("a free property must name a part property, once", "[eplan][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/eplan.xml", "<free-property field=\"eclass\"",
                        "<free-property field=\"e-class\"");
    test::replaceInFile(dir / "templates/eplan.xml", "<free-property field=\"etim\"", "<free-property field=\"gtin\"");
    const auto read = test::readRuleFile(eplanRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].find("free-property field 'e-class' is not a part property") != std::string::npos);
    CHECK(read.messages[1].find("duplicate free-property field 'gtin'") != std::string::npos);
}

TEST_CASE("an unknown placeholder in the part number pattern is an error at its line", "[eplan][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/eplan.xml", "<part-number>{manufacturer}.{number}",
                        "<part-number>{manufacturer}.{file-number}");
    const auto read = test::readRuleFile(eplanRuleFile(), dir / "templates");
    CHECK(read.messages == std::vector<std::string>{"templates/eplan.xml:12: error: unknown placeholder {file-number} "
                                                    "in part-number; known: {manufacturer}, {number}"});
}
