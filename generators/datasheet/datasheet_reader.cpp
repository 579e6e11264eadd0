#include "datasheet/datasheet_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <vector>

#include "datasheet/limits.h"
#include "datasheet/text_cleanup.h"
#include "datasheet/value_forms.h"
#include "datasheet/vocabulary.h"
#include "text/strings.h"

namespace partgen {
namespace {

std::string firstWord(const std::string& text) {
    const std::string t = trimmed(text);
    return t.substr(0, t.find_first_of(" \t"));
}

class Reader;
using Convert = std::function<std::optional<std::string>(Reader&, const std::string& cell, int line)>;

// The reader for a form named in a layout (datasheetValueForms()); empty for the total of
// connection points, which is divided by the poles at the end.
Convert convertFor(const std::string& form);

class Reader {
public:
    Reader(std::string file, const Vocabulary& words, Diagnostics& diag)
        : file_(std::move(file)), words_(words), diag_(diag) {}

    ImportedPart read(const std::string& text) {
        part_.file = file_;
        lines_ = cleanLines(text);
        use_.assign(lines_.size(), LineUse::unread);
        skipLongLines();
        removeFootersInsideLines();
        joinValuesAcrossPageBreaks();
        readNumberAndDescription();
        for (int i = 0; i < static_cast<int>(lines_.size()); ++i) readLine(i);
        readHeaderNotes();
        readUnlabelledCommercialData();
        readRelatedProducts();
        finish();
        classifyUnreadLines();
        reportMissingValues();
        countCoverage();
        return part_;
    }

    void warn(int line, const std::string& message) { diag_.warning({file_, line}, message); }

    // A line that holds data the reader cannot take: reported, never passed over.
    void notUnderstood(int line, const std::string& what) {
        warn(line, "not understood: " + what);
        mark(line, LineUse::notUnderstood);
    }

    // The first statement of a property counts; a later one that says otherwise is reported.
    void set(const std::string& property, std::string text, int line) {
        mark(line, LineUse::value);
        const auto it = part_.values.find(property);
        if (it == part_.values.end()) {
            part_.values[property] = {std::move(text), line};
            return;
        }
        if (it->second.text != text && lowercase(it->second.text) != lowercase(text))
            warn(line, property + " '" + text + "' differs from '" + it->second.text + "' on line " +
                           std::to_string(it->second.line) + "; the first is kept");
    }

    // What a value form says about a value it read, reported at the value's line.
    void report(const Remarks& remarks, int line) {
        for (const auto& r : remarks) warn(line, r);
    }

private:
    // A line's use only rises: a reported line stays reported, a read one is not prose.
    enum class LineUse { unread, prose, value, notUnderstood };

    void mark(int line, LineUse use) {
        if (line < 1 || line > static_cast<int>(use_.size())) return;
        use_[line - 1] = std::max(use_[line - 1], use);
    }

    // Every pass matches lines with std::regex, whose matching recurses per character: a
    // line beyond the limit is reported and read as empty (datasheet/limits.h).
    void skipLongLines() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (lines_[i].size() <= maxDatasheetLineLength) continue;
            warn(static_cast<int>(i) + 1, "line too long (" + std::to_string(lines_[i].size()) + " bytes, at most " +
                                              std::to_string(maxDatasheetLineLength) + " are read), not read");
            lines_[i].clear();
            use_[i] = LineUse::notUnderstood;
        }
    }

