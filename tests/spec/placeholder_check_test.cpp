#include "spec/placeholder_check.h"

#include "spec/diagnostics.h"
#include "support/catch.h"

using namespace partgen;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    return all;
}

RawValue value(const std::string& name, const std::string& text, int line) {
    RawValue v;
    v.name = name;
    v.text = text;
    v.at = {"parts/acme.xml", line};
    return v;
}

}  // namespace

TEST_CASE("each unknown placeholder of a pattern is an error naming the known ones", "[spec][placeholders]") {
    Diagnostics diagnostics;
    checkPlaceholders("{manufacturer}.{nummer}.{typ}", eplanPartNumberPlaceholders(), "part-number",
                      {"templates/eplan.xml", 13}, diagnostics);
    CHECK(messages(diagnostics) == std::vector<std::string>{"templates/eplan.xml:13: error: unknown placeholder "
                                                            "{nummer} in part-number; known: {manufacturer}, {number}",
                                                            "templates/eplan.xml:13: error: unknown placeholder {typ} "
                                                            "in part-number; known: {manufacturer}, {number}"});
}

TEST_CASE("a missing template setting has no placeholders to check", "[spec][placeholders]") {
    Diagnostics diagnostics;
    checkPlaceholders(Sourced<std::string>{}, kicadLibraryNamePlaceholders(), "library-name", diagnostics);
    Sourced<std::string> known;
    known.set("Connector_{manufacturer}", Provenance::datasheet, {"templates/kicad.xml", 6});
    checkPlaceholders(known, kicadLibraryNamePlaceholders(), "library-name", diagnostics);
    CHECK_FALSE(diagnostics.hasErrors());
    known.value = "Connector_{maker}";
    checkPlaceholders(known, kicadLibraryNamePlaceholders(), "library-name", diagnostics);
    CHECK(diagnostics.errorCount() == 1);
}

TEST_CASE("spec values are checked in text, attributes and children, each at its line", "[spec][placeholders]") {
    RawValue approvals = value("approvals", "", 20);
    RawValue approval = value("approval", "", 21);
    approval.attributes["certificate"] = "E-{numbr}";
    approvals.children.push_back(approval);
    RawValue marking = value("marking", "", 30);
    marking.attributes["numbered-from"] = "{pole}";
    Diagnostics diagnostics;
    checkPlaceholders(approvals, seriesValuePlaceholders(), diagnostics);
    checkPlaceholders(marking, seriesValuePlaceholders(), diagnostics);
    checkPlaceholders(value("description", "{poles}-pole {number}", 40), seriesValuePlaceholders(), diagnostics);
    const auto all = messages(diagnostics);
    REQUIRE(all.size() == 2);
    CHECK(all[0] ==
          "parts/acme.xml:21: error: unknown placeholder {numbr} in <approval> certificate; known: "
          "{number}, {poles}");
    CHECK(all[1] ==
          "parts/acme.xml:30: error: unknown placeholder {pole} in <marking> numbered-from; known: "
          "{number}, {poles}");
}
