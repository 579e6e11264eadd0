#pragma once
// Everything the spec describes: families and their variants, sorted by number. A
// catalog holds each variant's number and family only; the variant itself is made when
// asked for, so a catalog of any size costs little memory and generators see one
// variant at a time.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

// Makes a catalog's variants; must be safe to call from several threads at once.
class VariantMaker {
public:
    virtual ~VariantMaker() = default;
    virtual Variant make(std::size_t source) const = 0;
};

struct CatalogEntry {
    std::string number;
    std::string familyId;
    std::size_t source = 0;  // what the maker makes the variant from
};

class Catalog {
public:
    Catalog() = default;
    // Entries in any order; the catalog sorts them by number.
    Catalog(std::vector<Family> families, std::vector<CatalogEntry> entries, std::shared_ptr<const VariantMaker> maker);
    // A catalog of variants already made (small catalogs, tests).
    Catalog(std::vector<Family> families, std::vector<Variant> variants);

    std::vector<Family> families;  // sorted by id

    std::size_t size() const { return entries_.size(); }
    const std::string& number(std::size_t i) const { return entries_[i].number; }
    const std::string& familyId(std::size_t i) const { return entries_[i].familyId; }
    Variant variant(std::size_t i) const { return maker_->make(entries_[i].source); }
    // The index of the variant with this number, or size().
    std::size_t find(const std::string& number) const;
    // The variant with this number, made; nullopt when there is none.
    std::optional<Variant> variantNumbered(const std::string& number) const;
    // Every variant at once: for small catalogs and tests.
    std::vector<Variant> all() const;

    const Family* family(const std::string& id) const;

private:
    std::vector<CatalogEntry> entries_;
    std::shared_ptr<const VariantMaker> maker_;
};

// Some of a catalog's variants in catalog order, made one at a time while visited.
class VariantSelection {
public:
    VariantSelection(const Catalog& catalog, std::vector<std::size_t> indices)
        : catalog_(&catalog), indices_(std::move(indices)) {}
    static VariantSelection all(const Catalog& catalog);

    std::size_t size() const { return indices_.size(); }
    template <class Visit>
    void forEach(Visit&& visit) const {
        for (const std::size_t i : indices_) {
            const Variant v = catalog_->variant(i);
            visit(v);
        }
    }

private:
    const Catalog* catalog_;
    std::vector<std::size_t> indices_;
};

}  // namespace partgen