    // The title ("Snap-in socket; 4-pole; ...") is looked for outside the sections of
    // related products, whose titles have the same form and name other parts.
    void readNumberAndDescription() {
        const std::vector<bool> prose = proseSectionLines();
        for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
            if (part_.number.empty()) readItemNumber(i);
            const std::string line = trimmed(lines_[i]);
            if (!prose[i] && !part_.values.count("description") && titlePoles(line)) readDescription(line, i + 1);
        }
        if (part_.number.empty()) diag_.error({file_, 1}, "no item number ('Item number: ...') in the text");
        if (!part_.values.count("description"))
            warn(part_.numberLine, "no title line ('Kind; N-pole; ...'): kind and description are not read");
    }

    void readItemNumber(int index) {
        for (const auto& marker : words_.layout().itemNumberMarkers) {
            const auto at = lines_[index].find(marker);
            if (at == std::string::npos) continue;
            const std::string number = firstWord(lines_[index].substr(at + marker.size()));
            if (number.empty()) continue;
            part_.number = number;
            part_.numberLine = index + 1;
            mark(index + 1, LineUse::value);
            return;
        }
    }

    // The pole count of a title line, "Kind; 4-pole; ...": its second field.
    std::optional<std::string> titlePoles(const std::string& line) const {
        const auto fields = titleFields(line);
        if (fields.size() < 3 || fields[0].empty() || !std::isupper(static_cast<unsigned char>(fields[0][0])))
            return std::nullopt;
        for (const auto& word : words_.layout().poleWords) {
            const std::string& f = fields[1];
            const auto dash = f.find('-');
            if (dash == std::string::npos || dash == 0 || f.substr(dash + 1) != word) continue;
            if (std::all_of(f.begin(), f.begin() + dash, [](unsigned char c) { return std::isdigit(c); }))
                return f.substr(0, dash);
        }
        return std::nullopt;
    }

    static std::vector<std::string> titleFields(const std::string& line) {
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (auto at = line.find(';');; at = line.find(';', start)) {
            fields.push_back(trimmed(line.substr(start, at == std::string::npos ? std::string::npos : at - start)));
            if (at == std::string::npos) break;
            start = at + 1;
        }
        return fields;
    }

    void readDescription(const std::string& line, int lineNumber) {
        set("description", line, lineNumber);
        const auto fields = titleFields(line);
        for (const auto& kind : words_.layout().kinds)
            if (fields[0] == kind.title) set("kind", kind.kind, lineNumber);
        set("poles", *titlePoles(line), lineNumber);
        for (const auto& field : fields)
            for (const auto& word : words_.layout().codingWords)
                if (field.rfind(word + " ", 0) == 0) set("coding", trimmed(field.substr(word.size())), lineNumber);
        set("colour", fields.back(), lineNumber);
    }

    void removeFootersInsideLines();
    void joinValuesAcrossPageBreaks();
    bool isPageFurniture(int index) const;
    void readLine(int index);
    bool readPair(const std::string& label, const std::string& cell, int line);
    void keepQualifier(const std::string& property, const std::string& qualifier, int line);
    void readSpacedRow(int index);
    std::vector<bool> proseSectionLines() const;
    void classifyUnreadLines();
    void classifyUnread(int index, bool inProseSection);
    void reportMissingValues();
    void countCoverage();
    void readHeaderNotes();
    void readHeaderNote(const std::string& reads, const std::string& text, int line);
    void readDatasheetUrl(int index);
    std::optional<std::string> relatedItem(const std::string& line) const;
    void readNote(const std::string& property, const std::string& text, int line, const Convert& convert);
    void readUnlabelledCommercialData();
    std::optional<std::string> packagingUnit(const std::string& line) const;
    void readRelatedProducts();
    void readApprovals(int start);
    void readConnectionPointsPerPole(const ImportedValue& total, std::optional<int> poles);
    std::optional<int> poleCount();
    void finish();

    std::string file_;
    const Vocabulary& words_;
    Diagnostics& diag_;
    std::vector<std::string> lines_;
    std::vector<LineUse> use_;  // per line of lines_
    ImportedPart part_;
    std::optional<ImportedValue> totalConnectionPoints_;
};

// ---- the label table ------------------------------------------------------------------

std::optional<std::string> quantityOf(Reader& r, const std::string& cell, int line,
                                      const std::vector<std::string>& units) {
    Remarks remarks;
    const std::string metric = metricHalf(cell, remarks);
    if (!isQuantity(metric, units)) return std::nullopt;
    r.report(remarks, line);
    return metric;
}

std::optional<std::string> asLength(Reader& r, const std::string& cell, int line) {
    return quantityOf(r, cell, line, {"mm", "cm", "m"});
}
std::optional<std::string> asQuantity(Reader& r, const std::string& cell, int line) {
    return quantityOf(r, cell, line, {"V", "kV", "A", "mA", "MJ", "kJ", "g", "kg", "N", "W"});
}

