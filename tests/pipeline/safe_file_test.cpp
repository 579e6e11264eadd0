// Files partgen creates in the output folder: always new, never through a link, and
// failures reported with the system's reason.

#include "pipeline/safe_file.h"

#include <cerrno>
#include <cstring>

#include "model/error.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/thrown.h"

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

TEST_CASE("pieces smaller and larger than the write buffer come out in order", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    NewFile file(dir / "out.txt");
    std::string expected;
    const auto write = [&](const std::string& piece) {
        file.write(piece);
        expected += piece;
    };
    for (int i = 0; i < 20000; ++i) write(std::to_string(i) + "\n");  // many buffers' worth of lines
    write(std::string(writeBufferSize, 'a'));                         // one larger than the buffer
    write("tail");
    write(std::string(writeBufferSize - 1, 'b'));  // fills the buffer but one byte
    write("c");
    file.close();
    CHECK(test::readFile(dir / "out.txt") == expected);
}

TEST_CASE("a new file is never made over an existing file", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out.txt", "kept");
    CHECK(test::thrownCategory([&] { NewFile(dir / "out.txt"); }) == ErrorCategory::io);
    CHECK(test::readFile(dir / "out.txt") == "kept");
}

TEST_CASE("a new file is never made through a symbolic link, even a dangling one", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    fs::create_symlink(dir / "target.txt", dir / "link.txt");
    CHECK(test::thrownCategory([&] { NewFile(dir / "link.txt"); }) == ErrorCategory::io);
    CHECK_FALSE(fs::exists(dir / "target.txt"));
}

TEST_CASE("a file that cannot be made reports the system's reason and the path", "[pipeline][safe_file]") {
    test::ScratchDir dir;
    const fs::path path = dir / "no-such-folder" / "out.txt";
    try {
        NewFile file(path);
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.category() == ErrorCategory::io);
        CHECK(std::string(e.what()).find(std::strerror(ENOENT)) != std::string::npos);
        CHECK(std::string(e.what()).find(path.string()) != std::string::npos);
    }
}

TEST_CASE("a system error is an I/O error naming errno's reason, the action and the path", "[pipeline][safe_file]") {
    errno = ENOSPC;
    try {
        throwSystemError("cannot write", "some/file");
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.category() == ErrorCategory::io);
        const std::string message = e.what();
        CHECK(message.find(std::strerror(ENOSPC)) != std::string::npos);
        CHECK(message.find("some/file") != std::string::npos);
        CHECK(message.find("cannot write") != std::string::npos);
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
    CHECK(test::thrownCategory([&] { refuseLink(dir / "link"); }) == ErrorCategory::outputRefused);
    try {
        existsNotLink(dir / "link");
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.category() == ErrorCategory::outputRefused);
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
