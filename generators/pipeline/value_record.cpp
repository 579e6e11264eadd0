#include "pipeline/value_record.h"

#include <algorithm>
#include <sstream>

#include "model/enum_table.h"
#include "model/variant_fields.h"
#include "text/value_text.h"

namespace partgen {
namespace {

const std::string firstLine = "# partgen value record 1";
const std::string fieldsLine = "# fields";
const std::string sameAsAbove = "^";

constexpr EnumTable<Provenance, 5> letters{{{
    {Provenance::datasheet, "D"},
    {Provenance::drawing, "W"},
    {Provenance::inherited, "I"},
    {Provenance::derived, "R"},
    {Provenance::estimated, "E"},
}}};

constexpr EnumTable<Origin, 3> origins{{{
    {Origin::part, "part"},
    {Origin::variant, "variant"},
    {Origin::series, "series"},
}}};

// The spec refuses control characters in values; escaping keeps a line a line anyway.
std::string escaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string unescaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
    }
    return out;
}

template <class T>
std::string fieldCell(const Sourced<T>& field) {
    if (!field.has()) return "";
    return provenanceLetter(field.source) + valueText(*field);
}

std::string locationText(const SourceLocation& at) {
    return at.line > 0 ? at.file.str() + ":" + std::to_string(at.line) : "";
}

}  // namespace

const std::vector<std::string>& recordFieldNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        const Variant none;
        visitFields(none, [&](const char* name, const auto&) { all.emplace_back(name); });
        return all;
    }();
    return names;
}

char provenanceLetter(Provenance p) { return letters.name(p).front(); }

std::optional<Provenance> provenanceOfLetter(char letter) { return letters.find(std::string_view(&letter, 1)); }

std::string_view originName(Origin origin) { return origins.name(origin); }

ValueRow valueRow(const Variant& v) {
    ValueRow row;
    row.cells = {v.number, v.familyId, std::string(originName(v.origin)), v.at.file.str(), std::to_string(v.at.line)};
    visitFields(v, [&](const char*, const auto& field) { row.cells.push_back(fieldCell(field)); });
    return row;
}

std::vector<std::string> valueLocations(const Variant& v) {
    std::vector<std::string> locations;
    visitFields(v, [&](const char*, const auto& field) {
        // Nearly every value is in the product's own file: its line alone keeps the spool small.
        if (!field.has() || field.at.line <= 0)
            locations.emplace_back();
        else
            locations.push_back(field.at.file == v.at.file ? std::to_string(field.at.line) : locationText(field.at));
    });
    return locations;
}

std::string locationIn(const ValueRow& row, const std::string& location) {
    const bool lineOnly = !location.empty() && location.find_first_not_of("0123456789") == std::string::npos;
    return lineOnly ? row.cells[3] + ":" + location : location;
}

std::string joinCells(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) line += '\t';
        line += escaped(cells[i]);
    }
    return line;
}

std::vector<std::string> splitCells(const std::string& line) {
    const bool plain = line.find('\\') == std::string::npos;  // most lines: no cell to unescape
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        cells.push_back(plain ? line.substr(start, tab - start) : unescaped(line.substr(start, tab - start)));
    cells.push_back(plain ? line.substr(start) : unescaped(line.substr(start)));
    return cells;
}

std::string ValueRecordWriter::header() const {
    std::string text = firstLine + "\n";
    text +=
        "# The values each product's files were last generated from, for the change report of the next\n"
        "# generate. A line per product: number, family, origin, spec file, line, then a cell per field\n"
        "# below: empty for none, ^ for the cell above, else D datasheet, W drawing, R derived or\n"
        "# E estimated, and the value.\n";
    text += fieldsLine;
    for (const auto& name : recordFieldNames()) text += " " + name;
    return text + "\n";
}

std::string ValueRecordWriter::line(ValueRow row) {
    std::string text;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (i > 0) text += '\t';
        // The head cells are never "^": a number or path could be that text itself.
        const bool same = i >= rowHeadCells && i < above_.size() && !row.cells[i].empty() && row.cells[i] == above_[i];
        text += same ? sameAsAbove : escaped(row.cells[i]);
    }
    above_ = std::move(row.cells);
    return text + "\n";
}

ValueRecordReader::ValueRecordReader(const std::filesystem::path& file) : file_(file), in_(file) {
    if (!in_)
        fail("cannot be read");
    else
        readHeader();
}

bool ValueRecordReader::fail(const std::string& why) {
    if (error_.empty())
        error_ = file_.generic_string() + (lineNumber_ > 0 ? ":" + std::to_string(lineNumber_) : "") + ": " + why;
    return false;
}

// The first line, then comments up to the list of fields; unknown fields are ignored.
bool ValueRecordReader::readHeader() {
    std::string line;
    ++lineNumber_;
    if (!std::getline(in_, line) || line != firstLine) return fail("is not a value record of this partgen");
    while (std::getline(in_, line)) {
        ++lineNumber_;
        if (line.rfind(fieldsLine, 0) != 0) {
            if (line.empty() || line.front() != '#') return fail("has no list of fields");
            continue;
        }
        const auto& known = recordFieldNames();
        std::istringstream names(line.substr(fieldsLine.size()));
        for (std::string name; names >> name;) {
            const auto it = std::find(known.begin(), known.end(), name);
            columnField_.push_back(it == known.end() ? std::nullopt : std::optional<std::size_t>(it - known.begin()));
        }
        return true;
    }
    return fail("has no list of fields");
}

bool ValueRecordReader::next(ValueRow& row) {
    std::string line;
    if (!ok() || !std::getline(in_, line)) return false;
    ++lineNumber_;
    auto cells = splitCells(line);
    if (cells.size() != rowHeadCells + columnField_.size()) return fail("a line has the wrong number of cells");
    for (std::size_t i = rowHeadCells; i < cells.size(); ++i) {
        if (cells[i] != sameAsAbove) continue;
        if (above_.size() != cells.size()) return fail("\"^\" on the first line");
        cells[i] = above_[i];
    }
    if (!above_.empty() && !(above_[0] < cells[0])) return fail("products are not in order of their numbers");
    above_ = cells;
    row.cells.assign(cells.begin(), cells.begin() + rowHeadCells);
    row.cells.resize(rowHeadCells + recordFieldNames().size());
    for (std::size_t c = 0; c < columnField_.size(); ++c)
        if (columnField_[c]) row.cells[rowHeadCells + *columnField_[c]] = std::move(cells[rowHeadCells + c]);
    return true;
}

}  // namespace partgen
