#pragma once
// The entries of one family file, gathered from many threads while the variants are
// built, then handed to the format's writer sorted by key (ties in catalog order). The
// texts wait in a temporary file, so memory does not grow with the family.

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "format/format.h"
#include "pipeline/spool.h"

namespace partgen {

class FamilyCollector : public FamilyEntries {
public:
    // Thread-safe. `position` orders entries of equal key: the variant's catalog index.
    void add(std::size_t position, const FamilyEntry& entry);

    // Once every entry is there, before the first copySection.
    void sort();

    // The section's text of every entry, in order; sections an entry lacks are empty.
    void copySection(std::size_t section, const ByteSink& sink) const override;

private:
    struct Placed {
        std::string sortKey;
        std::size_t position;
        std::uint64_t offset;                // of the entry's first section in the spool
        std::vector<std::uint32_t> lengths;  // of each section
    };

    mutable Spool texts_;  // reading moves its file position
    std::mutex mutex_;
    std::vector<Placed> placed_;
};

}  // namespace partgen
