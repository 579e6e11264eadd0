#include "datasheet/merge.h"

#include <unistd.h>

#include "cli/commands.h"
#include "datasheet/read_support.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = test::sourceDir() / "tests/datasheet/fixtures";

struct Import {
    test::CliResult result;
    std::string familyBefore, familyAfter;
};

// Imports the datasheet texts into a copy of the repository's family file.
Import importInto(const test::ScratchDir& dir, const std::vector<fs::path>& texts,
                  const std::vector<std::string>& options = {}) {
    if (!fs::exists(dir / "parts")) test::copySpec(dir.path());
    const fs::path family = dir / "parts/wago-winsta-midi.xml";
    Import i;
    i.familyBefore = test::readFile(family);
    std::vector<std::string> args{"import"};
    for (const auto& t : texts) args.push_back(t.string());
    for (const std::string& a :
         {std::string("--family"), family.string(), std::string("--templates"), (dir / "templates").string()})
        args.push_back(a);
    args.insert(args.end(), options.begin(), options.end());
    i.result = test::runPartgen(args);
    i.familyAfter = test::readFile(family);
    return i;
}

fs::path altered(const test::ScratchDir& dir, const std::string& fixture, const std::string& from,
                 const std::string& to) {
    const fs::path copy = dir / ("altered-" + fixture);
    test::writeFile(copy, test::readFile(fixtures / fixture));
    test::replaceInFile(copy, from, to);
    return copy;
}

}  // namespace

TEST_CASE("each seed datasheet imports to the values the family spec holds", "[datasheet][merge]") {
    for (const char* name : {"770-744.txt", "770-744_064-000.txt", "770-1242_076-000.txt"}) {
        INFO(name);
        test::ScratchDir dir;
        const Import i = importInto(dir, {fixtures / name});
        CHECK(i.result.code == exitSuccess);
        CHECK(i.result.out.find("partgen: 0 values changed") != std::string::npos);
        CHECK(i.familyAfter == i.familyBefore);
    }
}

TEST_CASE("a changed value is reported and written into the variant, once", "[datasheet][merge]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744_064-000.txt", "Depth\t36 mm", "Depth\t36,5 mm");
    const Import first = importInto(dir, {sheet});
    CHECK(first.result.code == exitSuccess);
    CHECK(first.result.out.find("770-744/064-000: depth: 36 mm -> 36.5 mm\n") != std::string::npos);
    CHECK(first.familyAfter.find("    <depth>36.5 mm</depth>\n    <mounting-type>Snap-in</mounting-type>") !=
          std::string::npos);
    // Only that line changed: comments and layout stay.
    std::string expected = first.familyBefore;
    expected.replace(expected.find("<depth>36 mm</depth>"), 20, "<depth>36.5 mm</depth>");
    CHECK(first.familyAfter == expected);

    const Import second = importInto(dir, {sheet});
    CHECK(second.result.out.find("partgen: 0 values changed") != std::string::npos);
    CHECK(second.familyAfter == second.familyBefore);
}

TEST_CASE("a value the variant inherits is written into the variant when its datasheet differs", "[datasheet][merge]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744_064-000.txt", "Weight\t15.6 g", "Weight\t15.9 g");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.out.find("770-744/064-000: weight: 15.6 g -> 15.9 g\n") != std::string::npos);
    const auto variant = i.familyAfter.find("<variant number=\"770-744/064-000\"");
    const auto weight = i.familyAfter.find("<weight>15.9 g</weight>");
    CHECK(weight > variant);
    CHECK(weight < i.familyAfter.find("</variant>"));
    CHECK(i.familyAfter.find("<weight>15.6 g</weight>") != std::string::npos);  // 770-744 keeps its own
}

TEST_CASE("a moved section reads the same", "[datasheet][merge]") {
    test::ScratchDir dir;
    std::string text = test::readFile(fixtures / "770-744_064-000.txt");
    const auto start = text.find("Geometrical Data");
    const auto end = text.find("Mechanical data");
    const std::string block = text.substr(start, end - start);
    text.erase(start, end - start);
    text += "\n" + block;
    test::writeFile(dir / "moved.txt", text);
    const Import i = importInto(dir, {dir / "moved.txt"});
    CHECK(i.result.out.find("partgen: 0 values changed") != std::string::npos);
}

