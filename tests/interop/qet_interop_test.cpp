// Every QElectroTech element partgen writes, loaded by QElectroTech 0.9 itself (Debian's
// qelectrotech) through tests/interop/check_qet.py: the elements are embedded in a
// generated project that QElectroTech opens; a failed element shows in its log.

#include <algorithm>

#include "support/catch.h"
#include "support/cli.h"
#include "support/interop.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> generateElements(const test::ScratchDir& dir) {
    test::copySpec(dir.path());
    REQUIRE(test::runIn(dir.path(), "generate", {"--format", "qet"}).code == 0);
    std::vector<fs::path> elements;
    for (const auto& entry : fs::directory_iterator(dir / "out/qet")) elements.push_back(entry.path());
    std::sort(elements.begin(), elements.end());
    return elements;
}

// Runs the check with its messages written to `log`.
int checkQet(const test::ScratchDir& dir, const std::vector<fs::path>& elements, const fs::path& log) {
    std::string args = (dir / ("qet-" + log.stem().string())).string();
    for (const auto& element : elements) args += " " + element.string();
    return test::runInteropCheck("check_qet.py", args + " 2>" + log.string());
}

}  // namespace

TEST_CASE("QElectroTech 0.9 loads every generated element", "[interop][qet]") {
    test::ScratchDir dir;
    const auto elements = generateElements(dir);
    CHECK(elements.size() == 6);
    const auto log = dir / "loads.log";
    CHECK(checkQet(dir, elements, log) == 0);
    INFO(test::readFile(log));
    CHECK(test::readFile(log).empty());
}

TEST_CASE("the QElectroTech check fails on an element QElectroTech cannot load", "[interop][qet]") {
    test::ScratchDir dir;
    const auto elements = generateElements(dir);
    const auto element = dir / "out/qet/770-744.elmt";
    const std::string good = test::readFile(element);

    // A text field without its size: QElectroTech refuses the element (error code 7).
    test::replaceInFile(element, "<description>", "<description>\n    <input x=\"0\" y=\"0\" text=\"_\"/>");
    const auto refused = dir / "refused.log";
    CHECK(checkQet(dir, elements, refused) != 0);
    INFO(test::readFile(refused));
    CHECK(test::readFile(refused).find("embed://import/partgen/770-744.elmt a echoue avec le code d'erreur 7") !=
          std::string::npos);

    // A terminal off the grid loads, but conductors could not reach it on the diagram.
    test::writeFile(element, good);
    test::replaceInFile(element, "<terminal x=\"20\" y=\"0\"", "<terminal x=\"25\" y=\"0\"");
    const auto offGrid = dir / "off-grid.log";
    CHECK(checkQet(dir, elements, offGrid) != 0);
    CHECK(test::readFile(offGrid).find("off the 10 px grid") != std::string::npos);
}

TEST_CASE("the QElectroTech check fails on a pole with one clamp and on a text past its frame", "[interop][qet]") {
    test::ScratchDir dir;
    const auto elements = generateElements(dir);

    // The second clamp of pole 1 left out: QElectroTech loads it, but a conductor could no
    // longer be looped through the pole.
    const auto socket = dir / "out/qet/770-744.elmt";
    std::string text = test::readFile(socket);
    const auto clamp = text.rfind('\n', text.find("name=\"1.2\""));
    text.erase(clamp, text.find('\n', clamp + 1) - clamp);
    test::writeFile(socket, text);
    const auto oneClamp = dir / "one-clamp.log";
    CHECK(checkQet(dir, elements, oneClamp) != 0);
    INFO(test::readFile(oneClamp));
    CHECK(test::readFile(oneClamp).find("the pole at x=0 has the terminals [('n', '1.1')]") != std::string::npos);

    // A marking longer than its column was sized for runs past the frame.
    const auto twoPole = dir / "out/qet/770-1242_076-000.elmt";
    test::replaceInFile(twoPole, "text=\"2\"", "text=\"2/COMMON\"");
    const auto pastFrame = dir / "past-frame.log";
    CHECK(checkQet(dir, elements, pastFrame) != 0);
    INFO(test::readFile(pastFrame));
    CHECK(test::readFile(pastFrame).find("text '2/COMMON'") != std::string::npos);
    CHECK(test::readFile(pastFrame).find("runs past its frame") != std::string::npos);
}
