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

void FamilyCollector::add(std::size_t position, const FamilyEntry& entry) {
    const std::lock_guard<std::mutex> lock(mutex_);
    Placed placed{texts_.size(),
                  checkedNarrow<std::uint32_t>(position, "entries"),
                  checkedNarrow<std::uint32_t>(keys_.size(), "keys"),
                  checkedNarrow<std::uint32_t>(lengths_.size(), "entries"),
                  checkedNarrow<std::uint16_t>(entry.sortKey.size(), "keys"),
                  checkedNarrow<std::uint16_t>(entry.sections.size(), "sections")};
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
    for (const Placed& p : placed_) {
        if (section >= p.sections || lengths_[p.firstLength + section] == 0) continue;
        std::uint64_t offset = p.offset;
        for (std::size_t s = 0; s < section; ++s) offset += lengths_[p.firstLength + s];
        sink(texts_.read(offset, lengths_[p.firstLength + section]));
    }
}

}  // namespace partgen
