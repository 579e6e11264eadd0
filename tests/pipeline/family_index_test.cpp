// A family file's layout, recorded as it is written, finds each entry in it again.
#include "pipeline/family_index.h"

#include "pipeline/family_collector.h"
#include "pipeline/manifest.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> numbers{"A-1", "A-2", "B-1"};
std::string numberOf(std::size_t position) { return numbers.at(position); }

// A writer with text around and between its sections, as real family files have.
std::string writeFile(FamilyCollector& entries) {
    std::string file;
    std::uint64_t written = 0;
    const ByteSink sink = [&](std::string_view piece) {
        file += piece;
        written += piece.size();
    };
    entries.countBytesFrom(&written);
    sink("(head ");
    entries.copySection(0, sink);
    sink(" middle ");
    entries.copySection(1, sink);
    sink(" tail)");
    entries.countBytesFrom(nullptr);
    return file;
}

FamilyCollector& filled(FamilyCollector& entries) {
    entries.add(2, {"b", {"<b1 sym>", "<b1 unit>"}}, "f2");
    entries.add(0, {"a", {"<a1 sym>", ""}}, "f0");
    entries.add(1, {"a", {"<a2 symbol>", "<a2 u>"}}, "f1");
    entries.sort();
    return entries;
}

FamilyFileLayout fileOf(const std::string& bytes) {
    FamilyFileLayout file;
    file.format = "fmt";
    file.path = "lib.txt";
    file.size = static_cast<std::int64_t>(bytes.size());
    return file;
}

bool layoutWritten(const FamilyCollector& entries) {
    std::string lines;
    const bool written = entries.writeLayout(fileOf(""), numberOf, [&](std::string_view line) { lines += line; });
    CHECK(written == !lines.empty());
    return written;
}

struct Written {
    test::ScratchDir dir;
    FamilyCollector entries;
    std::string bytes;
    Written() {
        bytes = writeFile(filled(entries));
        test::writeFile(dir / "lib.txt", bytes);
        std::string index = familyIndexHeader();
        REQUIRE(entries.writeLayout(fileOf(bytes), numberOf, [&](std::string_view line) { index += line; }));
        test::writeFile(dir / familyIndexFileName, index);
    }
};

}  // namespace

TEST_CASE("each entry is read back from the written file, with its key, when its fingerprint matches",
          "[pipeline][family]") {
    Written w;
    const auto known = FamilyIndex::read(w.dir.path()).known(w.dir.path(), "fmt", "lib.txt");
    REQUIRE(known);
    const auto a2 = known->entry("A-2", "f1");
    REQUIRE(a2);
    CHECK(a2->sortKey == "a");
    CHECK(a2->sections == std::vector<std::string>{"<a2 symbol>", "<a2 u>"});
    CHECK(known->entry("A-1", "f0")->sections == std::vector<std::string>{"<a1 sym>", ""});
    CHECK(known->entry("B-1", "f2")->sections == std::vector<std::string>{"<b1 sym>", "<b1 unit>"});
    CHECK_FALSE(known->entry("B-1", "another"));
    CHECK_FALSE(known->entry("C-1", "f2"));
}

TEST_CASE("a family file changed in size, or named otherwise, is not known", "[pipeline][family]") {
    Written w;
    const auto index = FamilyIndex::read(w.dir.path());
    CHECK_FALSE(index.known(w.dir.path(), "other", "lib.txt"));
    test::writeFile(w.dir / "lib.txt", w.bytes + " ");
    CHECK_FALSE(index.known(w.dir.path(), "fmt", "lib.txt"));
    fs::remove(w.dir / "lib.txt");
    CHECK_FALSE(index.known(w.dir.path(), "fmt", "lib.txt"));
}

TEST_CASE("a layout is known only when every section was copied once and every entry fingerprinted",
          "[pipeline][family]") {
    FamilyCollector twice;
    filled(twice);
    std::uint64_t written = 0;
    twice.countBytesFrom(&written);
    const ByteSink none = [](std::string_view) {};
    twice.copySection(0, none);
    twice.copySection(0, none);
    CHECK_FALSE(layoutWritten(twice));

    FamilyCollector unprinted;
    unprinted.add(0, {"a", {"x"}}, "");
    unprinted.sort();
    writeFile(unprinted);
    CHECK_FALSE(layoutWritten(unprinted));
}

TEST_CASE("an index that does not read, or a layout beyond its file's size, is not trusted", "[pipeline][family]") {
    Written w;
    const std::string text = test::readFile(w.dir / familyIndexFileName);
    test::writeFile(w.dir / familyIndexFileName, text + "nonsense\n");
    CHECK_FALSE(FamilyIndex::read(w.dir.path()).known(w.dir.path(), "fmt", "lib.txt"));
    std::string shrunk = text;
    const std::string sizeCell = "\t" + std::to_string(w.bytes.size()) + "\t";
    shrunk.replace(shrunk.find(sizeCell), sizeCell.size(), "\t10\t");
    test::writeFile(w.dir / familyIndexFileName, shrunk);
    test::writeFile(w.dir / "lib.txt", std::string(10, 'x'));
    CHECK_FALSE(FamilyIndex::read(w.dir.path()).known(w.dir.path(), "fmt", "lib.txt"));
}
