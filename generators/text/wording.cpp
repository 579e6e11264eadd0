#include "text/wording.h"

#include <cctype>
#include <utility>

#include "text/placeholders.h"
#include "text/value_text.h"

namespace partgen {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

PlaceholderValues withGermanDecimals(PlaceholderValues values) {
    for (auto& v : values) v.value = germanDecimals(std::move(v.value));
    return values;
}

}  // namespace

Wording fillPhrase(const Wording& phrase, const PlaceholderValues& values) {
    return {expandPlaceholders(phrase.german, withGermanDecimals(values)), expandPlaceholders(phrase.english, values)};
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
    Wording text = joined(kindWords, fillPhrase(polesPhrase, {{placeholder::poles, valueText(*v.poles)}}));
    if (v.coding.has()) text = joined(text, fillPhrase(codingPhrase, {{placeholder::coding, *v.coding}}));
    return text;
}

}  // namespace partgen
