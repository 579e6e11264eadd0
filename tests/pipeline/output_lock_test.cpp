#include "pipeline/output_lock.h"

#include "cli/commands.h"
#include "pipeline/manifest.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

TEST_CASE("a second run into a locked folder fails at once and touches nothing", "[pipeline][lock]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<depth>36 mm</depth>", "<depth>37 mm</depth>");
    const auto before = test::snapshot(dir / "out");
    {
        const OutputLock held(dir / "out", OutputLock::Mode::write);
        const auto second = test::runIn(dir.path(), "generate", {"--format", "resolved"});
        CHECK(second.code == exitIo);
        CHECK(second.err.find("another partgen run is using") != std::string::npos);
        CHECK(second.err.find("nothing was changed") != std::string::npos);
        CHECK(test::runIn(dir.path(), "generate", {"--format", "resolved", "--check"}).code == exitIo);
        CHECK(test::snapshot(dir / "out") == before);
    }
    CHECK(test::runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    CHECK(test::snapshot(dir / "out") != before);
}

TEST_CASE("a first run that fails leaves no folder and no lock file behind", "[pipeline][lock]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<poles>4</poles>", "<poles>0</poles>");
    CHECK(test::runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitInvalid);
    CHECK_FALSE(fs::exists(dir / "out"));
    { const OutputLock reading(dir / "never-written", OutputLock::Mode::read); }
    CHECK_FALSE(fs::exists(dir / "never-written"));
}

// A run that is making a new folder has files in it before it has a manifest; a second run
// must see the lock before it judges the folder someone else's.
TEST_CASE("a run into a folder another run is making finds it busy, not foreign", "[pipeline][lock]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    const OutputLock held(dir / "out", OutputLock::Mode::write);
    test::writeFile(dir / "out/.resolved.4242.partgen-tmp/770-744.xml", "being written");
    const auto second = test::runIn(dir.path(), "generate", {"--format", "resolved"});
    CHECK(second.code == exitIo);
    CHECK(second.err.find("another partgen run is using") != std::string::npos);
    CHECK(second.err.find("has never written into it") == std::string::npos);
}

TEST_CASE("a lock file the lock made goes with it unless the run keeps it, one it found stays", "[pipeline][lock]") {
    test::ScratchDir dir;
    const fs::path lockFile = dir / "out" / lockFileName;
    { const OutputLock failed(dir / "out", OutputLock::Mode::write); }
    CHECK_FALSE(fs::exists(dir / "out"));

    test::writeFile(dir / "out/.partgen-manifest", "a library\n");
    { const OutputLock failed(dir / "out", OutputLock::Mode::write); }
    CHECK_FALSE(fs::exists(lockFile));
    {
        OutputLock succeeded(dir / "out", OutputLock::Mode::write);
        succeeded.keep();
    }
    REQUIRE(fs::exists(lockFile));
    { const OutputLock failed(dir / "out", OutputLock::Mode::write); }
    CHECK(fs::exists(lockFile));
}

TEST_CASE("a refused run leaves a folder without a lock file as it found it", "[pipeline][lock]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitSuccess);
    fs::remove(dir / "out" / lockFileName);
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<poles>4</poles>", "<poles>0</poles>");
    const auto before = test::snapshot(dir / "out");
    CHECK(test::runIn(dir.path(), "generate", {"--format", "resolved"}).code == exitInvalid);
    CHECK(test::snapshot(dir / "out") == before);
}
