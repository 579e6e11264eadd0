#include "cli/change_report_json.h"

#include <cstdlib>

#include "cli/commands.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
using test::runIn;
namespace fs = std::filesystem;

namespace {

// The report's lines of generate's output: those before the summary.
std::string reportLines(const std::string& out) {
    std::string lines;
    std::size_t start = 0;
    for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = out.substr(start, end + 1 - start);
        if (line.rfind("partgen: ", 0) == 0 || line.rfind("would be ", 0) == 0) continue;
        lines += line;
    }
    return lines;
}

// The JSON read by Python's json module and printed as generate prints its report.
std::string jsonAsText(const fs::path& report, const fs::path& dir) {
    const fs::path text = dir / "as-text.txt";
    const std::string command = std::string(PARTGEN_SYSTEM_PYTHON) + " " + PARTGEN_SOURCE_DIR +
                                "/tests/cli/report_as_text.py " + report.string() + " > " + text.string();
    REQUIRE(std::system(command.c_str()) == 0);
    return test::readFile(text);
}

}  // namespace

TEST_CASE("generate --report writes the change report as JSON that says what the text says", "[cli][change-report]") {
    test::ScratchDir dir;
    test::generateIn(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<depth>37.5 mm</depth>", "<depth>36 mm</depth>");
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "poles=\"2..5\"", "poles=\"3..6\"");
    const fs::path json = dir / "report.json";
    const auto check = runIn(dir.path(), "generate", {"--check", "--report", json.string()});
    CHECK(check.code == exitInvalid);
    const std::string checked = test::readFile(json);
    CHECK(checked.find("\"check\": true") != std::string::npos);
    CHECK(reportLines(check.out).find("770-744: depth") != std::string::npos);
    CHECK(jsonAsText(json, dir.path()) == reportLines(check.out));

    const auto run = runIn(dir.path(), "generate", {"--report", json.string()});
    CHECK(run.code == exitSuccess);
    CHECK(jsonAsText(json, dir.path()) == reportLines(run.out));
    CHECK(test::readFile(json).find("\"check\": false") != std::string::npos);
    // Nothing to report: a report all the same, with no family.
    REQUIRE(runIn(dir.path(), "generate", {"--report", json.string()}).code == exitSuccess);
    CHECK(test::readFile(json).find("\"families\": []") != std::string::npos);
}

TEST_CASE("a report file is refused inside the output folder, the spec's folders or on a folder",
          "[cli][change-report]") {
    test::ScratchDir dir;
    const fs::path out = test::generateIn(dir.path(), {"--format", "resolved"});
    const auto before = test::snapshot(dir.path());
    for (const fs::path& report : {out / "report.json", dir / "parts/report.json", dir / "templates/r.json",
                                   dir / "parts/wago-winsta-midi.xml", dir.path()}) {
        INFO(report);
        const auto run = runIn(dir.path(), "generate", {"--format", "resolved", "--report", report.string()});
        CHECK(run.code == exitUsage);
        CHECK(run.err.find("--report " + report.generic_string() + ": ") != std::string::npos);
    }
    CHECK(test::snapshot(dir.path()) == before);
}
