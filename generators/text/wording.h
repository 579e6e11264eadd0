#pragma once
// German and English words put together for one variant: EPLAN descriptions and
// QElectroTech element names both use them. The words themselves come from
// templates/eplan.xml; callers hand them in.

#include <string>

#include "model/variant.h"
#include "text/placeholders.h"

namespace partgen {

// German and English words for one thing; phrases may hold {placeholders}.
struct Wording {
    std::string german;
    std::string english;
};

// The phrase with its placeholders replaced by `values`; German gets decimal commas.
Wording fillPhrase(const Wording& phrase, const PlaceholderValues& values);

// The same words in both languages, with decimal commas in the German one ("0,5 ... 4 mm²").
Wording sameInBothLanguages(const std::string& text);

// "a, b" in each language.
Wording joined(const Wording& a, const Wording& b);

// "3.5" -> "3,5" where a point stands between two digits; "0.5 ... 4" keeps its dots.
std::string germanDecimals(std::string text);

// "Einbaubuchse, 4-polig, Kodierung B" / "Snap-in socket, 4-pole, coding B": the words of
// the variant's kind, then the poles phrase ({poles}), then the coding phrase ({coding})
// when the variant has a coding.
Wording productWording(const Variant& v, const Wording& kindWords, const Wording& polesPhrase,
                       const Wording& codingPhrase);

}  // namespace partgen
