#include "pipeline/output_tree.h"

#include <unistd.h>

#include "support/catch.h"
#include "support/scratch.h"
#include "support/thrown.h"

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

namespace {

// A document written in the given pieces.
StreamedDocument inPieces(const std::string& path, std::vector<std::string> pieces) {
    return {path, [pieces](const ByteSink& sink) {
                for (const auto& piece : pieces) sink(piece);
            }};
}

// Whether `action` throws the refusal of the output folder.
template <class Action>
bool refused(Action&& action) {
    return test::thrownCategory(action) == ErrorCategory::outputRefused;
}

}  // namespace

TEST_CASE("a streamed document is compared piece by piece with the file it would replace", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/lib.txt", "abcdef");
    const auto before = fs::last_write_time(dir / "out/lib.txt");
    OutputTree tree(dir / "out", false);
    CHECK(tree.stage(inPieces("lib.txt", {"ab", "cd", "ef"})) == std::pair{FileChange::unchanged, std::int64_t{6}});
    CHECK(tree.stage(inPieces("new.txt", {"x", "y"})) == std::pair{FileChange::created, std::int64_t{2}});
    tree.commit({});
    CHECK(fs::last_write_time(dir / "out/lib.txt") == before);
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{"lib.txt", "abcdef"}, {"new.txt", "xy"}});  // no temporaries left
}

TEST_CASE("a streamed document that is a prefix or an extension of the file changes it", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/short.txt", "abcdef");
    test::writeFile(dir / "out/long.txt", "abc");
    test::writeFile(dir / "out/middle.txt", "abcdef");
    OutputTree tree(dir / "out", false);
    CHECK(tree.stage(inPieces("short.txt", {"abc", "de"})).first == FileChange::changed);
    CHECK(tree.stage(inPieces("long.txt", {"abc", "d"})).first == FileChange::changed);
    CHECK(tree.stage(inPieces("middle.txt", {"ab", "Xd", "ef"})).first == FileChange::changed);
    tree.commit({});
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{"long.txt", "abcd"}, {"middle.txt", "abXdef"}, {"short.txt", "abcde"}});
}

TEST_CASE("a streamed document whose writer fails leaves no temporary file", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/lib.txt", "old");
    {
        OutputTree tree(dir / "out", false);
        const StreamedDocument failing{"lib.txt", [](const ByteSink& sink) {
                                           sink("half");
                                           throw std::runtime_error("writer failed");
                                       }};
        CHECK_THROWS_AS(tree.stage(failing), std::runtime_error);
    }
    CHECK(test::snapshot(dir / "out") == std::map<std::string, std::string>{{"lib.txt", "old"}});
}

TEST_CASE("a dry run compares a streamed document and writes nothing", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/lib.txt", "old");
    OutputTree tree(dir / "out", true);
    CHECK(tree.stage(inPieces("lib.txt", {"ol", "d"})).first == FileChange::unchanged);
    CHECK(tree.stage(inPieces("lib.txt", {"new"})).first == FileChange::changed);
    CHECK(tree.stage(inPieces("more/new.txt", {"new"})).first == FileChange::created);
    tree.commit({});
    CHECK(test::snapshot(dir / "out") == std::map<std::string, std::string>{{"lib.txt", "old"}});
}

TEST_CASE("a new folder is staged whole under a hidden name and appears only on commit", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/old/keep.txt", "old");
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"new/deep/a.txt", "a"}) == FileChange::created);
        CHECK(tree.stage({"new/b.txt", "b"}) == FileChange::created);
        CHECK(tree.stage({"old/c.txt", "c"}) == FileChange::created);
        CHECK_FALSE(fs::exists(dir / "out/new"));
        CHECK(fs::exists(dir / "out" / (".new." + std::to_string(::getpid()) + ".partgen-tmp") / "deep/a.txt"));
        tree.commit({});
    }
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{
              {"new/b.txt", "b"}, {"new/deep/a.txt", "a"}, {"old/c.txt", "c"}, {"old/keep.txt", "old"}});
}