// Remarks count only for a value that was read: a line not understood says enough.
template <class Form>
std::optional<std::string> withRemarks(Reader& r, int line, Form form) {
    Remarks remarks;
    auto value = form(remarks);
    if (value) r.report(remarks, line);
    return value;
}
// A name, a material, a word or two; a sentence is prose, never a value.
std::optional<std::string> asText(Reader&, const std::string& cell, int) {
    std::string text = collapseSpaces(cell);
    if (text.empty() || isSentence(text)) return std::nullopt;
    return text;
}
std::optional<std::string> asCount(Reader&, const std::string& cell, int) { return countText(cell); }
std::optional<std::string> asRange(Reader& r, const std::string& cell, int line) {
    return withRemarks(r, line, [&](Remarks& remarks) { return rangeText(cell, remarks); });
}
std::optional<std::string> asConductor(Reader& r, const std::string& cell, int line) {
    return withRemarks(r, line, [&](Remarks& remarks) { return conductorText(cell, remarks); });
}

std::optional<std::string> asProtection(Reader&, const std::string& cell, int) {
    static const std::regex ip("IP\\d\\d[A-Za-z]?");
    std::smatch m;
    if (!std::regex_search(cell, m, ip)) return std::nullopt;
    return m.str();
}

std::optional<std::string> asFlammability(Reader& r, const std::string& cell, int line) {
    if (cell == "VO") {
        r.warn(line, "flammability class 'VO' read as UL94 'V0' (letter O for digit zero in the text)");
        return std::string("V0");
    }
    return collapseSpaces(cell);
}

std::optional<std::string> asCoding(Reader& r, const std::string& cell, int line) {
    bool changed = false;
    const std::string latin = latinLookalikes(cell, changed);
    if (changed) r.warn(line, "coding '" + cell + "' is written with a Cyrillic letter; read as '" + latin + "'");
    return latin;
}

Convert convertFor(const std::string& form) {
    static const std::map<std::string, Convert> forms{
        {"length", asLength},
        {"quantity", asQuantity},
        {"text", asText},
        {"count", asCount},
        {"range", asRange},
        {"conductor", asConductor},
        {"protection", asProtection},
        {"flammability", asFlammability},
        {"coding", asCoding},
    };
    const auto it = forms.find(form);
    return it == forms.end() ? Convert() : it->second;
}

std::string shownCells(const std::string& line) {
    std::string shown;
    for (const auto& cell : tabCells(line)) shown += (shown.empty() ? "" : " | ") + cell;
    return shown;
}

// ---- the reader's passes --------------------------------------------------------------

// "Depth<tab>Subject to changes. ... 36 mm": the footer is cut out of the line; a line
// that is nothing but the footer stays, to be counted as page furniture.
void Reader::removeFootersInsideLines() {
    for (auto& line : lines_)
        for (const auto& footer : words_.layout().footers) {
            if (trimmed(line) == footer) continue;
            for (auto at = line.find(footer); at != std::string::npos; at = line.find(footer, at))
                line.replace(at, footer.size(), " ");
        }
}

bool Reader::isPageFurniture(int index) const {
    const std::string key = labelKey(trimmed(lines_[index]));
    return key.empty() || words_.isFurniture(key);
}

// A label at the foot of one page whose value opens the next: the value is moved up to
// its label, over the footer and header between them.
void Reader::joinValuesAcrossPageBreaks() {
    const int count = static_cast<int>(lines_.size());
    for (int i = 0; i < count; ++i) {
        const auto cells = tabCells(lines_[i]);
        if (cells.size() != 1 || !words_.ruleFor(cells[0])) continue;
        int next = i + 1;
        while (next < count && isPageFurniture(next)) ++next;
        if (next >= count) continue;
        const std::string nextLine = trimmed(lines_[next]);
        if (tabCells(nextLine).size() != 1 || isSentence(nextLine) || words_.startsWithLabel(nextLine) ||
            words_.isHeading(nextLine))
            continue;
        lines_[i] = cells[0] + "\t" + nextLine;
        lines_[next].clear();
        use_[next] = LineUse::value;
    }
}

