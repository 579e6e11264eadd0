#include "pipeline/recovery.h"

#include <csignal>

#include "cli/commands.h"
#include "pipeline/manifest.h"
#include "pipeline/value_record.h"
#include "support/catch.h"
#include "support/child.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

// Two specs a run goes between: `before` has a sixth-pole product that `after` removes,
// another GTIN for one product, and no QElectroTech elements (a folder `after` makes
// new). So a run from one to the other renames files, brings in a new folder and
// removes files: every kind of commit step.
struct TwoSpecs {
    test::ScratchDir dir;
    fs::path before = dir / "before";
    fs::path after = dir / "after";

    TwoSpecs() {
        fs::create_directories(before);
        fs::create_directories(after);
        test::copySpec(before);
        test::copySpec(after);
        const fs::path family = before / "parts/wago-winsta-midi.xml";
        test::replaceInFile(family, "poles=\"2..5\"", "poles=\"2..6\"");
        test::replaceInFile(family, "<gtin>4050821555568</gtin>", "<gtin>4050821555575</gtin>");
    }
};

std::vector<std::string> generateArgs(const fs::path& spec, const fs::path& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"generate",
                                  "--parts",
                                  (spec / "parts").string(),
                                  "--templates",
                                  (spec / "templates").string(),
                                  "--out",
                                  out.string(),
                                  "--jobs",
                                  "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

// partgen kills itself at its `step`-th commit step (pipeline/fault_point.h).
test::ChildOptions killedAtStep(int step) {
    test::ChildOptions options;
    options.env = {"PARTGEN_KILL_AT_STEP=" + std::to_string(step)};
    return options;
}

const std::string allButQet = "resolved,dxf,pdf,kicad-sym,kicad-mod,step,wrl,eplan,review";

// The generated files alone, without partgen's own records and the temporaries of those
// not yet renamed into place.
std::map<std::string, std::string> outputsOf(const fs::path& out) {
    auto files = test::specOutputs(out);
    const std::string temporary = temporarySuffix;
    std::erase_if(files, [&](const auto& file) {
        const std::string& name = file.first;
        const bool own = name.rfind(".partgen-", 0) == 0 || name.rfind("..partgen-", 0) == 0;
        return own || (name.size() > temporary.size() && name.ends_with(temporary));
    });
    return files;
}

std::string valueRecordOf(const fs::path& out) {
    return fs::exists(out / valueRecordFileName) ? test::readFile(out / valueRecordFileName) : "(none)";
}

}  // namespace

TEST_CASE("a kill at any step of a commit is repaired by the next plain generate", "[pipeline][recovery][kill]") {
    TwoSpecs specs;
    const fs::path reference = specs.dir / "reference", old = specs.dir / "old", out = specs.dir / "out";
    REQUIRE(test::runPartgen(generateArgs(specs.after, reference)).code == exitSuccess);
    REQUIRE(test::runPartgen(generateArgs(specs.before, old, {"--format", allButQet})).code == exitSuccess);
    const auto wanted = test::specOutputs(reference);
    const std::string plan = test::runPartgen(generateArgs(specs.after, old, {"--check"})).out;
    const std::string oldRecord = valueRecordOf(old), newRecord = valueRecordOf(reference);
    REQUIRE(oldRecord != newRecord);

    int step = 1;
    for (;; ++step) {
        fs::remove_all(out);
        fs::copy(old, out, fs::copy_options::recursive);
        const auto killed = test::runPartgenChild(generateArgs(specs.after, out), killedAtStep(step));
        if (killed.signal == 0) {  // the run had fewer steps: every one has been tried
            REQUIRE(killed.code == exitSuccess);
            CHECK(test::specOutputs(out) == wanted);
            break;
        }
        INFO("killed at step " << step);
        REQUIRE(killed.signal == SIGKILL);
        // The value record is the old one or the new one, and the new one only once every
        // file it describes is in place.
        const std::string record = valueRecordOf(out);
        CHECK((record == oldRecord || record == newRecord));
        if (record == newRecord) CHECK(outputsOf(out) == outputsOf(reference));
        const bool journal = fs::exists(out / journalFileName);  // none after the last step
        const auto repair = test::runPartgen(generateArgs(specs.after, out));
        INFO(repair.err);
        REQUIRE(repair.code == exitSuccess);
        CHECK((repair.err.find("left by a run that was killed") != std::string::npos) == journal);
        CHECK(test::specOutputs(out) == wanted);
        // The page of the repair says so, and shows no picture as "before".
        const std::string page = test::readFile(out / "review/changes.html");
        CHECK((page.find("killed part-way") != std::string::npos) == journal);
        if (journal) CHECK(page.find("base64,") == std::string::npos);
        CHECK(test::runPartgen(generateArgs(specs.after, out, {"--check"})).code == exitSuccess);
    }
    // The steps: the journal made, the new manifest into the journal, the old fingerprint
    // record and family index dropped, a rename per changed file, one for the new folder
    // (all its files), a removal per file, the four records (values, fingerprints, family
    // index, changes page), the last rename.
    const auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (auto at = plan.find(what); at != std::string::npos; at = plan.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count("would be changed ") >= 3);
    CHECK(count("would be removed ") >= 6);
    CHECK(static_cast<std::size_t>(step - 1) ==
          2 + 2 + count("would be changed ") + 1 + count("would be removed ") + 4 + 1);
}

