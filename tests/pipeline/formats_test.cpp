// The format registry: choosing formats from --format, the options every format declares,
// and what a spec is read with whatever formats are chosen.

#include "pipeline/formats.h"

#include <algorithm>
#include <set>

#include "kicad/format.h"
#include "support/catch.h"
#include "support/rules.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

std::vector<std::string> namesOf(const std::vector<const Format*>& formats) {
    std::vector<std::string> names;
    for (const Format* f : formats) names.push_back(f->name);
    return names;
}

bool contains(const std::vector<const RuleFile*>& files, const RuleFile* file) {
    return std::find(files.begin(), files.end(), file) != files.end();
}

}  // namespace

TEST_CASE("every registered format has a name of its own", "[pipeline][formats]") {
    const auto names = namesOf(allFormats());
    REQUIRE_FALSE(names.empty());
    CHECK(std::set<std::string>(names.begin(), names.end()).size() == names.size());
    for (const auto& name : names) CHECK_FALSE(name.empty());
}

TEST_CASE("the format names for help are the registered names in order, comma-separated", "[pipeline][formats]") {
    std::string expected;
    for (const auto& name : namesOf(allFormats())) expected += (expected.empty() ? "" : ", ") + name;
    CHECK(formatNames() == expected);
}

TEST_CASE("no format list or 'all' selects every format in registration order", "[pipeline][formats]") {
    std::string error;
    const auto none = selectFormats("", error);
    const auto all = selectFormats("all", error);
    REQUIRE(none);
    REQUIRE(all);
    CHECK(*none == allFormats());
    CHECK(*all == allFormats());
    CHECK(error.empty());
}

TEST_CASE("a format list selects the named formats in the order given", "[pipeline][formats]") {
    const auto& formats = allFormats();
    REQUIRE(formats.size() >= 2);
    const Format* last = formats.back();
    const Format* first = formats.front();
    std::string error;
    const auto chosen = selectFormats(last->name + "," + first->name, error);
    REQUIRE(chosen);
    CHECK(*chosen == std::vector<const Format*>{last, first});
}

TEST_CASE("a format named twice in the list is selected once", "[pipeline][formats]") {
    const Format* format = allFormats().front();
    std::string error;
    const auto chosen = selectFormats(format->name + "," + format->name, error);
    REQUIRE(chosen);
    CHECK(*chosen == std::vector<const Format*>{format});
}

TEST_CASE("an unknown format name is refused with the known names", "[pipeline][formats]") {
    std::string error;
    const auto chosen = selectFormats(allFormats().front()->name + ",no-such-format", error);
    CHECK_FALSE(chosen);
    CHECK(error == "unknown format 'no-such-format'; known formats: " + formatNames());
}

TEST_CASE("an empty name between commas is an unknown format", "[pipeline][formats]") {
    const std::string name = allFormats().front()->name;
    std::string error;
    CHECK_FALSE(selectFormats(name + ",," + name, error));
    CHECK(error.starts_with("unknown format ''"));
}

TEST_CASE("format names are matched exactly, not ignoring case", "[pipeline][formats]") {
    std::string name = allFormats().front()->name;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    REQUIRE(name != allFormats().front()->name);
    std::string error;
    CHECK_FALSE(selectFormats(name, error));
}

TEST_CASE("an option shared by formats is listed once", "[pipeline][formats]") {
    // Both KiCad formats declare --kicad-version.
    REQUIRE(kicadSymbolFormat().options.size() == 1);
    REQUIRE(kicadFootprintFormat().options.size() == 1);
    REQUIRE(kicadSymbolFormat().options[0].name == kicadFootprintFormat().options[0].name);
    const auto options = allFormatOptions();
    const auto shared = std::count_if(options.begin(), options.end(), [](const FormatOption& o) {
        return o.name == kicadSymbolFormat().options[0].name;
    });
    CHECK(shared == 1);
}

TEST_CASE("every option of every format is among all format options", "[pipeline][formats]") {
    const auto options = allFormatOptions();
    for (const Format* format : allFormats())
        for (const FormatOption& option : format->options)
            CHECK(std::any_of(options.begin(), options.end(),
                              [&](const FormatOption& o) { return o.name == option.name; }));
    std::set<std::string> names;
    for (const auto& option : options) CHECK(names.insert(option.name).second);
}

TEST_CASE("the default settings put every option at its first choice", "[pipeline][formats]") {
    const FormatSettings settings = defaultSettings();
    const auto options = allFormatOptions();
    CHECK(settings.size() == options.size());
    for (const FormatOption& option : options) {
        REQUIRE_FALSE(option.choices.empty());
        REQUIRE(settings.count(option.name) == 1);
        CHECK(settings.at(option.name) == option.choices.front());
    }
}

TEST_CASE("a spec is read with every format's templates files, each once", "[pipeline][formats]") {
    const SpecReaders readers = specReaders();
    for (const Format* format : allFormats())
        for (const RuleFile* file : format->ruleFiles) CHECK(contains(readers.ruleFiles, file));
    const std::set<const RuleFile*> distinct(readers.ruleFiles.begin(), readers.ruleFiles.end());
    CHECK(distinct.size() == readers.ruleFiles.size());
    CHECK(readers.check);
}

TEST_CASE("every format's templates file reads the repository's templates without a message", "[pipeline][formats]") {
    for (const RuleFile* file : specReaders().ruleFiles) {
        INFO(file->name);
        CHECK(test::readRuleFile(*file, test::sourceDir() / "templates").messages.empty());
    }
}

TEST_CASE("a problem found by two formats' shared check is reported once", "[pipeline][formats]") {
    // step and wrl build the same 3D model and share its check.
    Variant v = test::repositoryVariant("770-744");
    v.depth.value = millimetres(1);
    const HouseRules& rules = test::repositorySpec().rules;
    const auto own = stepFormat().check(v, rules);
    REQUIRE_FALSE(own.empty());
    CHECK(specReaders().check(v, rules) == own);
}

TEST_CASE("a variant every format can make has no format problems", "[pipeline][formats]") {
    CHECK(specReaders().check(test::repositoryVariant("770-744"), test::repositorySpec().rules).empty());
}
