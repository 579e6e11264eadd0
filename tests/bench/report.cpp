#include "report.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "number_text.h"
#include "targets.h"

namespace partgen::bench {
namespace {

using Row = std::vector<std::string>;

// The first column is text, the others numbers: left- and right-aligned.
struct Table {
    Row header;
    std::vector<Row> rows;
};

std::string megabytes(std::uint64_t bytes) { return fixed(static_cast<double>(bytes) / 1e6, 1); }

Row rowOf(const Measurement& m) {
    return {m.label,
            std::to_string(m.variants),
            std::to_string(m.filesWritten),
            fixed(m.seconds, 2),
            fixed(m.variantsPerSecond(), 0),
            fixed(m.msPerVariant(), 3),
            megabytes(m.bytesWritten),
            m.peakBytes ? megabytes(*m.peakBytes) : "-"};
}

Table runsTable(const BenchResults& r) {
    Table t{{"run", "variants", "files", "s", "variants/s", "ms/variant", "MB written", "peak MB"}, {}};
    for (const auto& m : r.perFormat) t.rows.push_back(rowOf(m));
    for (const auto* m :
         {&r.allJobs1, &r.allJobs2, &r.noOp, &r.oneRule, &r.quarter, &r.copy, &r.occt, &r.panelSmall, &r.panelLarge})
        t.rows.push_back(rowOf(*m));
    return t;
}

Table targetsTable(const BenchResults& r) {
    Table t{{"ratio", "measured", "target", "result"}, {}};
    for (const auto& check : checkTargets(r))
        t.rows.push_back({check.what, check.value, check.target, check.pass ? "PASS" : "FAIL"});
    return t;
}

std::vector<std::size_t> columnWidths(const Table& t) {
    std::vector<std::size_t> widths;
    for (const auto& cell : t.header) widths.push_back(cell.size());
    for (const auto& row : t.rows)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
    return widths;
}

void printPlainRow(const Row& row, const std::vector<std::size_t>& widths, std::ostream& out) {
    for (std::size_t c = 0; c < row.size(); ++c) {
        const std::string pad(widths[c] - row[c].size(), ' ');
        out << (c == 0 ? row[c] + pad : "  " + pad + row[c]);
    }
    out << "\n";
}

void printPlain(const Table& t, std::ostream& out) {
    const auto widths = columnWidths(t);
    printPlainRow(t.header, widths, out);
    for (const auto& row : t.rows) printPlainRow(row, widths, out);
}

void printMarkdownRow(const Row& row, std::ostream& out) {
    out << "|";
    for (const auto& cell : row) out << " " << cell << " |";
    out << "\n";
}

void printMarkdown(const Table& t, std::ostream& out) {
    printMarkdownRow(t.header, out);
    out << "|---|";
    for (std::size_t c = 1; c < t.header.size(); ++c) out << "---:|";
    out << "\n";
    for (const auto& row : t.rows) printMarkdownRow(row, out);
}

}  // namespace

void printReport(const BenchResults& results, std::ostream& out) {
    const Table runs = runsTable(results);
    const Table targets = targetsTable(results);
    out << "\n";
    printPlain(runs, out);
    out << "\n";
    printPlain(targets, out);
    out << "\nMB = 10^6 bytes. MB written excludes partgen's manifest; peak MB is the partgen process's "
           "peak resident memory. The panel rows count cutouts as variants.\n\nMarkdown:\n\n";
    printMarkdown(runs, out);
    out << "\n";
    printMarkdown(targets, out);
}

}  // namespace partgen::bench
