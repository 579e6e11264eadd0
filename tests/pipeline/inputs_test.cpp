// The inputs digest: a run's output bytes are decided by the spec files' names and bytes
// and the options; the same inputs give the same digest.

#include "pipeline/inputs.h"

#include <stdexcept>

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

struct TwoFiles {
    test::ScratchDir dir;
    std::filesystem::path a = dir / "a.xml";
    std::filesystem::path b = dir / "b.xml";
    TwoFiles() {
        test::writeFile(a, "alpha");
        test::writeFile(b, "beta");
    }
};

}  // namespace

TEST_CASE("the inputs digest is 40 lowercase hex digits of SHA-1", "[pipeline][inputs]") {
    TwoFiles files;
    const std::string digest = inputsDigest({files.a}, "");
    CHECK(digest.size() == 40);
    CHECK(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
}

TEST_CASE("the same files and options give the same digest", "[pipeline][inputs]") {
    TwoFiles files;
    CHECK(inputsDigest({files.a, files.b}, "--x 1") == inputsDigest({files.a, files.b}, "--x 1"));
}

TEST_CASE("a changed byte of a spec file changes the digest", "[pipeline][inputs]") {
    TwoFiles files;
    const std::string before = inputsDigest({files.a, files.b}, "");
    test::writeFile(files.b, "betA");
    CHECK(inputsDigest({files.a, files.b}, "") != before);
}

TEST_CASE("changed options change the digest", "[pipeline][inputs]") {
    TwoFiles files;
    CHECK(inputsDigest({files.a}, "--kicad-version 9") != inputsDigest({files.a}, "--kicad-version 6"));
}

TEST_CASE("a renamed spec file with the same bytes changes the digest", "[pipeline][inputs]") {
    TwoFiles files;
    test::writeFile(files.b, "alpha");
    CHECK(inputsDigest({files.a}, "") != inputsDigest({files.b}, ""));
}

TEST_CASE("bytes moved between a file's name and its content do not give the same digest", "[pipeline][inputs]") {
    // Each part carries its length, so "ab" + "c" is not "a" + "bc".
    test::ScratchDir dir;
    test::writeFile(dir / "ab", "c");
    test::writeFile(dir / "a", "bc");
    CHECK(inputsDigest({dir / "ab"}, "") != inputsDigest({dir / "a"}, ""));
}

TEST_CASE("bytes moved between the options and a file do not give the same digest", "[pipeline][inputs]") {
    test::ScratchDir dir;
    test::writeFile(dir / "f", "xy");
    const std::string one = inputsDigest({dir / "f"}, "o");
    test::writeFile(dir / "f", "y");
    CHECK(inputsDigest({dir / "f"}, "ox") != one);
}

TEST_CASE("the order of the spec files counts", "[pipeline][inputs]") {
    TwoFiles files;
    CHECK(inputsDigest({files.a, files.b}, "") != inputsDigest({files.b, files.a}, ""));
}

TEST_CASE("a spec file that cannot be read is an error naming it", "[pipeline][inputs]") {
    test::ScratchDir dir;
    const auto missing = dir / "missing.xml";
    try {
        inputsDigest({missing}, "");
        FAIL("no exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == missing.generic_string() + ": cannot read the file");
    }
}
