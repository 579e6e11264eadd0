#include "text/wording.h"

#include <cctype>

#include "text/strings.h"
#include "text/value_text.h"

namespace partgen {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string filled(std::string text, const std::map<std::string, std::string>& values, bool german) {
    for (const auto& [name, value] : values) replaceAll(text, "{" + name + "}", german ? germanDecimals(value) : value);
    return text;
}

}  // namespace

Wording fillPhrase(const Wording& phrase, const std::map<std::string, std::string>& values) {
    return {filled(phrase.german, values, true), filled(phrase.english, values, false)};
}

Wording sameInBothLanguages(const std::string& text) { return {germanDecimals(text), text}; }

Wording joined(const Wording& a, const Wording& b) {
    return {a.german + ", " + b.german, a.english + ", " + b.english};
}

std::string germanDecimals(std::string text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) text[i] = ',';
    return text;
}

Wording productWording(const Variant& v, const Wording& kindWords, const Wording& polesPhrase,
                       const Wording& codingPhrase) {
    Wording text = joined(kindWords, fillPhrase(polesPhrase, {{"poles", valueText(*v.poles)}}));
    if (v.coding.has()) text = joined(text, fillPhrase(codingPhrase, {{"coding", *v.coding}}));
    return text;
}

}  // namespace partgen
