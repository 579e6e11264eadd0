#include "spec/part_number.h"

#include <cctype>

#include "spec/text_check.h"

namespace partgen {
namespace {

constexpr std::size_t maxNameLength = 100;

bool isAsciiAlnum(char c) { return c >= 0 && std::isalnum(static_cast<unsigned char>(c)); }

bool allowedInStem(char c) { return isAsciiAlnum(c) || c == '-' || c == '_' || c == '.' || c == '+'; }

bool allowedInSeries(char c) { return allowedInStem(c) || c == ' '; }

// The whole character at `i`, so that a message never quotes half of a UTF-8 sequence.
std::string characterAt(const std::string& text, std::size_t i) {
    std::size_t end = i + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    return escapedForMessage(std::string_view(text).substr(i, end - i));
}

// What no name that becomes (part of) a file name may be; empty when none applies.
std::string pathProblem(const std::string& name) {
    if (name.size() > maxNameLength) return "is longer than " + std::to_string(maxNameLength) + " characters";
    if (name.find("..") != std::string::npos) return "contains '..' and cannot be used in a file name";
    if (name.front() == '.') return "starts with '.' and would name a hidden file";
    return {};
}

template <class Allowed>
std::string characterProblem(const std::string& name, Allowed allowed, const char* allowedWords) {
    for (std::size_t i = 0; i < name.size(); ++i)
        if (!allowed(name[i])) return "contains '" + characterAt(name, i) + "'; only " + allowedWords + " are allowed";
    return {};
}

// Empty names are reported by the reader as missing attributes.
std::string nameProblem(const char* what, const std::string& name, bool (*allowed)(char), const char* allowedWords) {
    if (name.empty()) return {};
    std::string why = pathProblem(name);
    if (why.empty()) why = characterProblem(name, allowed, allowedWords);
    return why.empty() ? why : std::string(what) + " '" + name + "' " + why;
}

}  // namespace

std::optional<std::string> fileStemForNumber(const std::string& number, std::string& error) {
    const auto refuse = [&](const std::string& why) -> std::optional<std::string> {
        error = "part number '" + number + "' " + why;
        return std::nullopt;
    };
    if (number.empty()) return refuse("is empty");
    if (number.front() == '/' || number.back() == '/') return refuse("starts or ends with '/'");
    if (const std::string why = pathProblem(number); !why.empty()) return refuse(why);
    std::string stem;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (c == '/') {
            stem += '_';  // makers use '/' for variant suffixes; it may not become a folder
            continue;
        }
        if (!allowedInStem(c))
            return refuse("contains '" + characterAt(number, i) + "'; only letters, digits and - _ . + / are allowed");
        stem += c;
    }
    return stem;
}

std::string familyIdProblem(const std::string& id) {
    return nameProblem("family id", id, allowedInStem, "letters, digits and - _ . +");
}

std::string seriesNameProblem(const std::string& series) {
    return nameProblem("series", series, allowedInSeries, "letters, digits, spaces and - _ . +");
}

}  // namespace partgen
