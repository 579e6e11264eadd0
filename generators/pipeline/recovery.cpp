#include "pipeline/recovery.h"

#include <map>

#include "model/error.h"
#include "pipeline/fault_point.h"
#include "pipeline/manifest.h"
#include "pipeline/safe_file.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

bool isTemporaryName(const std::string& name) {
    const std::string end = temporarySuffix;
    return name.size() > end.size() + 1 && name.front() == '.' &&
           name.compare(name.size() - end.size(), end.size(), end) == 0;
}

// Temporary files and stand-in folders anywhere below `outDir`; links are not followed.
void sweepTemporaries(const fs::path& outDir) {
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(outDir); it != fs::recursive_directory_iterator(); ++it) {
        if (!isTemporaryName(it->path().filename().string())) continue;
        found.push_back(it->path());
        it.disable_recursion_pending();
    }
    for (const auto& path : found) fs::remove_all(path);
}

void readEntries(const fs::path& file, std::map<std::string, ManifestEntry>& byPath) {
    std::string error;
    if (!visitManifestFile(
            file, [&](const ManifestEntry& e) { byPath.insert_or_assign(e.path, e); }, error))
        throw Error(ErrorCategory::io, error);
}

// The old manifest's entries, with the journal's in place of any of the same path.
Manifest mergedRecord(const fs::path& outDir) {
    std::map<std::string, ManifestEntry> byPath;
    readEntries(outDir / manifestFileName, byPath);
    readEntries(outDir / journalFileName, byPath);
    Manifest merged;
    for (auto& [path, entry] : byPath) merged.entries.push_back(std::move(entry));
    return merged;  // no inputs digest: the next run trusts nothing
}

void replaceManifest(const fs::path& outDir, const Manifest& manifest) {
    const fs::path temporary = outDir / (std::string(".recovered") + temporarySuffix);
    std::error_code ec;
    fs::remove(temporary, ec);
    NewFile file(temporary);
    file.write(manifestText(manifest));
    file.close();
    fs::rename(temporary, outDir / manifestFileName);
}

}  // namespace

bool interruptedRunIn(const fs::path& outDir) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(outDir / journalFileName, ec));
}

bool recoverInterruptedRun(const fs::path& outDir) {
    if (!interruptedRunIn(outDir)) return false;
    refuseLink(outDir / journalFileName);
    refuseLink(outDir / manifestFileName);
    sweepTemporaries(outDir);
    faultPoint();
    replaceManifest(outDir, mergedRecord(outDir));
    faultPoint();
    fs::remove(outDir / journalFileName);
    faultPoint();
    return true;
}

}  // namespace partgen
