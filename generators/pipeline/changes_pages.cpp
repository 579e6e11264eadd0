#include "pipeline/changes_pages.h"

#include <set>

#include "pipeline/safe_file.h"
#include "spec/file_bytes.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

bool pageNeeded(const ChangesPage& page, const ChangeReport& report, const ChangesPageRun& run) {
    return run.repairedKilledRun || report.previous != ChangeReport::Previous::compared || !report.empty() ||
           !existsNotLink(run.outDir / page.path);
}

// The file's bytes as the last run left it: only a regular file of a size partgen writes.
std::optional<std::string> bytesBefore(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::symlink_status(file, ec);
    if (ec || !fs::is_regular_file(status) || fs::file_size(file, ec) > largestPictureBefore || ec) return std::nullopt;
    return readFileBytes(file);
}

std::map<std::string, FileFate> fatesOf(const std::vector<std::string>& paths, const ChangesPageRun& run) {
    const std::set<std::string> staged = run.tree.stagedAmong(paths);
    const std::set<std::string> removed(run.removals.begin(), run.removals.end());
    std::map<std::string, FileFate> fates;
    for (const auto& path : paths) {
        const bool there = existsNotLink(run.outDir / path);
        FileFate fate;
        if (staged.count(path))
            fate.kind = there ? FileFate::Kind::changed : FileFate::Kind::created;
        else if (there)
            fate.kind = removed.count(path) ? FileFate::Kind::removed : FileFate::Kind::kept;
        if (fate.replaced() && !run.repairedKilledRun) fate.before = bytesBefore(run.outDir / path);
        fates.emplace(path, std::move(fate));
    }
    return fates;
}

}  // namespace

void stageChangesPages(const std::vector<const Format*>& formats, const ChangeReport& report,
                       const ChangesPageRun& run) {
    for (const Format* format : formats) {
        if (!format->changes || !pageNeeded(*format->changes, report, run)) continue;
        const ChangesPage& page = *format->changes;
        const auto fates = fatesOf(page.files(report), run);
        const RunChanges changes{report, fates, run.repairedKilledRun};
        run.tree.stageLast({page.path, [&](const ByteSink& sink) { page.write(changes, sink); }});
    }
}

}  // namespace partgen
