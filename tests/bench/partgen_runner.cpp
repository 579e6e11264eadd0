#include "partgen_runner.h"

#include <ostream>
#include <regex>
#include <stdexcept>

#include "child_process.h"
#include "number_text.h"
#include "settle_disk.h"
#include "tree_snapshot.h"

namespace partgen::bench {
namespace {

std::size_t countIn(const std::string& output, const std::regex& summary) {
    std::smatch match;
    if (!std::regex_search(output, match, summary)) throw std::runtime_error("partgen printed no summary:\n" + output);
    return std::stoul(match[1].str());
}

// The count from generate's summary, "partgen: N variants, M files written, ...".
std::size_t variantsReported(const std::string& output) {
    static const std::regex summary(R"(partgen: (\d+) variants, \d+ files written)");
    return countIn(output, summary);
}

// The count from panel's summary, "partgen: N cutouts checked; wrote ...".
std::size_t cutoutsReported(const std::string& output) {
    static const std::regex summary(R"(partgen: (\d+) cutouts checked)");
    return countIn(output, summary);
}

}  // namespace

PartgenRunner::PartgenRunner(std::filesystem::path partgen, std::filesystem::path root, std::ostream& progress)
    : partgen_(std::move(partgen)), root_(std::move(root)), progress_(progress) {
    if (!std::filesystem::is_regular_file(partgen_)) throw std::runtime_error("no partgen at " + partgen_.string());
    if (!std::filesystem::is_directory(root_ / catalogDir))
        throw std::runtime_error("no " + std::string(catalogDir) + " in " + root_.string() + " (see --root)");
}

Measurement PartgenRunner::run(const std::string& label, const std::vector<std::string>& options,
                               const std::filesystem::path& outDir, const std::filesystem::path& parts) const {
    std::vector<std::string> args{"generate", "--parts", parts.string(), "--out", outDir.string()};
    args.insert(args.end(), options.begin(), options.end());
    return measure(label, args, outDir, variantsReported);
}

Measurement PartgenRunner::runPanel(const std::string& label, const std::filesystem::path& layout,
                                    const std::filesystem::path& outFile) const {
    return measure(label,
                   // The drawing as DXF and SVG; the seed parts' cutouts are estimated, which panel
                   // refuses unless told.
                   {"panel", layout.string(), "--out", outFile.string(), "--out",
                    std::filesystem::path(outFile).replace_extension(".svg").string(), "--accept-estimated", "--parts",
                    "parts", "--templates", "templates"},
                   outFile.parent_path(), cutoutsReported);
}

Measurement PartgenRunner::measure(const std::string& label, const std::vector<std::string>& args,
                                   const std::filesystem::path& outDir,
                                   std::size_t (*count)(const std::string&)) const {
    progress_ << "partgen_bench: " << label << " ..." << std::flush;

    const TreeSnapshot before = snapshotOf(outDir);
    settleDisk();
    const ChildResult child = runChild(partgen_, args, root_);
    if (child.exitCode != 0)
        throw std::runtime_error("partgen exited with " + std::to_string(child.exitCode) + " (" + label + "):\n" +
                                 child.output);
    const WrittenFiles written = writtenBetween(before, snapshotOf(outDir));
    progress_ << " " << fixed(child.seconds, 2) << " s\n";
    return {label, count(child.output), child.seconds, written.bytes, written.files, child.peakBytes};
}

}  // namespace partgen::bench
