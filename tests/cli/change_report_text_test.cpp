#include "cli/change_report_text.h"

#include "cli/commands.h"
#include "pipeline/value_record.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/occurrences.h"
#include "support/scratch.h"

using namespace partgen;
using test::runIn;
namespace fs = std::filesystem;

namespace {

// The family file as the run names it: the path given with --parts.
std::string familyFile(const test::ScratchDir& dir) { return (dir / "parts").string() + "/wago-winsta-midi.xml"; }

void changeFamily(const test::ScratchDir& dir, const std::string& from, const std::string& to) {
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", from, to);
}

}  // namespace

TEST_CASE("a changed depth is reported with both values, its provenance, its line and the files it changed",
          "[cli][change-report]") {
    test::ScratchDir dir;
    test::generateIn(dir.path());
    changeFamily(dir, "<depth>37.5 mm</depth>", "<depth>36 mm</depth>");  // 770-744's, line 68
    const auto run = runIn(dir.path(), "generate");
    INFO(run.out << run.err);
    REQUIRE(run.code == exitSuccess);
    // Its resolved file, its STEP and VRML models, their EPLAN picture and its review page;
    // the family's EPLAN parts file and review index.
    CHECK(test::holds(run.out,
                      "wago-winsta-midi:\n  770-744: depth 37.5 mm -> 36 mm (datasheet, " + familyFile(dir) +
                          ":68); 8 files changed\n  files: eplan 2 changed; resolved 1 changed; review 5 changed; "
                          "step 1 changed; wrl 1 changed\n"));
    CHECK(run.out.find("770-7") == run.out.find("770-744: depth"));  // no other product
    // The next run has nothing to report.
    const auto again = runIn(dir.path(), "generate");
    CHECK_FALSE(test::holds(again.out, "wago-winsta-midi:"));
}

TEST_CASE("the change report names the products added and removed, with their spec line", "[cli][change-report]") {
    test::ScratchDir dir;
    test::generateIn(dir.path());
    changeFamily(dir, "poles=\"2..5\"", "poles=\"3..6\"");
    const auto run = runIn(dir.path(), "generate");
    INFO(run.out << run.err);
    REQUIRE(run.code == exitSuccess);
    CHECK(test::holds(run.out, "  removed 770-742 (series rule, " + familyFile(dir) + ":166); 17 files removed\n"));
    CHECK(test::holds(run.out, "  added 770-746 (series rule, " + familyFile(dir) + ":166); 17 files created\n"));
}

TEST_CASE("generate --check prints the change report, writes nothing and exits 1", "[cli][change-report]") {
    test::ScratchDir dir;
    const fs::path out = test::generateIn(dir.path());
    changeFamily(dir, "<depth>37.5 mm</depth>", "<depth>36 mm</depth>");
    const auto before = test::snapshot(out);
    const auto check = runIn(dir.path(), "generate", {"--check"});
    CHECK(check.code == exitInvalid);
    CHECK(test::holds(check.out,
                      "  770-744: depth 37.5 mm -> 36 mm (datasheet, " + familyFile(dir) + ":68); 8 files changed\n"));
    CHECK(test::holds(check.out, "would be changed resolved/770-744.xml\n"));
    CHECK(test::snapshot(out) == before);
    // The run itself reports the same.
    const auto run = runIn(dir.path(), "generate");
    CHECK(test::holds(run.out, check.out.substr(0, check.out.find("would be"))));
}