TEST_CASE("two datasheets that disagree about one part are refused", "[datasheet][merge]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744_064-000.txt", "Depth\t36 mm", "Depth\t37 mm");
    const Import i = importInto(dir, {fixtures / "770-744_064-000.txt", sheet});
    CHECK(i.result.code == exitInvalid);
    CHECK(i.result.err.find(":106: error: 770-744/064-000: depth is '37 mm' here but '36 mm' in ") !=
          std::string::npos);
    CHECK(i.familyAfter == i.familyBefore);
}

TEST_CASE("an import that would break the spec changes nothing", "[datasheet][merge]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-1242_076-000.txt", "Width\t20 mm", "Width\t5 mm");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitInvalid);
    CHECK(i.result.err.find("error: after the import: 770-1242/076-000: width 5 mm cannot hold 2 poles at a pitch of "
                            "10 mm") != std::string::npos);
    CHECK(i.result.err.find("nothing was changed") != std::string::npos);
    CHECK(i.result.err.find((dir / "parts/wago-winsta-midi.xml").string() + ":") != std::string::npos);
    CHECK(i.familyAfter == i.familyBefore);
}

TEST_CASE("a part new to the family is added as a part", "[datasheet][merge]") {
    test::ScratchDir dir;
    const fs::path sheet =
        altered(dir, "770-1242_076-000.txt", "Item number: 770-1242/076-000", "Item number: 770-1242/999-000");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.result.out.find("770-1242/999-000: new part 770-1242/999-000") != std::string::npos);
    CHECK(i.familyAfter.find("  <part number=\"770-1242/999-000\">\n") != std::string::npos);
}

TEST_CASE("without --family the part is printed as spec XML", "[datasheet][merge]") {
    const auto r = test::runPartgen({"import", (fixtures / "770-1242_076-000.txt").string()});
    CHECK(r.code == exitSuccess);
    CHECK(r.out.find("  <part number=\"770-1242/076-000\">\n    <description>Socket; 2-pole; Cod. B; 4,00 mm²; "
                     "light turquoise</description>\n") == 0);
    CHECK(r.out.find("<rated-impulse-voltage>4 kV</rated-impulse-voltage>") != std::string::npos);
}

TEST_CASE("cutout sizes from the text replace the family's estimates", "[datasheet][merge][cutout]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744.txt", "Cutout tolerance: + 0.1 mm",
                                   "Cutout: 40,8 x 16,2 mm, R 0,5 Cutout tolerance: + 0.1 mm");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.result.out.find("770-744: cutout-width: 40.4 mm (estimated) -> 40.8 mm\n") != std::string::npos);
    CHECK(i.result.out.find("770-744: cutout-height: 15.8 mm (estimated) -> 16.2 mm\n") != std::string::npos);
    CHECK(i.familyAfter.find("    <cutout-width>40.8 mm</cutout-width>\n    <cutout-height>16.2 mm</cutout-height>\n"
                             "    <cutout-radius>0.5 mm</cutout-radius>\n") != std::string::npos);
}

TEST_CASE("a cutout the text confirms loses its estimated mark", "[datasheet][merge][cutout]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744.txt", "Cutout tolerance: + 0.1 mm",
                                   "Cutout: 40,4 x 15,8 mm, R 1 Cutout tolerance: + 0.1 mm");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.result.out.find("770-744: cutout-height: 15.8 mm (estimated) -> 15.8 mm\n") != std::string::npos);
    CHECK(i.familyAfter.find("    <cutout-height>15.8 mm</cutout-height>\n") != std::string::npos);
    const Import again = importInto(dir, {sheet});
    CHECK(again.familyAfter == again.familyBefore);
}

TEST_CASE("a text without its title line leaves the part's kind alone", "[datasheet][merge][kind]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744_064-000.txt", "Snap-in socket; 4-pole; Cod. B; 4,00 mm²; gray\n", "");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.familyAfter == i.familyBefore);
}

