#include "pipeline/output_tree.h"

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

TEST_CASE("staged files appear only on commit", "[pipeline][output]") {
    test::ScratchDir dir;
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"a/b/new.txt", "bytes"}) == FileChange::created);
        CHECK_FALSE(fs::exists(dir / "out/a/b/new.txt"));
        tree.commit({});
    }
    CHECK(test::readFile(dir / "out/a/b/new.txt") == "bytes");
    CHECK(test::snapshot(dir / "out").size() == 1);  // no temporary left behind
}

TEST_CASE("rollback leaves the folder as it was, new folders included", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/keep.txt", "old");
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"keep.txt", "new"}) == FileChange::changed);
        CHECK(tree.stage({"deep/er/file.txt", "x"}) == FileChange::created);
    }  // destroyed without commit
    CHECK(test::snapshot(dir / "out") == std::map<std::string, std::string>{{"keep.txt", "old"}});
    CHECK_FALSE(fs::exists(dir / "out/deep"));
}

TEST_CASE("a file with the same bytes is not touched", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/same.txt", "same");
    const auto before = fs::last_write_time(dir / "out/same.txt");
    OutputTree tree(dir / "out", false);
    CHECK(tree.stage({"same.txt", "same"}) == FileChange::unchanged);
    tree.commit({});
    CHECK(fs::last_write_time(dir / "out/same.txt") == before);
}

TEST_CASE("a dry run compares and writes nothing", "[pipeline][output]") {
    test::ScratchDir dir;
    OutputTree tree(dir / "out", true);
    CHECK(tree.stage({"x/new.txt", "x"}) == FileChange::created);
    tree.commit({});
    CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("removals delete the file and the folders it leaves empty, not the root", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/sub/gone.txt", "x");
    OutputTree tree(dir / "out/", false);
    tree.commit({"sub/gone.txt"});
    CHECK_FALSE(fs::exists(dir / "out/sub"));
    CHECK(fs::exists(dir / "out"));
}
