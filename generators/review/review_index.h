#pragma once
// The review indexes: review/index.html lists the families, and review/<family>/index.html
// has a row per variant (number, poles, sizes, cutout and a thumbnail of its symbol, loaded
// only when scrolled to).
//
// The family index must stay small for a catalog of ten thousand variants: chromium opens
// it from file:// in one piece. So a row holds only what differs from variant to variant,
// in markup without repeated styles, and the kind, pitch and provenances of its values go
// into a heading over each run of rows that share them (a series, in number order).

#include <string>
#include <string_view>

#include "model/catalog.h"
#include "model/document.h"

namespace partgen {

// A variant's entry of its family's index: the heading of its group, a tab, its row and a
// line break, so that the entries can be written without holding them all.
std::string familyIndexEntry(const Variant& v);

// What comes before and after the rows.
std::string familyIndexOpening(const Family& family);
std::string familyIndexClosing();

// Writes entries, in the order given, as rows, with a group heading wherever it changes.
// Takes the entries in pieces of any size.
class FamilyIndexRows {
public:
    explicit FamilyIndexRows(const ByteSink& sink) : sink_(sink) {}
    void add(std::string_view piece);
    // Refuses a last entry without its line break: it would be lost.
    void finish() const;

private:
    void addEntry(std::string_view entry);

    const ByteSink& sink_;
    std::string pending_;  // the part of an entry not yet complete
    std::string heading_;  // of the group being written
};

// review/index.html: every family with its number of variants.
Document catalogIndex(const Catalog& catalog);

}  // namespace partgen
