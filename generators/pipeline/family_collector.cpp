#include "pipeline/family_collector.h"

#include <algorithm>
#include <stdexcept>

namespace partgen {

void FamilyCollector::add(std::size_t position, const FamilyEntry& entry) {
    Placed placed{entry.sortKey, position, 0, {}};
    for (const auto& text : entry.sections) {
        if (text.size() > UINT32_MAX) throw std::length_error("a family file entry over 4 GiB");
        placed.lengths.push_back(static_cast<std::uint32_t>(text.size()));
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    placed.offset = texts_.size();
    for (const auto& text : entry.sections) texts_.add(text);
    placed_.push_back(std::move(placed));
}

void FamilyCollector::sort() {
    std::sort(placed_.begin(), placed_.end(), [](const Placed& a, const Placed& b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.position < b.position;
    });
}

void FamilyCollector::copySection(std::size_t section, const ByteSink& sink) const {
    for (const Placed& p : placed_) {
        if (section >= p.lengths.size() || p.lengths[section] == 0) continue;
        std::uint64_t offset = p.offset;
        for (std::size_t s = 0; s < section; ++s) offset += p.lengths[s];
        sink(texts_.read(offset, p.lengths[section]));
    }
}

}  // namespace partgen
