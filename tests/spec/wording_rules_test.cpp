#include "spec/wording_rules.h"

#include <stdexcept>

#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"
#include "text/placeholders.h"

using namespace partgen;

TEST_CASE("wording.xml gives the words of every kind and every phrase", "[spec][templates]") {
    const auto read = test::readRuleFile(wordingRuleFile(), test::sourceDir() / "templates");
    CHECK(read.messages.empty());
    const auto& words = read.rules.get<WordingRules>();
    CHECK(words.kind(Kind::snapInSocket).german == "Einbaubuchse");
    CHECK(words.phrase("poles").german == "{poles}-polig");
    CHECK_THROWS_AS(words.phrase("no such phrase"), std::logic_error);
}

TEST_CASE("wording mistakes are reported at their line", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto wording = dir / "templates/wording.xml";
    test::replaceInFile(wording, "<kind name=\"plug\" de=\"Stecker\" en=\"Plug\"/>", "");
    test::replaceInFile(wording, "<phrase name=\"coding\"", "<phrase name=\"codeing\"");
    const auto read = test::readRuleFile(wordingRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 3);
    CHECK(read.messages[0] == "templates/wording.xml:4: error: <wording> needs the words of the kind 'plug'");
    CHECK(read.messages[1] == "templates/wording.xml:4: error: <wording> needs the phrase 'coding'");
    CHECK(read.messages[2].find("unknown phrase 'codeing'") != std::string::npos);
}

TEST_CASE("a placeholder mistake in a phrase is reported once for both languages", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto wording = dir / "templates/wording.xml";
    test::replaceInFile(wording, "Raster {pitch} mm", "Raster {Pitch} mm");
    test::replaceInFile(wording, "pitch {pitch} mm", "pitch {Pitch} mm");
    test::replaceInFile(wording, "geschätzt, nicht", "{estimated} geschätzt, nicht");
    const auto read = test::readRuleFile(wordingRuleFile(), dir / "templates");
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].find("unknown placeholder {Pitch} in phrase 'connection-points'; known: {pitch}") !=
          std::string::npos);
    CHECK(read.messages[1].find("unknown placeholder {estimated} in phrase 'estimated'; known: none") !=
          std::string::npos);
}

TEST_CASE("every phrase the templates need declares its placeholders", "[spec][templates]") {
    for (const auto& name : requiredPhrases()) {
        INFO(name);
        CHECK(eplanPhrasePlaceholders(name));
    }
}
