#pragma once
// The entries of one family file, gathered from many threads while the variants are
// built, then handed to the format's writer sorted by key (ties in catalog order). The
// texts wait in a temporary file, so memory does not grow with the family.

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/format.h"
#include "pipeline/family_index.h"
#include "pipeline/spool.h"

namespace partgen {

class FamilyCollector : public FamilyEntries {
public:
    // Thread-safe. `position` orders entries of equal key: the variant's catalog index.
    // `fingerprint` is what the entry was made from (pipeline/fingerprint.h); an entry
    // without one leaves the file without a layout.
    void add(std::size_t position, const FamilyEntry& entry, const std::string& fingerprint = "");

    // Once every entry is there, before the first copySection.
    void sort();

    // The section's text of every entry, in order; sections an entry lacks are empty.
    void copySection(std::size_t section, const ByteSink& sink) const override;
    std::size_t count() const override { return placed_.size(); }

    // While the file is written: `written` counts the bytes so far, so that each section's
    // place in the file is known.
    void countBytesFrom(const std::uint64_t* written) { written_ = written; }
    // After the file is written: its lines of the family index (`file` with its format,
    // path and size; the section starts and entries come from here), when every section was
    // copied once and every entry had a fingerprint; else false, writing nothing.
    // `numberOf` gives a position's number.
    bool writeLayout(FamilyFileLayout file, const std::function<std::string(std::size_t)>& numberOf,
                     const ByteSink& sink) const;

private:
    // Kept small, since a family file has an entry per variant: the keys wait in one
    // string and the section lengths in one list, the texts in the spool.
    struct Placed {
        std::uint64_t offset;       // of the entry's first section in the spool
        std::uint32_t position;     // catalog index, for ties
        std::uint32_t keyOffset;    // into keys_
        std::uint32_t firstLength;  // into lengths_
        std::uint32_t added;        // the order of adding: into fingerprints_
        std::uint16_t keyLength;
        std::uint16_t sections;
    };

    std::string_view keyOf(const Placed& p) const { return std::string_view(keys_).substr(p.keyOffset, p.keyLength); }

    mutable Spool texts_;  // reading moves its file position
    std::mutex mutex_;
    std::vector<Placed> placed_;
    std::string keys_;
    std::vector<std::uint32_t> lengths_;
    std::string fingerprints_;  // of equal length each, in the order of adding
    std::size_t fingerprintLength_ = 0;
    bool fingerprinted_ = true;
    const std::uint64_t* written_ = nullptr;
    mutable std::vector<std::optional<std::uint64_t>> sectionStarts_;
    mutable bool copiedTwice_ = false;
};

}  // namespace partgen
