#pragma once
// Reads the text of a maker's datasheet (as extracted from its PDF) into spec values,
// in the spec's own syntax. It reads what the text says and reports what it cannot
// read or finds damaged; it never fills a gap with a guess.

#include <map>
#include <set>
#include <string>

#include "model/part_values.h"
#include "spec/datasheet_layout.h"
#include "spec/diagnostics.h"

namespace partgen {

struct ImportedValue {
    std::string text;  // spec syntax, e.g. "45.5 mm", "0.5 ... 4 mm² / 20 ... 12 AWG"
    int line = 0;
};

// What became of the text's non-empty lines: each is read into a value, known as prose
// or page boilerplate, or reported as not understood.
struct LineCoverage {
    int lines = 0;
    int values = 0;
    int prose = 0;
    int notUnderstood = 0;
};

struct ImportedPart {
    std::string file;
    std::string number;
    int numberLine = 0;
    std::map<std::string, ImportedValue> values;  // by property name
    Approvals approvals;
    int approvalsLine = 0;
    // Read, but damaged in the text (a marking with a label lost): reported, never applied.
    std::set<std::string> damaged;
    LineCoverage coverage;
};

// Reads `text` by the labels, headings and page furniture of `layout`. Warnings (and an
// error when no item number is found) go to `diagnostics`, at `file` and the line.
ImportedPart readDatasheet(const std::string& text, const std::string& file, const DatasheetLayout& layout,
                           Diagnostics& diagnostics);

// "142 lines: 61 values, 74 prose, 7 not understood"
std::string coverageSummary(const LineCoverage& coverage);

}  // namespace partgen
