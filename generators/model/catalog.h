#pragma once
// Everything the spec describes: families and their variants, sorted by number.

#include <vector>

#include "model/variant.h"

namespace partgen {

struct Catalog {
    std::vector<Family> families;  // sorted by id
    std::vector<Variant> variants;  // sorted by number

    const Family* family(const std::string& id) const {
        for (const auto& f : families)
            if (f.id == id) return &f;
        return nullptr;
    }
};

}  // namespace partgen
