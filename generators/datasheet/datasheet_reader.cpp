#include "datasheet/datasheet_reader.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <regex>
#include <vector>

#include "datasheet/limits.h"
#include "datasheet/text_cleanup.h"
#include "datasheet/value_forms.h"
#include "model/text.h"

namespace partgen {
namespace {

std::optional<std::string> leadingInteger(const std::string& cell) {
    std::size_t digits = 0;
    while (digits < cell.size() && std::isdigit(static_cast<unsigned char>(cell[digits]))) ++digits;
    if (digits == 0 || digits > 9) return std::nullopt;
    return cell.substr(0, digits);
}

class Reader;
using Convert = std::function<std::optional<std::string>(Reader&, const std::string& cell, int line)>;

struct FieldRule {
    std::vector<std::string> labels;  // normalised: lower case, ';' as ','
    std::string property;
    Convert convert;
};

class Reader {
public:
    Reader(std::string file, Diagnostics& diag) : file_(std::move(file)), diag_(diag) {}

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

    ImportedPart& part() { return part_; }

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
        static const std::regex number("Item [Nn]umber:\\s*(\\S+)");
        static const std::regex description("^[A-Z][A-Za-z -]*; \\d+-pole; .*");
        const std::vector<bool> prose = proseSectionLines();
        for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
            std::smatch m;
            if (part_.number.empty() && std::regex_search(lines_[i], m, number)) {
                part_.number = m[1].str();
                part_.numberLine = i + 1;
                mark(i + 1, LineUse::value);
            }
            const std::string line = trimmed(lines_[i]);
            if (!prose[i] && !part_.values.count("description") && std::regex_match(line, description))
                readDescription(line, i + 1);
        }
        if (part_.number.empty()) diag_.error({file_, 1}, "no item number ('Item number: ...') in the text");
        if (!part_.values.count("description"))
            warn(part_.numberLine, "no title line ('Kind; N-pole; ...'): kind and description are not read");
    }

