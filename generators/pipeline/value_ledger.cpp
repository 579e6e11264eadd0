#include "pipeline/value_ledger.h"

#include "pipeline/change_merge.h"
#include "pipeline/value_record.h"

namespace partgen {
namespace {

void count(FileCounts& counts, FileChange change) {
    if (change == FileChange::created) ++counts.created;
    if (change == FileChange::changed) ++counts.changed;
}

}  // namespace

void ValueLedger::countFile(const std::string& family, const Produced& file) {
    count(byFamily_[family][file.entry.format], file.change);
}

void ValueLedger::addVariant(std::size_t position, const Variant& v, const std::vector<Produced>& files) {
    std::size_t changedFiles = 0;
    for (const auto& f : files) changedFiles += f.change != FileChange::unchanged;
    // Made outside the lock: the text of every value is most of the work.
    std::vector<std::string> head{std::to_string(changedFiles)};
    const ValueRow row = valueRow(v);
    head.insert(head.end(), row.cells.begin(), row.cells.end());
    std::string text = joinCells(head) + "\n" + joinCells(valueLocations(v)) + "\n";

    std::lock_guard lock(mutex_);
    for (const auto& f : files) countFile(v.familyId, f);
    waiting_.emplace(position, std::move(text));
    release();
}

void ValueLedger::skipVariant(std::size_t position) {
    std::lock_guard lock(mutex_);
    waiting_.emplace(position, std::string());
    release();
}

// Variants finish out of order on several threads; their rows go out in order.
void ValueLedger::release() {
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == nextPosition_; it = waiting_.erase(it)) {
        rows_.add(it->second);
        ++nextPosition_;
    }
}

void ValueLedger::addSharedFiles(const std::vector<Produced>& files) {
    std::lock_guard lock(mutex_);
    for (const auto& f : files) {
        if (f.entry.owner.rfind(familyOwnerPrefix, 0) == 0)
            countFile(f.entry.owner.substr(familyOwnerPrefix.size()), f);
        else
            count(catalogFiles_[f.entry.format], f.change);
    }
}

ChangeReport ValueLedger::finish(const std::filesystem::path& outDir, const Catalog& catalog, const std::string& only,
                                 const std::vector<ManifestEntry>& removed) {
    MergeInputs inputs{outDir, catalog, only, removed, rows_, std::move(byFamily_), std::move(catalogFiles_)};
    return mergeChanges(inputs, record_);
}

StreamedDocument ValueLedger::record() {
    return {valueRecordFileName, [this](const ByteSink& sink) { record_.copyTo(sink); }};
}

}  // namespace partgen
