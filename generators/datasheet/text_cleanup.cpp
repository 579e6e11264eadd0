#include "datasheet/text_cleanup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <sstream>
#include <utility>

#include "text/strings.h"

namespace partgen {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string collapseSpaces(const std::string& text) {
    std::string out;
    for (const char c : text)
        if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
    return trimmed(out);
}

std::vector<std::string> cleanLines(const std::string& text) {
    std::string t = text;
    replaceAll(t, "\r\n", "\n");
    replaceAll(t, "\r", "\n");
    replaceAll(t, "\xE2\x80\xA6", "...");  // U+2026 horizontal ellipsis
    replaceAll(t, "\xC2\xA0", " ");        // no-break space
    replaceAll(t, "\xE2\x80\x89", " ");    // thin space
    replaceAll(t, "\xE2\x80\xAF", " ");    // narrow no-break space
    replaceAll(t, "mm \xC2\xB2", "mm\xC2\xB2");
    std::vector<std::string> lines;
    std::istringstream in(t);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string pointDecimals(const std::string& text) {
    static const std::regex comma("(\\d),(\\d)");
    return std::regex_replace(text, comma, "$1.$2");
}

std::string joinBrokenWords(const std::string& text) {
    static const std::regex broken("([a-z])- ([a-z])");
    return std::regex_replace(text, broken, "$1$2");
}

std::string latinLookalikes(const std::string& text, bool& changed) {
    static const std::array<std::pair<const char*, const char*>, 11> map{{
        {"\xD0\x90", "A"},
        {"\xD0\x92", "B"},
        {"\xD0\xA1", "C"},
        {"\xD0\x95", "E"},
        {"\xD0\x9D", "H"},
        {"\xD0\x9A", "K"},
        {"\xD0\x9C", "M"},
        {"\xD0\x9E", "O"},
        {"\xD0\xA0", "P"},
        {"\xD0\xA2", "T"},
        {"\xD0\xA5", "X"},
    }};
    std::string out = text;
    for (const auto& [cyrillic, latin] : map) replaceAll(out, cyrillic, latin);
    changed = out != text;
    return out;
}

std::vector<std::string> tabCells(const std::string& line) {
    std::vector<std::string> cells;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, '\t');)
        if (const auto t = trimmed(cell); !t.empty()) cells.push_back(t);
    return cells;
}

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

}  // namespace partgen
