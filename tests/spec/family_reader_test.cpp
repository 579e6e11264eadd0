// Family files: names are checked by plain loops, never by a regex that recurses once per
// character of an input of any length.

#include "spec/family_reader.h"

#include "spec/diagnostics.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

std::vector<std::string> familyMessages(const test::ScratchDir& dir) {
    Diagnostics diagnostics;
    readFamilyFile(dir / "parts/wago-winsta-midi.xml", "family.xml", diagnostics);
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

std::vector<std::string> withParameterName(const std::string& name) {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<param name=\"flange_margin\"",
                        "<param name=\"" + name + "\"");
    return familyMessages(dir);
}

}  // namespace

TEST_CASE("a 30,000-letter parameter name is an error at its line, not a crash", "[spec][family]") {
    const auto all = withParameterName(std::string(30'000, 'a'));
    REQUIRE(all.size() == 1);
    CHECK(all[0] ==
          "family.xml:19: error: attribute 'name' of <param> is longer than 100 characters, the limit for "
          "names: \"..." +
              std::string(80, 'a') + "...\"");
}

TEST_CASE("a parameter name must be a letter followed by letters, digits or _", "[spec][family]") {
    for (const std::string name : {"9lives", "_margin", "flange-margin", "flange margin", "marg\xC3\xA4"}) {
        INFO(name);
        const auto all = withParameterName(name);
        REQUIRE(all.size() == 1);
        CHECK(all[0] ==
              "family.xml:19: error: parameter name '" + name + "' must be a letter followed by letters, digits or _");
    }
    CHECK(withParameterName("m").empty());
    CHECK(withParameterName("Flange_margin_2").empty());
}
