#include "spec/datasheet_layout.h"

#include "datasheet/datasheet_reader.h"
#include "spec/diagnostics.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

// A second maker's layout: nothing but a data file.
const std::string acmeLayout = R"(<?xml version="1.0" encoding="UTF-8"?>
<datasheet-layout>
  <maker web="www.acme.example"/>
  <item-number marker="Part no.:"/>
  <title pole-word="way" coding-word="Key"/>
  <kind title="Panel socket" value="snap-in-socket"/>
  <note marker="Panel hole:" reads="cutout"/>
  <label property="width" form="length">Breadth</label>
  <label property="poles" form="count">Ways</label>
  <label property="rated-current" form="quantity">Current rating</label>
  <known-label>Finish</known-label>
  <data-heading>Specification</data-heading>
  <footer>ACME Connectors - all rights reserved</footer>
  <furniture>ACME Connectors Ltd</furniture>
  <expected>poles width rated-current</expected>
</datasheet-layout>
)";

}  // namespace

TEST_CASE("the repository's datasheet layouts load without problems", "[spec][layout]") {
    Diagnostics diagnostics;
    const DatasheetLayout layout = loadDatasheetLayouts(test::sourceDir() / "templates", diagnostics);
    CHECK(messages(diagnostics).empty());
    CHECK(layout.name == "wago-de+wago-en");
    CHECK(layout.labels.size() > 100);
    CHECK(layout.makerWebs == std::vector<std::string>{"www.wago.com", "www.wago.com"});
}

TEST_CASE("a second maker's datasheet layout is a data file, read like the maker's own", "[spec][layout]") {
    test::ScratchDir dir;
    test::writeFile(dir / "datasheets/acme.xml", acmeLayout);
    Diagnostics diagnostics;
    const DatasheetLayout layout = loadDatasheetLayouts(dir.path(), diagnostics);
    REQUIRE(messages(diagnostics).empty());
    const std::string text =
        "Part no.: AC-1204\n"
        "Panel socket; 4-way; Key A; black\n"
        "www.acme.example/AC-1204\n"
        "Panel hole: 30 x 12 mm, R 0,5\n"
        "Specification\n"
        "Breadth\t35 mm\n"
        "Ways\t4\n"
        "Current rating 10 A\n"
        "Finish\tmatt\n"
        "ACME Connectors - all rights reserved\n"
        "ACME Connectors Ltd, 1 Example Road\n";
    Diagnostics read;
    const ImportedPart part = readDatasheet(text, "acme.txt", layout, read);
    CHECK(messages(read).empty());
    CHECK(part.number == "AC-1204");
    CHECK(part.values.at("kind").text == "snap-in-socket");
    CHECK(part.values.at("coding").text == "A");
    CHECK(part.values.at("width").text == "35 mm");
    CHECK(part.values.at("rated-current").text == "10 A");
    CHECK(part.values.at("cutout-height").text == "12 mm");
    CHECK(part.values.at("datasheet-url").text == "https://www.acme.example/AC-1204");
    CHECK(part.coverage.notUnderstood == 0);
}

TEST_CASE("a layout file's mistakes are reported at their line", "[spec][layout]") {
    test::ScratchDir dir;
    test::writeFile(dir / "datasheets/bad.xml",
                    "<datasheet-layout>\n"
                    "  <label property=\"width\" form=\"lenght\">Breadth</label>\n"
                    "  <label property=\"wide\" form=\"length\">Wide</label>\n"
                    "  <colour>red</colour>\n"
                    "  <expected>width depthh</expected>\n"
                    "  <note marker=\"Hole:\" reads=\"hole\"/>\n"
                    "</datasheet-layout>\n");
    Diagnostics diagnostics;
    loadDatasheetLayouts(dir.path(), diagnostics);
    CHECK(messages(diagnostics) ==
          std::vector<std::string>{
              "templates/datasheets/bad.xml:2: error: unknown form 'lenght'",
              "templates/datasheets/bad.xml:3: error: 'wide' is not a property of a part",
              "templates/datasheets/bad.xml:4: error: unknown element <colour> in a datasheet layout",
              "templates/datasheets/bad.xml:5: error: 'depthh' is not a property of a part",
              "templates/datasheets/bad.xml:6: error: a note reads one of plate-thickness, cutout-tolerance, cutout; "
              "not 'hole'",
          });
    Diagnostics none;
    test::ScratchDir empty;
    loadDatasheetLayouts(empty.path(), none);
    CHECK(none.hasErrors());
}
