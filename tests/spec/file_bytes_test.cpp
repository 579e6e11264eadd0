// Spec and template files are read only when they are regular files of a sane size: a
// FIFO would block forever, a device never end, and a family file skipped in silence
// would have its outputs deleted by the next generate.

#include "spec/file_bytes.h"

#include <sys/stat.h>

#include <algorithm>

#include "cli/commands.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/child.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> messages(const LoadedSpec& spec) {
    std::vector<std::string> out;
    for (const auto& d : spec.diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

bool contains(const std::vector<std::string>& all, const std::string& wanted) {
    return std::find(all.begin(), all.end(), wanted) != all.end();
}

bool contains(const std::string& text, const std::string& wanted) { return text.find(wanted) != std::string::npos; }

std::vector<std::string> specArgs(const std::string& command, const test::ScratchDir& dir) {
    std::vector<std::string> args{command, "--parts", (dir / "parts").string(), "--templates",
                                  (dir / "templates").string()};
    if (command == "generate") args.insert(args.end(), {"--out", (dir / "out").string()});
    return args;
}

}  // namespace

TEST_CASE("a family file that links to nothing is an error naming it", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    fs::create_symlink(dir / "nowhere.xml", dir / "parts/broken.xml");
    const auto all = messages(loadSpec(dir / "parts", dir / "templates"));
    INFO(all.size());
    CHECK(contains(all, (dir / "parts/broken.xml").generic_string() +
                            ": error: cannot be read: it is a link to a file that does not exist"));
}

TEST_CASE("generate with a family file that links to nothing exits 1 and writes nothing", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate").code == exitSuccess);
    const auto before = test::snapshot(dir / "out");
    fs::create_symlink(dir / "nowhere.xml", dir / "parts/broken.xml");
    const auto result = test::runIn(dir.path(), "generate");
    CHECK(result.code == exitInvalid);
    CHECK(contains(result.err, "broken.xml: error: cannot be read: it is a link to a file that does not exist"));
    CHECK(test::snapshot(dir / "out") == before);
}

TEST_CASE("a link to a regular family file is read like the file", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    fs::rename(dir / "parts/wago-winsta-midi.xml", dir / "winsta.xml");
    fs::create_symlink(dir / "winsta.xml", dir / "parts/wago-winsta-midi.xml");
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates");
    CHECK(messages(spec).empty());
    CHECK(spec.catalog.size() == 6);
}

TEST_CASE("a FIFO among the family files is an error for check and generate, without blocking", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate").code == exitSuccess);
    const auto before = test::snapshot(dir / "out");
    REQUIRE(::mkfifo((dir / "parts/pipe.xml").c_str(), 0600) == 0);
    const std::string expected = "pipe.xml: error: cannot be read: it is a named pipe (FIFO), not a regular file";

    const auto check = test::runPartgenProcess(specArgs("check", dir));
    CHECK(check.code == exitInvalid);
    CHECK(contains(check.out, expected));

    const auto generate = test::runPartgenProcess(specArgs("generate", dir));
    CHECK(generate.code == exitInvalid);
    CHECK(contains(generate.err, expected));
    CHECK(test::snapshot(dir / "out") == before);
}

TEST_CASE("a folder named like a family file is an error naming it", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    fs::create_directories(dir / "parts/folder.xml");
    const auto all = messages(loadSpec(dir / "parts", dir / "templates"));
    CHECK(contains(all, (dir / "parts/folder.xml").generic_string() +
                            ": error: cannot be read: it is a folder, not a regular file"));
}

TEST_CASE("a FIFO template is an error, not a hang", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    fs::remove(dir / "templates/colours.xml");
    REQUIRE(::mkfifo((dir / "templates/colours.xml").c_str(), 0600) == 0);
    const auto check = test::runPartgenProcess(specArgs("check", dir));
    CHECK(check.code == exitInvalid);
    CHECK(
        contains(check.out, (dir / "templates").generic_string() +
                                "/colours.xml: error: cannot be read: it is a named pipe (FIFO), not a regular file"));
}

TEST_CASE("a template linked to /dev/zero is an error, not an endless read", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    fs::remove(dir / "templates/kicad.xml");
    fs::create_symlink("/dev/zero", dir / "templates/kicad.xml");
    const auto check = test::runPartgenProcess(specArgs("check", dir));
    CHECK(check.code == exitInvalid);
    CHECK(contains(check.out, (dir / "templates").generic_string() +
                                  "/kicad.xml: error: cannot be read: it is a character device, not a regular file"));
}

TEST_CASE("a family file over 16 MiB is refused before it is read", "[spec][files]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::writeFile(dir / "parts/huge.xml", "<family>");
    fs::resize_file(dir / "parts/huge.xml", 100'000'000);  // sparse: costs no disk
    const auto all = messages(loadSpec(dir / "parts", dir / "templates"));
    CHECK(contains(all, (dir / "parts/huge.xml").generic_string() +
                            ": error: cannot be read: it has 100000000 bytes; a spec file may have at most 16777216 "
                            "(16 MiB)"));
}

TEST_CASE("readSpecFile returns the bytes of a regular file", "[spec][files]") {
    test::ScratchDir dir;
    test::writeFile(dir / "a.xml", "<family/>\n");
    std::string problem;
    CHECK(readSpecFile(dir / "a.xml", problem) == std::optional<std::string>("<family/>\n"));
    CHECK(problem.empty());
    CHECK_FALSE(readSpecFile(dir / "missing.xml", problem));
    CHECK(problem == "it does not exist");
}
