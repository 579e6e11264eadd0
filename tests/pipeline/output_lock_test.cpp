#include "pipeline/output_lock.h"

#include "cli/commands.h"
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
