// Every file in tests/bad-specs/ must fail with the error its first line names, and
// `generate` must then leave the output folder exactly as it was.

#include <regex>
#include <sstream>

#include "cli/commands.h"
#include "pipeline/formats.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "text/strings.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

struct Expectation {
    int line = 0;
    std::string message;
};

Expectation expectationOf(const fs::path& file) {
    std::istringstream in(test::readFile(file));
    std::string first;
    std::getline(in, first);
    static const std::regex pattern(R"(<!-- expect (\d+): (.*) -->)");
    std::smatch m;
    REQUIRE(std::regex_match(first, m, pattern));
    return {std::stoi(m[1]), m[2]};
}

std::vector<fs::path> cases() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(test::sourceDir() / "tests/bad-specs"))
        if (e.path().extension() == ".xml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

int runGenerate(const fs::path& dir) {
    const std::string parts = (dir / "parts").string(), templates = (test::sourceDir() / "templates").string(),
                      out = (dir / "out").string();
    const char* argv[] = {"partgen",     "generate",        "--parts", parts.c_str(),
                          "--templates", templates.c_str(), "--out",   out.c_str()};
    std::ostringstream stdoutText, stderrText;
    return runCli(8, argv, stdoutText, stderrText);
}

}  // namespace

TEST_CASE("the bad-spec corpus has at least 25 cases", "[spec][bad]") { CHECK(cases().size() >= 25); }

TEST_CASE("each bad spec gets its error at its line", "[spec][bad]") {
    for (const auto& file : cases()) {
        const Expectation expected = expectationOf(file);
        test::ScratchDir dir;
        fs::create_directories(dir / "parts");
        fs::copy_file(file, dir / "parts" / file.filename());
        const LoadedSpec spec = loadSpec(dir / "parts", test::sourceDir() / "templates", specReaders());

        const std::string shownPath = (dir / "parts" / file.filename()).generic_string();
        std::string message = expected.message;
        replaceAll(message, "{file}", shownPath);
        std::vector<std::string> found;
        bool matched = false;
        for (const auto& d : spec.diagnostics.sorted()) {
            found.push_back(formatDiagnostic(d));
            matched = matched || (d.severity == Severity::error && d.at.file == shownPath &&
                                  d.at.line == expected.line && d.message == message);
        }
        INFO(file.filename().string() << " expects line " << expected.line << ": " << message);
        for (const auto& f : found) INFO("got: " << f);
        CHECK(matched);
    }
}

TEST_CASE("a bad spec exits 1 and leaves the output folder as it was", "[spec][bad]") {
    for (const auto& file : cases()) {
        INFO(file.filename().string());
        test::ScratchDir dir;
        test::copySpec(dir.path());
        REQUIRE(runGenerate(dir.path()) == exitSuccess);
        test::writeFile(dir / "out/notes.txt", "the user's own file");
        const auto before = test::snapshot(dir / "out");

        fs::remove_all(dir / "parts");
        fs::create_directories(dir / "parts");
        fs::copy_file(file, dir / "parts" / file.filename());
        CHECK(runGenerate(dir.path()) == exitInvalid);
        CHECK(test::snapshot(dir / "out") == before);
    }
}
