#pragma once
// What a generate changed, in the terms of the spec: per family, the values that changed
// for each product (before, after, where the new value is written), the products added
// and removed, and the files changed per product and per format. Made by comparing the
// run's values with the output folder's value record (pipeline/value_record.h).

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/provenance.h"

namespace partgen {

struct FileCounts {
    std::size_t created = 0, changed = 0, removed = 0;
    std::size_t total() const { return created + changed + removed; }
    bool operator==(const FileCounts&) const = default;
};

// One value of a product; a side without the value has an empty text and no provenance.
struct ValueChange {
    std::string field;  // its spec name, e.g. "depth"
    std::string before, after;
    std::optional<Provenance> beforeSource, afterSource;
    std::string at;  // where the new value is written, "FILE:LINE"; empty when removed
};

struct ProductChange {
    enum class Kind { changed, added, removed };
    Kind kind = Kind::changed;
    std::string number;
    std::vector<ValueChange> values;  // when changed
    std::string origin;               // when added or removed: part, variant or series
    std::string at;                   // its spec file and line, "FILE:LINE" (of the old spec when removed)
    std::size_t files = 0;            // the product's own files created, changed or removed
};

struct FamilyChanges {
    std::string id;
    std::vector<ProductChange> products;         // by number
    std::map<std::string, FileCounts> byFormat;  // files of the family's products and the family's own
};

struct ChangeReport {
    // Whether there was a value record to compare with; without one only `note` says why.
    enum class Previous { compared, none, fromOlderPartgen, unreadable };
    Previous previous = Previous::none;
    std::string note;                                // for unreadable: the reason
    std::vector<FamilyChanges> families;             // by id; only those with a change
    std::map<std::string, FileCounts> catalogFiles;  // files made from the whole catalog, by format
    bool empty() const { return families.empty() && catalogFiles.empty(); }
};

}  // namespace partgen
