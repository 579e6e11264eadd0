#include "datasheet/vocabulary.h"

#include <algorithm>
#include <cctype>

#include "datasheet/text_cleanup.h"

namespace partgen {
namespace {

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

std::vector<std::string> keysOf(const std::vector<std::string>& texts) {
    std::vector<std::string> keys;
    for (const auto& t : texts) keys.push_back(labelKey(t));
    return keys;
}

}  // namespace

std::string labelKey(const std::string& cell) {
    std::string key = collapseSpaces(cell);
    for (char& c : key) {
        if (c == ';') c = ',';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

Vocabulary::Vocabulary(const DatasheetLayout& layout)
    : layout_(layout),
      known_(keysOf(layout.knownLabels)),
      data_(keysOf(layout.dataHeadings)),
      prose_(keysOf(layout.proseHeadings)),
      furniture_(keysOf(layout.furniture)),
      approvalHeaders_(keysOf(layout.approvalHeaders)),
      approvalsEnd_(keysOf(layout.approvalsEnd)),
      counterparts_(keysOf(layout.counterpartHeadings)),
      accessories_(keysOf(layout.accessoryHeadings)) {
    for (const auto& l : layout.labels) rules_.push_back({labelKey(l.label), l.property, l.form});
}

const FieldRule* Vocabulary::ruleFor(const std::string& label) const {
    const std::string key = labelKey(label);
    for (const auto& rule : rules_)
        if (rule.label == key) return &rule;
    return nullptr;
}

bool Vocabulary::isKnownLabel(const std::string& cell) const {
    return isOneOf(labelKey(cell), known_) || isOneOf(labelKey(cell), approvalHeaders_);
}

// The longest label `key` starts with, followed by a space: the row of a table whose
// columns lost their tabs. Empty when none.
std::string Vocabulary::leadingLabel(const std::string& key) const {
    std::string best;
    const auto consider = [&](const std::string& label) {
        if (label.size() > best.size() && key.size() > label.size() + 1 && key.rfind(label + " ", 0) == 0) best = label;
    };
    for (const auto& rule : rules_) consider(rule.label);
    for (const auto& l : known_) consider(l);
    return best;
}

bool Vocabulary::startsWithLabel(const std::string& line) const {
    return ruleFor(line) || isKnownLabel(line) || !leadingLabel(labelKey(line)).empty();
}

bool Vocabulary::isDataHeading(const std::string& key) const { return isOneOf(key, data_); }
bool Vocabulary::opensProseSection(const std::string& key) const { return opensWithOneOf(key, prose_); }
bool Vocabulary::isHeading(const std::string& line) const {
    const std::string key = labelKey(line);
    return isDataHeading(key) || opensProseSection(key);
}
bool Vocabulary::isFurniture(const std::string& key) const { return startsWithAny(key, furniture_); }
bool Vocabulary::isApprovalHeader(const std::string& cell) const {
    return startsWithAny(labelKey(cell), approvalHeaders_);
}
bool Vocabulary::endsApprovals(const std::string& key) const { return startsWithAny(key, approvalsEnd_); }
bool Vocabulary::opensCounterparts(const std::string& key) const { return isOneOf(key, counterparts_); }
bool Vocabulary::opensAccessories(const std::string& key) const { return isOneOf(key, accessories_); }

}  // namespace partgen
