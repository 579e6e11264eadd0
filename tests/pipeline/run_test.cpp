#include "pipeline/run.h"

#include "cli/commands.h"
#include "support/catch.h"
#include "support/child.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
using test::runIn;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> expectedFiles{
    ".partgen-family-entries", ".partgen-fingerprints",         ".partgen-lock",        ".partgen-manifest",
    ".partgen-values",         "resolved/770-1242_076-000.xml", "resolved/770-742.xml", "resolved/770-743.xml",
    "resolved/770-744.xml",    "resolved/770-744_064-000.xml",  "resolved/770-745.xml"};

std::vector<std::string> namesOf(const std::map<std::string, std::string>& files) {
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files) names.push_back(name);
    return names;
}

}  // namespace

TEST_CASE("generate writes one resolved file per variant and a manifest", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto result = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(result.code == exitSuccess);
    CHECK(result.out.find("6 variants, 6 files written, 0 unchanged, 0 removed") != std::string::npos);
    CHECK(namesOf(test::snapshot(dir / "out")) == expectedFiles);
}

TEST_CASE("a second generate rewrites nothing", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate").code == exitSuccess);
    const auto stamp = fs::last_write_time(dir / "out/resolved/770-744.xml");
    const auto manifestStamp = fs::last_write_time(dir / "out/.partgen-manifest");
    const auto before = test::snapshot(dir / "out");
    const auto second = runIn(dir.path(), "generate");
    // 6 resolved, 5 cutout DXF + 5 SVG + 5 PDF, connector and cutout symbol libraries,
    // 5 footprints, 2 library tables, 6 STEP + 6 VRML models, EPLAN parts file and 6 pictures,
    // 6 QElectroTech elements, 24 review files (6 pages, 16 pictures, 2 indexes)
    CHECK(second.out.find("0 files written, 103 unchanged, 0 removed") != std::string::npos);
    CHECK(test::snapshot(dir / "out") == before);
    CHECK(fs::last_write_time(dir / "out/resolved/770-744.xml") == stamp);
    CHECK(fs::last_write_time(dir / "out/.partgen-manifest") == manifestStamp);
}

TEST_CASE("output is the same for any job count", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--jobs", "1"}).code == exitSuccess);
    const auto one = test::snapshot(dir / "out");
    fs::remove_all(dir / "out");
    REQUIRE(runIn(dir.path(), "generate", {"--jobs", "4"}).code == exitSuccess);
    CHECK(test::snapshot(dir / "out") == one);
}

TEST_CASE("generate --check passes after generate and fails after a value changes", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    CHECK(runIn(dir.path(), "generate", {"--check"}).code == exitInvalid);  // nothing generated yet
    CHECK_FALSE(fs::exists(dir / "out"));
    REQUIRE(runIn(dir.path(), "generate").code == exitSuccess);
    CHECK(runIn(dir.path(), "generate", {"--check"}).code == exitSuccess);

    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<depth>36 mm</depth>", "<depth>36.5 mm</depth>");
    const auto before = test::snapshot(dir / "out");
    const auto check = runIn(dir.path(), "generate", {"--check"});
    CHECK(check.code == exitInvalid);
    // The depth is in the variant's resolved file, its 3D models, their picture for EPLAN, its
    // review page and the three views of its model the depth shows in, the family's EPLAN
    // parts file and review index; nothing else changes (not the front view). The
    // change report says so first.
    const std::string models = "kicad/Connector_WAGO_WINSTA_MIDI.3dshapes/WAGO_770-744_064-000_1x04_P10.00mm_SnapIn";
    CHECK(check.out ==
          "wago-winsta-midi:\n  770-744/064-000: depth 36 mm -> 36.5 mm (datasheet, " + (dir / "parts").string() +
              "/wago-winsta-midi.xml:124); 8 files changed\n  files: eplan 2 changed; resolved 1 changed; review 5 "
              "changed; step 1 changed; wrl 1 changed\nwould be changed eplan/pictures/wago-winsta-midi/"
              "770-744_064-000.png\nwould be changed eplan/wago-winsta-midi.xml\nwould be changed " +
              models + ".step\nwould be changed " + models +
              ".wrl\nwould be changed resolved/770-744_064-000.xml\nwould be changed "
              "review/wago-winsta-midi/770-744_064-000.html\nwould be changed "
              "review/wago-winsta-midi/770-744_064-000.model-isometric.svg\nwould be changed "
              "review/wago-winsta-midi/770-744_064-000.model-right.svg\nwould be changed "
              "review/wago-winsta-midi/770-744_064-000.model-top.svg\nwould be changed "
              "review/wago-winsta-midi/index.html\npartgen: 6 variants, 10 files would change\n");
    CHECK(test::snapshot(dir / "out") == before);
}

