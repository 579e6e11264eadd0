// The family index: a group heading over each run of rows that share it, written from
// entries in pieces of any size, and a size chromium still opens in one piece for the
// benchmark catalog.

#include "review/review_index.h"

#include <filesystem>
#include <stdexcept>

#include "cli/commands.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

std::string written(const std::string& entries, std::size_t pieceSize) {
    std::string out;
    const ByteSink sink = [&](std::string_view piece) { out += piece; };
    FamilyIndexRows rows(sink);
    for (std::size_t i = 0; i < entries.size(); i += pieceSize)
        rows.add(std::string_view(entries).substr(i, pieceSize));
    return out;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the family index gives a group heading only where it changes", "[review]") {
    const std::string entries = "A\t<tr>1\nA\t<tr>2\nB\t<tr>3\nA\t<tr>4\n";
    const std::string expected = "A\n<tr>1\n<tr>2\nB\n<tr>3\nA\n<tr>4\n";
    CHECK(written(entries, entries.size()) == expected);
    CHECK(written(entries, 1) == expected);  // a piece may end anywhere
    CHECK(written(entries, 5) == expected);
    std::string out;
    const ByteSink sink = [&](std::string_view piece) { out += piece; };
    FamilyIndexRows rows(sink);
    rows.add("A\t<tr>1");
    CHECK_THROWS_AS(rows.finish(), std::logic_error);
}

TEST_CASE("a variant's index row shows its kind, pitch and provenances in its group heading", "[review]") {
    const Variant& v = test::repositoryVariant("770-744");
    const std::string entry = familyIndexEntry(v);
    const std::string heading = entry.substr(0, entry.find('\t'));
    CHECK(heading.find("Snap-in") != std::string::npos);
    CHECK(heading.find(", pitch 10 mm ") != std::string::npos);
    CHECK(heading.find("<i class=e>estimated</i>") != std::string::npos);
    CHECK(entry.find("<a href=770-744.html>770-744</a>") != std::string::npos);
    CHECK(entry.find("<img loading=lazy alt src=770-744.symbol.svg>") != std::string::npos);
    CHECK(occurrences(entry, "\n") == 1);
}

// The whole family index of the 10,560 variants is written whatever --only selects, so one
// page is enough to measure it. chromium opens a larger one too, but slowly; 2 MB is the
// limit the review pages promise, and the index keeps a margin below it for growth.
TEST_CASE("the benchmark catalog's family index stays under 2 MB", "[review]") {
    test::ScratchDir dir;
    fs::create_directories(dir / "parts");
    fs::copy_file(test::sourceDir() / "tests/bench/catalog.xml", dir / "parts/catalog.xml");
    fs::copy(test::sourceDir() / "templates", dir / "templates", fs::copy_options::recursive);
    const auto run = test::runIn(dir.path(), "generate", {"--format", "review", "--only", "BM-000A00-10"});
    INFO(run.err);
    REQUIRE(run.code == exitSuccess);
    const fs::path index = dir / "out/review/bench-catalog/index.html";
    const std::string html = test::readFile(index);
    CHECK(occurrences(html, "<tr><td><a href=") == 10'560);
    CHECK(fs::file_size(index) < 2'000'000);
}
