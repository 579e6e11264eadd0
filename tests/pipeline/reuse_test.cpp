// Incremental regeneration: a run keeps the files of variants whose fingerprint is the
// one recorded with them, makes the others, and ends with the tree a fresh run makes.
#include "pipeline/reuse.h"

#include "cli/commands.h"
#include "pipeline/fingerprint_record.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

const std::string changedGtin = "<gtin>4050821555568</gtin>";
const std::string otherGtin = "<gtin>4050821555575</gtin>";

std::vector<FingerprintLine> recordOf(const fs::path& out) {
    FingerprintRecordReader reader(out / fingerprintRecordFileName);
    std::vector<FingerprintLine> lines;
    for (FingerprintLine line; reader.next(line);) lines.push_back(line);
    return lines;
}

// A file of `format` whose variant's fingerprint is the same in both records.
std::string unchangedFile(const std::vector<FingerprintLine>& before, const std::vector<FingerprintLine>& after,
                          const std::string& format) {
    for (const auto& line : after)
        for (const auto& old : before)
            if (old.number == line.number && line.format == format && old == line && !line.files.empty())
                return line.files.front().first;
    FAIL("no unchanged " << format << " file");
    return "";
}

// The same size, one byte different: only a remade file loses the change.
void tamper(const fs::path& file) {
    std::string bytes = test::readFile(file);
    const auto digit = bytes.find_first_of("0123456789");
    REQUIRE(digit != std::string::npos);
    bytes[digit] = bytes[digit] == '7' ? '8' : '7';
    test::writeFile(file, bytes);
}

// The paths whose bytes differ, or that only one tree has.
std::vector<std::string> differences(const std::map<std::string, std::string>& a,
                                     const std::map<std::string, std::string>& b) {
    std::vector<std::string> paths;
    for (const auto& [path, bytes] : a)
        if (!b.count(path) || b.at(path) != bytes) paths.push_back(path);
    for (const auto& [path, bytes] : b)
        if (!a.count(path)) paths.push_back(path);
    return paths;
}

struct Folders {
    test::ScratchDir dir;
    fs::path out = dir / "out";
    fs::path family = dir / "parts/wago-winsta-midi.xml";
    test::CliResult generate(std::vector<std::string> extra = {}) {
        extra.insert(extra.end(), {"--jobs", "2"});
        return test::runIn(dir.path(), "generate", extra);
    }
};

// A file kept by the last run, its bytes, and the same file changed at its size.
struct Tampered {
    std::string path;
    std::string original;
};

Tampered tamperFirstKept(const fs::path& out) {
    std::string path;
    for (const auto& line : recordOf(out))
        if (path.empty() && !line.files.empty()) path = line.files.front().first;
    REQUIRE_FALSE(path.empty());
    Tampered t{path, test::readFile(out / path)};
    tamper(out / path);
    return t;
}

}  // namespace

TEST_CASE("a changed product's files are made again and the others' kept as they are", "[pipeline][reuse]") {
    Folders f;
    test::generateIn(f.dir.path());
    const auto before = recordOf(f.out);
    REQUIRE_FALSE(before.empty());
    test::replaceInFile(f.family, changedGtin, otherGtin);

    SECTION("the tree is the one a fresh run makes, records included") {
        REQUIRE(f.generate().code == exitSuccess);
        const fs::path fresh = f.dir / "fresh";
        REQUIRE(test::runPartgen({"generate", "--parts", (f.dir / "parts").string(), "--templates",
                                  (f.dir / "templates").string(), "--out", fresh.string()})
                    .code == exitSuccess);
        const auto differing = differences(test::specOutputs(f.out), test::specOutputs(fresh));
        for (const auto& path : differing) UNSCOPED_INFO("differs: " << path);
        CHECK(differing.empty());
    }
    SECTION("a kept file is not read: one changed at its size stays so until --full") {
        test::runIn(f.dir.path(), "generate", {"--check"});  // the plan alone writes nothing
        REQUIRE(f.generate().code == exitSuccess);
        const std::string kept = unchangedFile(before, recordOf(f.out), "resolved");
        tamper(f.out / kept);
        const std::string tampered = test::readFile(f.out / kept);
        test::replaceInFile(f.family, otherGtin, changedGtin);
        REQUIRE(f.generate().code == exitSuccess);
        CHECK(test::readFile(f.out / kept) == tampered);
        REQUIRE(f.generate({"--full"}).code == exitSuccess);
        CHECK(test::readFile(f.out / kept) != tampered);
    }
}

TEST_CASE("a changed house rule makes every file again", "[pipeline][reuse]") {
    Folders f;
    test::generateIn(f.dir.path());
    const Tampered t = tamperFirstKept(f.out);
    const fs::path rules = f.dir / "templates/kicad.xml";
    test::writeFile(rules, test::readFile(rules) + "\n");
    REQUIRE(f.generate().code == exitSuccess);
    CHECK(test::readFile(f.out / t.path) == t.original);
}

TEST_CASE("a fingerprint record that does not read keeps nothing", "[pipeline][reuse]") {
    Folders f;
    test::generateIn(f.dir.path());
    const Tampered t = tamperFirstKept(f.out);
    const fs::path record = f.out / fingerprintRecordFileName;
    std::string bytes = test::readFile(record);
    bytes.insert(bytes.find('\n') + 1, "770-744\tresolved\tnot-a-digest\n");
    test::writeFile(record, bytes);
    test::replaceInFile(f.family, changedGtin, otherGtin);  // else the same inputs stop the run early
    REQUIRE(f.generate().code == exitSuccess);
    CHECK(test::readFile(f.out / t.path) == t.original);
}

TEST_CASE("a run of one product keeps the other products' fingerprints", "[pipeline][reuse]") {
    Folders f;
    test::generateIn(f.dir.path());
    const auto all = recordOf(f.out);
    test::replaceInFile(f.family, changedGtin, otherGtin);
    REQUIRE(f.generate({"--only", "770-742"}).code == exitSuccess);
    const auto after = recordOf(f.out);
    CHECK(after.size() == all.size());
    for (const auto& line : after)
        if (line.number != "770-742") CHECK(std::find(all.begin(), all.end(), line) != all.end());
}
