// Every spec and template file goes through one loader: parser errors in words at their
// line, and every string the readers get checked once (UTF-8, control characters, length).

#include "spec/xml_file.h"

#include "spec/family_reader.h"
#include "spec/wording_rules.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

std::vector<std::string> familyMessages(const std::string& bytes) {
    test::ScratchDir dir;
    test::writeFile(dir / "family.xml", bytes);
    Diagnostics diagnostics;
    readFamilyFile(dir / "family.xml", "family.xml", diagnostics);
    return formatted(diagnostics);
}

std::string repositoryFamily() { return test::readFile(test::sourceDir() / "parts/wago-winsta-midi.xml"); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("an empty file is reported as empty, at line 1", "[spec][xml]") {
    CHECK(familyMessages("") == std::vector<std::string>{"family.xml:1: error: the file is empty"});
}

TEST_CASE("a file of white space only is reported as holding no element", "[spec][xml]") {
    CHECK(familyMessages("\n\n  \n") ==
          std::vector<std::string>{"family.xml:1: error: not well-formed XML: the file holds no element"});
}

TEST_CASE("a mismatched end tag is reported in words at its line", "[spec][xml]") {
    const auto all = familyMessages(replaced(repositoryFamily(), "<pitch>10 mm</pitch>", "<pitch>10 mm</pich>"));
    CHECK(all == std::vector<std::string>{
                     "family.xml:27: error: not well-formed XML: an element is not closed, or closed by the wrong "
                     "end tag, in <pitch>"});
}

TEST_CASE("a NUL byte is reported, not taken for the end of the file", "[spec][xml]") {
    const auto all = familyMessages(repositoryFamily() + std::string("\0<junk", 6));
    CHECK(all == std::vector<std::string>{"family.xml:184: error: the file contains a NUL byte"});
}

TEST_CASE("a description may span lines and hold tabs", "[spec][xml]") {
    CHECK(familyMessages(
              replaced(repositoryFamily(), "Snap-in socket; 4-pole; Cod. B;", "Snap-in socket;\n\t4-pole; Cod. B;"))
              .empty());
}

TEST_CASE("an element name that is not UTF-8 is reported escaped", "[spec][xml]") {
    const auto all = familyMessages(replaced(repositoryFamily(), "<coding>B</coding>",
                                             "<co\xFF"
                                             "ding>B</co\xFF"
                                             "ding>"));
    CHECK(all == std::vector<std::string>{
                     "family.xml:26: error: element name is not valid UTF-8 (invalid byte \\xFF): \"co\\xFFding\""});
}

TEST_CASE("the line of a bad character inside multi-line text is the character's line", "[spec][xml]") {
    const auto all = familyMessages(
        replaced(repositoryFamily(), "Snap-in socket; 4-pole; Cod. B;", "Snap-in socket;\n4-pole;\nCod.\x01 B;"));
    CHECK(all == std::vector<std::string>{"family.xml:62: error: text of <description> contains the control character "
                                          "\\x01: \"Snap-in socket;\\n4-pole;\\nCod.\\x01 B; 4,00 mm\xC2\xB2; gray\""});
}

TEST_CASE("text in a template is checked like text in a family file", "[spec][xml]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/wording.xml", "de=\"{poles}-polig\"", "de=\"{poles}&#7;-polig\"");
    Diagnostics diagnostics;
    HouseRules rules;
    wordingRuleFile().read(dir / "templates", "templates", diagnostics, rules);
    CHECK(formatted(diagnostics) ==
          std::vector<std::string>{"templates/wording.xml:12: error: attribute 'de' of <phrase> contains the control "
                                   "character \\x07: \"{poles}\\x07-polig\""});
}