TEST_CASE("after a kill at any step of a commit, the spec before it gives back the tree before it",
          "[pipeline][recovery][kill][reuse]") {
    // Files the killed run put in place must not be kept as if made from the old spec.
    TwoSpecs specs;
    const fs::path old = specs.dir / "old", out = specs.dir / "out";
    REQUIRE(test::runPartgen(generateArgs(specs.before, old)).code == exitSuccess);
    const auto wanted = outputsOf(old);
    for (int step = 1;; ++step) {
        fs::remove_all(out);
        fs::copy(old, out, fs::copy_options::recursive);
        const auto killed = test::runPartgenChild(generateArgs(specs.after, out), killedAtStep(step));
        if (killed.signal == 0) break;
        INFO("killed at step " << step);
        CHECK(test::runPartgen(generateArgs(specs.before, out, {"--check"})).code != exitSuccess);
        REQUIRE(test::runPartgen(generateArgs(specs.before, out)).code == exitSuccess);
        CHECK(outputsOf(out) == wanted);
    }
}

TEST_CASE("a killed run's temporaries and stand-in folders are swept, and its journal makes every file compared",
          "[pipeline][recovery]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/.partgen-manifest",
                    "# Files written by partgen. It deletes only files listed here.\n"
                    "# inputs 0123 1\nresolved\tA\t3\tresolved/a.xml\n");
    test::writeFile(dir / "out/resolved/a.xml", "old");
    test::writeFile(dir / "out/resolved/.a.xml.4242.partgen-tmp", "half");
    test::writeFile(dir / "out/.kicad.4242.partgen-tmp/x.kicad_mod", "half");
    test::writeFile(dir / "out/.partgen-journal",
                    "# Files written by partgen. It deletes only files listed here.\n"
                    "# inputs 4567 1\nresolved\tB\t3\tresolved/b.xml\n");
    test::writeFile(dir / "out/resolved/b.xml", "new");

    CHECK(recoverInterruptedRun(dir / "out"));
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{".partgen-manifest",
                                              "# Files written by partgen. It deletes only files listed here.\n"
                                              "resolved\tA\t3\tresolved/a.xml\nresolved\tB\t3\tresolved/b.xml\n"},
                                             {"resolved/a.xml", "old"},
                                             {"resolved/b.xml", "new"}});
    CHECK_FALSE(fs::exists(dir / "out/.kicad.4242.partgen-tmp"));
    CHECK_FALSE(recoverInterruptedRun(dir / "out"));
}

TEST_CASE(
    "two generates at once, into a new folder or an old one: one waits for none, the loser changes nothing, the next "
    "run restores the tree",
    "[pipeline][recovery][lock]") {
    TwoSpecs specs;
    const fs::path refAfter = specs.dir / "ref-after", refBefore = specs.dir / "ref-before", out = specs.dir / "out";
    REQUIRE(test::runPartgen(generateArgs(specs.after, refAfter)).code == exitSuccess);
    REQUIRE(test::runPartgen(generateArgs(specs.before, refBefore)).code == exitSuccess);
    const auto wantedAfter = test::specOutputs(refAfter), wantedBefore = test::specOutputs(refBefore);
    int busy = 0;
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        // Every other round both runs find no folder, and race to make it.
        if (round % 2 == 0) fs::remove_all(out);
        const pid_t a = test::startPartgen(generateArgs(specs.after, out, {"--full"}));
        const pid_t b = test::startPartgen(generateArgs(specs.before, out, {"--full"}));
        const auto ra = test::waitForPartgen(a), rb = test::waitForPartgen(b);
        INFO("first run: exit " << ra.code << ", " << ra.err << "second run: exit " << rb.code << ", " << rb.err);
        for (const auto& r : {ra, rb}) {
            CHECK((r.code == exitSuccess || r.code == exitIo));
            if (r.code == exitIo) {
                ++busy;
                CHECK(r.err.find("another partgen run is using") != std::string::npos);
            }
        }
        const auto tree = test::specOutputs(out);
        CHECK((tree == wantedAfter || tree == wantedBefore));
        const auto next = test::runPartgen(generateArgs(specs.after, out));
        INFO(next.err);
        REQUIRE(next.code == exitSuccess);
        CHECK(test::specOutputs(out) == wantedAfter);
    }
    WARN(busy << " of 40 runs found the folder busy");
}

TEST_CASE("a kill during the repair of a killed run is repaired by the next run", "[pipeline][recovery][kill]") {
    TwoSpecs specs;
    const fs::path reference = specs.dir / "reference", old = specs.dir / "old", out = specs.dir / "out";
    REQUIRE(test::runPartgen(generateArgs(specs.after, reference)).code == exitSuccess);
    REQUIRE(test::runPartgen(generateArgs(specs.before, old, {"--format", allButQet})).code == exitSuccess);
    // Each of the repair's three steps: sweep, merged manifest, journal removed.
    for (int repairStep = 1; repairStep <= 3; ++repairStep) {
        INFO("repair killed at step " << repairStep);
        fs::remove_all(out);
        fs::copy(old, out, fs::copy_options::recursive);
        REQUIRE(test::runPartgenChild(generateArgs(specs.after, out), killedAtStep(4)).signal == SIGKILL);
        REQUIRE(test::runPartgenChild(generateArgs(specs.after, out), killedAtStep(repairStep)).signal == SIGKILL);
        const auto next = test::runPartgen(generateArgs(specs.after, out));
        INFO(next.err);
        REQUIRE(next.code == exitSuccess);
        CHECK(test::specOutputs(out) == test::specOutputs(reference));
    }
}
