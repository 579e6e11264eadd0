#pragma once
// The German and English words of templates/eplan.xml put together for one variant.
// EPLAN descriptions and QElectroTech element names both use them.

#include <map>
#include <string>

#include "model/variant.h"
#include "spec/wording_rules.h"

namespace partgen {

// The phrase with each {name} replaced by values.at(name); German gets decimal commas.
Wording fillPhrase(const Wording& phrase, const std::map<std::string, std::string>& values);

// The same words in both languages, with decimal commas in the German one ("0,5 ... 4 mm²").
Wording sameInBothLanguages(const std::string& text);

// "a, b" in each language.
Wording joined(const Wording& a, const Wording& b);

// "3.5" -> "3,5" where a point stands between two digits; "0.5 ... 4" keeps its dots.
std::string germanDecimals(std::string text);

// "Einbaubuchse, 4-polig, Kodierung B" / "Snap-in socket, 4-pole, coding B".
Wording productWording(const Variant& v, const WordingRules& words);

}  // namespace partgen
