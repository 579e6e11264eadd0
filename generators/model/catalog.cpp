#include "model/catalog.h"

#include <algorithm>

namespace partgen {
namespace {

// A maker over variants already made: hands out copies.
class HeldVariants : public VariantMaker {
public:
    explicit HeldVariants(std::vector<Variant> variants) : variants_(std::move(variants)) {}
    Variant make(std::size_t source) const override { return variants_[source]; }

private:
    std::vector<Variant> variants_;
};

std::vector<CatalogEntry> entriesOf(const std::vector<Variant>& variants) {
    std::vector<CatalogEntry> entries;
    entries.reserve(variants.size());
    for (std::size_t i = 0; i < variants.size(); ++i) entries.push_back({variants[i].number, variants[i].familyId, i});
    return entries;
}

}  // namespace

Catalog::Catalog(std::vector<Family> families_, std::vector<CatalogEntry> entries,
                 std::shared_ptr<const VariantMaker> maker)
    : families(std::move(families_)), entries_(std::move(entries)), maker_(std::move(maker)) {
    std::sort(families.begin(), families.end(), [](const Family& a, const Family& b) { return a.id < b.id; });
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const CatalogEntry& a, const CatalogEntry& b) { return a.number < b.number; });
}

Catalog::Catalog(std::vector<Family> families_, std::vector<Variant> variants)
    : Catalog(std::move(families_), entriesOf(variants), std::shared_ptr<const VariantMaker>()) {
    // Set here, not in the call above: arguments may be evaluated in any order, and the
    // entries must be read before the variants move into the maker.
    maker_ = std::make_shared<HeldVariants>(std::move(variants));
}

std::size_t Catalog::find(const std::string& wanted) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), wanted,
                                     [](const CatalogEntry& e, const std::string& n) { return e.number < n; });
    return it != entries_.end() && it->number == wanted ? static_cast<std::size_t>(it - entries_.begin()) : size();
}

std::optional<Variant> Catalog::variantNumbered(const std::string& wanted) const {
    const std::size_t i = find(wanted);
    if (i == size()) return std::nullopt;
    return variant(i);
}

std::vector<Variant> Catalog::all() const {
    std::vector<Variant> variants;
    variants.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) variants.push_back(variant(i));
    return variants;
}

const Family* Catalog::family(const std::string& id) const {
    for (const auto& f : families)
        if (f.id == id) return &f;
    return nullptr;
}

VariantSelection VariantSelection::all(const Catalog& catalog) {
    std::vector<std::size_t> indices(catalog.size());
    for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = i;
    return {catalog, std::move(indices)};
}

}  // namespace partgen