TEST_CASE("without a previous value record the report is one line saying why", "[cli][change-report]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto first = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(test::holds(first.out, "partgen: no change report: " + (dir / "out").generic_string() +
                                     " has no value record yet (a first run)\n"));
    fs::remove(dir / "out" / valueRecordFileName);
    changeFamily(dir, "<depth>37.5 mm</depth>", "<depth>36 mm</depth>");
    const auto older = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(older.code == exitSuccess);
    CHECK(test::holds(older.out, "has no value record (an older partgen wrote it)\n"));
    test::writeFile(dir / "out" / valueRecordFileName, "damaged\n");
    changeFamily(dir, "<depth>36 mm</depth>", "<depth>35 mm</depth>");
    const auto damaged = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(damaged.code == exitSuccess);
    CHECK(test::holds(damaged.out, "no change report: " + (dir / "out" / valueRecordFileName).generic_string() +
                                       ":1: is not a value record of this partgen\n"));
    const auto next = runIn(dir.path(), "generate", {"--format", "resolved", "--full"});
    CHECK_FALSE(test::holds(next.out, "no change report"));
}

TEST_CASE("generate --only records the values of the products it selects and keeps the others'",
          "[cli][change-report]") {
    test::ScratchDir dir;
    test::generateIn(dir.path(), {"--format", "resolved"});
    changeFamily(dir, "<depth>37.5 mm</depth>", "<depth>36 mm</depth>");  // 770-744
    changeFamily(dir, "<weight>6.6 g</weight>", "<weight>7 g</weight>");  // 770-1242/076-000
    const auto some = runIn(dir.path(), "generate", {"--format", "resolved", "--only", "770-744"});
    CHECK(test::holds(some.out, "770-744: depth"));
    CHECK_FALSE(test::holds(some.out, "770-1242/076-000: weight"));
    const auto rest = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK_FALSE(test::holds(rest.out, "770-744: depth"));
    CHECK(test::holds(rest.out, "770-1242/076-000: weight 6.6 g -> 7 g (datasheet, " + familyFile(dir) + ":"));
}

TEST_CASE("the value record has the same bytes for one job or two", "[cli][change-report]") {
    test::ScratchDir one, two;
    test::generateIn(one.path(), {"--jobs", "1", "--format", "resolved"});
    test::generateIn(two.path(), {"--jobs", "2", "--format", "resolved"});
    for (const auto* dir : {&one, &two}) {
        changeFamily(*dir, "poles=\"2..5\"", "poles=\"3..6\"");
        REQUIRE(runIn(dir->path(), "generate", {"--jobs", dir == &one ? "1" : "2", "--format", "resolved"}).code ==
                exitSuccess);
    }
    // The records name the spec files as given, so in their scratch folders.
    std::string first = test::readFile(one / "out" / valueRecordFileName);
    for (std::size_t at; (at = first.find(one.path().string())) != std::string::npos;)
        first.replace(at, one.path().string().size(), two.path().string());
    CHECK(first == test::readFile(two / "out" / valueRecordFileName));
}

TEST_CASE("a value that stops being estimated shows its old provenance and a value gone shows none",
          "[cli][change-report]") {
    test::ScratchDir dir;
    test::generateIn(dir.path(), {"--format", "resolved"});
    // 770-744's cutout height, confirmed by a drawing (770-744/064-000 inherits it); the
    // variant's UL current, dropped.
    changeFamily(dir, "<cutout-height source=\"estimated\">15.8 mm", "<cutout-height source=\"drawing\">15.8 mm");
    changeFamily(dir, "    <ul-rated-current>23 A</ul-rated-current>\n", "");
    const auto run = runIn(dir.path(), "generate", {"--format", "resolved"});
    INFO(run.out << run.err);
    REQUIRE(run.code == exitSuccess);
    CHECK(test::holds(run.out, "  770-744: cutout-height 15.8 mm (estimated) -> 15.8 mm (drawing, " + familyFile(dir) +
                                   ":71); 1 file changed\n"));
    // The variant takes the drawing's value from its base part: inherited, not its own drawing.
    CHECK(test::holds(run.out, "  770-744/064-000: cutout-height 15.8 mm (estimated) -> 15.8 mm (inherited, " +
                                   familyFile(dir) + ":71); ul-rated-current 23 A -> none; 1 file changed\n"));
}
