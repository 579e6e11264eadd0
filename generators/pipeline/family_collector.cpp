#include "pipeline/family_collector.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace partgen {

namespace {

template <class Small>
Small checkedNarrow(std::size_t value, const char* what) {
    if (value > std::numeric_limits<Small>::max())
        throw std::length_error(std::string("a family file with too many or too long ") + what);
    return static_cast<Small>(value);
}

}  // namespace

void FamilyCollector::add(std::size_t position, const FamilyEntry& entry, const std::string& fingerprint) {
    const std::lock_guard<std::mutex> lock(mutex_);
    Placed placed{texts_.size(),
                  checkedNarrow<std::uint32_t>(position, "entries"),
                  checkedNarrow<std::uint32_t>(keys_.size(), "keys"),
                  checkedNarrow<std::uint32_t>(lengths_.size(), "entries"),
                  checkedNarrow<std::uint32_t>(placed_.size(), "entries"),
                  checkedNarrow<std::uint16_t>(entry.sortKey.size(), "keys"),
                  checkedNarrow<std::uint16_t>(entry.sections.size(), "sections")};
    if (placed_.empty()) fingerprintLength_ = fingerprint.size();
    fingerprinted_ = fingerprinted_ && !fingerprint.empty() && fingerprint.size() == fingerprintLength_;
    if (fingerprinted_) fingerprints_ += fingerprint;
    keys_ += entry.sortKey;
    for (const auto& text : entry.sections) {
        lengths_.push_back(checkedNarrow<std::uint32_t>(text.size(), "entries"));
        texts_.add(text);
    }
    placed_.push_back(placed);
}

void FamilyCollector::sort() {
    std::sort(placed_.begin(), placed_.end(), [this](const Placed& a, const Placed& b) {
        const std::string_view keyA = keyOf(a), keyB = keyOf(b);
        return keyA != keyB ? keyA < keyB : a.position < b.position;
    });
}

void FamilyCollector::copySection(std::size_t section, const ByteSink& sink) const {
    if (written_) {
        if (sectionStarts_.size() <= section) sectionStarts_.resize(section + 1);
        copiedTwice_ = copiedTwice_ || sectionStarts_[section].has_value();
        sectionStarts_[section] = *written_;
    }
    for (const Placed& p : placed_) {
        if (section >= p.sections || lengths_[p.firstLength + section] == 0) continue;
        std::uint64_t offset = p.offset;
        for (std::size_t s = 0; s < section; ++s) offset += lengths_[p.firstLength + s];
        sink(texts_.read(offset, lengths_[p.firstLength + section]));
    }
}

bool FamilyCollector::writeLayout(FamilyFileLayout file, const std::function<std::string(std::size_t)>& numberOf,
                                  const ByteSink& sink) const {
    if (!fingerprinted_ || copiedTwice_) return false;
    for (const auto& start : sectionStarts_) {
        if (!start) return false;  // a section the writer never copied
        file.sectionStarts.push_back(*start);
    }
    for (const Placed& p : placed_)
        if (p.sections > file.sectionStarts.size()) return false;
    sink(familyFileLine(file));
    for (const Placed& p : placed_) {
        FamilyFileLayout::Entry entry{numberOf(p.position),
                                      fingerprints_.substr(p.added * fingerprintLength_, fingerprintLength_),
                                      std::string(keyOf(p)),
                                      {}};
        for (std::size_t s = 0; s < p.sections; ++s) entry.lengths.push_back(lengths_[p.firstLength + s]);
        sink(familyEntryLine(entry));
    }
    return true;
}

}  // namespace partgen
