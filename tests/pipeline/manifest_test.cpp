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

TEST_CASE("the manifest is written sorted by owner and path and read back", "[pipeline][manifest]") {
    test::ScratchDir dir;
    const std::vector<ManifestEntry> entries{{"resolved", "770-745", "resolved/770-745.xml", 812},
                                             {"resolved", "770-744/064-000", "resolved/770-744_064-000.xml", 0}};
    const std::string text = manifestText({{"abc123", 2}, entries});
    CHECK(text.find("770-744_064-000") < text.find("770-745.xml"));
    CHECK(text.find("resolved\t770-745\t812\tresolved/770-745.xml\n") != std::string::npos);
    test::writeFile(dir / manifestFileName, text);
    std::string error;
    const auto read = readManifest(dir.path(), error);
    REQUIRE(read);
    CHECK(read->entries == std::vector<ManifestEntry>{entries[1], entries[0]});
    CHECK(read->inputs == "abc123");
    CHECK(read->variants == 2);
}

TEST_CASE("a manifest of the older form without sizes is read, and kept so when carried over", "[pipeline][manifest]") {
    test::ScratchDir dir;
    test::writeFile(dir / manifestFileName, "# Files written by partgen.\nresolved\t770-744\tresolved/770-744.xml\n");
    std::string error;
    const auto read = readManifest(dir.path(), error);
    REQUIRE(read);
    REQUIRE(read->entries.size() == 1);
    CHECK(read->entries[0].size == -1);
    CHECK(read->inputs.empty());
    CHECK(manifestText(*read).find("resolved\t770-744\tresolved/770-744.xml\n") != std::string::npos);
}

TEST_CASE("a manifest size that is not a whole number is refused", "[pipeline][manifest]") {
    test::ScratchDir dir;
    test::writeFile(dir / manifestFileName, "resolved\t770-744\t12x\tresolved/770-744.xml\n");
    std::string error;
    CHECK_FALSE(readManifest(dir.path(), error));
    CHECK(error.find(":1: manifest entry") != std::string::npos);
}

TEST_CASE("a missing manifest is empty, a tampered one is refused", "[pipeline][manifest]") {
    test::ScratchDir dir;
    std::string error;
    CHECK(readManifest(dir.path(), error)->entries.empty());
    test::writeFile(dir / manifestFileName, "resolved\t770-744\t../../home/user/.bashrc\n");
    CHECK_FALSE(readManifest(dir.path(), error));
    CHECK(error.find(":1: manifest entry") != std::string::npos);
}
