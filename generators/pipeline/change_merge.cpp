#include "pipeline/change_merge.h"

#include <memory>
#include <optional>
#include <stdexcept>

#include "pipeline/ledger.h"
#include "pipeline/run.h"
#include "pipeline/value_record.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

struct NewProduct {
    std::size_t files = 0;  // created or changed
    ValueRow row;
    std::string locations;  // cut into cells only for a product whose values changed
};

std::optional<Provenance> sourceOf(const std::string& cell) {
    return cell.empty() ? std::nullopt : provenanceOfLetter(cell.front());
}

std::string textOf(const std::string& cell) { return cell.empty() ? "" : cell.substr(1); }

std::string locationOf(const ValueRow& row) { return row.cells[3] + ":" + row.cells[4]; }

class ChangeMerge {
public:
    ChangeMerge(MergeInputs& in, Spool& record) : in_(in), record_(record), newRows_(in.rows) {
        for (const auto& e : in.removed) countRemoved(e);
    }

    ChangeReport run() {
        openPrevious();
        record_.add(writer_.header());
        std::optional<NewProduct> now = nextNew();
        std::optional<ValueRow> old = nextOld();
        while (now || old) {
            if (now && (!old || now->row.number() < old->number())) {
                added(std::move(*now));
                now = nextNew();
            } else if (!now || old->number() < now->row.number()) {
                oldOnly(std::move(*old));
                old = nextOld();
            } else {
                compared(*old, std::move(*now));
                now = nextNew();
                old = nextOld();
            }
        }
        if (previous_ && !previous_->ok()) noPrevious(ChangeReport::Previous::unreadable, previous_->error());
        return report();
    }

private:
    void openPrevious() {
        std::error_code ec;
        if (fs::exists(in_.outDir / valueRecordFileName, ec)) {
            previous_ = std::make_unique<ValueRecordReader>(in_.outDir / valueRecordFileName);
            if (previous_->ok()) return;
            return noPrevious(ChangeReport::Previous::unreadable, previous_->error());
        }
        noPrevious(fs::exists(in_.outDir / manifestFileName, ec) ? ChangeReport::Previous::fromOlderPartgen
                                                                 : ChangeReport::Previous::none,
                   "");
    }

    void noPrevious(ChangeReport::Previous why, const std::string& note) {
        compare_ = false;
        previousState_ = why;
        note_ = note;
    }

    std::optional<NewProduct> nextNew() {
        std::string head, locations;
        if (!newRows_.next(head)) return std::nullopt;
        if (!newRows_.next(locations)) throw std::logic_error("a spooled value row has no locations");
        NewProduct product;
        auto cells = splitCells(head);
        product.files = std::stoul(cells.front());
        product.row.cells.assign(cells.begin() + 1, cells.end());
        product.locations = std::move(locations);
        return product;
    }

    std::optional<ValueRow> nextOld() {
        ValueRow row;
        if (!previous_ || !previous_->next(row)) return std::nullopt;
        return row;
    }

    void added(NewProduct now) {
        const std::size_t files = now.files + takeRemoved(now.row);
        if (compare_)
            family(now.row.family())
                .products.push_back(
                    {ProductChange::Kind::added, now.row.number(), {}, now.row.cells[2], locationOf(now.row), files});
        write(std::move(now.row));
    }

    // A product of the previous record that the run did not build: still in the spec but
    // not selected (kept), or gone from the spec (removed when --only covers it).
    void oldOnly(ValueRow old) {
        const bool inSpec = in_.catalog.find(old.number()) < in_.catalog.size();
        if (inSpec || !matchesGlob(in_.only, old.number())) return write(std::move(old));
        const std::size_t files = takeRemoved(old);
        family(old.family())
            .products.push_back({ProductChange::Kind::removed, old.number(), {}, old.cells[2], locationOf(old), files});
    }

    void compared(const ValueRow& old, NewProduct now) {
        const std::size_t files = now.files + takeRemoved(now.row);
        ProductChange change{ProductChange::Kind::changed, now.row.number(), {}, "", "", files};
        const auto& names = recordFieldNames();
        std::vector<std::string> locations;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string& before = old.cells[rowHeadCells + i];
            const std::string& after = now.row.cells[rowHeadCells + i];
            if (before == after) continue;
            if (locations.empty()) locations = splitCells(now.locations);
            change.values.push_back({names[i], textOf(before), textOf(after), sourceOf(before), sourceOf(after),
                                     locationIn(now.row, locations[i])});
        }
        if (!change.values.empty()) family(now.row.family()).products.push_back(std::move(change));
        write(std::move(now.row));
    }

    void write(ValueRow row) { record_.add(writer_.line(std::move(row))); }

    FamilyChanges& family(const std::string& id) {
        FamilyChanges& f = families_[id];
        f.id = id;
        return f;
    }

    void countRemoved(const ManifestEntry& e) {
        if (e.owner == catalogOwnerName)
            ++in_.catalogFiles[e.format].removed;
        else if (e.owner.rfind(familyOwnerPrefix, 0) == 0)
            ++in_.byFamily[e.owner.substr(familyOwnerPrefix.size())][e.format].removed;
        else
            ++removedByOwner_[e.owner][e.format];
    }

    // The removed files of the product, counted in its family; how many.
    std::size_t takeRemoved(const ValueRow& row) {
        const auto found = removedByOwner_.find(row.number());
        if (found == removedByOwner_.end()) return 0;
        std::size_t files = 0;
        for (const auto& [format, n] : found->second) {
            in_.byFamily[row.family()][format].removed += n;
            files += n;
        }
        removedByOwner_.erase(found);
        return files;
    }

    ChangeReport report() {
        ChangeReport report;
        report.previous = compare_ ? ChangeReport::Previous::compared : previousState_;
        report.note = note_;
        if (!compare_) return report;
        for (const auto& [owner, formats] : removedByOwner_)  // products the record did not know
            for (const auto& [format, n] : formats) in_.catalogFiles[format].removed += n;
        for (auto& [id, counts] : in_.byFamily)
            for (const auto& [format, n] : counts)
                if (n.total() > 0) family(id).byFormat[format] = n;
        for (auto& [id, f] : families_) report.families.push_back(std::move(f));
        for (const auto& [format, n] : in_.catalogFiles)
            if (n.total() > 0) report.catalogFiles[format] = n;
        return report;
    }

    MergeInputs& in_;
    Spool& record_;
    Spool::Lines newRows_;
    std::unique_ptr<ValueRecordReader> previous_;
    bool compare_ = true;
    ChangeReport::Previous previousState_ = ChangeReport::Previous::compared;
    std::string note_;
    ValueRecordWriter writer_;
    std::map<std::string, std::map<std::string, std::size_t>> removedByOwner_;
    std::map<std::string, FamilyChanges> families_;
};

}  // namespace

ChangeReport mergeChanges(MergeInputs& inputs, Spool& record) { return ChangeMerge(inputs, record).run(); }

}  // namespace partgen