TEST_CASE("a change of kind, mounting or poles is refused unless accepted, and reported first",
          "[datasheet][merge][kind]") {
    test::ScratchDir dir;
    const fs::path plug = altered(dir, "770-744.txt", "Snap-in socket; 4-pole;", "Plug; 4-pole;");
    const Import refused = importInto(dir, {plug});
    CHECK(refused.result.code == exitInvalid);
    CHECK(refused.result.err.find(":2: error: 770-744: kind would change from snap-in-socket to plug; "
                                  "import with --accept-kind-change to accept it") != std::string::npos);
    CHECK(refused.familyAfter == refused.familyBefore);

    const fs::path mounting =
        altered(dir, "770-744.txt", "Mounting type\tSnap-in flange", "Mounting type\tScrew flange");
    CHECK(importInto(dir, {mounting}).result.code == exitInvalid);
    const Import accepted = importInto(dir, {mounting}, {"--accept-kind-change"});
    CHECK(accepted.result.code == exitSuccess);
    CHECK(accepted.result.out.find("770-744: mounting-type: Snap-in flange -> Screw flange\n") == 0);
    CHECK(accepted.familyAfter.find("<mounting-type>Screw flange</mounting-type>") != std::string::npos);
}

TEST_CASE("a new panel-mount part without a cutout takes the series rule's estimate, marked so",
          "[datasheet][merge][kind]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744.txt", "Item Number: 770-744", "Item Number: 770-744/999-000");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.result.out.find("770-744/999-000: new part 770-744/999-000\n") != std::string::npos);
    CHECK(i.result.err.find("770-744/999-000: no cutout in the text; the estimate of the series rule at ") !=
          std::string::npos);
    const auto part = i.familyAfter.find("<part number=\"770-744/999-000\">");
    REQUIRE(part != std::string::npos);
    const std::string added = i.familyAfter.substr(part, i.familyAfter.find("</part>", part) - part);
    CHECK(added.find("<cutout-height source=\"estimated\">15.8 mm</cutout-height>") != std::string::npos);
    CHECK(added.find("<cutout-width source=\"estimated\">= pitch * poles + cutout_margin</cutout-width>") !=
          std::string::npos);
}

TEST_CASE("a new panel-mount part the family cannot estimate a cutout for is refused at the family file",
          "[datasheet][merge][kind]") {
    test::ScratchDir dir;
    fs::path sheet = altered(dir, "770-744.txt", "Item Number: 770-744", "Item Number: 770-744/999-000");
    test::replaceInFile(sheet, "Snap-in socket; 4-pole;", "Snap-in plug; 4-pole;");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitInvalid);
    const std::string family = (dir / "parts/wago-winsta-midi.xml").string();
    CHECK(i.result.err.find(family + ":") != std::string::npos);
    CHECK(i.result.err.find("770-744/999-000: a snap-in-plug needs cutout-width, cutout-height and cutout-radius; "
                            "the text gives none and no series rule of the family estimates them") !=
          std::string::npos);
    CHECK(i.result.err.find("/partgen-" + std::to_string(::getpid()) + "-") == std::string::npos);
    CHECK(i.familyAfter == i.familyBefore);
}

// ---- editing XML of any shape ---------------------------------------------------------

TEST_CASE("an approvals block of many children is replaced whole", "[datasheet][merge][xml]") {
    test::ScratchDir dir;
    const fs::path sheet = altered(dir, "770-744.txt", "IEC 61984\tNL-32104", "IEC 61984\tNL-32105");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.familyAfter.find("certificate=\"NL-32105\"/>") != std::string::npos);
    CHECK(i.familyAfter.find("NL-32104") == std::string::npos);
    std::string expected = i.familyBefore;
    expected.replace(expected.find("NL-32104"), 8, "NL-32105");
    CHECK(i.familyAfter == expected);
}

