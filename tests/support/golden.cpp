#include "support/golden.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <vector>

#include "support/scratch.h"

namespace partgen::test {
namespace fs = std::filesystem;

namespace {

bool within(const fs::path& inner, const fs::path& outer) {
    const fs::path in = fs::weakly_canonical(fs::absolute(inner)), out = fs::weakly_canonical(fs::absolute(outer));
    return std::mismatch(out.begin(), out.end(), in.begin(), in.end()).first == out.end();
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// "line N" with both versions of the first line that differs.
std::string firstDifference(const std::string& kept, const std::string& made) {
    const auto keptLines = linesOf(kept), madeLines = linesOf(made);
    std::size_t i = 0;
    while (i < keptLines.size() && i < madeLines.size() && keptLines[i] == madeLines[i]) ++i;
    const auto lineOr = [i](const std::vector<std::string>& lines) {
        return i < lines.size() ? "'" + lines[i] + "'" : std::string("(end of file)");
    };
    // Lines alike but bytes not: a last newline or a carriage return.
    if (i == keptLines.size() && i == madeLines.size()) return "its line ends";
    return "line " + std::to_string(i + 1) + "\n  golden: " + lineOr(keptLines) + "\n  output: " + lineOr(madeLines);
}

}  // namespace

std::string goldenDifference(const std::string& golden, const std::string& bytes) {
    const char* out = std::getenv("PARTGEN_GOLDEN_OUT");
    return goldenDifference(golden, bytes, sourceDir() / "tests", out ? fs::path(out) : fs::path());
}

std::string goldenDifference(const std::string& golden, const std::string& bytes, const fs::path& kept,
                             const fs::path& out) {
    if (!out.empty()) {
        if (within(out, kept))
            return "PARTGEN_GOLDEN_OUT=" + out.string() + " lies in " + kept.string() +
                   "; the golden tests write elsewhere and scripts/update-golden.sh copies";
        writeFile(out / golden, bytes);
        return "";
    }
    const fs::path file = kept / golden;
    if (!fs::exists(file)) return file.string() + " is missing; scripts/update-golden.sh writes it";
    const std::string keptBytes = readFile(file);
    if (keptBytes == bytes) return "";
    return file.string() + " differs from the output at " + firstDifference(keptBytes, bytes) +
           "\n(scripts/update-golden.sh updates every golden file)";
}

std::set<std::string> goldenFilesUnder(const fs::path& root) {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        const fs::path relative = fs::relative(entry.path(), root);
        const fs::path folder = relative.parent_path();
        if (std::find(folder.begin(), folder.end(), fs::path("golden")) != folder.end())
            files.insert(relative.generic_string());
    }
    return files;
}

}  // namespace partgen::test
