#pragma once
// The value record: beside the manifest, the resolved values each product's files were
// last generated from, so that the next generate can say which values changed, not only
// which files. One line per product, in catalog order (by number), so that a run can
// merge the previous record with its own products one at a time, never holding either
// whole. A cell equal to the one above it is written as "^", which makes the record of a
// catalog of series products a fraction of the values' size.

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

constexpr const char* valueRecordFileName = ".partgen-values";

// A product's line, cut into cells: number, family, origin (part, variant, series), spec
// file and line, then one cell per field of recordFieldNames(): empty when the product
// has no such value, else a provenance letter (provenanceLetter) and the value's text.
struct ValueRow {
    std::vector<std::string> cells;
    const std::string& number() const { return cells[0]; }
    const std::string& family() const { return cells[1]; }
};

constexpr std::size_t rowHeadCells = 5;

// The spec names of the fields, in visitFields order: the cells after the head.
const std::vector<std::string>& recordFieldNames();

char provenanceLetter(Provenance p);
std::optional<Provenance> provenanceOfLetter(char letter);
std::string_view originName(Origin origin);

// The product's row, and where each field's value is written: its line when in the
// product's own spec file, else "FILE:LINE"; empty without a value.
ValueRow valueRow(const Variant& v);
std::vector<std::string> valueLocations(const Variant& v);
// A location of valueLocations() as "FILE:LINE".
std::string locationIn(const ValueRow& row, const std::string& location);

// Cells as one line of plain text with tabs (no '\n'), and back; for spooling rows.
std::string joinCells(const std::vector<std::string>& cells);
std::vector<std::string> splitCells(const std::string& line);

// Writes rows, each cell that equals the cell above it as "^".
class ValueRecordWriter {
public:
    std::string header() const;
    std::string line(ValueRow row);  // with its '\n'

private:
    std::vector<std::string> above_;
};

// Reads a record back, cells mapped onto this partgen's fields by name (a field the
// record lacks is empty). `error` says why a record is unusable; rows are then none.
class ValueRecordReader {
public:
    explicit ValueRecordReader(const std::filesystem::path& file);
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    bool next(ValueRow& row);  // false at the end or on an unreadable line (see error())

private:
    bool fail(const std::string& why);
    bool readHeader();

    std::filesystem::path file_;
    std::ifstream in_;
    std::string error_;
    std::size_t lineNumber_ = 0;
    std::vector<std::optional<std::size_t>> columnField_;  // by record column: the field's index here
    std::vector<std::string> above_;                       // the previous line's cells, as written
};

}  // namespace partgen
