#include "pipeline/output_folder.h"

#include "cli/commands.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

test::CliResult generateInto(const fs::path& spec, const std::string& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{
        "generate", "--parts", (spec / "parts").string(), "--templates", (spec / "templates").string(), "--out", out,
        "--format", "resolved"};
    args.insert(args.end(), extra.begin(), extra.end());
    return test::runPartgen(args);
}

}  // namespace

TEST_CASE("an output folder may not be empty, the root, or an input folder, inside one or around one",
          "[pipeline][out]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const auto before = test::snapshot(dir.path());
    for (const std::string& out :
         std::vector<std::string>{"", "/", (dir / "parts").string(), (dir / "templates/").string(),
                                  (dir / "parts/out").string(), dir.path().string(), (dir / "parts/..").string()}) {
        INFO("--out '" << out << "'");
        const auto result = generateInto(dir.path(), out);
        CHECK(result.code == exitUsage);
        CHECK(result.err.find("--out") != std::string::npos);
    }
    CHECK(test::snapshot(dir.path()) == before);
    CHECK_NOTHROW(checkOutputChoice(dir / "out", {dir / "parts", dir / "templates"}));
    CHECK_NOTHROW(checkOutputChoice(dir / "parts-out", {dir / "parts"}));  // a shared prefix is not inside
}

TEST_CASE("a folder partgen never wrote is refused unless --force, and nothing in it is lost", "[pipeline][out]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::writeFile(dir / "out/notes.txt", "mine");
    test::writeFile(dir / "out/resolved/770-744.xml", "my own 770-744");
    const auto refused = generateInto(dir.path(), (dir / "out").string());
    CHECK(refused.code == exitUsage);
    CHECK(refused.err.find("is not empty and partgen has never written into it") != std::string::npos);
    CHECK(refused.err.find("--force") != std::string::npos);
    CHECK(test::snapshot(dir / "out") ==
          std::map<std::string, std::string>{{"notes.txt", "mine"}, {"resolved/770-744.xml", "my own 770-744"}});

    const auto forced = generateInto(dir.path(), (dir / "out").string(), {"--force"});
    CHECK(forced.code == exitSuccess);
    CHECK(forced.out.find("replaced resolved/770-744.xml, which partgen had not written") != std::string::npos);
    CHECK(test::readFile(dir / "out/notes.txt") == "mine");
}

// `partgen panel` without --out writes into output/panels/ before any generate may have run.
TEST_CASE("generate writes beside partgen panel's drawings and leaves them alone", "[pipeline][out]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::writeFile(dir / "out/panels/front.dxf", "a panel");
    CHECK(generateInto(dir.path(), (dir / "out").string()).code == exitSuccess);
    CHECK(generateInto(dir.path(), (dir / "out").string(), {"--full"}).code == exitSuccess);
    CHECK(test::readFile(dir / "out/panels/front.dxf") == "a panel");

    test::ScratchDir file;
    test::copySpec(file.path());
    test::writeFile(file / "out/panels", "a file, not partgen panel's folder");
    CHECK(generateInto(file.path(), (file / "out").string()).code == exitUsage);
}

TEST_CASE("a user's file where a new output would go is never replaced without --force", "[pipeline][out]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(generateInto(dir.path(), (dir / "out").string(), {"--only", "770-744"}).code == exitSuccess);
    test::writeFile(dir / "out/resolved/770-745.xml", "my own 770-745");
    const auto before = test::snapshot(dir / "out");

    const auto check = generateInto(dir.path(), (dir / "out").string(), {"--check"});
    CHECK(check.out.find("would replace resolved/770-745.xml, which partgen had not written") != std::string::npos);
    const auto refused = generateInto(dir.path(), (dir / "out").string());
    CHECK(refused.code == exitIo);
    CHECK(refused.err.find("nothing was changed: the run would replace 1 file(s) that partgen did not write") !=
          std::string::npos);
    CHECK(refused.err.find("\n  resolved/770-745.xml\n") != std::string::npos);
    CHECK(test::snapshot(dir / "out") == before);

    CHECK(generateInto(dir.path(), (dir / "out").string(), {"--force"}).code == exitSuccess);
    CHECK(test::readFile(dir / "out/resolved/770-745.xml") != "my own 770-745");
}

TEST_CASE("the same file is found by inode when it exists, by path when it does not", "[pipeline][out]") {
    test::ScratchDir dir;
    test::writeFile(dir / "a.xml", "a");
    fs::create_hard_link(dir / "a.xml", dir / "hard.xml");
    CHECK(sameFile(dir / "a.xml", dir / "hard.xml"));
    CHECK(sameFile(dir / "a.xml", dir / "x/../a.xml"));
    CHECK(sameFile(dir / "new.dxf", dir / "./new.dxf"));
    CHECK_FALSE(sameFile(dir / "a.xml", dir / "new.dxf"));
    CHECK_FALSE(sameFile(dir / "new.dxf", dir / "new.svg"));
}

TEST_CASE("a path lies inside a folder by whole names, not by text", "[pipeline][out]") {
    test::ScratchDir dir;
    CHECK(isInside(dir / "parts/x.dxf", dir / "parts"));
    CHECK(isInside(dir / "parts", dir / "parts/"));
    CHECK_FALSE(isInside(dir / "parts2/x.dxf", dir / "parts"));
}