// One label and its value; false when the label is not one the reader takes a value from.
bool Reader::readPair(const std::string& label, const std::string& cell, int line) {
    const FieldRule* rule = words_.ruleFor(label);
    const QualifiedLabel qualified = rule ? QualifiedLabel{label, ""} : splitQualifier(label);
    if (!rule) rule = words_.ruleFor(qualified.label);
    if (!rule) return false;
    const Convert convert = convertFor(rule->form);
    if (!convert) {
        if (!totalConnectionPoints_) totalConnectionPoints_ = ImportedValue{cell, line};
        mark(line, LineUse::value);
        return true;
    }
    const auto value = convert(*this, cell, line);
    if (!value) {
        notUnderstood(line, rule->property + " '" + collapseSpaces(cell) + "'");
        return true;
    }
    set(rule->property, *value, line);
    if (!qualified.qualifier.empty()) keepQualifier(rule->property, qualified.qualifier, line);
    return true;
}

// "(III / 3)" on a rating is the overvoltage category and pollution degree it holds for;
// the spec has no room for other qualifiers, and says so.
void Reader::keepQualifier(const std::string& property, const std::string& qualifier, int line) {
    static const std::vector<std::string> ratings{"rated-voltage", "rated-impulse-voltage", "rated-current"};
    const auto conditions = ratingConditions(qualifier);
    if (conditions && std::find(ratings.begin(), ratings.end(), property) != ratings.end()) {
        set("overvoltage-category", conditions->overvoltageCategory, line);
        set("pollution-degree", conditions->pollutionDegree, line);
        return;
    }
    warn(line, property + ": the qualifier '" + qualifier + "' has no place in the spec and is not kept");
}

void Reader::readLine(int index) {
    const auto cells = tabCells(lines_[index]);
    if (cells.size() == 1) return readSpacedRow(index);
    // Label/value pairs, several per line in the tab-table layout.
    for (std::size_t i = 0; i + 1 < cells.size(); ++i)
        if (readPair(cells[i], cells[i + 1], index + 1)) ++i;
    if (!cells.empty() && words_.isApprovalHeader(cells[0])) readApprovals(index + 1);
}

// "Width 45,5 mm / 1.791 inch": a row whose tab was lost. A sentence that happens to
// begin with a label is prose when what follows the label is no value.
void Reader::readSpacedRow(int index) {
    const std::string line = collapseSpaces(lines_[index]);
    const std::string label = words_.leadingLabel(labelKey(line));
    if (label.empty()) return;
    if (words_.isKnownLabel(label)) return mark(index + 1, LineUse::prose);
    const FieldRule* rule = words_.ruleFor(label);
    std::string labelText = line.substr(0, label.size()), cell = line.substr(label.size() + 1);
    // "Rated current (III / 3) 16 A": the qualifier belongs to the label.
    if (const auto close = cell.find(')'); !cell.empty() && cell[0] == '(' && close != std::string::npos) {
        labelText += " " + cell.substr(0, close + 1);
        cell = trimmed(cell.substr(close + 1));
    }
    const Convert convert = convertFor(rule->form);
    if (isSentence(line) && convert && !convert(*this, cell, index + 1)) return;
    readPair(labelText, cell, index + 1);
}

// Per line, whether it lies in a section of prose (related products, downloads, notes),
// which runs from its heading to the next data heading.
std::vector<bool> Reader::proseSectionLines() const {
    std::vector<bool> prose(lines_.size(), false);
    bool inProseSection = false;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const std::string key = labelKey(trimmed(lines_[i]));
        if (words_.opensProseSection(key)) inProseSection = true;
        if (words_.isDataHeading(key)) inProseSection = false;
        prose[i] = inProseSection;
    }
    return prose;
}

void Reader::classifyUnreadLines() {
    const std::vector<bool> prose = proseSectionLines();
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i)
        if (use_[i] == LineUse::unread && !trimmed(lines_[i]).empty()) classifyUnread(i, prose[i]);
}