    void readDescription(const std::string& line, int lineNumber) {
        set("description", line, lineNumber);
        const std::string kind = line.substr(0, line.find(';'));
        static const std::vector<std::pair<std::string, std::string>> kinds{
            {"Snap-in socket", "snap-in-socket"}, {"Snap-in plug", "snap-in-plug"}, {"Socket", "socket"}, {"Plug", "plug"}};
        for (const auto& [title, name] : kinds)
            if (kind == title) set("kind", name, lineNumber);
        static const std::regex poles("; (\\d+)-pole;"), coding("; Cod\\. (\\S+);");
        std::smatch m;
        if (std::regex_search(line, m, poles)) set("poles", m[1].str(), lineNumber);
        if (std::regex_search(line, m, coding)) set("coding", m[1].str(), lineNumber);
        set("colour", trimmed(line.substr(line.rfind(';') + 1)), lineNumber);
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
    void readHeaderNote(const std::string& note, const std::string& text, int line);
    void readNote(const std::string& property, const std::string& text, int line, const Convert& convert);
    void readUnlabelledCommercialData();
    void readRelatedProducts();
    void readApprovals(int start);
    void finish();

    std::string file_;
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
bool isSentence(const std::string& line);

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

const std::vector<FieldRule>& rules() {
    static const std::vector<FieldRule> table{
        {{"pin spacing"}, "pitch", asLength},
        {{"width"}, "width", asLength},
        {{"height"}, "height", asLength},
        {{"depth"}, "depth", asLength},
        {{"strip length"}, "strip-length", asLength},
        {{"pole number", "no. of poles"}, "poles", asCount},
        {{"connection technology"}, "connection-technology", asText},
        {{"nominal cross-section", "nominal cross section"}, "nominal-cross-section", asConductor},
        {{"solid conductor"}, "conductor-solid", asConductor},
        {{"solid conductor, push-in termination"}, "conductor-solid-push-in", asConductor},
        {{"stranded conductor"}, "conductor-stranded", asConductor},
        {{"fine-stranded conductor"}, "conductor-fine-stranded", asConductor},
        {{"fine-stranded conductor, with insulated ferrule", "fine-stranded conductor with ferrule with plastic collar"},
         "conductor-ferrule-insulated", asConductor},
        {{"fine-stranded conductor, with uninsulated ferrule",
          "fine-stranded conductor with ferrule without plastic collar"},
         "conductor-ferrule-uninsulated", asConductor},
        {{"fine-stranded conductor, with ferrule, push-in termination",
          "fine-stranded conductor with ferrule, push-in termination, from"},
         "conductor-ferrule-push-in", asConductor},
        {{"nominal voltage", "rated voltage"}, "rated-voltage", asQuantity},
        {{"rated surge voltage", "rated impulse voltage"}, "rated-impulse-voltage", asQuantity},
        {{"rated current"}, "rated-current", asQuantity},
        {{"overvoltage category"}, "overvoltage-category", asText},
        {{"pollution degree"}, "pollution-degree", asCount},
        // "(factory wiring only)" is what the spec's UL ratings mean.
        {{"rated voltage per ul 1977 (factory wiring only)", "rated voltage per ul 1977"}, "ul-rated-voltage",
         asQuantity},
        {{"rated current per ul 1977 (factory wiring only)", "rated current per ul 1977"}, "ul-rated-current",
         asQuantity},
        {{"coding"}, "coding", asCoding},
        {{"marking"}, "marking", asText},
        {{"number of mating cycles"}, "mating-cycles", asCount},
        {{"mating force of a plug-in connection"}, "mating-force", asRange},
        {{"housing sheet thickness", "gehäuseblechstärke"}, "plate-thickness", asRange},
        {{"mounting type"}, "mounting-type", asText},
        {{"protection type", "protection class"}, "protection-type", asProtection},
        {{"locking of plug-in connection"}, "locking", asText},
        {{"color"}, "colour", asText},
        {{"insulation material", "insulating material"}, "insulation-material", asText},
        {{"flammability class per ul94"}, "flammability-class", asFlammability},
        {{"clamping spring material"}, "clamping-spring-material", asText},
        {{"contact material"}, "contact-material", asText},
        {{"contact plating"}, "contact-plating", asText},
        {{"fire load"}, "fire-load", asQuantity},
        {{"weight"}, "weight", asQuantity},
        {{"processing temperature"}, "processing-temperature", asRange},
        {{"continuous operating temperature"}, "operating-temperature", asRange},
        {{"gtin"}, "gtin", asText},
        {{"customs tariff no."}, "customs-tariff", asText},
        {{"country of origin"}, "country-of-origin", asText},
        {{"packaging type"}, "packaging-type", asText},
    };
    return table;
}

std::string labelKey(const std::string& cell) {
    std::string key = collapseSpaces(cell);
    for (char& c : key) {
        if (c == ';') c = ',';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

const FieldRule* ruleFor(const std::string& label) {
    const std::string key = labelKey(label);
    for (const auto& rule : rules())
        for (const auto& l : rule.labels)
            if (l == key) return &rule;
    return nullptr;
}

// Labels the text has whose values the spec does not hold: known, read as prose.
const std::vector<std::string>& ignoredLabels() {
    static const std::vector<std::string> labels{
        "ratings per", "note on contact resistance", "total number of potentials", "actuation type",
        "conductor entry direction to mating direction", "application", "variable coding", "potential marking",
        "retention force of a plug-in connection", "unmating force of a plug-in connection",
        "contact type (pluggable connector)", "connector (connection type)", "connector connection type",
        "mismating protection", "note on mismating protection", "locking lever", "note on locking system",
        "note (material data)", "note on continuous operating temperature", "note on continuous service temperature",
        "notes", "note", "variants:", "note (strip length)", "legend (ratings)", "note on protection class", "approval",
        "logo", "connection 1",
    };
    return labels;
}

bool isIgnoredLabel(const std::string& cell) {
    const std::string key = labelKey(cell);
    for (const auto& l : ignoredLabels())
        if (l == key) return true;
    return false;
}

// Headings of the text's sections. Those of related products, downloads and notes open
// prose that runs to the next data heading; item numbers in them are still read.
const std::vector<std::string>& dataHeadings() {
    static const std::vector<std::string> headings{
        "electrical data", "connection data", "physical data", "geometrical data", "mechanical data",
        "plug-in connection", "plug connection", "material data", "environmental requirements", "commercial data",
        "approvals / certificates", "general approvals", "approvals per ul 1977", "ratings per iec/en 60664-1",
        "data**electrical data**"};
    return headings;
}
const std::vector<std::string>& proseHeadings() {
    static const std::vector<std::string> headings{"counterpart", "compatible products", "1 compatible products",
                                                   "downloads", "installation notes", "product family"};
    return headings;
}

// Page furniture: footers, the maker's address, links. Compared at the start of a line.
const std::vector<std::string>& boilerplate() {
    static const std::vector<std::string> starts{
        "subject to changes.", "wago kontakttechnik gmbh", "hansastr. 27", "32423 minden", "phone:", "email:",
        "do you have any questions", "we are always happy to take your call", "data sheet | item number:",
        "https://www.wago.com/", "www.wago.com/", "current addresses can be found at", "[bomcheck.net]", "---"};
    return starts;
}

// The page footer as it appears, whole, also run into the cells around a page break.
const std::vector<std::string>& pageFooters() {
    static const std::vector<std::string> footers{
        "Subject to changes. Please also observe the further product documentation!"};
    return footers;
}

bool startsWithAny(const std::string& key, const std::vector<std::string>& starts) {
    for (const auto& s : starts)
        if (key.rfind(s, 0) == 0) return true;
    return false;
}

bool isOneOf(const std::string& key, const std::vector<std::string>& keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// "Downloads Environmental Product Compliance ...": a heading that runs into its first line.
bool opensWithOneOf(const std::string& key, const std::vector<std::string>& headings) {
    for (const auto& h : headings)
        if (key == h || key.rfind(h + " ", 0) == 0) return true;
    return false;
}

// A sentence or a bullet of one; a table row is short and has no full stop.
bool isSentence(const std::string& line) {
    const std::string text = trimmed(line);
    if (text.empty()) return false;
    if (text.rfind("- ", 0) == 0 || text.rfind("\xE2\x80\xA2", 0) == 0) return true;
    const char last = text.back();
    if (last == '.' || last == '!' || last == '?' || last == ':') return true;
    return std::count(text.begin(), text.end(), ' ') >= 7;
}

bool hasDigit(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The longest known label `line` starts with, followed by a space: the row of a table
// whose columns lost their tabs. Empty when none.
std::string leadingLabel(const std::string& key) {
    std::string best;
    const auto consider = [&](const std::string& label) {
        if (label.size() > best.size() && key.size() > label.size() + 1 && key.rfind(label + " ", 0) == 0) best = label;
    };
    for (const auto& rule : rules())
        for (const auto& l : rule.labels) consider(l);
    for (const auto& l : ignoredLabels()) consider(l);
    return best;
}

bool isHeading(const std::string& line) {
    const std::string key = labelKey(line);
    return isOneOf(key, dataHeadings()) || opensWithOneOf(key, proseHeadings());
}

bool startsWithLabel(const std::string& line) {
    return ruleFor(line) || isIgnoredLabel(line) || !leadingLabel(labelKey(line)).empty();
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
        for (const auto& footer : pageFooters()) {
            if (trimmed(line) == footer) continue;
            for (auto at = line.find(footer); at != std::string::npos; at = line.find(footer, at))
                line.replace(at, footer.size(), " ");
        }
}

bool Reader::isPageFurniture(int index) const {
    const std::string key = labelKey(trimmed(lines_[index]));
    return key.empty() || startsWithAny(key, boilerplate());
}

// A label at the foot of one page whose value opens the next: the value is moved up to
// its label, over the footer and header between them.
void Reader::joinValuesAcrossPageBreaks() {
    const int count = static_cast<int>(lines_.size());
    for (int i = 0; i < count; ++i) {
        const auto cells = tabCells(lines_[i]);
        if (cells.size() != 1 || !ruleFor(cells[0])) continue;
        int next = i + 1;
        while (next < count && isPageFurniture(next)) ++next;
        if (next >= count) continue;
        const std::string nextLine = trimmed(lines_[next]);
        if (tabCells(nextLine).size() != 1 || isSentence(nextLine) || startsWithLabel(nextLine) || isHeading(nextLine))
            continue;
        lines_[i] = cells[0] + "\t" + nextLine;
        lines_[next].clear();
        use_[next] = LineUse::value;
    }
}

// One label and its value; false when the label is not one the reader takes a value from.
bool Reader::readPair(const std::string& label, const std::string& cell, int line) {
    const std::string key = labelKey(label);
    if (key == "connection points" || key == "total number of connection points") {
        if (!totalConnectionPoints_) totalConnectionPoints_ = ImportedValue{cell, line};
        mark(line, LineUse::value);
        return true;
    }
    const FieldRule* rule = ruleFor(label);
    const QualifiedLabel qualified = rule ? QualifiedLabel{label, ""} : splitQualifier(label);
    if (!rule) rule = ruleFor(qualified.label);
    if (!rule) return false;
    const auto value = rule->convert(*this, cell, line);
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
    if (conditions && isOneOf(property, ratings)) {
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
    if (!cells.empty() && (labelKey(cells[0]) == "approval" || labelKey(cells[0]) == "logo")) readApprovals(index + 1);
}

// "Width 45,5 mm / 1.791 inch": a row whose tab was lost. Sentences that happen to begin
// with a label are left to the prose check.
void Reader::readSpacedRow(int index) {
    const std::string line = collapseSpaces(lines_[index]);
    if (isSentence(line)) return;
    const std::string label = leadingLabel(labelKey(line));
    if (label.empty()) return;
    if (isIgnoredLabel(label)) return mark(index + 1, LineUse::prose);
    readPair(line.substr(0, label.size()), line.substr(label.size() + 1), index + 1);
}

// Per line, whether it lies in a section of prose (related products, downloads, notes),
// which runs from its heading to the next data heading.
std::vector<bool> Reader::proseSectionLines() const {
    std::vector<bool> prose(lines_.size(), false);
    bool inProseSection = false;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const std::string key = labelKey(trimmed(lines_[i]));
        if (opensWithOneOf(key, proseHeadings())) inProseSection = true;
        if (isOneOf(key, dataHeadings())) inProseSection = false;
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
    const bool known = inProseSection || startsWithAny(key, boilerplate()) || isOneOf(key, dataHeadings()) ||
                       isOneOf(key, proseHeadings()) || (!cells.empty() && isIgnoredLabel(cells[0]));
    if (known) return mark(index + 1, LineUse::prose);
    if (cells.size() == 1 && ruleFor(cells[0])) return notUnderstood(index + 1, ruleFor(cells[0])->property + ": no value");
    if (cells.size() == 1 && (isSentence(line) || !hasDigit(line))) return mark(index + 1, LineUse::prose);
    notUnderstood(index + 1, "'" + shownCells(line) + "'");
}

// Values every datasheet of the layout states: one missing means a section or a row was
// lost, and the spec would keep an older value without a word.
void Reader::reportMissingValues() {
    static const std::vector<std::string> expected{"poles", "pitch", "width", "height", "depth", "rated-voltage",
                                                   "rated-current", "coding", "colour", "weight", "gtin"};
    std::string missing;
    for (const auto& property : expected)
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
    static const std::vector<std::string> notes{"Plate thickness:", "Cutout tolerance:", "Cutout:"};
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string& line = lines_[i];
        std::vector<std::pair<std::size_t, std::string>> found;  // position, note
        for (const auto& note : notes)
            if (const auto at = line.find(note); at != std::string::npos) found.emplace_back(at, note);
        std::sort(found.begin(), found.end());
        for (std::size_t n = 0; n < found.size(); ++n) {
            const auto start = found[n].first + found[n].second.size();
            const auto end = n + 1 < found.size() ? found[n + 1].first : line.size();
            readHeaderNote(found[n].second, trimmed(line.substr(start, end - start)), i + 1);
        }
        std::smatch m;
        static const std::regex url("(https://)?www\\.wago\\.com/(\\d[\\w/-]*)");
        if (std::regex_search(lines_[i], m, url) && m[2].str() == part_.number)
            set("datasheet-url", "https://www.wago.com/" + m[2].str(), i + 1);
    }
}

void Reader::readHeaderNote(const std::string& note, const std::string& text, int line) {
    if (note == "Plate thickness:") return readNote("plate-thickness", text, line, asRange);
    if (note == "Cutout tolerance:")
        return readNote("cutout-tolerance", text, line, [](Reader&, const std::string& t, int) { return toleranceText(t); });
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

// The tab-table layout lost the labels of its commercial data; the values are still
// recognisable by their form alone.
void Reader::readUnlabelledCommercialData() {
    static const std::vector<std::pair<std::regex, std::string>> forms{
        {std::regex("^\\d\\d-\\d\\d-\\d\\d-\\d\\d$"), "eclass"},
        {std::regex("^EC\\d{6}$"), "etim"},
        {std::regex("^\\d{13}$"), "gtin"},
        {std::regex("^\\d{11}$"), "customs-tariff"},
    };
    static const std::regex pieces("^(\\d+) pcs$");
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string line = trimmed(lines_[i]);
        std::smatch m;
        for (const auto& [form, property] : forms)
            if (std::regex_match(line, form)) set(property, line, i + 1);
        if (std::regex_match(line, m, pieces)) {
            set("packaging-unit", m[1].str(), i + 1);
            // The next lines hold the packaging type and the country of origin.
            if (i + 2 < static_cast<int>(lines_.size())) {
                set("packaging-type", trimmed(lines_[i + 1]), i + 2);
                if (std::regex_match(trimmed(lines_[i + 2]), std::regex("^[A-Z]{2}$")))
                    set("country-of-origin", trimmed(lines_[i + 2]), i + 3);
            }
        }
    }
}

void Reader::readRelatedProducts() {
    static const std::regex item("Item [Nn]o\\.:?\\s*(\\d{3}-[0-9A-Za-z/-]+)");
    std::string section;
    std::vector<std::string> counterparts, accessories;
    int counterpartLine = 0, accessoryLine = 0;
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
        const std::string line = labelKey(trimmed(lines_[i]));
        if (line == "counterpart" || line == "1.1 system counterpart") section = "counterparts";
        if (line == "compatible products" || line == "1.2 optional accessories") section = "accessories";
        if (line == "installation notes" || line == "downloads") section.clear();
        std::smatch m;
        if (section.empty() || !std::regex_search(lines_[i], m, item)) continue;
        auto& list = section == "counterparts" ? counterparts : accessories;
        int& firstLine = section == "counterparts" ? counterpartLine : accessoryLine;
        if (list.empty()) firstLine = i + 1;
        list.push_back(m[1].str());
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
        if (key.rfind("declarations of conformity", 0) == 0 || key == "counterpart" || key.rfind("approvals for", 0) == 0 ||
            key.rfind("ship approvals", 0) == 0 || key.rfind("1 compatible", 0) == 0 || key == "downloads")
            break;
        if (line.empty() || line.rfind("Subject to changes", 0) == 0 || line.find("WAGO") != std::string::npos ||
            line.find("Hansastr") != std::string::npos || line.find("Minden") != std::string::npos ||
            line.find("Phone:") != std::string::npos || line.find("Email:") != std::string::npos ||
            line.find("Do you have") != std::string::npos || line.find("We are always") != std::string::npos ||
            line.rfind("---", 0) == 0 || key.rfind("approval", 0) == 0 || key.rfind("logo", 0) == 0) {
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

void Reader::finish() {
    auto& values = part_.values;
    if (totalConnectionPoints_ && values.count("poles")) {
        const int poles = std::stoi(values["poles"].text);
        const auto total = leadingInteger(totalConnectionPoints_->text);
        if (total && poles > 0 && std::stoi(*total) % poles == 0)
            set("connection-points-per-pole", std::to_string(std::stoi(*total) / poles), totalConnectionPoints_->line);
    }
    if (values.count("marking") && values.count("poles")) {
        std::string marking = values["marking"].text;
        const int poles = std::stoi(values["poles"].text);
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
        warn(values["kind"].line, "no cutout size in the text (the cutout drawing is missing); cutout-width, "
                                  "cutout-height and cutout-radius are not imported");
}

}  // namespace

std::string coverageSummary(const LineCoverage& c) {
    return std::to_string(c.lines) + " lines: " + std::to_string(c.values) + " values, " + std::to_string(c.prose) +
           " prose, " + std::to_string(c.notUnderstood) + " not understood";
}

ImportedPart readDatasheet(const std::string& text, const std::string& file, Diagnostics& diagnostics) {
    return Reader(file, diagnostics).read(text);
}

}  // namespace partgen
