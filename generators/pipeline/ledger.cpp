#include "pipeline/ledger.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>

#include "model/error.h"
#include "model/uuid.h"

namespace partgen {
namespace {

std::array<std::uint8_t, 16> hashOf(const std::string& path) {
    const auto digest = sha1(path);
    std::array<std::uint8_t, 16> hash{};
    std::copy_n(digest.begin(), hash.size(), hash.begin());
    return hash;
}

// Entries in manifestOrder from several sources that are each in that order.
class MergedEntries {
public:
    using Next = std::function<bool(ManifestEntry&)>;
    void add(Next next) {
        Source source{std::move(next), {}, false};
        source.valid = source.next(source.current);
        sources_.push_back(std::move(source));
    }
    bool next(ManifestEntry& entry) {
        Source* least = nullptr;
        for (auto& s : sources_)
            if (s.valid && (!least || manifestOrder(s.current, least->current))) least = &s;
        if (!least) return false;
        entry = std::move(least->current);
        least->valid = least->next(least->current);
        return true;
    }

private:
    struct Source {
        Next next;
        ManifestEntry current;
        bool valid;
    };
    std::vector<Source> sources_;
};

MergedEntries::Next fromSpool(Spool& spool) {
    auto reader = std::make_shared<Spool::Lines>(spool);
    return [reader, line = std::string()](ManifestEntry& entry) mutable {
        if (!reader->next(line)) return false;
        const auto parsed = parseManifestLine(line);
        if (!parsed) throw std::logic_error("unreadable spooled manifest line '" + line + "'");
        entry = *parsed;
        return true;
    };
}

MergedEntries::Next fromList(const std::vector<ManifestEntry>& list) {
    return [&list, i = std::size_t(0)](ManifestEntry& entry) mutable {
        if (i == list.size()) return false;
        entry = list[i++];
        return true;
    };
}

}  // namespace

bool runCovers(const ManifestEntry& e, const std::vector<const Format*>& formats, const std::string& only) {
    const bool formatSelected =
        std::any_of(formats.begin(), formats.end(), [&](const Format* f) { return f->name == e.format; });
    const bool shared = e.owner == catalogOwnerName || e.owner.rfind(familyOwnerPrefix, 0) == 0;
    return formatSelected && (shared ? only == "*" : matchesGlob(only, e.owner));
}

Ledger::Ledger(std::vector<const Format*> formats, std::string only, bool check, bool force)
    : formats_(std::move(formats)), only_(std::move(only)), check_(check), force_(force) {}

void Ledger::record(const Produced& p, GenerateReport& report) {
    paths_.push_back(hashOf(p.entry.path));
    if (p.change == FileChange::unchanged) {
        ++report.unchanged;
        return;
    }
    ++report.written;
    if (p.change == FileChange::changed) replaced_.push_back(paths_.back());
    if (check_) report.changes.push_back((p.change == FileChange::created ? "created " : "changed ") + p.entry.path);
}

// One variant's files, in manifest order, to the spool.
void Ledger::spool(std::vector<Produced>& files) {
    std::sort(files.begin(), files.end(),
              [](const Produced& a, const Produced& b) { return manifestOrder(a.entry, b.entry); });
    std::string text;
    for (const auto& f : files) appendManifestLine(text, f.entry);
    variantLines_.add(text);
}

void Ledger::addVariantFiles(std::size_t position, std::vector<Produced> files, GenerateReport& report) {
    std::lock_guard lock(mutex_);
    for (const auto& f : files) record(f, report);
    waiting_.emplace(position, std::move(files));
    // Variants finish out of order on several threads; their lines go out in order.
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == nextPosition_; it = waiting_.erase(it)) {
        spool(it->second);
        ++nextPosition_;
    }
}

void Ledger::addSharedFiles(std::vector<Produced> files, GenerateReport& report) {
    std::lock_guard lock(mutex_);
    for (auto& f : files) {
        record(f, report);
        shared_.push_back(std::move(f.entry));
    }
}

bool Ledger::madeThisRun(const std::string& path) const {
    return std::binary_search(paths_.begin(), paths_.end(), hashOf(path));
}

