#pragma once
// Everything the spec describes, as plain data: its families and, sorted by number, an
// entry per variant with its number, its family and where the spec makes it from. The
// variants themselves are built by the spec layer (spec/variants.h) when a generator
// needs them, so a catalog of any size costs little memory.

#include <cstddef>
#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

struct CatalogEntry {
    std::string number;
    std::string familyId;
    std::size_t source = 0;  // the spec's own index of what the variant is made from
};

class Catalog {
public:
    Catalog() = default;
    // Entries in any order; the catalog sorts them by number.
    Catalog(std::vector<Family> families, std::vector<CatalogEntry> entries);

    std::vector<Family> families;  // sorted by id

    std::size_t size() const { return entries_.size(); }
    const CatalogEntry& entry(std::size_t i) const { return entries_[i]; }
    const std::string& number(std::size_t i) const { return entries_[i].number; }
    const std::string& familyId(std::size_t i) const { return entries_[i].familyId; }
    // The index of the variant with this number, or size().
    std::size_t find(const std::string& number) const;

    const Family* family(const std::string& id) const;

private:
    std::vector<CatalogEntry> entries_;
};

}  // namespace partgen
