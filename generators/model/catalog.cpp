#include "model/catalog.h"

#include <algorithm>

namespace partgen {

Catalog::Catalog(std::vector<Family> families_, std::vector<CatalogEntry> entries)
    : families(std::move(families_)), entries_(std::move(entries)) {
    std::sort(families.begin(), families.end(), [](const Family& a, const Family& b) { return a.id < b.id; });
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const CatalogEntry& a, const CatalogEntry& b) { return a.number < b.number; });
}

std::size_t Catalog::find(const std::string& wanted) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), wanted,
                                     [](const CatalogEntry& e, const std::string& n) { return e.number < n; });
    return it != entries_.end() && it->number == wanted ? static_cast<std::size_t>(it - entries_.begin()) : size();
}

const Family* Catalog::family(const std::string& id) const {
    for (const auto& f : families)
        if (f.id == id) return &f;
    return nullptr;
}

}  // namespace partgen
