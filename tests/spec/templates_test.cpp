#include "spec/templates.h"

#include "spec/diagnostics.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "text/placeholders.h"
#include "text/value_text.h"

using namespace partgen;

TEST_CASE("the repository's templates read completely", "[spec][templates]") {
    Diagnostics diagnostics;
    const Templates t = readTemplates(test::sourceDir() / "templates", "templates", diagnostics);
    CHECK(diagnostics.sorted().empty());
    CHECK(valueText(*t.kicad.courtyardClearance) == "0.5 mm");
    CHECK(valueText(*t.kicad.silkLineWidth) == "0.12 mm");
    CHECK(*t.drawing.cutoutContour == "nominal");
    CHECK(*t.drawing.minimumWebPerThickness == 150);
    REQUIRE(t.colour("gray"));
    CHECK(t.colour("gray")->rgb == "#8C8F91");
    CHECK(*t.eplan.productGroup == 4);
    CHECK(*t.eplan.partNumber == "{manufacturer}.{number}");
    CHECK(t.eplan.kind(Kind::snapInSocket).german == "Einbaubuchse");
    CHECK(t.eplan.phrase("poles").german == "{poles}-polig");
    REQUIRE_FALSE(t.eplan.freeProperties.empty());
    CHECK(t.eplan.freeProperties.front().field == "gtin");
    CHECK(t.kicad.mountWords == std::map<Kind, std::string>{{Kind::snapInSocket, "SnapIn"}, {Kind::snapInPlug, "SnapIn"}});
}

TEST_CASE("mount words need a kind, once each", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/kicad.xml", "<mount kind=\"snap-in-plug\"", "<mount kind=\"snap-in-socket\"");
    test::replaceInFile(dir / "templates/kicad.xml", "</kicad>", "<mount kind=\"panel\" word=\"X\"/></kicad>");
    Diagnostics diagnostics;
    const Templates t = readTemplates(dir / "templates", "templates", diagnostics);
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    REQUIRE(all.size() == 2);
    CHECK(all[0].find("duplicate mount word for the kind 'snap-in-socket'") != std::string::npos);
    CHECK(all[1].find("'panel' is not a kind") != std::string::npos);
    CHECK(t.kicad.mountWords.size() == 1);
}

TEST_CASE("EPLAN wording mistakes are reported at their line", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto eplan = dir / "templates/eplan.xml";
    test::replaceInFile(eplan, "<free-property field=\"eclass\"", "<free-property field=\"e-class\"");
    test::replaceInFile(eplan, "<kind name=\"plug\" de=\"Stecker\" en=\"Plug\"/>", "");
    test::replaceInFile(eplan, "<phrase name=\"coding\"", "<phrase name=\"codeing\"");
    Diagnostics diagnostics;
    readTemplates(dir / "templates", "templates", diagnostics);
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    REQUIRE(all.size() == 4);
    CHECK(all[0] == "templates/eplan.xml:5: error: <eplan> needs the wording of the kind 'plug'");
    CHECK(all[1] == "templates/eplan.xml:5: error: <eplan> needs the phrase 'coding'");
    CHECK(all[2].find("templates/eplan.xml:") == 0);
    CHECK(all[2].find("unknown phrase 'codeing'") != std::string::npos);
    CHECK(all[3].find("free-property field 'e-class' is not a part property") != std::string::npos);
}

TEST_CASE("template mistakes are reported at their line", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/colours.xml", "rgb=\"#8C8F91\"", "rgb=\"grey\"");
    test::replaceInFile(dir / "templates/kicad.xml", "<courtyard-grid>0.01 mm</courtyard-grid>", "");
    test::replaceInFile(dir / "templates/drawing.xml", "<minimum-web>", "<minimum-webb>2 mm</minimum-webb><minimum-web>");
    Diagnostics diagnostics;
    readTemplates(dir / "templates", "templates", diagnostics);
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    REQUIRE(all.size() == 3);
    CHECK(all[0] == "templates/colours.xml:7: error: colour 'gray' has rgb=\"grey\"; expected #RRGGBB");
    CHECK(all[1].find("templates/drawing.xml:") == 0);
    CHECK(all[1].find("unknown setting <minimum-webb> in <drawing>") != std::string::npos);
    CHECK(all[2].find("templates/kicad.xml:5: error: <kicad> needs the setting <courtyard-grid>") == 0);
}

TEST_CASE("an unknown placeholder in a template pattern is an error at its line", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto kicad = dir / "templates/kicad.xml", eplan = dir / "templates/eplan.xml";
    test::replaceInFile(kicad, "_1x{poles2}_P{pitch}mm", "_1x{poles2}_P{pich}mm");
    test::replaceInFile(kicad, "Connector_{manufacturer}_{series}", "Connector_{manufacturer}_{number}");
    test::replaceInFile(eplan, "<part-number>{manufacturer}.{number}", "<part-number>{manufacturer}.{file-number}");
    test::replaceInFile(eplan, "Raster {pitch} mm", "Raster {pitsch} mm");
    Diagnostics diagnostics;
    readTemplates(dir / "templates", "templates", diagnostics);
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    REQUIRE(all.size() == 4);
    CHECK(all[0] == "templates/eplan.xml:13: error: unknown placeholder {file-number} in part-number; known: "
                    "{manufacturer}, {number}");
    CHECK(all[1] == "templates/eplan.xml:24: error: unknown placeholder {pitsch} in phrase 'connection-points'; "
                    "known: {pitch}");
    CHECK(all[2] == "templates/kicad.xml:6: error: unknown placeholder {number} in library-name; known: "
                    "{manufacturer}, {series}");
    CHECK(all[3] == "templates/kicad.xml:7: error: unknown placeholder {pich} in footprint-name; known: "
                    "{manufacturer}, {series}, {number}, {file-number}, {poles}, {poles2}, {pitch}, {mount}");
}

TEST_CASE("a mistake in both languages of a phrase is reported once", "[spec][templates]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "templates/eplan.xml", "Raster {pitch} mm", "Raster {Pitch} mm");
    test::replaceInFile(dir / "templates/eplan.xml", "pitch {pitch} mm", "pitch {Pitch} mm");
    test::replaceInFile(dir / "templates/eplan.xml", "geschätzt, nicht", "{estimated} geschätzt, nicht");
    Diagnostics diagnostics;
    readTemplates(dir / "templates", "templates", diagnostics);
    std::vector<std::string> all;
    for (const auto& d : diagnostics.sorted()) all.push_back(formatDiagnostic(d));
    REQUIRE(all.size() == 2);
    CHECK(all[0].find("unknown placeholder {Pitch} in phrase 'connection-points'; known: {pitch}") != std::string::npos);
    CHECK(all[1].find("unknown placeholder {estimated} in phrase 'estimated'; known: none") != std::string::npos);
}

TEST_CASE("every phrase the templates need declares its placeholders", "[spec][templates]") {
    for (const auto& name : requiredPhrases()) {
        INFO(name);
        CHECK(eplanPhrasePlaceholders(name));
    }
}
