#pragma once
// What a run wrote, what it leaves alone and what it removes, and the manifest that
// records it. A catalog's run makes tens of thousands of files, so the ledger keeps
// little per file: their manifest lines go to a temporary file as they come, in
// manifest order, and each path is remembered by a 128-bit hash only.

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/formats.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/run.h"
#include "pipeline/spool.h"

namespace partgen {

// Owners of files made from more than one variant, as the manifest names them.
inline const std::string familyOwnerPrefix = "family:";  // + family id
inline const std::string catalogOwnerName = "catalog";

// Whether a run of these formats and this --only glob makes (or removes) the entry's file.
bool runCovers(const ManifestEntry& entry, const std::vector<const Format*>& formats, const std::string& only);

struct Produced {
    ManifestEntry entry;
    FileChange change;
};

class Ledger {
public:
    // With `check`, the report lists every change (report.changes). With `force`, files
    // partgen did not write may be replaced (and are listed in report.foreign).
    Ledger(std::vector<const Format*> formats, std::string only, bool check, bool force);

    // Thread-safe. The files of the variant at `position` in catalog order (0, 1, ...):
    // held only until those before it have come.
    void addVariantFiles(std::size_t position, std::vector<Produced> files, GenerateReport& report);
    // Thread-safe. Family and catalog files: few.
    void addSharedFiles(std::vector<Produced> files, GenerateReport& report);

    // After every file: the previous manifest's files this run did not make are kept
    // when the run does not cover them, else returned for removal. Throws
    // std::logic_error when two files of this run have one path, and Error (outputRefused)
    // when the run would replace files the previous manifest does not list (unless forced or
    // checking; report.foreign lists them).
    std::vector<std::string> settle(const std::filesystem::path& outDir, GenerateReport& report);

    // The previous manifest's entries of the files settle() returned for removal.
    const std::vector<ManifestEntry>& removed() const { return removed_; }

    // The new manifest, in manifestOrder; written once, after settle().
    StreamedDocument manifest(const ManifestHeader& header);

private:
    using PathHash = std::array<std::uint8_t, 16>;

    void record(const Produced& p, GenerateReport& report);
    void spool(std::vector<Produced>& files);
    bool madeThisRun(const std::string& path) const;
    void checkDistinctPaths();
    void keep(const ManifestEntry& old);
    void findForeign(std::vector<PathHash> previous, GenerateReport& report);
    std::vector<std::string> pathsOf(const std::vector<PathHash>& sortedHashes);

    std::vector<const Format*> formats_;
    std::string only_;
    bool check_;
    bool force_;
    std::mutex mutex_;
    std::size_t nextPosition_ = 0;
    std::map<std::size_t, std::vector<Produced>> waiting_;  // variants that came early
    Spool variantLines_;
    std::vector<ManifestEntry> shared_;
    std::vector<PathHash> paths_;
    std::vector<PathHash> replaced_;  // files of this run that were there before it
    std::vector<ManifestEntry> removed_;
    Spool keptLines_;
    std::vector<ManifestEntry> keptOutOfOrder_;  // from a manifest of an older order
    ManifestEntry lastKept_;
};

}  // namespace partgen