void Reader::classifyUnread(int index, bool inProseSection) {
    const std::string line = trimmed(lines_[index]);
    const std::string key = labelKey(line);
    const auto cells = tabCells(line);
    const bool known = inProseSection || words_.isFurniture(key) || words_.isHeading(line) ||
                       (!cells.empty() && words_.isKnownLabel(cells[0]));
    if (known) return mark(index + 1, LineUse::prose);
    if (const FieldRule* rule = cells.size() == 1 ? words_.ruleFor(cells[0]) : nullptr)
        return notUnderstood(index + 1, rule->property + ": no value");
    if (cells.size() == 1 && (isSentence(line) || !hasDigit(line))) return mark(index + 1, LineUse::prose);
    notUnderstood(index + 1, "'" + shownCells(line) + "'");
}

// Values every datasheet of the layout states: one missing means a section or a row was
// lost, and the spec would keep an older value without a word.
void Reader::reportMissingValues() {
    std::string missing;
    for (const auto& property : words_.layout().expected)
        if (!part_.values.count(property)) missing += (missing.empty() ? "" : ", ") + property;
    if (!missing.empty()) warn(0, "not in the text: " + missing);
}

void Reader::countCoverage() {
    LineCoverage& c = part_.coverage;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (trimmed(lines_[i]).empty() && use_[i] == LineUse::unread) continue;
        ++c.lines;
        if (use_[i] == LineUse::value) ++c.values;
        if (use_[i] == LineUse::prose) ++c.prose;
        if (use_[i] == LineUse::notUnderstood) ++c.notUnderstood;
    }
}

// Notes beside the drawing: "Plate thickness: 0.5 ... 2 mm Cutout tolerance: + 0.1 mm",
// several to a line; each runs to the next note or the end of the line.
void Reader::readHeaderNotes() {
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string& line = lines_[i];
        std::vector<std::pair<std::size_t, const LayoutNote*>> found;  // position, note
        for (const auto& note : words_.layout().notes)
            if (const auto at = line.find(note.marker); at != std::string::npos) found.emplace_back(at, &note);
        std::sort(found.begin(), found.end());
        for (std::size_t n = 0; n < found.size(); ++n) {
            const auto start = found[n].first + found[n].second->marker.size();
            const auto end = n + 1 < found.size() ? std::max(found[n + 1].first, start) : line.size();
            readHeaderNote(found[n].second->reads, trimmed(line.substr(start, end - start)), i + 1);
        }
        readDatasheetUrl(i);
    }
}

// A link to the part's own page on the maker's site is its datasheet.
void Reader::readDatasheetUrl(int index) {
    for (const auto& web : words_.layout().makerWebs) {
        const std::string site = web + "/";
        for (auto at = lines_[index].find(site); at != std::string::npos; at = lines_[index].find(site, at + 1))
            if (firstWord(lines_[index].substr(at + site.size())) == part_.number)
                set("datasheet-url", "https://" + site + part_.number, index + 1);
    }
}

void Reader::readHeaderNote(const std::string& reads, const std::string& text, int line) {
    if (reads == "plate-thickness") return readNote("plate-thickness", text, line, asRange);
    if (reads == "cutout-tolerance")
        return readNote("cutout-tolerance", text, line,
                        [](Reader&, const std::string& t, int) { return toleranceText(t); });
    const auto cutout = cutoutText(text);
    if (!cutout) return notUnderstood(line, "cutout '" + text + "'");
    set("cutout-width", cutout->width, line);
    set("cutout-height", cutout->height, line);
    if (!cutout->radius.empty()) set("cutout-radius", cutout->radius, line);
}

void Reader::readNote(const std::string& property, const std::string& text, int line, const Convert& convert) {
    if (const auto value = convert(*this, text, line))
        set(property, *value, line);
    else
        notUnderstood(line, property + " '" + text + "'");
}