void Ledger::checkDistinctPaths() {
    std::sort(paths_.begin(), paths_.end());
    const auto twice = std::adjacent_find(paths_.begin(), paths_.end());
    if (twice == paths_.end()) return;
    // Find the path for the message: a programming error, so a slow search is fine.
    MergedEntries made;
    made.add(fromSpool(variantLines_));
    made.add(fromList(shared_));
    for (ManifestEntry e; made.next(e);)
        if (hashOf(e.path) == *twice) throw std::logic_error("two outputs of the same run have the path " + e.path);
    throw std::logic_error("two outputs of the same run have one path");
}

// A previous file this run does not cover stays in the manifest.
void Ledger::keep(const ManifestEntry& old) {
    if (keptLines_.size() > 0 && manifestOrder(old, lastKept_)) {  // a manifest written in an older order
        keptOutOfOrder_.push_back(old);
        return;
    }
    std::string line;
    appendManifestLine(line, old);
    keptLines_.add(line);
    lastKept_ = old;
}

std::vector<std::string> Ledger::settle(const std::filesystem::path& outDir, GenerateReport& report) {
    if (!waiting_.empty()) throw std::logic_error("a variant's files never came");
    checkDistinctPaths();
    std::vector<std::string> removals;
    std::vector<PathHash> previous;
    std::string error;
    const auto header = visitManifest(
        outDir,
        [&](const ManifestEntry& old) {
            previous.push_back(hashOf(old.path));
            if (madeThisRun(old.path)) return;
            if (!runCovers(old, formats_, only_)) return keep(old);
            std::error_code ec;
            if (!std::filesystem::exists(outDir / old.path, ec)) return;
            removals.push_back(old.path);
            removed_.push_back(old);
            ++report.removed;
            if (check_) report.changes.push_back("removed " + old.path);
        },
        error);
    if (!header) throw Error(ErrorCategory::io, error);
    findForeign(std::move(previous), report);
    std::sort(shared_.begin(), shared_.end(), manifestOrder);
    std::sort(keptOutOfOrder_.begin(), keptOutOfOrder_.end(), manifestOrder);
    return removals;
}

// The paths of this run's files whose hash is among `sortedHashes`, sorted.
std::vector<std::string> Ledger::pathsOf(const std::vector<PathHash>& sortedHashes) {
    std::vector<std::string> paths;
    MergedEntries made;
    made.add(fromSpool(variantLines_));
    made.add(fromList(shared_));
    for (ManifestEntry e; made.next(e);)
        if (std::binary_search(sortedHashes.begin(), sortedHashes.end(), hashOf(e.path))) paths.push_back(e.path);
    std::sort(paths.begin(), paths.end());
    return paths;
}

// Files this run replaces that no earlier run recorded: the user's own. Found by hash, as
// a regeneration can replace every file of a catalog; their paths only when there are any.
void Ledger::findForeign(std::vector<PathHash> previous, GenerateReport& report) {
    std::sort(previous.begin(), previous.end());
    std::vector<PathHash> foreign;
    for (const auto& hash : replaced_)
        if (!std::binary_search(previous.begin(), previous.end(), hash)) foreign.push_back(hash);
    if (foreign.empty()) return;
    std::sort(foreign.begin(), foreign.end());
    report.foreign = pathsOf(foreign);
    if (force_ || check_) return;
    std::string list;
    for (std::size_t i = 0; i < report.foreign.size() && i < 10; ++i) list += "\n  " + report.foreign[i];
    if (report.foreign.size() > 10) list += "\n  ... and " + std::to_string(report.foreign.size() - 10) + " more";
    throw Error(ErrorCategory::outputRefused,
                "the run would replace " + std::to_string(report.foreign.size()) +
                    " file(s) that partgen did not write (its manifest does not list them):" + list +
                    "\nmove them away, or pass --force to replace them");
}

StreamedDocument Ledger::manifest(const ManifestHeader& header) {
    return {manifestFileName, [this, header](const ByteSink& sink) {
                sink(manifestHeaderText(header));
                MergedEntries all;
                all.add(fromSpool(variantLines_));
                all.add(fromList(shared_));
                all.add(fromSpool(keptLines_));
                all.add(fromList(keptOutOfOrder_));
                std::string line;
                for (ManifestEntry e; all.next(e);) {
                    line.clear();
                    appendManifestLine(line, e);
                    sink(line);
                }
            }};
}

}  // namespace partgen
