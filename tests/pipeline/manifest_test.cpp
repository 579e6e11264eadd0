#include "pipeline/manifest.h"

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

TEST_CASE("manifest paths must stay inside the output folder", "[pipeline][manifest]") {
    CHECK(isContainedPath("resolved/770-744.xml"));
    CHECK(isContainedPath(".partgen-manifest"));
    for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a\\b", "a/"}) {
        INFO(bad);
        CHECK_FALSE(isContainedPath(bad));
    }
}

TEST_CASE("the manifest is written sorted and read back", "[pipeline][manifest]") {
    test::ScratchDir dir;
    const std::vector<ManifestEntry> entries{{"resolved", "770-745", "resolved/770-745.xml"},
                                             {"resolved", "770-744/064-000", "resolved/770-744_064-000.xml"}};
    const std::string text = manifestText(entries);
    CHECK(text.find("770-744_064-000") < text.find("770-745.xml"));
    test::writeFile(dir / manifestFileName, text);
    std::string error;
    const auto read = readManifest(dir.path(), error);
    REQUIRE(read);
    CHECK(*read == std::vector<ManifestEntry>{entries[1], entries[0]});
}

TEST_CASE("a missing manifest is empty, a tampered one is refused", "[pipeline][manifest]") {
    test::ScratchDir dir;
    std::string error;
    CHECK(readManifest(dir.path(), error)->empty());
    test::writeFile(dir / manifestFileName, "resolved\t770-744\t../../home/user/.bashrc\n");
    CHECK_FALSE(readManifest(dir.path(), error));
    CHECK(error.find(":1: manifest entry") != std::string::npos);
}