// "100 pcs": a count and the layout's word for pieces.
std::optional<std::string> Reader::packagingUnit(const std::string& line) const {
    const auto space = line.find(' ');
    if (space == std::string::npos || space == 0) return std::nullopt;
    const std::string count = line.substr(0, space), word = line.substr(space + 1);
    if (!std::all_of(count.begin(), count.end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
    const auto& words = words_.layout().pieceWords;
    if (std::find(words.begin(), words.end(), word) == words.end()) return std::nullopt;
    return count;
}

// The tab-table layout lost the labels of its commercial data; the values are still
// recognisable by their form alone.
void Reader::readUnlabelledCommercialData() {
    static const std::vector<std::pair<std::regex, std::string>> forms{
        {std::regex("^\\d\\d-\\d\\d-\\d\\d-\\d\\d$"), "eclass"},
        {std::regex("^EC\\d{6}$"), "etim"},
        {std::regex("^\\d{13}$"), "gtin"},
        {std::regex("^\\d{11}$"), "customs-tariff"},
    };
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string line = trimmed(lines_[i]);
        for (const auto& [form, property] : forms)
            if (std::regex_match(line, form)) set(property, line, i + 1);
        if (const auto pieces = packagingUnit(line)) {
            set("packaging-unit", *pieces, i + 1);
            // The next lines hold the packaging type and the country of origin.
            if (i + 2 < static_cast<int>(lines_.size())) {
                set("packaging-type", trimmed(lines_[i + 1]), i + 2);
                if (std::regex_match(trimmed(lines_[i + 2]), std::regex("^[A-Z]{2}$")))
                    set("country-of-origin", trimmed(lines_[i + 2]), i + 3);
            }
        }
    }
}

// "Item no.: 770-201": an item number in a related-product section.
std::optional<std::string> Reader::relatedItem(const std::string& line) const {
    for (const auto& marker : words_.layout().relatedItemMarkers) {
        const auto at = line.find(marker);
        if (at == std::string::npos) continue;
        std::string rest = trimmed(line.substr(at + marker.size()));
        if (!rest.empty() && rest[0] == ':') rest = trimmed(rest.substr(1));
        const std::string number = firstWord(rest);
        if (!number.empty() && std::isdigit(static_cast<unsigned char>(number[0])) &&
            number.find('-') != std::string::npos)
            return number;
    }
    return std::nullopt;
}

void Reader::readRelatedProducts() {
    std::string section;
    std::vector<std::string> counterparts, accessories;
    int counterpartLine = 0, accessoryLine = 0;
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string key = labelKey(trimmed(lines_[i]));
        if (words_.opensCounterparts(key))
            section = "counterparts";
        else if (words_.opensAccessories(key))
            section = "accessories";
        else if (words_.isHeading(key))
            section.clear();
        const auto item = section.empty() ? std::nullopt : relatedItem(lines_[i]);
        if (!item) continue;
        auto& list = section == "counterparts" ? counterparts : accessories;
        int& firstLine = section == "counterparts" ? counterpartLine : accessoryLine;
        if (list.empty()) firstLine = i + 1;
        list.push_back(*item);
        mark(i + 1, LineUse::value);
    }
    const auto join = [](const std::vector<std::string>& items) {
        std::string text;
        for (const auto& s : items) text += (text.empty() ? "" : " ") + s;
        return text;
    };
    if (!counterparts.empty()) set("counterparts", join(counterparts), counterpartLine);
    if (!accessories.empty()) set("accessories", join(accessories), accessoryLine);
}

// Rows of "body <tab> standard <tab> certificate", or the same spread over lines.
void Reader::readApprovals(int start) {
    static const std::regex standard("^(UL|IEC|EN|CSA) ?\\d+");
    std::vector<std::string> pending;
    std::vector<int> pendingLines;
    for (int i = start; i < static_cast<int>(lines_.size()); ++i) {
        const std::string line = joinBrokenWords(trimmed(lines_[i]));
        const std::string key = labelKey(line);
        if (words_.endsApprovals(key)) break;
        if (line.empty()) continue;
        if (words_.isFurniture(key) || words_.isApprovalHeader(line)) {
            mark(i + 1, LineUse::prose);
            continue;
        }
        auto cells = tabCells(lines_[i]);
        for (auto& c : cells) c = joinBrokenWords(c);
        if (cells.size() >= 3) {
            const std::string& certificate = cells.back();
            const std::string& std = cells[cells.size() - 2];
            const std::string body = cells[cells.size() - 3];
            if (certificate != "-") part_.approvals.push_back({body, std, certificate});
            if (!part_.approvalsLine) part_.approvalsLine = i + 1;
            mark(i + 1, certificate != "-" ? LineUse::value : LineUse::prose);
            continue;
        }
        if (std::regex_search(line, standard) && !pending.empty() && i + 1 < static_cast<int>(lines_.size())) {
            std::string body;
            for (const auto& p : pending) body += (body.empty() ? "" : " ") + p;
            int next = i + 1;
            while (next < static_cast<int>(lines_.size()) && trimmed(lines_[next]).empty()) ++next;
            if (next < static_cast<int>(lines_.size())) {
                part_.approvals.push_back({body, line, trimmed(lines_[next])});
                if (!part_.approvalsLine) part_.approvalsLine = i + 1;
                for (const int used : pendingLines) mark(used, LineUse::value);
                mark(i + 1, LineUse::value);
                mark(next + 1, LineUse::value);
            }
            pending.clear();
            pendingLines.clear();
            i = next;
            continue;
        }
        pending.push_back(line);
        pendingLines.push_back(i + 1);
    }
}