TEST_CASE("a fresh output folder is itself staged and rolled back whole", "[pipeline][output]") {
    test::ScratchDir dir;
    {
        OutputTree tree(dir / "fresh", false);
        CHECK(tree.stage({"a/b.txt", "b"}) == FileChange::created);
        CHECK_FALSE(fs::exists(dir / "fresh"));
    }
    CHECK_FALSE(fs::exists(dir / "fresh"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("a symbolic link inside the output folder is never written or deleted through", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "elsewhere/victim.txt", "precious");
    test::writeFile(dir / "out/kept.txt", "x");
    fs::create_directory_symlink(dir / "elsewhere", dir / "out/linked");
    fs::create_symlink(dir / "elsewhere/victim.txt", dir / "out/file.txt");
    {
        OutputTree tree(dir / "out", false);
        CHECK(refused([&] { tree.stage({"linked/new.txt", "x"}); }));
        CHECK(refused([&] { tree.stage({"linked/victim.txt", "overwritten"}); }));
        CHECK(refused([&] { tree.stage({"file.txt", "overwritten"}); }));
        CHECK(tree.stage({"fine.txt", "y"}) == FileChange::created);
        CHECK(refused([&] { tree.commit({"linked/victim.txt"}); }));
    }
    CHECK(test::snapshot(dir / "elsewhere") == std::map<std::string, std::string>{{"victim.txt", "precious"}});
    CHECK_FALSE(fs::exists(dir / "out/fine.txt"));  // the refused commit changed nothing
    CHECK_FALSE(fs::exists(dir / "out/.partgen-journal"));
}

TEST_CASE("a link planted at a temporary name is not written through", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "elsewhere/victim.txt", "precious");
    test::writeFile(dir / "out/x.txt", "old");
    const std::string temporary = ".x.txt." + std::to_string(::getpid()) + ".partgen-tmp";
    fs::create_symlink(dir / "elsewhere/victim.txt", dir / "out" / temporary);
    {
        OutputTree tree(dir / "out", false);
        CHECK(test::thrownCategory([&] { tree.stage({"x.txt", "new"}); }) == ErrorCategory::io);
    }
    CHECK(test::readFile(dir / "elsewhere/victim.txt") == "precious");
    CHECK(test::readFile(dir / "out/x.txt") == "old");
}

TEST_CASE("the manifest is renamed into place after every other file, through a journal", "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/.partgen-manifest", "old record");
    test::writeFile(dir / "out/gone.txt", "x");
    const StreamedDocument record{".partgen-manifest", [](const ByteSink& sink) { sink("new record"); }};
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"a.txt", "a"}) == FileChange::created);
        CHECK(test::readFile(dir / "out/.partgen-journal").empty());  // temporaries may exist now
        tree.commit({"gone.txt"}, &record);
    }
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{".partgen-manifest", "new record"}, {"a.txt", "a"}});
}

TEST_CASE("a file staged last is committed with the others, rolled back with them, and left alone when unchanged",
          "[pipeline][output]") {
    test::ScratchDir dir;
    test::writeFile(dir / "out/a.txt", "old a");
    test::writeFile(dir / "out/.record", "old record");
    const auto record = [](const std::string& bytes) {
        return StreamedDocument{".record", [bytes](const ByteSink& sink) { sink(bytes); }};
    };
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"a.txt", "new a"}) == FileChange::changed);
        CHECK(tree.stageLast(record("new record")).first == FileChange::changed);
    }  // destroyed without commit
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{".record", "old record"}, {"a.txt", "old a"}});
    {
        OutputTree tree(dir / "out", false);
        CHECK(tree.stage({"a.txt", "new a"}) == FileChange::changed);
        CHECK(tree.stageLast(record("new record")).first == FileChange::changed);
        tree.commit({});
    }
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{".record", "new record"}, {"a.txt", "new a"}});
    const auto stamp = fs::last_write_time(dir / "out/.record");
    OutputTree tree(dir / "out", false);
    CHECK(tree.stageLast(record("new record")).first == FileChange::unchanged);
    tree.commit({});
    CHECK(fs::last_write_time(dir / "out/.record") == stamp);
    CHECK(test::snapshot(dir / "out").size() == 2);  // no journal, no temporary
}
