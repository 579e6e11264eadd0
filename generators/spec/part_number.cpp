#include "spec/part_number.h"

#include <cctype>

namespace partgen {
namespace {

constexpr std::size_t maxNumberLength = 100;

bool allowedInStem(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '+';
}

}  // namespace

std::optional<std::string> fileStemForNumber(const std::string& number, std::string& error) {
    const auto refuse = [&](const std::string& why) -> std::optional<std::string> {
        error = "part number '" + number + "' " + why;
        return std::nullopt;
    };
    if (number.empty()) return refuse("is empty");
    if (number.size() > maxNumberLength) return refuse("is longer than " + std::to_string(maxNumberLength) + " characters");
    if (number.find("..") != std::string::npos) return refuse("contains '..' and cannot be used in a file name");
    if (number.front() == '/' || number.back() == '/') return refuse("starts or ends with '/'");
    if (number.front() == '.') return refuse("starts with '.' and would name a hidden file");
    std::string stem;
    for (const char c : number) {
        if (c == '/') {
            stem += '_';  // makers use '/' for variant suffixes; it may not become a folder
            continue;
        }
        if (!allowedInStem(c))
            return refuse(std::string("contains '") + c + "'; only letters, digits and - _ . + / are allowed");
        stem += c;
    }
    return stem;
}

}  // namespace partgen
