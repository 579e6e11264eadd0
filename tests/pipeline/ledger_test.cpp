#include "pipeline/ledger.h"

#include <stdexcept>

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

std::vector<const Format*> formatsNamed(const std::string& list) {
    std::string error;
    return *selectFormats(list, error);
}

Produced made(const std::string& format, const std::string& owner, const std::string& path,
              FileChange change = FileChange::created) {
    return {{format, owner, path, 10}, change};
}

std::string manifestOf(Ledger& ledger, const ManifestHeader& header = {}) {
    return collected(ledger.manifest(header)).bytes;
}

}  // namespace

TEST_CASE("the ledger's manifest is in owner and path order, however the variants finish", "[pipeline][ledger]") {
    test::ScratchDir dir;
    const auto formats = formatsNamed("resolved,dxf");
    Ledger ledger(formats, "*", false, false);
    GenerateReport report;
    ledger.addVariantFiles(1, {made("resolved", "B", "resolved/B.xml", FileChange::unchanged)}, report);
    ledger.addSharedFiles({made("kicad-sym", "catalog", "kicad/sym-lib-table")}, report);
    ledger.addVariantFiles(0, {made("resolved", "A", "resolved/A.xml"), made("dxf", "A", "drawings/A.dxf")}, report);
    CHECK(ledger.settle(dir.path(), report).empty());
    CHECK(report.written == 3);
    CHECK(report.unchanged == 1);
    CHECK(report.changes.empty());  // listed only for --check
    CHECK(manifestOf(ledger, {"abc", 2}) ==
          "# Files written by partgen. It deletes only files listed here.\n# inputs abc 2\n"
          "dxf\tA\t10\tdrawings/A.dxf\nresolved\tA\t10\tresolved/A.xml\nresolved\tB\t10\tresolved/B.xml\n"
          "kicad-sym\tcatalog\t10\tkicad/sym-lib-table\n");
}

TEST_CASE("the ledger keeps files outside the run and removes covered ones it did not make", "[pipeline][ledger]") {
    test::ScratchDir dir;
    test::writeFile(dir / "resolved/A.xml", "a");
    test::writeFile(dir / "resolved/Z.xml", "z");
    test::writeFile(dir / "drawings/Z.dxf", "z");
    // Written in the older order, by path: the kept entries come out sorted all the same.
    test::writeFile(dir / manifestFileName,
                    "dxf\tZ\t1\tdrawings/Z.dxf\nqet\tY\t1\tqet/Y.elmt\nresolved\tA\t1\tresolved/A.xml\n"
                    "qet\tC\t1\tqet/C.elmt\nresolved\tZ\t1\tresolved/Z.xml\nresolved\tW\t1\tresolved/W.xml\n");
    const auto formats = formatsNamed("resolved,dxf");
    Ledger ledger(formats, "*", true, false);
    GenerateReport report;
    ledger.addVariantFiles(0, {made("resolved", "A", "resolved/A.xml", FileChange::unchanged)}, report);
    const auto removals = ledger.settle(dir.path(), report);
    // W's file is gone already; Z's files go; C and Y are qet files, which the run does not make.
    CHECK(removals == std::vector<std::string>{"drawings/Z.dxf", "resolved/Z.xml"});
    CHECK(report.removed == 2);
    CHECK(report.changes == std::vector<std::string>{"removed drawings/Z.dxf", "removed resolved/Z.xml"});
    CHECK(manifestOf(ledger) ==
          "# Files written by partgen. It deletes only files listed here.\n"
          "resolved\tA\t10\tresolved/A.xml\nqet\tC\t1\tqet/C.elmt\nqet\tY\t1\tqet/Y.elmt\n");
}

TEST_CASE("two files of one run with the same path are a program error naming the path", "[pipeline][ledger]") {
    test::ScratchDir dir;
    const auto formats = formatsNamed("resolved");
    Ledger ledger(formats, "*", false, false);
    GenerateReport report;
    ledger.addVariantFiles(0, {made("resolved", "A", "resolved/A.xml")}, report);
    ledger.addVariantFiles(1, {made("resolved", "B", "resolved/A.xml")}, report);
    std::string message;
    try {
        ledger.settle(dir.path(), report);
    } catch (const std::logic_error& e) {
        message = e.what();
    }
    CHECK(message == "two outputs of the same run have the path resolved/A.xml");
}
