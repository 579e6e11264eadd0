#include "pipeline/output_folder.h"

#include <algorithm>

#include "model/error.h"
#include "pipeline/manifest.h"
#include "pipeline/recovery.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

// Absolute, links resolved as far as the path exists, and no trailing '/'.
fs::path absoluteOf(const fs::path& path) {
    fs::path full = fs::weakly_canonical(fs::absolute(path)).lexically_normal();
    return full.has_filename() || full == full.root_path() ? full : full.parent_path();
}

// Whether `inner` is `outer` or below it.
bool within(const fs::path& inner, const fs::path& outer) {
    return std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end()).first == outer.end();
}

}  // namespace

bool sameFile(const fs::path& a, const fs::path& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return absoluteOf(a) == absoluteOf(b);
}

bool isInside(const fs::path& path, const fs::path& folder) { return within(absoluteOf(path), absoluteOf(folder)); }

void checkOutputChoice(const fs::path& outDir, const std::vector<fs::path>& inputs) {
    if (outDir.empty()) throw Error(ErrorCategory::usage, "--out needs a folder name");
    const fs::path out = absoluteOf(outDir);
    if (out == out.root_path())
        throw Error(ErrorCategory::usage, "--out may not be the root folder " + out.generic_string());
    for (const auto& input : inputs) {
        const fs::path in = absoluteOf(input);
        if (within(out, in) || within(in, out))
            throw Error(ErrorCategory::usage,
                        "--out " + outDir.generic_string() + " is, holds or lies inside the input folder " +
                            input.generic_string() + "; choose a folder of its own for the output");
    }
}

void checkOutputOwned(const fs::path& outDir) {
    std::error_code ec;
    if (fs::exists(outDir / manifestFileName, ec) || interruptedRunIn(outDir)) return;
    for (const auto& entry : fs::directory_iterator(outDir, ec)) {
        const auto name = entry.path().filename().string();
        if (name == lockFileName || (name == panelsFolderName && entry.is_directory(ec))) continue;
        throw Error(ErrorCategory::usage,
                    "--out " + outDir.generic_string() +
                        " is not empty and partgen has never written into it (it has no " + manifestFileName +
                        "; it holds " + name +
                        "); choose an empty or new folder, or pass --force to write into it anyway");
    }
}

}  // namespace partgen