TEST_CASE("outputs of a variant removed from the spec are deleted, files partgen did not write never are",
          "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    test::writeFile(dir / "out/resolved/my-notes.xml", "mine");
    test::writeFile(dir / "out/README.md", "mine too");

    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "poles=\"2..5\"", "poles=\"2..4\"");
    const auto result = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(result.code == exitSuccess);
    CHECK(result.out.find("1 removed") != std::string::npos);
    const auto files = test::snapshot(dir / "out");
    CHECK_FALSE(files.count("resolved/770-745.xml"));
    CHECK(files.at("resolved/my-notes.xml") == "mine");
    CHECK(files.at("README.md") == "mine too");
    CHECK(test::readFile(dir / "out/.partgen-manifest").find("770-745") == std::string::npos);
}

TEST_CASE("generate --only and --format limit what is written and what may be removed", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    const auto only = runIn(dir.path(), "generate", {"--only", "770-744*", "--format", "resolved"});
    CHECK(only.code == exitSuccess);
    CHECK(only.out.find("2 variants, 0 files written, 2 unchanged, 0 removed") != std::string::npos);
    CHECK(namesOf(test::snapshot(dir / "out")) == expectedFiles);  // other variants' files kept
}

TEST_CASE("an unknown format is a usage error", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto result = runIn(dir.path(), "generate", {"--format", "resolved,gerber"});
    CHECK(result.code == exitUsage);
    CHECK(result.err.find("unknown format 'gerber'; known formats: resolved") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("an output folder that cannot be written is an I/O error and changes nothing", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::writeFile(dir / "out", "a file where the folder should be");
    const auto result = runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(result.code == exitIo);
    CHECK(result.err.find("I/O error") != std::string::npos);
    CHECK(test::readFile(dir / "out") == "a file where the folder should be");
}

TEST_CASE("globs match whole part numbers, slashes included", "[pipeline][run]") {
    CHECK(matchesGlob("*", "770-744/064-000"));
    CHECK(matchesGlob("770-744*", "770-744/064-000"));
    CHECK(matchesGlob("770-74?", "770-745"));
    CHECK_FALSE(matchesGlob("770-74?", "770-744/064-000"));
}

namespace {

std::string inputsLineOf(const fs::path& outDir) {
    const std::string manifest = test::snapshot(outDir).at(".partgen-manifest");
    const auto start = manifest.find("# inputs ");
    return start == std::string::npos ? "" : manifest.substr(start, manifest.find('\n', start) - start);
}

}  // namespace

TEST_CASE("a run of the same inputs trusts files at their written size, and --full compares every byte",
          "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    const fs::path file = dir / "out/resolved/770-744.xml";
    std::string bytes = test::snapshot(dir / "out").at("resolved/770-744.xml");
    const std::string original = bytes;
    bytes[bytes.size() / 2] ^= 1;  // an edit by hand that keeps the size
    test::writeFile(file, bytes);

    CHECK(runIn(dir.path(), "generate", {"--format", "resolved"}).out.find("0 files written, 6 unchanged") !=
          std::string::npos);
    CHECK(test::snapshot(dir / "out").at("resolved/770-744.xml") == bytes);

    CHECK(runIn(dir.path(), "generate", {"--format", "resolved", "--full"}).out.find("1 files written, 5 unchanged") !=
          std::string::npos);
    CHECK(test::snapshot(dir / "out").at("resolved/770-744.xml") == original);
}

TEST_CASE("a file deleted or cut short after a run is written again by the same run", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    const auto before = test::snapshot(dir / "out");
    fs::remove(dir / "out/resolved/770-745.xml");
    test::writeFile(dir / "out/resolved/770-744.xml", "cut");
    CHECK(runIn(dir.path(), "generate", {"--format", "resolved"}).out.find("2 files written, 4 unchanged") !=
          std::string::npos);
    CHECK(test::snapshot(dir / "out") == before);
}

TEST_CASE("the manifest records the inputs: any spec byte, the formats and --only change the record",
          "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    const std::string first = inputsLineOf(dir / "out");
    CHECK(first.size() == std::string("# inputs ").size() + 40 + 2);  // SHA-1 hex and " 6"

    const fs::path family = dir / "parts/wago-winsta-midi.xml";
    test::writeFile(family, test::snapshot(dir / "parts").at("wago-winsta-midi.xml") + "<!-- a comment -->\n");
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    const std::string afterComment = inputsLineOf(dir / "out");
    CHECK(afterComment != first);

    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved,qet"}).code == exitSuccess);
    CHECK(inputsLineOf(dir / "out") != afterComment);
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved", "--only", "770-74*"}).code == exitSuccess);
    CHECK(inputsLineOf(dir / "out") != afterComment);
    REQUIRE(runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    CHECK(inputsLineOf(dir / "out") == afterComment);
}

TEST_CASE("a failed write says the system's reason, exits 3 and leaves the folder as it was", "[pipeline][run]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    // A file size limit of 8 KB: writing a STEP model fails with EFBIG ("File too large").
    const auto result = test::runPartgenChild(
        {"generate", "--parts", (dir / "parts").string(), "--templates", (dir / "templates").string(), "--out",
         (dir / "out").string(), "--format", "resolved,step"},
        {{}, "trap '' XFSZ; ulimit -f 16;", 0});
    CHECK(result.signal == 0);
    CHECK(result.code == exitIo);
    CHECK(result.err.find("File too large") != std::string::npos);
    CHECK(result.err.find("the output folder is unchanged") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out"));
}