// The digits of a count as an int; nothing when they do not fit (the text may hold any
// number of digits, and std::stoi would throw).
std::optional<int> intOf(const std::string& digits) {
    int n = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return n;
}

// The text gives connection points in total; the spec holds them per pole.
void Reader::readConnectionPointsPerPole(const ImportedValue& total, std::optional<int> poles) {
    const auto count = countText(total.text);
    if (!count || count->size() > 6) return notUnderstood(total.line, "connection points '" + total.text + "'");
    if (!poles) return;
    const int points = *intOf(*count);
    if (*poles <= 0 || points % *poles != 0)
        return notUnderstood(total.line, "connection points '" + total.text + "' do not divide among " +
                                             std::to_string(*poles) + " poles");
    set("connection-points-per-pole", std::to_string(points / *poles), total.line);
}

// The pole count the text states, when it has one partgen can count with; reported if not.
std::optional<int> Reader::poleCount() {
    const auto poles = part_.values.find("poles");
    if (poles == part_.values.end()) return std::nullopt;
    const auto count = intOf(poles->second.text);
    if (!count)
        warn(poles->second.line, "poles '" + poles->second.text +
                                     "' is not a pole count partgen can use; the marking and the connection points "
                                     "are not checked against it");
    return count;
}

void Reader::finish() {
    auto& values = part_.values;
    const auto poleCount = this->poleCount();
    if (totalConnectionPoints_) readConnectionPointsPerPole(*totalConnectionPoints_, poleCount);
    if (values.count("marking") && poleCount) {
        std::string marking = values["marking"].text;
        const int poles = *poleCount;
        auto labels = tabCells(std::regex_replace(marking, std::regex(" +"), "\t"));
        if (labels.size() == 1 && static_cast<int>(marking.size()) == poles && marking.find(' ') == std::string::npos) {
            std::string spaced;  // "1234": one character per pole
            for (const char c : marking) spaced += (spaced.empty() ? "" : " ") + std::string(1, c);
            values["marking"].text = spaced;
        } else if (static_cast<int>(labels.size()) != poles) {
            warn(values["marking"].line, "marking '" + marking + "' has " + std::to_string(labels.size()) +
                                             " label(s) for " + std::to_string(poles) +
                                             " poles: a label was lost in the text; the marking is not imported");
            part_.damaged.insert("marking");
        }
    }
    const bool panelMount = values.count("kind") && values["kind"].text.rfind("snap-in", 0) == 0;
    if (panelMount && !values.count("cutout-width"))
        warn(values["kind"].line,
             "no cutout size in the text (the cutout drawing is missing); cutout-width, "
             "cutout-height and cutout-radius are not imported");
}

}  // namespace

std::string coverageSummary(const LineCoverage& c) {
    return std::to_string(c.lines) + " lines: " + std::to_string(c.values) + " values, " + std::to_string(c.prose) +
           " prose, " + std::to_string(c.notUnderstood) + " not understood";
}

ImportedPart readDatasheet(const std::string& text, const std::string& file, const DatasheetLayout& layout,
                           Diagnostics& diagnostics) {
    const Vocabulary words(layout);
    return Reader(file, words, diagnostics).read(text);
}

}  // namespace partgen
