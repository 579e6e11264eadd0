// Files partgen creates in the output folder: always new, never through a link, and
// failures reported with the system's reason.

#include "pipeline/safe_file.h"

#include <cerrno>

#include "pipeline/output_errors.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

TEST_CASE("a new file holds exactly the bytes written to it", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    NewFile file(dir / "out.txt");
    file.write("one ");
    file.write(std::string("two\0three", 9));
    file.write("");
    file.close();
    CHECK(test::readFile(dir / "out.txt") == std::string("one two\0three", 13));
}

TEST_CASE("a new file is never made over an existing file", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out.txt", "kept");
    CHECK_THROWS_AS(NewFile(dir / "out.txt"), fs::filesystem_error);
    CHECK(test::readFile(dir / "out.txt") == "kept");
}

TEST_CASE("a new file is never made through a symbolic link, even a dangling one", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    fs::create_symlink(dir / "target.txt", dir / "link.txt");
    CHECK_THROWS_AS(NewFile(dir / "link.txt"), fs::filesystem_error);
    CHECK_FALSE(fs::exists(dir / "target.txt"));
}

TEST_CASE("a file that cannot be made reports the system's reason and the path", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    const fs::path path = dir / "no-such-folder" / "out.txt";
    try {
        NewFile file(path);
        FAIL("no exception");
    } catch (const fs::filesystem_error& e) {
        CHECK(e.code() == std::error_code(ENOENT, std::system_category()));
        CHECK(e.path1() == path);
    }
}

TEST_CASE("a system error carries errno as its code", "[pipeline][safe_file]") {
    errno = ENOSPC;
    try {
        throwSystemError("cannot write", "some/file");
        FAIL("no exception");
    } catch (const fs::filesystem_error& e) {
        CHECK(e.code() == std::error_code(ENOSPC, std::system_category()));
        CHECK(e.path1() == fs::path("some/file"));
        CHECK(std::string(e.what()).find("cannot write") != std::string::npos);
    }
}

TEST_CASE("missing folders are made and returned outermost first", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    fs::create_directory(dir / "a");
    const auto made = createMissingFolders(dir / "a" / "b" / "c");
    CHECK(made == std::vector<fs::path>{dir / "a" / "b", dir / "a" / "b" / "c"});
    CHECK(fs::is_directory(dir / "a" / "b" / "c"));
}

TEST_CASE("an existing folder needs no folder made", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    CHECK(createMissingFolders(dir.path()).empty());
}

TEST_CASE("a symbolic link is refused, naming the path", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    fs::create_directory(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    CHECK_THROWS_AS(refuseLink(dir / "link"), OutputRefused);
    try {
        existsNotLink(dir / "link");
        FAIL("no exception");
    } catch (const OutputRefused& e) {
        CHECK(std::string(e.what()).starts_with((dir / "link").generic_string() + " is a symbolic link"));
    }
}

TEST_CASE("real files and folders pass, and a missing path does not exist", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    test::writeFile(dir / "file", "x");
    CHECK(existsNotLink(dir / "file"));
    CHECK(existsNotLink(dir.path()));
    CHECK_FALSE(existsNotLink(dir / "missing"));
    CHECK_NOTHROW(refuseLink(dir / "missing"));
}
