// Golden files are current and complete: the [golden] test cases, run so that they write
// their output instead of comparing it, write exactly the files kept under tests/*/golden.
// Together with their own byte-for-byte comparisons this proves every golden file current.

#include "support/golden.h"

#include <sys/wait.h>

#include <cstdlib>

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& word) {
    std::string q = "'";
    for (char c : word) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs this test program's [golden] test cases with PARTGEN_GOLDEN_OUT=`out`; returns
// what they printed when they failed, else nothing.
std::string failureOfGoldenTests(const fs::path& out, const fs::path& log) {
    const std::string command = "PARTGEN_GOLDEN_OUT=" + quoted(out.string()) + " " +
                                quoted(fs::read_symlink("/proc/self/exe").string()) + " '[golden]' --warn NoTests >" +
                                quoted(log.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
    return "the golden tests failed (status " + std::to_string(status) + "):\n" + test::readFile(log);
}

std::set<std::string> without(std::set<std::string> all, const std::set<std::string>& these) {
    for (const auto& name : these) all.erase(name);
    return all;
}

}  // namespace

TEST_CASE("the golden tests write exactly the golden files kept, no more and no fewer", "[golden-files]") {
    test::ScratchDir dir;
    REQUIRE(failureOfGoldenTests(dir / "written", dir / "log") == "");
    const auto kept = test::goldenFilesUnder(test::sourceDir() / "tests");
    const auto written = test::goldenFilesUnder(dir / "written");
    CHECK(kept.size() >= 7);  // resolved, DXF, footprint, symbol, STEP, EPLAN, QElectroTech
    // Kept but written by no test: stale, or its test lacks the [golden] tag.
    CHECK(without(kept, written) == std::set<std::string>{});
    // Written but not kept: scripts/update-golden.sh adds it.
    CHECK(without(written, kept) == std::set<std::string>{});
}

TEST_CASE("a golden file that differs is named with its first differing line", "[golden-files]") {
    test::ScratchDir dir;
    test::writeFile(dir / "kept/x/golden/a.txt", "one\ntwo\nthree\n");
    CHECK(test::goldenDifference("x/golden/a.txt", "one\ntwo\nthree\n", dir / "kept", {}).empty());
    const std::string changed = test::goldenDifference("x/golden/a.txt", "one\nTWO\nthree\n", dir / "kept", {});
    CHECK(changed.find("x/golden/a.txt differs from the output at line 2\n  golden: 'two'\n  output: 'TWO'") !=
          std::string::npos);
    CHECK(test::goldenDifference("x/golden/a.txt", "one\ntwo\n", dir / "kept", {})
              .find("golden: 'three'\n  output: (end of file)") != std::string::npos);
    CHECK(test::goldenDifference("x/golden/a.txt", "one\ntwo\nthree", dir / "kept", {}).find("its line ends") !=
          std::string::npos);
    CHECK(test::goldenDifference("x/golden/b.txt", "new", dir / "kept", {}).find("b.txt is missing") !=
          std::string::npos);
}

TEST_CASE("in update mode a golden test writes its output, but never into the kept golden files", "[golden-files]") {
    test::ScratchDir dir;
    test::writeFile(dir / "kept/x/golden/a.txt", "old");
    CHECK(test::goldenDifference("x/golden/a.txt", "new", dir / "kept", dir / "out").empty());
    CHECK(test::readFile(dir / "out/x/golden/a.txt") == "new");
    const std::string refused = test::goldenDifference("x/golden/a.txt", "new", dir / "kept", dir / "kept");
    CHECK(refused.find("PARTGEN_GOLDEN_OUT=") == 0);
    CHECK(test::readFile(dir / "kept/x/golden/a.txt") == "old");
    CHECK(test::goldenFilesUnder(dir.path()) == std::set<std::string>{"kept/x/golden/a.txt", "out/x/golden/a.txt"});
}

// CTest clears PARTGEN_GOLDEN_OUT for each test (tests/CMakeLists.txt), so a variable left
// set in CI, or in a shell, cannot turn the comparisons into writes.
TEST_CASE("the test suite compares golden files, not writes them", "[golden-files]") {
    const char* out = std::getenv("PARTGEN_GOLDEN_OUT");
    INFO("PARTGEN_GOLDEN_OUT=" << (out ? out : "(unset)"));
    CHECK((out == nullptr || *out == '\0'));
}
