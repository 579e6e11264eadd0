#include "text/placeholders.h"

#include <algorithm>
#include <array>
#include <utility>

namespace partgen {
namespace {

namespace p = placeholder;

bool isNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Calls visit(name, begin, end) for each "{name}" in `text`, left to right; [begin, end)
// spans the braces.
template <class Visit>
void forEachPlaceholder(std::string_view text, Visit&& visit) {
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        std::size_t close = open + 1;
        while (close < text.size() && isNameCharacter(text[close])) ++close;
        if (close == open + 1 || close == text.size() || text[close] != '}') continue;
        visit(text.substr(open + 1, close - open - 1), open, close + 1);
        open = close;
    }
}

const std::string* valueOf(const PlaceholderValues& values, std::string_view name) {
    for (const auto& v : values)
        if (v.name == name) return &v.value;
    return nullptr;
}

// The phrases of templates/eplan.xml and the values the EPLAN writer gives each.
const std::array<std::pair<std::string_view, PlaceholderSet>, 12>& phraseSets() {
    static const std::array<std::pair<std::string_view, PlaceholderSet>, 12> sets{{
        {"poles", {p::poles}},
        {"coding", {p::coding}},
        {"connection-points", {p::pitch}},
        {"cutout", {p::width, p::height, p::radius, p::tolerance, p::plate}},
        {"estimated", {}},
        {"estimated-values", {p::fields}},
        {"estimated-cutout", {}},
        {"estimated-marking", {}},
        {"counterparts", {}},
        {"derived-from", {p::number}},
        {"inherited-values", {p::number, p::fields}},
        {"inherited", {p::number}},
    }};
    return sets;
}

}  // namespace

const PlaceholderSet& kicadLibraryNamePlaceholders() {
    static const PlaceholderSet names{p::manufacturer, p::series};
    return names;
}

const PlaceholderSet& kicadPartNamePlaceholders() {
    static const PlaceholderSet names{p::manufacturer, p::series, p::number, p::fileNumber,
                                      p::poles,        p::poles2, p::pitch,  p::mount};
    return names;
}

const PlaceholderSet& eplanPartNumberPlaceholders() {
    static const PlaceholderSet names{p::manufacturer, p::number};
    return names;
}

const PlaceholderSet* eplanPhrasePlaceholders(std::string_view phrase) {
    for (const auto& [name, set] : phraseSets())
        if (name == phrase) return &set;
    return nullptr;
}

const PlaceholderSet& seriesNumberPlaceholders() {
    static const PlaceholderSet names{p::poles};
    return names;
}

const PlaceholderSet& seriesValuePlaceholders() {
    static const PlaceholderSet names{p::number, p::poles};
    return names;
}

const PlaceholderSet& partValuePlaceholders() {
    static const PlaceholderSet names{p::number};
    return names;
}

std::string expandPlaceholders(std::string_view pattern, const PlaceholderValues& values) {
    std::string text;
    std::size_t copied = 0;
    forEachPlaceholder(pattern, [&](std::string_view name, std::size_t begin, std::size_t end) {
        const std::string* value = valueOf(values, name);
        if (!value) return;
        text.append(pattern.substr(copied, begin - copied));
        text += *value;
        copied = end;
    });
    text.append(pattern.substr(copied));
    return text;
}

std::vector<std::string> unknownPlaceholders(std::string_view pattern, const PlaceholderSet& known) {
    std::vector<std::string> unknown;
    forEachPlaceholder(pattern, [&](std::string_view name, std::size_t, std::size_t) {
        const bool isKnown = std::find(known.begin(), known.end(), name) != known.end();
        if (!isKnown && std::find(unknown.begin(), unknown.end(), name) == unknown.end()) unknown.emplace_back(name);
    });
    return unknown;
}

std::string placeholderList(const PlaceholderSet& known) {
    if (known.empty()) return "none";
    std::string list;
    for (const auto name : known) list += (list.empty() ? "{" : ", {") + std::string(name) + "}";
    return list;
}

}  // namespace partgen