TEST_CASE("an element whose attributes run over lines, or that shares its line, is edited in place",
          "[datasheet][merge][xml]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const fs::path family = dir / "parts/wago-winsta-midi.xml";
    test::replaceInFile(family, "    <cutout-height source=\"estimated\">15.8 mm</cutout-height>\n",
                        "    <cutout-height\n        source=\"estimated\">15.8 mm</cutout-height>\n");
    test::replaceInFile(family, "    <height>18.5 mm</height>\n    <depth>37.5 mm</depth>\n",
                        "    <height>18.5 mm</height> <depth>37.5 mm</depth> <!-- both from the text -->\n");
    std::string sheetText = test::readFile(fixtures / "770-744.txt");
    const fs::path sheet = dir / "sheet.txt";
    test::writeFile(sheet, sheetText);
    test::replaceInFile(sheet, "Cutout tolerance: + 0.1 mm", "Cutout: 40,4 x 16,2 mm, R 1 Cutout tolerance: + 0.1 mm");
    test::replaceInFile(sheet, "Depth\t37.5 mm", "Depth\t38 mm");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    std::string expected = i.familyBefore;
    expected = test::replacedText(expected, "<cutout-height\n        source=\"estimated\">15.8 mm</cutout-height>",
                                  "<cutout-height>16.2 mm</cutout-height>");
    expected = test::replacedText(expected, "<depth>37.5 mm</depth>", "<depth>38 mm</depth>");
    expected = test::replacedText(expected, "<cutout-radius source=\"estimated\">1 mm</cutout-radius>",
                                  "<cutout-radius>1 mm</cutout-radius>");
    expected = test::replacedText(expected, "<cutout-width>= pitch * poles + cutout_margin</cutout-width>",
                                  "<cutout-width>40.4 mm</cutout-width>");
    CHECK(i.familyAfter == expected);
}

// ---- the examples, merged -----------------------------------------------------

TEST_CASE("values the reader once mangled merge as the text says them", "[datasheet][merge][values]") {
    test::ScratchDir dir;
    fs::path sheet = altered(dir, "770-744.txt", "Cutout tolerance: + 0.1 mm", "Cutout tolerance: + 0.2 mm / - 0.1 mm");
    test::replaceInFile(sheet, "Number of mating cycles\t200, without resistive load",
                        "Number of mating cycles\t1,000, without resistive load");
    test::replaceInFile(sheet, "Rated current\t25 A", "Rated current (III / 3)\t16 A");
    const Import i = importInto(dir, {sheet});
    CHECK(i.result.code == exitSuccess);
    CHECK(i.result.out.find("770-744: cutout-tolerance: +0.1 / -0 mm -> +0.2 / -0.1 mm\n") != std::string::npos);
    CHECK(i.result.out.find("770-744: mating-cycles: 200 -> 1000\n") != std::string::npos);
    CHECK(i.result.out.find("770-744: rated-current: 25 A -> 16 A\n") != std::string::npos);
    CHECK(i.familyAfter.find("    <cutout-tolerance>+0.2 / -0.1 mm</cutout-tolerance>\n") != std::string::npos);
    CHECK(i.familyAfter.find("    <rated-current>16 A</rated-current>\n") != std::string::npos);
}

TEST_CASE("a printed part never holds a footer or an inch value", "[datasheet][merge][pages]") {
    test::ScratchDir dir;
    fs::path sheet = altered(dir, "770-744.txt", "Depth\t37.5 mm / 1.476 inches",
                             "Depth\tSubject to changes. Please also observe the further product documentation! "
                             "37.5 mm / 1.476 inches");
    test::replaceInFile(sheet, "Width\t45.5 mm / 1.791 inches", "Width\t1.791 inches / 45.5 mm");
    const auto r = test::runPartgen({"import", sheet.string()});
    CHECK(r.code == exitSuccess);
    CHECK(r.out.find("<depth>37.5 mm</depth>") != std::string::npos);
    CHECK(r.out.find("<width>45.5 mm</width>") != std::string::npos);
    CHECK(r.out.find("Subject to") == std::string::npos);
    CHECK(r.out.find("inch") == std::string::npos);
}
